// Renders a store's privacy policy from its profile: the ten sections of the seed policy in its
// order (1 Data controller … 10 Changes to this policy), then a footer naming the controller.
// Sentences come from texts/<locale>.ts; this module only picks, fills and formats them.
import { countryName as englishCountryName } from '../records/countries.ts';
import { localeCodes } from '../records/profile.ts';
import type { Locale, LocalizedText, Profile, RetentionRule } from '../records/profile.ts';
import { transferBasis } from '../records/transfers.ts';
import { escapeHtml } from '../platform/html.ts';
import { de } from './texts/de.ts';
import { en } from './texts/en.ts';
import { fr } from './texts/fr.ts';
import { lv } from './texts/lv.ts';
import type { PolicyTexts, TransferSafeguard } from './texts/types.ts';

export const policyLocales: readonly Locale[] = localeCodes;
export const policyFormats = ['html', 'md', 'text'] as const;
export type PolicyFormat = (typeof policyFormats)[number];

const textsByLocale: Record<Locale, PolicyTexts> = { en, de, fr, lv };

/** Each rendered language in every format; only the languages the merchant chose. */
export type RenderedPolicy = Partial<Record<Locale, Record<PolicyFormat, string>>>;

export type RenderOptions = {
  locale: Locale;
  format: PolicyFormat;
  /** The date shown as "Last updated"; defaults to profile.policy.lastUpdated. */
  lastUpdated?: Date | string;
};

// ---------------------------------------------------------------- document model

/** Block texts are plain, unescaped text; each output format escapes them its own way. */
export type Block = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] } | { kind: 'lines'; lines: string[] };
export type PolicySection = { id: string; number: number; title: string; blocks: Block[] };
export type PolicyDocument = {
  locale: Locale;
  title: string;
  lastUpdated: { iso: string; text: string };
  intro: Block[];
  sections: PolicySection[];
  footer: { title: string; blocks: Block[] };
};

const sectionIds = [
  'data-controller',
  'data-we-collect',
  'purposes-and-legal-bases',
  'cookies-and-analytics',
  'data-sharing',
  'data-retention',
  'your-rights',
  'data-security',
  'automated-decision-making',
  'changes-to-this-policy',
] as const;

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
const list = (items: string[]): Block => ({ kind: 'list', items });

