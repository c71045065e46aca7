// What an erasure keeps, and why, from the merchant's records: data the law obliges the shop to
// keep (Art. 17(3)(b) GDPR) is a retention rule with a fixed period whose data category serves a
// purpose with the legal basis "legal obligation" — typically orders, kept for years under tax
// law. Said to the shopper in their language, never hard-coded.
import type { Db } from '../platform/db/index.ts';
import type { LocalizedText, RetentionRule } from '../records/profile.ts';
import { loadRecords, type Records } from '../records/store.ts';
import { localize, retentionPeriod } from '../policy/render.ts';
import { policyLocaleOf } from './access-facts.ts';
import { textsFor } from './shopper-texts.ts';

export interface KeptData {
  category: LocalizedText;
  rule: RetentionRule;
  /** the purposes with a legal obligation that the category serves */
  reasons: LocalizedText[];
}

const CONSENT_BOUND = new Set<RetentionRule['trigger']>(['until_consent_withdrawn', 'until_consent_withdrawn_or_inactivity']);

export function keptAfterErasure(records: Records | null): KeptData[] {
  const obligations = (records?.purposes ?? []).filter((purpose) => purpose.legalBasis === 'legal_obligation');
  const categories = records?.inventory?.categories ?? [];
  return (records?.retention ?? []).flatMap((rule) => {
    const reasons = obligations.filter((purpose) => purpose.categories.includes(rule.category)).map((purpose) => purpose.name);
    const category = categories.find((c) => c.key === rule.category);
    // Data kept only while consent lasts goes with the erasure; the law keeps what has a period.
    if (!reasons.length || !category || CONSENT_BOUND.has(rule.trigger) || !rule.period) return [];
    return [{ category: category.name, rule, reasons }];
  });
}

export async function keptFor(db: Pick<Db, 'recordsProfile'>, shop: string): Promise<KeptData[]> {
  return keptAfterErasure(await loadRecords(db as Db, shop));
}

/** The lines that say what is kept and why, in the shopper's language; a general one when the records name nothing. */
export function keptLines(kept: KeptData[] | undefined, shopperLocale: string | null | undefined): string[] {
  const t = textsFor(shopperLocale);
  if (!kept?.length) return [t.erasure.keptByLaw];
  const locale = policyLocaleOf(shopperLocale);
  const joined = (texts: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(texts);
  return kept.map(({ category, rule, reasons }) =>
    t.erasure.keptItem(localize(category, locale), retentionPeriod(rule, locale), joined(reasons.map((reason) => localize(reason, locale)))),
  );
}
