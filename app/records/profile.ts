// The merchant's whole GDPR profile. This one zod schema gives the admin its per-field messages,
// the TypeScript type (`Profile`) and docs/profile.schema.json (see json-schema.ts).
// Messages are written for the merchant, not for a developer: say what to do, in plain words.
import { z } from 'zod';
import { countryCodes, isKnownCountry } from './countries.ts';
import { safeguardProblem } from './transfers.ts';
import { consentCategories, type ConsentCategory } from '../consent/categories.ts';

export const localeCodes = ['en', 'de', 'fr', 'lv'] as const;
export type Locale = (typeof localeCodes)[number];

// ---------------------------------------------------------------- building blocks

const text = (message: string) => z.string({ error: message }).trim().min(1, message);

/**
 * A merchant text shown in the policy: one string for every language, or one text per language
 * (`{ "en": "Email address", "de": "E-Mail-Adresse" }`); missing languages fall back to English.
 */
const localizedText = (message: string) =>
  z.union(
    [
      text(message),
      z
        .object({
          en: text(message).optional(),
          de: text(message).optional(),
          fr: text(message).optional(),
          lv: text(message).optional(),
        })
        .strict()
        .refine((value) => Object.values(value).some(Boolean), message),
    ],
    { error: message },
  ).describe('One text for every language, or one text per language ({"en": …, "de": …}); missing languages fall back to English.');
export type LocalizedText = z.infer<ReturnType<typeof localizedText>>;

const slug = (what: string) =>
  z
    .string({ error: `Enter a short key for the ${what}` })
    .regex(
      /^[a-z0-9]+(?:[_-][a-z0-9]+)*$/,
      `Use only lowercase letters, digits, "_" or "-" in the key for the ${what}, e.g. "order_details"`,
    );

const email = (what: string) =>
  z.email({ error: `Enter a valid email address for ${what}, e.g. privacy@example.com` });

const isoDate = (what: string) =>
  z.iso.date({ error: `Enter ${what} as year-month-day, e.g. 2025-06-10` });

const webAddress = (what: string) =>
  z.httpUrl({ error: `Enter ${what} as a full web address starting with https://` });

const country = (instruction: string) =>
  z.enum(countryCodes, {
    error: (issue) =>
      typeof issue.input === 'string' && issue.input !== '' && !isKnownCountry(issue.input)
        ? `"${issue.input}" is not a country code we know. ${instruction} (two letters, e.g. "LV" for Latvia)`
        : instruction,
  });

// ---------------------------------------------------------------- controller

const addressSchema = z.object({
  line1: text('Enter the street and house number'),
  line2: text('Leave the second address line out or fill it in').optional(),
  city: text('Enter the city'),
  postalCode: text('Enter the postal code'),
  country: country('Choose the country of your business address'),
}, { error: 'Enter your business address' });

const controllerSchema = z.object({
  legalName: text('Enter the legal name of your business, as registered'),
  registryNumber: text('Enter your company registration number'),
  vatNumber: text('Enter your VAT number'),
  address: addressSchema,
  contactEmail: email('privacy questions'),
  dpo: z
    .object({
      name: text('Enter the name of your data protection officer'),
      email: email('your data protection officer'),
    }, { error: 'Enter the name and email of your data protection officer, or leave this out' })
    .optional(),
  euRepresentative: z
    .object({
      name: text('Enter the name of your representative in the EU'),
      address: text('Enter the address of your representative in the EU'),
      email: email('your representative in the EU'),
    }, { error: 'Enter the name, address and email of your representative in the EU, or leave this out' })
    .optional(),
  supervisoryAuthority: z.object({
    name: localizedText('Enter the name of the data protection authority responsible for you'),
    website: webAddress('the website of the data protection authority').optional(),
    country: country('Choose the country of your data protection authority'),
  }, { error: 'Name the data protection authority responsible for you' }),
}, { error: 'Fill in who you are: your business is the data controller' });

// ---------------------------------------------------------------- inventory and purposes

export const dataSources = ['customer', 'automatic', 'third_party'] as const;

const categorySchema = z.object({
  key: slug('data category'),
  name: localizedText('Give the data category a name, e.g. "Email address"'),
  description: localizedText('Describe in a few words what this data category holds'),
  source: z.enum(dataSources, {
    error: 'Choose where this data comes from: given by the customer, collected automatically, or received from a third party',
  }),
  examples: z.array(text('Leave out empty examples'), { error: 'List examples as a list of texts, or leave them out' }).optional(),
}, { error: 'Describe each data category with a key, a name, a description and where it comes from' });

