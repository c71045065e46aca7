// The sections of the policy that depend on the records, one function each, in the seed policy's
// order. Each takes the reader's texts and the profile and returns the section's blocks.
import type { Locale, LocalizedText, Profile } from '../records/profile.ts';
import { transferBasis } from '../records/transfers.ts';
import { heading, list, paragraph, type Block } from './document.ts';
import type { PolicyTexts, TransferSafeguard } from './texts/types.ts';
import { localCountryName, localize, retentionPeriod, sentence, unique, withoutFinalStop } from './values.ts';

/** What every section needs: the profile, the reader's texts, and the values in their language. */
export type SectionContext = {
  profile: Profile;
  t: PolicyTexts;
  locale: Locale;
  say: (value: LocalizedText) => string;
  country: (code: string) => string;
  /** The controller's address on one line, country in the reader's language. */
  address: string;
};

export function sectionContext(profile: Profile, t: PolicyTexts): SectionContext {
  const locale = t.locale;
  const country = (code: string) => localCountryName(code, locale);
  const { address } = profile.controller;
  return {
    profile,
    t,
    locale,
    say: (value) => localize(value, locale),
    country,
    address: [address.line1, address.line2, address.city, address.postalCode, country(address.country)]
      .filter((part): part is string => Boolean(part))
      .join(', '),
  };
}

export function controllerSection({ profile: { controller }, t, address }: SectionContext): Block[] {
  const blocks = [paragraph(t.controller.identity(controller.legalName, address)), paragraph(t.controller.contact(controller.contactEmail))];
  if (controller.dpo) blocks.push(paragraph(t.controller.dpo(controller.dpo.name, controller.dpo.email)));
  if (controller.euRepresentative) {
    const rep = controller.euRepresentative;
    blocks.push(paragraph(t.controller.euRepresentative(rep.name, rep.address, rep.email)));
  }
  return blocks;
}

export function collectedSection({ profile, t, say }: SectionContext): Block[] {
  const special = profile.inventory.specialCategories;
  const blocks = [paragraph(t.collected.intro), list(profile.inventory.categories.map((category) => say(category.name)))];
  // Art. 14(2)(f) GDPR: for data not obtained from the person, say which data and where it comes from.
  const received = profile.inventory.categories.filter((category) => category.source === 'third_party');
  if (received.length > 0) {
    const items = received.map((category) => t.collected.receivedItem(t.midSentence(say(category.name)), withoutFinalStop(say(category.description))));
    blocks.push(paragraph(t.collected.fromThirdParties(items.join('; '))));
  }
  // Art. 13(2)(e) GDPR: whether each kind of data must be given, and what follows if it is not.
  const provided = profile.inventory.categories.flatMap((category) => (category.provision ? [{ category, provision: category.provision }] : []));
  if (provided.length > 0) {
    blocks.push(paragraph(t.collected.provisionIntro));
    blocks.push(
      list(
        provided.map(({ category, provision }) =>
          t.collected.provisionItem(say(category.name), t.collected.requirements[provision.requirement], sentence(say(provision.ifNotProvided))),
        ),
      ),
    );
  }
  blocks.push(
    paragraph(special.processed && special.details ? t.collected.specialCategories(sentence(say(special.details))) : t.collected.noSpecialCategories),
  );
  return blocks;
}

export function purposesSection({ profile, t, say }: SectionContext): Block[] {
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

export function cookiesSection({ profile, t, say }: SectionContext): Block[] {
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

export function sharingSection({ profile, t, country }: SectionContext): Block[] {
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
  blocks.push(
    list(transfers.map(({ processor, basis }) => t.sharing.transferItem(processor.name, country(processor.country), t.sharing.safeguardsShort[basis]))),
  );
  blocks.push(paragraph(t.sharing.copyOfSafeguards));
  return blocks;
}

export function retentionSection({ profile, t, locale, say }: SectionContext): Block[] {
  const categoryNames = new Map(profile.inventory.categories.map((category) => [category.key, say(category.name)]));
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

export function rightsSection(context: SectionContext): Block[] {
  const {
    profile: { controller },
    t,
    say,
  } = context;
  const authority = controller.supervisoryAuthority;
  return [
    paragraph(t.rights.intro),
    list([...t.rights.items]),
    paragraph(t.rights.exercise(controller.contactEmail)),
    paragraph(t.rights.authority(say(authority.name), authority.website)),
    ...objectionBlocks(context),
  ];
}

/**
 * Art. 21(4) GDPR: the right to object is brought to the reader's attention clearly and apart from
 * any other information, under its own heading, naming the purposes it applies to (Art. 21(1)) and
 * the unconditional objection to direct marketing (Art. 21(2) and (3)).
 */
function objectionBlocks({ profile, t, say }: SectionContext): Block[] {
  const objection = t.rights.objection;
  const interests = profile.purposes.filter((purpose) => purpose.legalBasis === 'legitimate_interest');
  return [
    heading('right-to-object', objection.title),
    ...(interests.length > 0
      ? [paragraph(objection.legitimateInterests), list(interests.map((purpose) => say(purpose.name))), paragraph(objection.afterObjection)]
      : []),
    paragraph(objection.directMarketing),
    paragraph(objection.how(profile.controller.contactEmail)),
  ];
}

export function securitySection({ profile, t }: SectionContext): Block[] {
  return [paragraph(t.security.sentence(t.list(profile.security.measures.map((measure) => t.security.measures[measure]))))];
}

export function automatedSection({ profile, t, say }: SectionContext): Block[] {
  const { used, description } = profile.automatedDecisions;
  return [paragraph(used && description ? t.automated.used(sentence(say(description))) : t.automated.none)];
}
