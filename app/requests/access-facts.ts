// What an access package states besides the data itself (GDPR Art. 15(1)(a)-(h), 15(2)), taken
// from the merchant's records at the time the package is made, in the shopper's language:
// purposes and legal bases, categories, recipients (processors by name, country and safeguard),
// retention periods, where the data comes from (Art. 14(2)(f)), the rights and how to complain.
// Sentences the policy already words (bases, safeguards, periods, rights) come from its texts.
import type { Locale, LocalizedText } from '../records/profile.ts';
import type { Records } from '../records/store.ts';
import { transferBasis } from '../records/transfers.ts';
import { localize, policyLocales, retentionPeriod } from '../policy/render.ts';
import { localCountryName } from '../policy/values.ts';
import { textsByLocale } from '../policy/texts/index.ts';
import { textsFor } from './shopper-texts.ts';

export interface AccessFacts {
  /** the language these statements are written in */
  language: string;
  controller: { name: string | null; contact: string | null };
  purposes: Array<{ purpose: string; legalBasis: string; categories: string[] }>;
  categories: Array<{ category: string; description: string; source: string }>;
  recipients: Array<{ name: string; service: string; country: string; safeguard: string; categories: string[] }>;
  /** the kinds of recipients the data may go to besides the named processors */
  recipientKinds: string[];
  retention: Array<{ category: string; period: string }>;
  /** where each part of this package came from (Art. 14(2)(f)) */
  sources: Array<{ data: string; source: string }>;
  automatedDecisions: string;
  rights: { rights: string[]; howToExercise: string | null; supervisoryAuthority: string | null; howToComplain: string };
}

/** The policy's language closest to the shopper's: theirs when the policy is written in it, else English. */
export const policyLocaleOf = (locale: string | null | undefined): Locale =>
  (policyLocales as readonly string[]).includes(locale ?? '') ? (locale as Locale) : 'en';

export function accessFacts(records: Records | null, shopperLocale: string | null | undefined): AccessFacts {
  const locale = policyLocaleOf(shopperLocale);
  const t = textsByLocale[locale];
  const shopper = textsFor(locale);
  const say = (value: LocalizedText | undefined) => (value === undefined ? '' : localize(value, locale));
  const categories = records?.inventory?.categories ?? [];
  const categoryName = (key: string) => say(categories.find((category) => category.key === key)?.name) || key;
  const authority = records?.controller?.supervisoryAuthority;
  const authorityName = authority ? say(authority.name) : undefined;

  return {
    language: locale,
    controller: { name: records?.controller?.legalName ?? null, contact: records?.controller?.contactEmail ?? null },
    purposes: (records?.purposes ?? []).map((purpose) => ({
      purpose: say(purpose.name),
      legalBasis:
        purpose.legalBasis === 'legitimate_interest'
          ? t.purposes.bases.legitimate_interest(say(purpose.legitimateInterest))
          : t.purposes.bases[purpose.legalBasis],
      categories: purpose.categories.map(categoryName),
    })),
    categories: categories.map((category) => ({
      category: say(category.name),
      description: say(category.description),
      source: shopper.access.sources[category.source],
    })),
    recipients: (records?.processors ?? []).map((processor) => {
      const basis = transferBasis(processor);
      return {
        name: processor.name,
        service: say(processor.service),
        country: localCountryName(processor.country, locale),
        safeguard: basis === 'eea' ? shopper.access.insideEea : basis === 'none' ? shopper.access.noSafeguard : t.sharing.safeguardsLong[basis],
        categories: processor.categories.map(categoryName),
      };
    }),
    recipientKinds: (records?.recipients?.kinds ?? []).map((kind) => t.sharing.kinds[kind]),
    retention: (records?.retention ?? []).map((rule) => ({ category: categoryName(rule.category), period: retentionPeriod(rule, locale) })),
    sources: [
      { data: 'shopify.customer, shopify.orders', source: shopper.access.fromShopify },
      { data: 'lawfully.consentRecords, lawfully.requests', source: shopper.access.fromYou },
      { data: 'processors', source: shopper.access.fromProcessors },
    ],
    automatedDecisions:
      records?.automatedDecisions?.used && records.automatedDecisions.description
        ? t.automated.used(say(records.automatedDecisions.description))
        : t.automated.none,
    rights: {
      rights: [...t.rights.items],
      howToExercise: records?.controller?.contactEmail ? t.rights.exercise(records.controller.contactEmail) : null,
      supervisoryAuthority: authorityName ? t.rights.authority(authorityName, authority?.website) : null,
      howToComplain: shopper.complaintAnswer(authorityName, authority?.website),
    },
  };
}