const inventorySchema = z.object({
  categories: z.array(categorySchema, { error: 'List the kinds of personal data you collect' }).min(1, 'List at least one kind of personal data you collect'),
  specialCategories: z.object({
    processed: z.boolean({ error: 'Say whether you process sensitive data such as health data (yes or no)' }),
    details: localizedText('Describe which sensitive data you process and why').optional(),
  }, { error: 'Say whether you process sensitive data such as health data' }),
}, { error: 'List the personal data you collect' });

export const legalBases = ['contract', 'legal_obligation', 'legitimate_interest', 'consent'] as const;
export type LegalBasis = (typeof legalBases)[number];

const purposeSchema = z.object({
  key: slug('purpose'),
  name: localizedText('Give the purpose a name, e.g. "To fulfil and manage orders"'),
  description: localizedText('Describe the purpose in a sentence'),
  legalBasis: z.enum(legalBases, {
    error: 'Choose the legal basis: contract, legal obligation, legitimate interest or consent',
  }),
  legitimateInterest: localizedText('Describe the interest you rely on, e.g. "preventing fraud"').optional(),
  categories: z.array(z.string({ error: 'Choose a data category' }), { error: 'Choose the data categories used for this purpose' }).min(1, 'Choose at least one data category used for this purpose'),
}, { error: 'Describe each purpose with a key, a name, a description and a legal basis' });

// ---------------------------------------------------------------- recipients and processors

export const recipientKinds = [
  'payment_processors',
  'delivery_companies',
  'it_service_providers',
  'marketing_providers',
  'professional_advisors',
  'authorities',
] as const;
export type RecipientKind = (typeof recipientKinds)[number];

const recipientKind = z.enum(recipientKinds, {
  error: `Choose a kind of recipient: ${recipientKinds.join(', ')}`,
});

const recipientsSchema = z.object({
  kinds: z.array(recipientKind, { error: 'Choose the kinds of recipients you share personal data with' }),
  sellsData: z.boolean({ error: 'Say whether you sell personal data (yes or no)' }),
}, { error: 'Say who you share personal data with and whether you sell it' });

export const safeguardTypes = ['none', 'adequacy', 'scc', 'dpf', 'bcr'] as const;
export type SafeguardType = (typeof safeguardTypes)[number];

const safeguardSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('none') }),
    z.object({ type: z.literal('adequacy') }),
    z.object({
      type: z.literal('scc'),
      module: z.literal([1, 2, 3, 4], {
        error: 'Choose the SCC module (1 to 4); for a processor working for you it is usually module 2',
      }),
      version: z
        .string({ error: 'Enter the SCC version, e.g. 2021/914' })
        .regex(/^\d{4}\/\d{1,4}$/, 'Enter the SCC version as year/number, e.g. 2021/914'),
      signedOn: isoDate('the date the SCCs were signed'),
    }),
    z.object({ type: z.literal('dpf') }),
    z.object({ type: z.literal('bcr') }),
  ],
  {
    error:
      'Choose how transfers to this processor are protected: none, adequacy decision, standard contractual clauses (scc), Data Privacy Framework (dpf) or binding corporate rules (bcr)',
  },
).describe('How transfers to the processor are protected under GDPR Chapter V (Art. 45-47); must fit the country, see app/records/transfers.ts.');
export type Safeguard = z.infer<typeof safeguardSchema>;

const processorSchema = z.object({
  id: slug('processor'),
  name: text('Enter the name of the processor, e.g. "Stripe"'),
  service: localizedText('Say what the processor does for you, e.g. "Payment processing"'),
  /** Which recipient kind in the policy this processor is an example of. */
  kind: recipientKind.optional().describe('The kind of recipient this processor is named as an example of in the policy; must be listed in recipients.kinds.'),
  categories: z.array(z.string({ error: 'Choose a data category' }), { error: 'Choose the data categories this processor receives' }).min(1, 'Choose at least one data category this processor receives'),
  country: country('Choose the country where the processor handles the data').describe('ISO 3166-1 alpha-2 code of the country where the processor handles the data.'),
  safeguard: safeguardSchema,
  dpaUrl: webAddress("the web address of the processor's data processing agreement").optional(),
  lastReviewedOn: isoDate('the date you last reviewed this processor').optional(),
}, { error: 'Describe each processor with an id, name, service, data categories, country and safeguard' });

