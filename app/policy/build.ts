// Builds the policy document from a store's profile: the ten sections of the seed policy in its
// order (1 Data controller … 10 Changes to this policy), then a footer naming the controller.
// Sentences come from texts/<locale>.ts; the sections pick and fill them.
import type { Locale, Profile } from '../records/profile.ts';
import { localeCodes } from '../records/profile.ts';
import { paragraph, type Block, type PolicyDocument } from './document.ts';
import * as sections from './sections.ts';
import { textsByLocale } from './texts/index.ts';
import { dateParts } from './values.ts';

export const policyLocales: readonly Locale[] = localeCodes;

/** The policy as data: sections of paragraphs and lists in the reader's language. */
export function buildPolicy(profile: Profile, options: { locale: Locale; lastUpdated?: Date | string }): PolicyDocument {
  // A JavaScript caller or an unchecked query string may pass any code, whatever the type says.
  if (!Object.hasOwn(textsByLocale, options.locale))
    throw new RangeError(`There is no policy text for the language "${options.locale}"; use one of ${policyLocales.join(', ')}.`);
  const t = textsByLocale[options.locale];
  const context = sections.sectionContext(profile, t);
  const { controller } = profile;
  const updated = dateParts(options.lastUpdated ?? profile.policy?.lastUpdated);

  // The section ids are the anchors a theme or a link may point to: they never change.
  const bodies: Array<[id: string, blocks: Block[]]> = [
    ['data-controller', sections.controllerSection(context)],
    ['data-we-collect', sections.collectedSection(context)],
    ['purposes-and-legal-bases', sections.purposesSection(context)],
    ['cookies-and-analytics', sections.cookiesSection(context)],
    ['data-sharing', sections.sharingSection(context)],
    ['data-retention', sections.retentionSection(context)],
    ['your-rights', sections.rightsSection(context)],
    ['data-security', sections.securitySection(context)],
    ['automated-decision-making', sections.automatedSection(context)],
    ['changes-to-this-policy', [paragraph(t.changes)]],
  ];

  return {
    locale: t.locale,
    title: t.title,
    lastUpdated: { iso: updated.iso, text: t.lastUpdated(t.date(updated.year, updated.month, updated.day)) },
    intro: [paragraph(t.intro)],
    sections: bodies.map(([id, blocks], i) => ({ id, number: i + 1, title: t.sectionTitles[i] ?? id, blocks })),
    footer: {
      title: t.footer.title,
      blocks: [
        paragraph(t.footer.ownedBy),
        {
          kind: 'lines',
          lines: [
            controller.legalName,
            ...(controller.registryNumber ? [t.footer.registry(controller.registryNumber)] : []),
            ...(controller.vatNumber ? [t.footer.vat(controller.vatNumber)] : []),
            t.footer.address(context.address),
            t.footer.email(controller.contactEmail),
          ],
        },
        paragraph(t.footer.statement(controller.legalName)),
      ],
    },
  };
}
