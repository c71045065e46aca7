// How the merchant handles the data: how long it is kept, the cookies the store sets, and the
// security measures that protect it.
import { z } from 'zod';
import { keyReference, localizedText, text } from './fields.ts';
import { DESCRIPTION_MAX_LENGTH } from './limits.ts';
import { consentCategories, type ConsentCategory } from '../consent/categories.ts';

export const retentionTriggers = ['since_order', 'since_last_activity', 'until_consent_withdrawn', 'until_consent_withdrawn_or_inactivity'] as const;
export type RetentionTrigger = (typeof retentionTriggers)[number];

export const periodUnits = ['days', 'months', 'years'] as const;
export type PeriodUnit = (typeof periodUnits)[number];

const periodSchema = z.object(
  {
    amount: z
      .number({ error: 'The retention period must be a positive number' })
      .int('The retention period must be a whole number')
      .positive('The retention period must be a positive number'),
    unit: z.enum(periodUnits, { error: 'Choose days, months or years for the retention period' }),
  },
  { error: 'Say how long this data is kept, e.g. 5 years' },
);

export const retentionSchema = z.object(
  {
    category: keyReference('Choose the data category this retention rule is for'),
    /** Not needed when the data is kept until consent is withdrawn. */
    period: periodSchema
      .optional()
      .describe('Required unless trigger is until_consent_withdrawn; for until_consent_withdrawn_or_inactivity it is the inactivity period.'),
    trigger: z.enum(retentionTriggers, {
      error:
        'Choose when the retention period starts: from the order, from the last activity, until consent is withdrawn, or until consent is withdrawn or after a time of inactivity',
    }),
    /** true: the period is a minimum ("at least 5 years"), as legal retention duties usually are. */
    minimum: z
      .boolean({ error: 'Say whether the period is a minimum (yes or no)' })
      .optional()
      .describe('true when the period is a minimum ("at least 5 years").'),
  },
  { error: 'Describe each retention rule with a data category, a period and when it starts' },
);

/** A cookie is filed under the consent category the banner asks for before it is set. */
export const cookieCategories = consentCategories;
export type CookieCategory = ConsentCategory;

export const cookieSchema = z.object(
  {
    name: text('Enter the name of the cookie, e.g. "_ga"'),
    category: z.enum(cookieCategories, {
      error: 'Choose the cookie category: necessary, preferences, analytics or marketing',
    }),
    provider: text('Enter who sets the cookie, e.g. "Google Analytics"'),
    purpose: localizedText('Say what the cookie is for', DESCRIPTION_MAX_LENGTH),
    expiry: localizedText('Say how long the cookie lasts, e.g. "1 year" or "session"'),
  },
  { error: 'Describe each cookie with its name, category, provider, purpose and lifetime' },
);

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

export const securitySchema = z.object(
  {
    measures: z
      .array(z.enum(securityMeasures, { error: `Choose security measures from the list: ${securityMeasures.join(', ')}` }), {
        error: 'Choose the security measures you use',
      })
      .min(1, 'Choose at least one security measure you use'),
  },
  { error: 'Choose the security measures you use' },
);
