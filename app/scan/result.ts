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

/** The initiator of a request the page's own HTML sent (Chromium names the document). */
export const MARKUP_INITIATOR = 'the page’s markup';

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

/** A tag in the page's HTML as served that makes the browser fetch from another host while it parses (markup.ts). */
export const markupTagSchema = z.object({
  element: z.enum(['script', 'iframe', 'img', 'link']),
  /** for a <link>: the rel that fetches or connects (preload, prefetch, modulepreload, preconnect, dns-prefetch) */
  rel: z.string().nullable(),
  /** the address resolved against the page, query included: it is the merchant's markup, the same for every visitor */
  url: z.string(),
  host: z.string(),
  /** the tag's attributes in the order written, values decoded */
  attributes: z.array(z.tuple([z.string(), z.string()])),
  /** the line of the page's HTML it starts on */
  line: z.number(),
  /** the start tag exactly as written (cut after 400 characters) */
  written: z.string(),
});
export type MarkupTag = z.infer<typeof markupTagSchema>;

export const visitSchema = z.object({
  name: z.enum(visitNames),
  /** the banner's buttons were found (false: no choice could be made on this visit) */
  bannerFound: z.boolean(),
  cookies: z.array(cookieSeenSchema),
  storageKeys: z.array(z.string()),
  requests: z.array(requestSeenSchema),
  /** the third-party tags written in the HTML of the visit's last page (scans before these were recorded have none) */
  markup: z.array(markupTagSchema).default([]),
  /** that HTML carried the embed's empty CSP ("Hold tracker tags written in the theme's HTML"); null in scans before this was recorded */
  holdsHtmlTags: z.boolean().nullable().default(null),
  durationMs: z.number(),
});
export type Visit = z.infer<typeof visitSchema>;

export const htmlHoldAdvice = ['turn_off', 'keep_on', 'turn_on'] as const;
export type HtmlHoldAdvice = (typeof htmlHoldAdvice)[number];

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

/** A tracker tag written in the page's HTML: where it is and how to write it instead. */
export const markupLeakSchema = z.object({
  element: markupTagSchema.shape.element,
  rel: z.string().nullable(),
  url: z.string(),
  line: z.number(),
  written: z.string(),
  /** the tag to put in its place; null when it should be removed (an image pixel, a <link> hint) */
  replacement: z.string().nullable(),
  /** the scan also saw the request it sent on this visit (reported here, not as a separate request leak) */
  requestSeen: z.boolean(),
});
export type MarkupLeak = z.infer<typeof markupLeakSchema>;

export const leakSchema = z.object({
  visit: z.enum(['before_choice', 'after_reject']),
  /** markup: a tracker tag written in the page's HTML, fetched before any script can hold it */
  kind: z.enum(['markup', 'cookie', 'request']),
  /** the cookie's name, the request's host, or the address a markup tag fetches */
  name: z.string(),
  vendor: z.string().nullable(),
  category: z.enum(scanCategories),
  initiator: z.string().nullable(),
  /** what the merchant can do about it */
  advice: z.string(),
  /** for a markup leak: the tag and its replacement */
  markup: markupLeakSchema.optional(),
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
  /**
   * What to do with the embed's setting "Hold tracker tags written in the theme's HTML", which slows
   * the theme's own files: turn it off when no tracker script or pixel is written in the HTML, keep
   * it (or turn it) on while one is; null when the scan could not tell (or there is nothing to say).
   */
  htmlHold: z.enum(htmlHoldAdvice).nullable().default(null),
});
export type ScanResult = z.infer<typeof scanResultSchema>;

/** A leak's identity across scans: the same cookie or host on the same visit is the same leak. */
export const leakKey = (leak: Pick<Leak, 'visit' | 'kind' | 'name'>) => `${leak.visit} ${leak.kind} ${leak.name}`;
