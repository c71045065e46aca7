// The shape of a storefront scan, checked: what the browser saw on each visit (observed) and what
// Lawfully made of it (findings). The database keeps it as JSON; every read parses it again with
// these schemas, so a row written by an older version fails loudly instead of rendering nonsense.
import { z } from 'zod';
import { consentCategories } from '../consent/categories.ts';

export const visitNames = ['before_choice', 'after_reject', 'after_accept'] as const;
export type VisitName = (typeof visitNames)[number];

const cookieSeenSchema = z.object({
  name: z.string(),
  domain: z.string(),
  /** Unix seconds; null for a session cookie */
  expires: z.number().nullable(),
});
export type CookieSeen = z.infer<typeof cookieSeenSchema>;

const requestSeenSchema = z.object({
  host: z.string(),
  /** scheme, host and path: the query is left out (it carries visitor ids) */
  url: z.string(),
  /** Chromium's resource type: script, image, xhr, fetch, ping, … */
  type: z.string(),
  /** the script whose code sent it, or the page whose markup did, as far as Chromium tells */
  initiator: z.string().nullable(),
});
export type RequestSeen = z.infer<typeof requestSeenSchema>;

export const visitSchema = z.object({
  name: z.enum(visitNames),
  /** the banner's buttons were found (false: no choice could be made on this visit) */
  bannerFound: z.boolean(),
  cookies: z.array(cookieSeenSchema),
  storageKeys: z.array(z.string()),
  requests: z.array(requestSeenSchema),
  durationMs: z.number(),
});
export type Visit = z.infer<typeof visitSchema>;

export const scanCategories = [...consentCategories, 'unknown'] as const;
export type ScanCategory = (typeof scanCategories)[number];

export const classifiedCookieSchema = cookieSeenSchema.extend({
  category: z.enum(scanCategories),
  provider: z.string().nullable(),
  purpose: z.string().nullable(),
  /** how long it lasts, in words ("2 years", "session") */
  expiry: z.string(),
  /** where the classification came from */
  source: z.enum(['record', 'tracker', 'open-cookie-database', 'none']),
  inRecord: z.boolean(),
  visits: z.array(z.enum(visitNames)),
});
export type ClassifiedCookie = z.infer<typeof classifiedCookieSchema>;

export const leakSchema = z.object({
  visit: z.enum(['before_choice', 'after_reject']),
  kind: z.enum(['cookie', 'request']),
  /** the cookie's name or the request's host */
  name: z.string(),
  vendor: z.string().nullable(),
  category: z.enum(scanCategories),
  initiator: z.string().nullable(),
  /** what the merchant can do about it */
  advice: z.string(),
});
export type Leak = z.infer<typeof leakSchema>;

/** Ready for the records' Cookies section (app/records/profile.ts cookieSchema). */
export const cookieAdditionSchema = z.object({
  name: z.string(),
  category: z.enum(consentCategories),
  provider: z.string(),
  purpose: z.string(),
  expiry: z.string(),
});
export type CookieAddition = z.infer<typeof cookieAdditionSchema>;

export const thirdPartySchema = z.object({
  host: z.string(),
  vendor: z.string().nullable(),
  category: z.enum(scanCategories),
  visits: z.array(z.enum(visitNames)),
});

export const scanResultSchema = z.object({
  /** the storefront address visited (a preview or a shop domain; never a password) */
  target: z.string(),
  visits: z.array(visitSchema),
  leaks: z.array(leakSchema),
  cookies: z.array(classifiedCookieSchema),
  /** cookies Lawfully recognised that the Cookies record lacks */
  additions: z.array(cookieAdditionSchema),
  /** cookies nobody could classify: the merchant files them by hand */
  unrecognised: z.array(z.string()),
  thirdParties: z.array(thirdPartySchema),
  /** vendors that received requests but are not in the processor register */
  missingVendors: z.array(z.object({ vendor: z.string(), hosts: z.array(z.string()) })),
});
export type ScanResult = z.infer<typeof scanResultSchema>;

/** A leak's identity across scans: the same cookie or host on the same visit is the same leak. */
export const leakKey = (leak: Pick<Leak, 'visit' | 'kind' | 'name'>) => `${leak.visit} ${leak.kind} ${leak.name}`;
