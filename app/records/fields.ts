// The building blocks of the profile's schema: texts (with their length limits from limits.ts),
// texts per language, keys, email and web addresses, dates and countries. Messages are written
// for the merchant, not for a developer: say what to do, in plain words.
import { z } from 'zod';
import { countryCodes, isKnownCountry } from './countries.ts';
import { EMAIL_MAX_LENGTH, KEY_MAX_LENGTH, NAME_MAX_LENGTH, URL_MAX_LENGTH, tooLongMessage } from './limits.ts';

export const localeCodes = ['en', 'de', 'fr', 'lv', 'es', 'it', 'nl', 'pl'] as const;
export type Locale = (typeof localeCodes)[number];

/** The over-the-limit message, with the length of what was sent. */
const atMost = (limit: number) => ({
  error: (issue: { input?: unknown }) => tooLongMessage(limit, typeof issue.input === 'string' ? issue.input.length : limit + 1),
});

/** A required text of at most `limit` characters (names by default). */
export const text = (message: string, limit = NAME_MAX_LENGTH) => z.string({ error: message }).trim().min(1, message).max(limit, atMost(limit));

/**
 * A merchant text shown in the policy: one string for every language, or one text per language
 * (`{ "en": "Email address", "de": "E-Mail-Adresse" }`); missing languages fall back to English.
 */
export const localizedText = (message: string, limit = NAME_MAX_LENGTH) =>
  z
    .union(
      [
        text(message, limit),
        z
          .object(
            Object.fromEntries(localeCodes.map((locale) => [locale, text(message, limit).optional()])) as Record<
              Locale,
              z.ZodOptional<ReturnType<typeof text>>
            >,
          )
          .strict()
          .refine((value) => Object.values(value).some(Boolean), message),
      ],
      { error: message },
    )
    .describe('One text for every language, or one text per language ({"en": …, "de": …}); missing languages fall back to English.');
export type LocalizedText = z.infer<ReturnType<typeof localizedText>>;

/** A key or id, shown with an example that fits what it names ("order_details", "stripe"). */
export const slug = (what: string, example: string) =>
  z
    .string({ error: `Enter a short key for the ${what}` })
    .max(KEY_MAX_LENGTH, atMost(KEY_MAX_LENGTH))
    .regex(/^[a-z0-9]+(?:[_-][a-z0-9]+)*$/, `Use only lowercase letters, digits, "_" or "-" in the key for the ${what}, e.g. "${example}"`);

/** A reference to a key (a data category named by a purpose, a processor or a retention rule). */
export const keyReference = (message: string) => z.string({ error: message }).max(KEY_MAX_LENGTH, atMost(KEY_MAX_LENGTH));

export const email = (what: string) =>
  z.email({ error: `Enter a valid email address for ${what}, e.g. privacy@example.com` }).max(EMAIL_MAX_LENGTH, atMost(EMAIL_MAX_LENGTH));

export const isoDate = (what: string) => z.iso.date({ error: `Enter ${what} as year-month-day, e.g. 2025-06-10` });

export const webAddress = (what: string) =>
  z.httpUrl({ error: `Enter ${what} as a full web address starting with https://` }).max(URL_MAX_LENGTH, atMost(URL_MAX_LENGTH));

export const country = (instruction: string) =>
  z.enum(countryCodes, {
    error: (issue) =>
      typeof issue.input === 'string' && issue.input !== '' && !isKnownCountry(issue.input)
        ? `"${issue.input}" is not a country code we know. ${instruction} (two letters, e.g. "LV" for Latvia)`
        : instruction,
  });
