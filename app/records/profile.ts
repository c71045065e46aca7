// The merchant's whole GDPR profile. This one zod schema gives the admin its per-field messages,
// the TypeScript type (`Profile`) and docs/profile.schema.json (see json-schema.ts). Its pieces:
// fields.ts (building blocks and text limits), controller-schema.ts, inventory-schema.ts
// (data and purposes), processor-schema.ts (recipients, processors, transfers),
// practices-schema.ts (retention, cookies, security), cross-field.ts (rules across sections).
import { z } from 'zod';
import { isoDate, localeCodes, localizedText } from './fields.ts';
import { DESCRIPTION_MAX_LENGTH } from './limits.ts';
import { controllerSchema } from './controller-schema.ts';
import { inventorySchema, purposeSchema } from './inventory-schema.ts';
import { processorSchema, recipientsSchema } from './processor-schema.ts';
import { cookieSchema, retentionSchema, securitySchema } from './practices-schema.ts';
import { crossFieldIssues } from './cross-field.ts';

export { localeCodes, type Locale, type LocalizedText } from './fields.ts';
export { dataSources, legalBases, type LegalBasis } from './inventory-schema.ts';
export { dataSubjectKinds, dataSubjectNames, type DataSubjectKind } from './data-subjects.ts';
export { recipientKinds, safeguardTypes, type RecipientKind, type SafeguardType, type Safeguard } from './processor-schema.ts';
export {
  retentionTriggers,
  periodUnits,
  cookieCategories,
  securityMeasures,
  type RetentionTrigger,
  type PeriodUnit,
  type CookieCategory,
  type SecurityMeasure,
} from './practices-schema.ts';
export { crossFieldIssues } from './cross-field.ts';

const baseProfileSchema = z.object(
  {
    controller: controllerSchema,
    inventory: inventorySchema,
    purposes: z.array(purposeSchema, { error: 'List why you process personal data' }).min(1, 'Add at least one purpose for which you process personal data'),
    recipients: recipientsSchema,
    processors: z.array(processorSchema, { error: 'List the service providers that handle personal data for you (an empty list if there are none)' }),
    retention: z.array(retentionSchema, { error: 'Say how long you keep each kind of personal data' }),
    cookies: z.array(cookieSchema, { error: 'List the cookies your store sets (an empty list if there are none)' }),
    security: securitySchema,
    automatedDecisions: z.object(
      {
        used: z.boolean({ error: 'Say whether you make automated decisions with legal or similar effects (yes or no)' }),
        description: localizedText('Describe the automated decisions and their effects', DESCRIPTION_MAX_LENGTH).optional(),
      },
      { error: 'Say whether you make automated decisions with legal or similar effects' },
    ),
    policy: z
      .object(
        {
          lastUpdated: isoDate('the date the policy was last updated').optional(),
          locales: z.array(z.enum(localeCodes, { error: `Choose policy languages among ${localeCodes.join(', ')}` })).optional(),
        },
        { error: 'Give the policy settings as an object, or leave them out' },
      )
      .optional(),
  },
  {
    error:
      'The profile must be a JSON object with the sections controller, inventory, purposes, recipients, processors, retention, cookies, security and automatedDecisions',
  },
);

export type BaseProfile = z.infer<typeof baseProfileSchema>;

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
