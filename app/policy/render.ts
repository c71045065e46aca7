// Renders a store's privacy policy from its profile, in the languages and formats asked for.
// The document is built in build.ts (sections in sections.ts, sentences in texts/<locale>.ts),
// written out in formats.ts; the values it prints are in values.ts. Importers use this module.
import { z } from 'zod';
import { readJsonColumn } from '../platform/json-column.ts';
import { localeCodes, type Locale, type Profile } from '../records/profile.ts';
import { buildPolicy } from './build.ts';
import { toHtml, toMarkdown, toText } from './formats.ts';

export { buildPolicy, policyLocales } from './build.ts';
export { escapeMarkdown } from './formats.ts';
export { isRealDate, localize, retentionPeriod } from './values.ts';
export type { Block, PolicyDocument, PolicySection } from './document.ts';

export const policyFormats = ['html', 'md', 'text'] as const;
export type PolicyFormat = (typeof policyFormats)[number];

/** Each rendered language in every format; only the languages the merchant chose. */
export type RenderedPolicy = Partial<Record<Locale, Record<PolicyFormat, string>>>;

/** A published version's stored rendering, read back from its JSON column. */
export const renderedSchema = z.partialRecord(
  z.enum(localeCodes),
  z.object({ html: z.string(), md: z.string(), text: z.string() }),
) satisfies z.ZodType<RenderedPolicy>;

/** A version's rendering as stored, checked (a row that does not fit names itself in the error). */
export const storedRendering = (row: { id: string; rendered: unknown }): RenderedPolicy =>
  readJsonColumn(renderedSchema, row.rendered, { table: 'PolicyVersion', column: 'rendered', id: row.id });

export type RenderOptions = {
  locale: Locale;
  format: PolicyFormat;
  /** The date shown as "Last updated"; defaults to profile.policy.lastUpdated. */
  lastUpdated?: Date | string;
};

/** The policy as one string in the given language and format; HTML escapes every value. */
export function renderPolicy(profile: Profile, options: RenderOptions): string {
  const document = buildPolicy(profile, options);
  switch (options.format) {
    case 'html':
      return toHtml(document);
    case 'md':
      return toMarkdown(document);
    case 'text':
      return toText(document);
    default:
      throw new RangeError(`Unknown policy format "${String(options.format)}"; use one of ${policyFormats.join(', ')}.`);
  }
}

/**
 * The policy languages the merchant chose (profile.policy.locales), in their order; English alone
 * when none are chosen, so there is always a policy to show.
 */
export function chosenLocales(profile: Pick<Profile, 'policy'>): Locale[] {
  const chosen = [...new Set(profile.policy?.locales ?? [])];
  return chosen.length > 0 ? chosen : ['en'];
}

/** Every chosen language in every format, e.g. for publishing all variants at once. */
export function renderAll(profile: Profile, lastUpdated?: Date | string, locales: readonly Locale[] = chosenLocales(profile)): RenderedPolicy {
  const all: RenderedPolicy = {};
  for (const locale of locales) {
    const byFormat = {} as Record<PolicyFormat, string>;
    for (const format of policyFormats) byFormat[format] = renderPolicy(profile, { locale, format, lastUpdated });
    all[locale] = byFormat;
  }
  return all;
}

/**
 * The HTML body for Shopify's own privacy policy (shopPolicyUpdate): without the <h1>, because the
 * storefront's policy page already shows the policy title above the body.
 */
export function renderShopPolicyBody(profile: Profile, options: { locale: Locale; lastUpdated?: Date | string }): string {
  return toHtml(buildPolicy(profile, options), { title: false });
}