/** The policy as data: sections of paragraphs and lists in the reader's language. */
export function buildPolicy(profile: Profile, options: { locale: Locale; lastUpdated?: Date | string }): PolicyDocument {
  const t = textsByLocale[options.locale];
  if (!t) throw new RangeError(`There is no policy text for the language "${options.locale}"; use one of ${policyLocales.join(', ')}.`);
  const locale = t.locale;
  const say = (value: LocalizedText) => localize(value, locale);
  const country = (code: string) => localCountryName(code, locale);
  const { controller } = profile;
  const address = [controller.address.line1, controller.address.line2, controller.address.city, controller.address.postalCode, country(controller.address.country)]
    .filter((part): part is string => Boolean(part))
    .join(', ');
  const categoryNames = new Map(profile.inventory.categories.map((category) => [category.key, say(category.name)]));
  const updated = dateParts(options.lastUpdated ?? profile.policy?.lastUpdated);

  const bodies: Block[][] = [
    controllerSection(),
    collectedSection(),
    purposesSection(),
    cookiesSection(),
    sharingSection(),
    retentionSection(),
    rightsSection(),
    [paragraph(t.security.sentence(t.list(profile.security.measures.map((measure) => t.security.measures[measure]))))],
    [paragraph(profile.automatedDecisions.used && profile.automatedDecisions.description
      ? t.automated.used(sentence(say(profile.automatedDecisions.description)))
      : t.automated.none)],
    [paragraph(t.changes)],
  ];

  return {
    locale,
    title: t.title,
    lastUpdated: { iso: updated.iso, text: t.lastUpdated(t.date(updated.year, updated.month, updated.day)) },
    intro: [paragraph(t.intro)],
    sections: bodies.map((blocks, i) => ({ id: sectionIds[i]!, number: i + 1, title: t.sectionTitles[i]!, blocks })),
    footer: {
      title: t.footer.title,
      blocks: [
        paragraph(t.footer.ownedBy),
        {
          kind: 'lines',
          lines: [
            controller.legalName,
            t.footer.registry(controller.registryNumber),
            t.footer.vat(controller.vatNumber),
            t.footer.address(address),
            t.footer.email(controller.contactEmail),
          ],
        },
        paragraph(t.footer.statement(controller.legalName)),
      ],
    },
  };

  function controllerSection(): Block[] {
    const blocks = [paragraph(t.controller.identity(controller.legalName, address)), paragraph(t.controller.contact(controller.contactEmail))];
    if (controller.dpo) blocks.push(paragraph(t.controller.dpo(controller.dpo.name, controller.dpo.email)));
    if (controller.euRepresentative) {
      const rep = controller.euRepresentative;
      blocks.push(paragraph(t.controller.euRepresentative(rep.name, rep.address, rep.email)));
    }
    return blocks;
  }

  function collectedSection(): Block[] {
    const special = profile.inventory.specialCategories;
    const blocks = [paragraph(t.collected.intro), list(profile.inventory.categories.map((category) => say(category.name)))];
    // Art. 14(2)(f) GDPR: for data not obtained from the person, say which data and where it comes from.
    const received = profile.inventory.categories.filter((category) => category.source === 'third_party');
    if (received.length > 0) {
      const items = received.map((category) => t.collected.receivedItem(t.midSentence(say(category.name)), withoutFinalStop(say(category.description))));
      blocks.push(paragraph(t.collected.fromThirdParties(items.join('; '))));
    }
    blocks.push(paragraph(special.processed && special.details ? t.collected.specialCategories(sentence(say(special.details))) : t.collected.noSpecialCategories));
    return blocks;
  }

  function purposesSection(): Block[] {
    const bases = t.purposes.bases;
    return [
      paragraph(t.purposes.intro),
      list(
        profile.purposes.map((purpose) => {
          const basis =
            purpose.legalBasis === 'legitimate_interest'
              ? bases.legitimate_interest(purpose.legitimateInterest ? say(purpose.legitimateInterest) : '')
              : bases[purpose.legalBasis];
          return t.purposes.item(say(purpose.name), basis);
        }),
      ),
    ];
  }

  function cookiesSection(): Block[] {
    const blocks = [paragraph(t.cookies.intro)];
    const cookies = profile.cookies;
    if (cookies.some((cookie) => cookie.category === 'necessary')) blocks.push(paragraph(t.cookies.necessary));
    const gated = (['analytics', 'marketing', 'preferences'] as const).filter((category) => cookies.some((cookie) => cookie.category === category));
    for (const category of gated) {
      const providers = unique(cookies.filter((cookie) => cookie.category === category).map((cookie) => cookie.provider));
      blocks.push(paragraph(t.cookies.consentGated(category, t.list(providers))));
    }
    if (!gated.includes('analytics') && !gated.includes('marketing')) blocks.push(paragraph(t.cookies.noTracking));
    if (cookies.length > 0) {
      blocks.push(paragraph(t.cookies.listIntro));
      blocks.push(
        list(
          cookies.map((cookie) =>
            t.cookies.item({
              name: cookie.name,
              provider: cookie.provider,
              category: t.cookies.categoryNames[cookie.category],
              purpose: say(cookie.purpose),
              expiry: say(cookie.expiry),
            }),
          ),
        ),
      );
    }
    if (gated.length > 0) blocks.push(paragraph(t.cookies.changeChoice));
    return blocks;
  }

  function sharingSection(): Block[] {
    const blocks = [paragraph(profile.recipients.sellsData ? t.sharing.sold : t.sharing.notSold)];
    if (profile.recipients.kinds.length > 0) {
      blocks.push(paragraph(t.sharing.intro));
      blocks.push(
        list(
          profile.recipients.kinds.map((kind) => {
            const examples = unique(profile.processors.filter((processor) => processor.kind === kind).map((processor) => processor.name));
            return examples.length > 0 ? t.sharing.withExamples(t.sharing.kinds[kind], examples.join(', ')) : t.sharing.kinds[kind];
          }),
        ),
      );
    }
    // Art. 13(1)(f) GDPR: say that data leaves the EEA, on which safeguard, and how to get a copy.
    const transfers = profile.processors
      .filter((processor) => transferBasis(processor) !== 'eea')
      .map((processor) => ({ processor, basis: transferBasis(processor) }))
      .filter((transfer): transfer is { processor: typeof transfer.processor; basis: TransferSafeguard } => transfer.basis !== 'none');
    if (transfers.length === 0) {
      blocks.push(paragraph(t.sharing.noTransfers));
      return blocks;
    }
    const order: TransferSafeguard[] = ['scc', 'adequacy', 'dpf', 'bcr'];
    const used = order.filter((basis) => transfers.some((transfer) => transfer.basis === basis));
    blocks.push(paragraph(t.sharing.transfersIntro(t.list(used.map((basis) => t.sharing.safeguardsLong[basis])))));
    blocks.push(list(transfers.map(({ processor, basis }) => t.sharing.transferItem(processor.name, country(processor.country), t.sharing.safeguardsShort[basis]))));
    blocks.push(paragraph(t.sharing.copyOfSafeguards));
    return blocks;
  }

  function retentionSection(): Block[] {
    // Rules that say the same thing are listed once, naming all their categories.
    const groups = new Map<string, string[]>();
    for (const rule of profile.retention) {
      const period = retentionPeriod(rule, locale);
      const names = groups.get(period) ?? [];
      names.push(categoryNames.get(rule.category) ?? rule.category);
      groups.set(period, names);
    }
    const items = [...groups].map(([period, names]) => t.retention.item(names.map((name, i) => (i === 0 ? name : t.midSentence(name))).join(', '), period));
    if (profile.cookies.length > 0) items.push(t.retention.cookies);
    return [paragraph(t.retention.intro), list(items), paragraph(t.retention.afterwards)];
  }

  function rightsSection(): Block[] {
    const authority = controller.supervisoryAuthority;
    return [
      paragraph(t.rights.intro),
      list([...t.rights.items]),
      paragraph(t.rights.exercise(controller.contactEmail)),
      paragraph(t.rights.authority(say(authority.name), authority.website)),
    ];
  }
}

