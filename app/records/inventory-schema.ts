// What personal data the merchant collects (the inventory) and why (the purposes).
import { z } from 'zod';
import { keyReference, localizedText, slug, text } from './fields.ts';
import { DESCRIPTION_MAX_LENGTH } from './limits.ts';
import { dataSubjectKinds } from './data-subjects.ts';

export const dataSources = ['customer', 'automatic', 'third_party'] as const;

const categorySchema = z.object({
  key: slug('data category', 'order_details'),
  name: localizedText('Give the data category a name, e.g. "Email address"'),
  description: localizedText('Describe in a few words what this data category holds', DESCRIPTION_MAX_LENGTH),
  source: z.enum(dataSources, {
    error: 'Choose where this data comes from: given by the customer, collected automatically, or received from a third party',
  }),
  examples: z.array(text('Leave out empty examples'), { error: 'List examples as a list of texts, or leave them out' }).optional(),
}, { error: 'Describe each data category with a key, a name, a description and where it comes from' });

export const inventorySchema = z.object({
  categories: z.array(categorySchema, { error: 'List the kinds of personal data you collect' }).min(1, 'List at least one kind of personal data you collect'),
  specialCategories: z.object({
    processed: z.boolean({ error: 'Say whether you process sensitive data such as health data (yes or no)' }),
    details: localizedText('Describe which sensitive data you process and why', DESCRIPTION_MAX_LENGTH).optional(),
  }, { error: 'Say whether you process sensitive data such as health data' }),
}, { error: 'List the personal data you collect' });

export const legalBases = ['contract', 'legal_obligation', 'legitimate_interest', 'consent'] as const;
export type LegalBasis = (typeof legalBases)[number];

export const purposeSchema = z.object({
  key: slug('purpose', 'marketing'),
  name: localizedText('Give the purpose a name, e.g. "To fulfil and manage orders"'),
  description: localizedText('Describe the purpose in a sentence', DESCRIPTION_MAX_LENGTH),
  legalBasis: z.enum(legalBases, {
    error: 'Choose the legal basis: contract, legal obligation, legitimate interest or consent',
  }),
  legitimateInterest: localizedText('Describe the interest you rely on, e.g. "preventing fraud"', DESCRIPTION_MAX_LENGTH).optional(),
  categories: z.array(keyReference('Choose a data category'), { error: 'Choose the data categories used for this purpose' }).min(1, 'Choose at least one data category used for this purpose'),
  dataSubjects: z
    .array(z.enum(dataSubjectKinds, { error: `Choose whose data this is among: ${dataSubjectKinds.join(', ')}` }), { error: 'Choose whose data this purpose concerns' })
    .optional()
    .describe('The categories of data subjects (Art. 30(1)(c)); when left out, the record of processing says customers and visitors are assumed.'),
}, { error: 'Describe each purpose with a key, a name, a description and a legal basis' });
