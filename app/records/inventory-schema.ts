// What personal data the merchant collects (the inventory) and why (the purposes).
import { z } from 'zod';
import { keyReference, localizedText, slug, text } from './fields.ts';
import { DESCRIPTION_MAX_LENGTH } from './limits.ts';
import { dataSubjectKinds } from './data-subjects.ts';

export const dataSources = ['customer', 'automatic', 'third_party'] as const;

/**
 * Art. 13(2)(e) GDPR: whether giving the data is required by law (statutory), by a contract
 * (contractual), needed to enter into a contract (contract_entry), or up to the customer (voluntary).
 */
export const provisionRequirements = ['statutory', 'contractual', 'contract_entry', 'voluntary'] as const;
export type ProvisionRequirement = (typeof provisionRequirements)[number];

const provisionSchema = z.object(
  {
    requirement: z.enum(provisionRequirements, {
      error: 'Say whether giving this data is required by law, by a contract, needed to enter into a contract, or voluntary',
    }),
    ifNotProvided: localizedText(
      'Say what happens if the customer does not give this data, e.g. "Without a delivery address we cannot ship your order."',
      DESCRIPTION_MAX_LENGTH,
    ),
  },
  { error: 'Say whether the customer must give this data and what happens if they do not, or leave this out' },
);

const categorySchema = z.object(
  {
    key: slug('data category', 'order_details'),
    name: localizedText('Give the data category a name, e.g. "Email address"'),
    description: localizedText('Describe in a few words what this data category holds', DESCRIPTION_MAX_LENGTH),
    source: z.enum(dataSources, {
      error: 'Choose where this data comes from: given by the customer, collected automatically, or received from a third party',
    }),
    examples: z.array(text('Leave out empty examples'), { error: 'List examples as a list of texts, or leave them out' }).optional(),
    provision: provisionSchema
      .optional()
      .describe(
        'Art. 13(2)(e) GDPR, for data the customer gives: whether giving it is a statutory or contractual requirement, needed to enter into a contract, or voluntary, and what happens if it is not given.',
      ),
  },
  { error: 'Describe each data category with a key, a name, a description and where it comes from' },
);

export const inventorySchema = z.object(
  {
    categories: z.array(categorySchema, { error: 'List the kinds of personal data you collect' }).min(1, 'List at least one kind of personal data you collect'),
    specialCategories: z.object(
      {
        processed: z.boolean({ error: 'Say whether you process sensitive data such as health data (yes or no)' }),
        details: localizedText('Describe which sensitive data you process and why', DESCRIPTION_MAX_LENGTH).optional(),
      },
      { error: 'Say whether you process sensitive data such as health data' },
    ),
  },
  { error: 'List the personal data you collect' },
);

export const legalBases = ['contract', 'legal_obligation', 'legitimate_interest', 'consent'] as const;
export type LegalBasis = (typeof legalBases)[number];

export const purposeSchema = z.object(
  {
    key: slug('purpose', 'marketing'),
    name: localizedText('Give the purpose a name, e.g. "To fulfil and manage orders"'),
    description: localizedText('Describe the purpose in a sentence', DESCRIPTION_MAX_LENGTH),
    legalBasis: z.enum(legalBases, {
      error: 'Choose the legal basis: contract, legal obligation, legitimate interest or consent',
    }),
    legitimateInterest: localizedText('Describe the interest you rely on, e.g. "preventing fraud"', DESCRIPTION_MAX_LENGTH).optional(),
    categories: z
      .array(keyReference('Choose a data category'), { error: 'Choose the data categories used for this purpose' })
      .min(1, 'Choose at least one data category used for this purpose'),
    dataSubjects: z
      .array(z.enum(dataSubjectKinds, { error: `Choose whose data this is among: ${dataSubjectKinds.join(', ')}` }), {
        error: 'Choose whose data this purpose concerns',
      })
      .optional()
      .describe('The categories of data subjects (Art. 30(1)(c)); when left out, the record of processing says customers and visitors are assumed.'),
  },
  { error: 'Describe each purpose with a key, a name, a description and a legal basis' },
);