// ---------------------------------------------------------------- output formats

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

function toHtml(document: PolicyDocument, { title = true }: { title?: boolean } = {}): string {
  const e = escapeHtml;
  const block = (b: Block): string => {
    switch (b.kind) {
      case 'paragraph':
        return `<p>${e(b.text)}</p>`;
      case 'list':
        return `<ol>\n${b.items.map((item) => `<li>${e(item)}</li>`).join('\n')}\n</ol>`;
      case 'lines':
        return `<p>${b.lines.map(e).join('<br>\n')}</p>`;
    }
  };
  return [
    `<article class="lawfully-policy" lang="${e(document.locale)}">`,
    ...(title ? [`<h1>${e(document.title)}</h1>`] : []),
    `<p class="lawfully-policy-updated"><time datetime="${e(document.lastUpdated.iso)}">${e(document.lastUpdated.text)}</time></p>`,
    ...document.intro.map(block),
    ...document.sections.map((section) =>
      [`<section id="${e(section.id)}">`, `<h2>${section.number}. ${e(section.title)}</h2>`, ...section.blocks.map(block), '</section>'].join('\n'),
    ),
    '<footer>',
    `<h2>${e(document.footer.title)}</h2>`,
    ...document.footer.blocks.map(block),
    '</footer>',
    '</article>',
    '',
  ].join('\n');
}

