// Who receives the personal data: the kinds of recipients, and the processors with their
// countries and the safeguards that protect transfers outside the EEA.
import { z } from 'zod';
import { country, isoDate, keyReference, localizedText, slug, text, webAddress } from './fields.ts';

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

export const recipientsSchema = z.object(
  {
    kinds: z.array(recipientKind, { error: 'Choose the kinds of recipients you share personal data with' }),
    sellsData: z.boolean({ error: 'Say whether you sell personal data (yes or no)' }),
  },
  { error: 'Say who you share personal data with and whether you sell it' },
);

export const safeguardTypes = ['none', 'adequacy', 'scc', 'dpf', 'bcr'] as const;
export type SafeguardType = (typeof safeguardTypes)[number];

const safeguardSchema = z
  .discriminatedUnion(
    'type',
    [
      z.object({ type: z.literal('none') }),
      z.object({ type: z.literal('adequacy') }),
      z.object({
        type: z.literal('scc'),
        module: z.literal([1, 2, 3, 4], {
          error: 'Choose the SCC module (1 to 4); for a processor working for you it is usually module 2',
        }),
        version: z.string({ error: 'Enter the SCC version, e.g. 2021/914' }).regex(/^\d{4}\/\d{1,4}$/, 'Enter the SCC version as year/number, e.g. 2021/914'),
        signedOn: isoDate('the date the SCCs were signed'),
      }),
      z.object({ type: z.literal('dpf') }),
      z.object({ type: z.literal('bcr') }),
    ],
    {
      error:
        'Choose how transfers to this processor are protected: none, adequacy decision, standard contractual clauses (scc), Data Privacy Framework (dpf) or binding corporate rules (bcr)',
    },
  )
  .describe('How transfers to the processor are protected under GDPR Chapter V (Art. 45-47); must fit the country, see app/records/transfers.ts.');
export type Safeguard = z.infer<typeof safeguardSchema>;

export const processorSchema = z.object(
  {
    id: slug('processor', 'stripe'),
    name: text('Enter the name of the processor, e.g. "Stripe"'),
    service: localizedText('Say what the processor does for you, e.g. "Payment processing"'),
    /** Which recipient kind in the policy this processor is an example of. */
    kind: recipientKind
      .optional()
      .describe('The kind of recipient this processor is named as an example of in the policy; must be listed in recipients.kinds.'),
    categories: z
      .array(keyReference('Choose a data category'), { error: 'Choose the data categories this processor receives' })
      .min(1, 'Choose at least one data category this processor receives'),
    purposes: z
      .array(keyReference('Choose a purpose'), { error: 'Choose the purposes this processor serves, or leave them out' })
      .optional()
      .describe(
        'Keys of the purposes this processor serves; the record of processing lists it as a recipient under those. When left out, under every purpose that uses one of its data categories.',
      ),
    country: country('Choose the country where the processor handles the data').describe(
      'ISO 3166-1 alpha-2 code of the country where the processor handles the data.',
    ),
    safeguard: safeguardSchema,
    dpaUrl: webAddress("the web address of the processor's data processing agreement").optional(),
    lastReviewedOn: isoDate('the date you last reviewed this processor').optional(),
  },
  { error: 'Describe each processor with an id, name, service, data categories, country and safeguard' },
);