// ---------------------------------------------------------------- retention, cookies, security

export const retentionTriggers = [
  'since_order',
  'since_last_activity',
  'until_consent_withdrawn',
  'until_consent_withdrawn_or_inactivity',
] as const;
export type RetentionTrigger = (typeof retentionTriggers)[number];

export const periodUnits = ['days', 'months', 'years'] as const;
export type PeriodUnit = (typeof periodUnits)[number];

const periodSchema = z.object({
  amount: z
    .number({ error: 'The retention period must be a positive number' })
    .int('The retention period must be a whole number')
    .positive('The retention period must be a positive number'),
  unit: z.enum(periodUnits, { error: 'Choose days, months or years for the retention period' }),
}, { error: 'Say how long this data is kept, e.g. 5 years' });

const retentionSchema = z.object({
  category: z.string({ error: 'Choose the data category this retention rule is for' }),
  /** Not needed when the data is kept until consent is withdrawn. */
  period: periodSchema.optional().describe('Required unless trigger is until_consent_withdrawn; for until_consent_withdrawn_or_inactivity it is the inactivity period.'),
  trigger: z.enum(retentionTriggers, {
    error:
      'Choose when the retention period starts: from the order, from the last activity, until consent is withdrawn, or until consent is withdrawn or after a time of inactivity',
  }),
  /** true: the period is a minimum ("at least 5 years"), as legal retention duties usually are. */
  minimum: z.boolean({ error: 'Say whether the period is a minimum (yes or no)' }).optional().describe('true when the period is a minimum ("at least 5 years").'),
}, { error: 'Describe each retention rule with a data category, a period and when it starts' });

/** A cookie is filed under the consent category the banner asks for before it is set. */
export const cookieCategories = consentCategories;
export type CookieCategory = ConsentCategory;

const cookieSchema = z.object({
  name: text('Enter the name of the cookie, e.g. "_ga"'),
  category: z.enum(cookieCategories, {
    error: 'Choose the cookie category: necessary, preferences, analytics or marketing',
  }),
  provider: text('Enter who sets the cookie, e.g. "Google Analytics"'),
  purpose: localizedText('Say what the cookie is for'),
  expiry: localizedText('Say how long the cookie lasts, e.g. "1 year" or "session"'),
}, { error: 'Describe each cookie with its name, category, provider, purpose and lifetime' });

export const securityMeasures = [
  'encryption',
  'tls',
  'encrypted_backups',
  'access_control',
  'authentication',
  'multi_factor_authentication',
  'system_monitoring',
  'pseudonymisation',
  'staff_training',
  'regular_testing',
  'data_minimisation',
] as const;
export type SecurityMeasure = (typeof securityMeasures)[number];

const securitySchema = z.object({
  measures: z
    .array(z.enum(securityMeasures, { error: `Choose security measures from the list: ${securityMeasures.join(', ')}` }), { error: 'Choose the security measures you use' })
    .min(1, 'Choose at least one security measure you use'),
}, { error: 'Choose the security measures you use' });

// ---------------------------------------------------------------- the profile

const baseProfileSchema = z.object({
  controller: controllerSchema,
  inventory: inventorySchema,
  purposes: z.array(purposeSchema, { error: 'List why you process personal data' }).min(1, 'Add at least one purpose for which you process personal data'),
  recipients: recipientsSchema,
  processors: z.array(processorSchema, { error: 'List the service providers that handle personal data for you (an empty list if there are none)' }),
  retention: z.array(retentionSchema, { error: 'Say how long you keep each kind of personal data' }),
  cookies: z.array(cookieSchema, { error: 'List the cookies your store sets (an empty list if there are none)' }),
  security: securitySchema,
  automatedDecisions: z.object({
    used: z.boolean({ error: 'Say whether you make automated decisions with legal or similar effects (yes or no)' }),
    description: localizedText('Describe the automated decisions and their effects').optional(),
  }, { error: 'Say whether you make automated decisions with legal or similar effects' }),
  policy: z
    .object({
      lastUpdated: isoDate('the date the policy was last updated').optional(),
      locales: z
        .array(z.enum(localeCodes, { error: `Choose policy languages among ${localeCodes.join(', ')}` }))
        .optional(),
    }, { error: 'Give the policy settings as an object, or leave them out' })
    .optional(),
}, { error: 'The profile must be a JSON object with the sections controller, inventory, purposes, recipients, processors, retention, cookies, security and automatedDecisions' });