/** Backslash-escapes what Markdown would read as formatting or HTML. */
export function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`).replace(/^(\d+)\.(\s)/, '$1\\.$2').replace(/^([-+])(\s)/, '\\$1$2');
}

function toMarkdown(document: PolicyDocument): string {
  const e = escapeMarkdown;
  const block = (b: Block): string => {
    switch (b.kind) {
      case 'paragraph':
        return e(b.text);
      case 'list':
        return b.items.map((item, i) => `${i + 1}. ${e(item)}`).join('\n');
      case 'lines':
        return b.lines.map(e).join('  \n');
    }
  };
  return [
    `# ${e(document.title)}`,
    `*${e(document.lastUpdated.text)}*`,
    ...document.intro.map(block),
    ...document.sections.flatMap((section) => [`## ${section.number}. ${e(section.title)}`, ...section.blocks.map(block)]),
    '---',
    `**${e(document.footer.title)}**`,
    ...document.footer.blocks.map(block),
  ].join('\n\n') + '\n';
}

function toText(document: PolicyDocument): string {
  const block = (b: Block): string => {
    switch (b.kind) {
      case 'paragraph':
        return b.text;
      case 'list':
        return b.items.map((item, i) => `  ${i + 1}. ${item}`).join('\n');
      case 'lines':
        return b.lines.join('\n');
    }
  };
  return [
    document.lastUpdated.text,
    document.title.toUpperCase(),
    ...document.intro.map(block),
    ...document.sections.flatMap((section) => [`${section.number}. ${section.title}`, ...section.blocks.map(block)]),
    document.footer.title,
    ...document.footer.blocks.map(block),
  ].join('\n\n') + '\n';
}

// ---------------------------------------------------------------- values

/** A merchant text in the reader's language: that language, else English, else the first one given. */
export function localize(value: LocalizedText, locale: Locale): string {
  if (typeof value === 'string') return value;
  return value[locale] ?? value.en ?? Object.values(value).find((text): text is string => Boolean(text)) ?? '';
}

/**
 * How long data under a retention rule is kept, in the policy's words, e.g. "at least 5 years from
 * the date of the order"; the record of processing uses the English wording.
 */
export function retentionPeriod(rule: RetentionRule, locale: Locale): string {
  const t = textsByLocale[locale];
  const duration = rule.period ? t.retention.duration(rule.period) : '';
  const minimum = rule.minimum === true;
  switch (rule.trigger) {
    case 'since_order':
      return t.retention.sinceOrder(duration, minimum);
    case 'since_last_activity':
      return t.retention.sinceLastActivity(duration, minimum);
    case 'until_consent_withdrawn':
      return t.retention.untilConsentWithdrawn;
    case 'until_consent_withdrawn_or_inactivity':
      return rule.period ? t.retention.untilConsentWithdrawnOrInactivity(duration) : t.retention.untilConsentWithdrawn;
  }
}

function localCountryName(code: string, locale: Locale): string {
  if (locale === 'en') return englishCountryName(code);
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code) ?? englishCountryName(code);
  } catch {
    return englishCountryName(code);
  }
}

/** Whether "YYYY-MM-DD" names a day that exists: no month 13, no 30 February, 29 February only in leap years. */
export function isRealDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return daysInMonth !== undefined && day >= 1 && day <= daysInMonth;
}

function dateParts(value: Date | string | undefined): { iso: string; year: number; month: number; day: number } {
  if (value === undefined) {
    throw new RangeError('Say when the policy was last updated: pass lastUpdated or set policy.lastUpdated in the profile.');
  }
  const valid = !(value instanceof Date) || !Number.isNaN(value.getTime());
  const iso = value instanceof Date ? (valid ? value.toISOString().slice(0, 10) : '') : value.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    throw new RangeError(`"${String(value)}" is not a date; give the last-updated date as YYYY-MM-DD.`);
  }
  if (!isRealDate(iso)) {
    throw new RangeError(`"${iso}" is not a date that exists; give the last-updated date as YYYY-MM-DD, e.g. 2025-06-10.`);
  }
  return { iso, year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

function withoutFinalStop(text: string): string {
  return text.replace(/\.$/, '');
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
