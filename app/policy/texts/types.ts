// The shape every locale's policy texts fill in: fixed sentences as strings, sentences that carry
// merchant values as functions. Values arrive already in the reader's language and unescaped.
import type { Locale, PeriodUnit, RecipientKind, SecurityMeasure, CookieCategory, LegalBasis } from '../../records/profile.ts';
import type { ProvisionRequirement } from '../../records/inventory-schema.ts';

export type Duration = { amount: number; unit: PeriodUnit };
export type TransferSafeguard = 'adequacy' | 'scc' | 'dpf' | 'bcr';

export type PolicyTexts = {
  locale: Locale;
  title: string;
  /** "June 10, 2025" (month is 1-12). */
  date: (year: number, month: number, day: number) => string;
  lastUpdated: (date: string) => string;
  /** Joins a list the way the language does: "a, b, and c". */
  list: (items: string[]) => string;
  /**
   * How a merchant's name for something reads after the first in a joined list: "Email address,
   * name and other contact information" in English; German keeps its capitalised nouns.
   */
  midSentence: (name: string) => string;
  intro: string;
  sectionTitles: readonly [string, string, string, string, string, string, string, string, string, string];
  controller: {
    identity: (legalName: string, address: string) => string;
    contact: (email: string) => string;
    dpo: (name: string, email: string) => string;
    euRepresentative: (name: string, address: string, email: string) => string;
  };
  collected: {
    intro: string;
    noSpecialCategories: string;
    specialCategories: (details: string) => string;
    /** Art. 14(2)(f) GDPR: the data not obtained from the person, as receivedItem texts joined by "; ". */
    fromThirdParties: (items: string) => string;
    receivedItem: (category: string, origin: string) => string;
    /** Art. 13(2)(e) GDPR: introduces, per kind of data, whether it must be given and what follows if not. */
    provisionIntro: string;
    /** The words of Art. 13(2)(e) in this language's official GDPR text. */
    requirements: Record<ProvisionRequirement, string>;
    /** "Delivery address – necessary to enter into a contract. Without it we cannot ship your order." */
    provisionItem: (category: string, requirement: string, consequence: string) => string;
  };
  purposes: {
    intro: string;
    bases: Record<Exclude<LegalBasis, 'legitimate_interest'>, string> & { legitimate_interest: (interest: string) => string };
    item: (purpose: string, basis: string) => string;
  };
  cookies: {
    intro: string;
    necessary: string;
    consentGated: (category: Exclude<CookieCategory, 'necessary'>, providers: string) => string;
    noTracking: string;
    listIntro: string;
    categoryNames: Record<CookieCategory, string>;
    item: (cookie: { name: string; provider: string; category: string; purpose: string; expiry: string }) => string;
    changeChoice: string;
  };
  sharing: {
    notSold: string;
    sold: string;
    intro: string;
    kinds: Record<RecipientKind, string>;
    withExamples: (kind: string, names: string) => string;
    /** Art. 45 (adequacy) and Art. 46 (appropriate safeguards) are different grounds: name both, then the ones used. */
    transfersIntro: (safeguards: string) => string;
    safeguardsLong: Record<TransferSafeguard, string>;
    safeguardsShort: Record<TransferSafeguard, string>;
    transferItem: (processor: string, country: string, safeguard: string) => string;
    copyOfSafeguards: string;
    noTransfers: string;
  };
  retention: {
    intro: string;
    duration: (duration: Duration) => string;
    sinceOrder: (duration: string, minimum: boolean) => string;
    sinceLastActivity: (duration: string, minimum: boolean) => string;
    untilConsentWithdrawn: string;
    untilConsentWithdrawnOrInactivity: (duration: string) => string;
    item: (categories: string, period: string) => string;
    cookies: string;
    afterwards: string;
  };
  rights: {
    intro: string;
    items: readonly [string, string, string, string, string, string, string, string];
    exercise: (email: string) => string;
    authority: (name: string, website: string | undefined) => string;
    /**
     * Art. 21(4) GDPR: the right to object, presented clearly and apart from the other rights, under
     * its own heading. Wording follows Art. 21(1)-(3) of this language's official GDPR text.
     */
    objection: {
      title: string;
      /** Art. 21(1): ends by introducing the list of purposes based on legitimate interest. */
      legitimateInterests: string;
      /** What follows an objection under Art. 21(1). */
      afterObjection: string;
      /** Art. 21(2) and (3). */
      directMarketing: string;
      how: (email: string) => string;
    };
  };
  security: {
    sentence: (measures: string) => string;
    measures: Record<SecurityMeasure, string>;
  };
  automated: {
    none: string;
    used: (description: string) => string;
  };
  changes: string;
  footer: {
    title: string;
    ownedBy: string;
    registry: (value: string) => string;
    vat: (value: string) => string;
    address: (value: string) => string;
    email: (value: string) => string;
    statement: (legalName: string) => string;
  };
};