type BaseProfile = z.infer<typeof baseProfileSchema>;
type Issue = { path: (string | number)[]; message: string };

/** Checks that span fields; each issue names the field the merchant has to change. */
export function crossFieldIssues(profile: BaseProfile): Issue[] {
  const issues: Issue[] = [];
  const keys = new Set<string>();
  profile.inventory.categories.forEach((category, i) => {
    if (keys.has(category.key)) {
      issues.push({ path: ['inventory', 'categories', i, 'key'], message: `The key "${category.key}" is used by two data categories; give each a different key` });
    }
    keys.add(category.key);
  });
  const unknownCategory = (key: string) =>
    `"${key}" is not one of your data categories. Add it under "Data we collect" first, or choose one of: ${[...keys].join(', ')}`;

  if (profile.inventory.specialCategories.processed && !profile.inventory.specialCategories.details) {
    issues.push({ path: ['inventory', 'specialCategories', 'details'], message: 'Describe which sensitive data you process and why' });
  }

  const purposeKeys = new Set<string>();
  profile.purposes.forEach((purpose, i) => {
    if (purposeKeys.has(purpose.key)) {
      issues.push({ path: ['purposes', i, 'key'], message: `The key "${purpose.key}" is used by two purposes; give each a different key` });
    }
    purposeKeys.add(purpose.key);
    // Art. 13(1)(d) GDPR: when relying on legitimate interest, the policy must say which interest.
    if (purpose.legalBasis === 'legitimate_interest' && !purpose.legitimateInterest) {
      issues.push({
        path: ['purposes', i, 'legitimateInterest'],
        message: 'Describe the legitimate interest you rely on for this purpose, e.g. "preventing fraud"; the law requires the policy to name it',
      });
    }
    purpose.categories.forEach((key, j) => {
      if (!keys.has(key)) issues.push({ path: ['purposes', i, 'categories', j], message: unknownCategory(key) });
    });
  });

  const processorIds = new Set<string>();
  profile.processors.forEach((processor, i) => {
    if (processorIds.has(processor.id)) {
      issues.push({ path: ['processors', i, 'id'], message: `The id "${processor.id}" is used by two processors; give each a different id` });
    }
    processorIds.add(processor.id);
    processor.categories.forEach((key, j) => {
      if (!keys.has(key)) issues.push({ path: ['processors', i, 'categories', j], message: unknownCategory(key) });
    });
    const problem = safeguardProblem(processor.country, processor.safeguard);
    if (problem) issues.push({ path: ['processors', i, 'safeguard', 'type'], message: problem });
    if (processor.kind && !profile.recipients.kinds.includes(processor.kind)) {
      issues.push({
        path: ['processors', i, 'kind'],
        message: `${processor.name} is listed as a recipient of the kind "${processor.kind}", which is missing from the recipients you share data with; add it there too`,
      });
    }
  });

  profile.retention.forEach((rule, i) => {
    if (!keys.has(rule.category)) issues.push({ path: ['retention', i, 'category'], message: unknownCategory(rule.category) });
    if (rule.trigger !== 'until_consent_withdrawn' && !rule.period) {
      issues.push({ path: ['retention', i, 'period'], message: 'Say how long this data is kept, e.g. 5 years' });
    }
  });

  if (profile.automatedDecisions.used && !profile.automatedDecisions.description) {
    issues.push({ path: ['automatedDecisions', 'description'], message: 'Describe the automated decisions you make and what they mean for your customers' });
  }
  return issues;
}

export const profileSchema = baseProfileSchema.superRefine((profile, ctx) => {
  for (const issue of crossFieldIssues(profile)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

export type Profile = z.infer<typeof profileSchema>;
export type Processor = Profile['processors'][number];
export type Purpose = Profile['purposes'][number];
export type DataCategory = Profile['inventory']['categories'][number];
export type RetentionRule = Profile['retention'][number];
export type Cookie = Profile['cookies'][number];

/** Each section's own schema, for saving the records one admin page at a time. */
export const sectionSchemas = baseProfileSchema.shape;
export type SectionName = keyof typeof sectionSchemas;
export const sectionNames = Object.keys(sectionSchemas) as SectionName[];
