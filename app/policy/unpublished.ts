// Whether the live policy still says what the records say: the current records are rendered with
// the published version's date and compared, language by language and format by format, with the
// text that was published. Any difference is an unpublished change, shown as a line diff.
import { diffLines } from 'diff';
import type { AppDeps } from '../platform/deps.ts';
import type { Locale, Profile } from '../records/profile.ts';
import { completeProfile, loadRecords } from '../records/store.ts';
import { policyCompleteness, type ArticleCheck } from './completeness.ts';
import { policyFormats, renderAll, storedRendering, type RenderedPolicy } from './render.ts';

export type Change = { added: boolean; removed: boolean; value: string };

export type Comparison = {
  /** The languages whose text would change (added or dropped languages included), in the current order. */
  changedLocales: Locale[];
  /** The language the diff is in: the one asked for when it changed, else the first that changed. */
  locale: Locale;
  /** The Markdown of that language, published version → current records, line by line. */
  changes: Change[];
};

/** Pure: the current records against a published version's text. */
export function compareWithPublished(current: Profile, published: { lastUpdated: string; rendered: RenderedPolicy }, wanted?: Locale): Comparison {
  const now = renderAll(current, published.lastUpdated);
  const locales = [...new Set([...(Object.keys(now) as Locale[]), ...(Object.keys(published.rendered) as Locale[])])];
  const changedLocales = locales.filter((locale) => policyFormats.some((format) => now[locale]?.[format] !== published.rendered[locale]?.[format]));
  const locale = wanted && changedLocales.includes(wanted) ? wanted : (changedLocales[0] ?? wanted ?? locales[0] ?? 'en');
  const changes = changedLocales.includes(locale)
    ? diffLines(published.rendered[locale]?.md ?? '', now[locale]?.md ?? '').map((part) => ({ added: part.added, removed: part.removed, value: part.value }))
    : [];
  return { changedLocales, locale, changes };
}

export type PolicyStatus = {
  published: { version: number; lastUpdated: string; publishedAt: string } | null;
  /** False while the records cannot be rendered yet; `problems` in /api/records says why. */
  recordsComplete: boolean;
  /** True when publishing now would change what shoppers read. */
  unpublishedChanges: boolean;
  comparison: Comparison | null;
  completeness: ArticleCheck[];
};

/** What the Policy page and Home show about the live policy: how it stands against the records, and against Art. 13/14. */
export async function policyStatus(deps: Pick<AppDeps, 'db'>, shop: string, wanted?: Locale): Promise<PolicyStatus> {
  const [records, latest] = await Promise.all([
    loadRecords(deps.db, shop),
    deps.db.policyVersion.findFirst({
      where: { shop },
      orderBy: { version: 'desc' },
      select: { id: true, version: true, lastUpdated: true, publishedAt: true, rendered: true },
    }),
  ]);
  const complete = completeProfile(records);
  const published = latest && {
    version: latest.version,
    lastUpdated: latest.lastUpdated.toISOString().slice(0, 10),
    publishedAt: latest.publishedAt.toISOString(),
  };
  const comparison =
    latest && published && 'profile' in complete
      ? compareWithPublished(complete.profile, { lastUpdated: published.lastUpdated, rendered: storedRendering(latest) }, wanted)
      : null;
  return {
    published: published ?? null,
    recordsComplete: 'profile' in complete,
    unpublishedChanges: Boolean(comparison && comparison.changedLocales.length > 0),
    comparison,
    completeness: policyCompleteness(records ?? {}),
  };
}
