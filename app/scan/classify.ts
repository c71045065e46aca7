// What three visits of a storefront mean for the merchant, as a pure function: each cookie filed
// under a category (the merchant's own record first, then the known trackers, then the Open
// Cookie Database), each third-party host named by the tracker list and the merchant's own tracker
// hosts, the leaks (a tracker tag written in the page's HTML, anything non-essential before a
// choice or after Reject), the cookies the record lacks, and the vendors missing from the
// processor register.
import type { ConsentCategory } from '../consent/categories.ts';
import { asKnownTrackers, type MerchantTracker } from '../consent/settings.ts';
import { hostCovers, knownTrackerCookies, trackerForHost, type KnownTracker } from '../consent/trackers.ts';
import type { CookieDatabase } from './cookie-database.ts';
import { heldFormOf } from './markup.ts';
import {
  MARKUP_INITIATOR,
  type ClassifiedCookie,
  type CookieAddition,
  type HtmlHoldAdvice,
  type Leak,
  type MarkupTag,
  type ScanCategory,
  type ScanResult,
  type Visit,
  type VisitName,
} from './result.ts';

/** The parts of the merchant's records the scan compares with (app/records/profile.ts). */
export interface RecordsForScan {
  cookies: Array<{ name: string; category: ConsentCategory; provider: string }>;
  processors: Array<{ name: string }>;
}

export interface ClassifyInput {
  target: string;
  visits: Visit[];
  records: RecordsForScan;
  database: CookieDatabase;
  /** the merchant's own tracker hosts (Cookies page, consent settings), winning over the known ones */
  merchantTrackers?: readonly MerchantTracker[];
}

/**
 * The tracker behind a host as the banner's blocker decides it: the merchant's most specific entry
 * first (one filed as necessary is held by nothing, so it is no tracker), then the known list.
 */
export function trackerOf(host: string, merchant: readonly MerchantTracker[] = []): KnownTracker | undefined {
  const own = merchant.filter((entry) => hostCovers(entry.host, host)).sort((a, b) => b.host.length - a.host.length)[0];
  if (own?.category === 'necessary') return undefined;
  return trackerForHost(host, asKnownTrackers(merchant));
}

/** A record name may hold a placeholder: "_ga_<container-id>" or "_hjSession_*". */
function recordNameMatches(recordName: string, cookieName: string): boolean {
  if (recordName === cookieName) return true;
  const parts = recordName.split(/<[^>]*>|\*/);
  if (parts.length === 1) return false;
  const pattern = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+');
  return new RegExp(`^${pattern}$`).test(cookieName);
}

const knownCookieOf = (name: string) =>
  Object.entries(knownTrackerCookies).find(([, known]) =>
    known.cookies.some((pattern) => (pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern)),
  );

/** A lifetime in words, from the expiry Chromium reported and the time of the visit. */
export function lifetimeInWords(expires: number | null, seenAt: number): string {
  if (expires === null || expires <= 0) return 'session';
  const days = Math.round((expires - seenAt / 1000) / 86_400);
  if (days >= 365) return `${Math.round(days / 365)} year${Math.round(days / 365) === 1 ? '' : 's'}`;
  if (days >= 30) return `${Math.round(days / 30)} months`;
  if (days >= 1) return `${days} day${days === 1 ? '' : 's'}`;
  return 'less than a day';
}

function classifyCookie(cookie: Visit['cookies'][number], input: ClassifyInput, seenAt: number): Omit<ClassifiedCookie, 'visits'> {
  const base = { ...cookie, expiry: lifetimeInWords(cookie.expires, seenAt) };
  const record = input.records.cookies.find((entry) => recordNameMatches(entry.name, cookie.name));
  const entry = input.database.lookup(cookie.name);
  const known = knownCookieOf(cookie.name);
  const described = { purpose: entry?.description ?? null, expiry: entry?.retention || base.expiry };
  if (record) return { ...base, ...described, category: record.category, provider: record.provider, source: 'record', inRecord: true };
  if (known) return { ...base, ...described, category: known[1].category, provider: known[0], source: 'tracker', inRecord: false };
  if (entry) return { ...base, ...described, category: entry.category, provider: entry.platform, source: 'open-cookie-database', inRecord: false };
  return { ...base, category: 'unknown', provider: null, purpose: null, source: 'none', inRecord: false };
}

function thirdPartyHost(target: string, host: string): boolean {
  const own = new URL(target).hostname;
  return host !== own && !host.endsWith(`.${own}`) && !own.endsWith(`.${host}`);
}

const isOptional = (category: ScanCategory) => category !== 'necessary' && category !== 'unknown';

const tagAdvice = (category: ScanCategory) =>
  `Hold the snippet that loads it: give its <script> type="text/plain" data-lawfully-category="${category}", or, if it is a vendor Lawfully does not know, add its host on the Cookies page so the banner holds it until ${category} consent.`;

function cookieLeak(visit: Leak['visit'], cookie: Omit<ClassifiedCookie, 'visits'>): Leak {
  const when = visit === 'before_choice' ? 'before the visitor chose anything' : 'after the visitor rejected it';
  return {
    visit,
    kind: 'cookie',
    name: cookie.name,
    vendor: cookie.provider,
    category: cookie.category,
    initiator: null,
    advice: `${cookie.name} (${cookie.provider ?? 'unknown provider'}, ${cookie.category}) is set ${when}. ${tagAdvice(cookie.category)}`,
  };
}

function requestLeak(visit: Leak['visit'], request: Visit['requests'][number], tracker: KnownTracker): Leak {
  const when = visit === 'before_choice' ? 'before any choice' : 'after Reject';
  const from = request.initiator ? ` It was sent by ${request.initiator}.` : '';
  return {
    visit,
    kind: 'request',
    name: request.host,
    vendor: tracker.vendor,
    category: tracker.category,
    initiator: request.initiator,
    advice: `${tracker.vendor} (${tracker.category}) receives a request from the storefront ${when}.${from} ${tagAdvice(tracker.category)}`,
  };
}

const HINT_RELS = ['preconnect', 'dns-prefetch'];
const withoutQuery = (url: string) => url.replace(/[?#].*$/, '');

/** A tracker tag in the page's HTML on a visit, and whether the scan saw the request it sent. */
interface MarkupFinding {
  visit: Leak['visit'];
  tag: MarkupTag;
  tracker: KnownTracker;
  requestSeen: boolean;
}

/** What to do about a tracker tag in the HTML, in words; the exact replacement goes beside it. */
function markupAdvice({ visit, tag, tracker, requestSeen }: MarkupFinding): string {
  const who = `${tracker.vendor} (${tracker.category})`;
  const when = visit === 'before_choice' ? 'before any choice' : 'after Reject';
  const where = `line ${tag.line} of your storefront’s HTML`;
  const seen = requestSeen ? ` The scan saw that request go out ${when}.` : '';
  // Why the banner cannot be relied on: a frame navigates as the parser inserts it, and a browser
  // that reads ahead in the HTML (a preload scanner; the embed's empty CSP meta stops only
  // Chromium's) or a tag written before the banner is fetched before any script sees the tag.
  const timing = requestSeen
    ? `${seen} The browser fetched it before the banner’s script could hold it back.`
    : ' The banner held it on this visit, but that depends on timing: a browser that reads ahead in the HTML, or a tag placed before the banner, is fetched before any script runs.';
  if (tag.element === 'link') {
    const does = tag.rel && HINT_RELS.includes(tag.rel) ? `opens a connection to ${tag.host}` : `fetches ${withoutQuery(tag.url)}`;
    return `The <link rel="${tag.rel ?? ''}"> on ${where} ${does} ${when}, so ${who} can receive the visitor’s IP address without consent.${seen} Remove it from your theme: the ${tracker.vendor} tag loads after ${tracker.category} consent anyway.`;
  }
  if (tag.element === 'img') {
    return `The image pixel on ${where} asks ${who} for an image ${when}.${timing} A pixel has no form that waits for consent: remove it from your theme (the vendor’s script, held until ${tracker.category} consent, sends the same event), or have it added by a script tagged type="text/plain" data-lawfully-category="${tracker.category}".`;
  }
  const held = tag.element === 'script' ? 'can stop the script running' : 'can blank the frame';
  const how =
    tag.element === 'script'
      ? `Write it with type="text/plain" data-lawfully-category="${tracker.category}" as below: the banner runs it after ${tracker.category} consent.`
      : `Move its address to data-src and tag it data-lawfully-category="${tracker.category}" as below: the banner loads it after ${tracker.category} consent.`;
  return `The <${tag.element}> on ${where} loads ${withoutQuery(tag.url)} from ${who}, ${when}.${timing} The banner ${held}, but cannot call back a request that already took the visitor’s IP address to ${tracker.vendor}. ${how}`;
}

function markupLeak(finding: MarkupFinding): Leak {
  const replacement = heldFormOf(finding.tag, finding.tracker.category);
  return {
    visit: finding.visit,
    kind: 'markup',
    name: finding.tag.url,
    vendor: finding.tracker.vendor,
    category: finding.tracker.category,
    initiator: MARKUP_INITIATOR,
    advice: markupAdvice(finding),
    markup: {
      element: finding.tag.element,
      rel: finding.tag.rel,
      url: finding.tag.url,
      line: finding.tag.line,
      written: finding.tag.written,
      replacement: replacement ?? null,
      requestSeen: finding.requestSeen,
    },
  };
}

/** The tracker tag in the HTML that sent `request` (same address, or the same host when Chromium names the markup as its sender). */
const markupBehind = (findings: readonly MarkupFinding[], request: Visit['requests'][number]) =>
  findings.find(
    ({ tag }) =>
      tag.host === request.host &&
      !(tag.rel && HINT_RELS.includes(tag.rel)) &&
      (withoutQuery(tag.url) === request.url || request.initiator === MARKUP_INITIATOR),
  );

const sameVendor = (vendor: string, processor: string) => {
  const [a, b] = [vendor.toLowerCase(), processor.toLowerCase()];
  return a.includes(b) || b.includes(a);
};

export function classifyScan(input: ClassifyInput, seenAt: number): ScanResult {
  const cookies = new Map<string, ClassifiedCookie>();
  const leaks = new Map<string, Leak>();
  const hosts = new Map<string, ScanResult['thirdParties'][number]>();
  const merchant = input.merchantTrackers ?? [];
  const markup: MarkupFinding[] = [];
  for (const visit of input.visits) {
    const findings: MarkupFinding[] = [];
    if (visit.name !== 'after_accept') {
      for (const tag of visit.markup) {
        const tracker = trackerOf(tag.host, merchant);
        if (tracker) findings.push({ visit: visit.name, tag, tracker, requestSeen: false });
      }
    }
    markup.push(...findings);
    for (const seen of visit.cookies) {
      const cookie = classifyCookie(seen, input, seenAt);
      const key = `${cookie.name} ${cookie.domain}`;
      const earlier = cookies.get(key);
      cookies.set(key, { ...cookie, visits: [...(earlier?.visits ?? []), visit.name] });
      if (visit.name !== 'after_accept' && isOptional(cookie.category)) leaks.set(`${visit.name} cookie ${cookie.name}`, cookieLeak(visit.name, cookie));
    }
    for (const request of visit.requests) {
      if (!thirdPartyHost(input.target, request.host)) continue;
      const tracker = trackerOf(request.host, merchant);
      const known = hosts.get(request.host);
      const visits: VisitName[] = known?.visits.includes(visit.name) ? known.visits : [...(known?.visits ?? []), visit.name];
      hosts.set(request.host, { host: request.host, vendor: tracker?.vendor ?? null, category: tracker?.category ?? 'unknown', visits });
      const leakId = `${visit.name} request ${request.host}`;
      if (!tracker || visit.name === 'after_accept') continue;
      // A request sent by a tag in the HTML is that tag's finding, which says how to change it.
      const behind = markupBehind(findings, request);
      if (behind) behind.requestSeen = true;
      else if (!leaks.has(leakId)) leaks.set(leakId, requestLeak(visit.name, request, tracker));
    }
  }
  const classified = [...cookies.values()];
  const additions: CookieAddition[] = [];
  for (const cookie of classified) {
    if (cookie.inRecord || cookie.category === 'unknown' || additions.some((a) => a.name === cookie.name)) continue;
    additions.push({
      name: cookie.name,
      category: cookie.category,
      provider: cookie.provider ?? 'Unknown',
      purpose: cookie.purpose ?? `Set by ${cookie.provider ?? 'a third party'}`,
      expiry: cookie.expiry,
    });
  }
  const vendors = new Map<string, string[]>();
  for (const party of hosts.values()) if (party.vendor) vendors.set(party.vendor, [...(vendors.get(party.vendor) ?? []), party.host]);
  const missingVendors = [...vendors.entries()]
    .filter(([vendor]) => !input.records.processors.some((processor) => sameVendor(vendor, processor.name)))
    .map(([vendor, vendorHosts]) => ({ vendor, hosts: vendorHosts }));
  for (const finding of markup) leaks.set(`${finding.visit} markup ${finding.tag.url}`, markupLeak(finding));
  // Leaks first, and among them the ones before any choice; on each visit the tags to change in the
  // HTML first (no script can hold them), then requests, then cookies.
  const visitOrder: Record<Leak['visit'], number> = { before_choice: 0, after_reject: 1 };
  const kindOrder: Record<Leak['kind'], number> = { markup: 0, request: 1, cookie: 2 };
  return {
    target: input.target,
    visits: input.visits,
    leaks: [...leaks.values()].sort((a, b) => visitOrder[a.visit] - visitOrder[b.visit] || kindOrder[a.kind] - kindOrder[b.kind]),
    cookies: classified,
    additions,
    unrecognised: classified.filter((cookie) => cookie.category === 'unknown').map((cookie) => cookie.name),
    thirdParties: [...hosts.values()],
    missingVendors,
    htmlHold: htmlHoldAdviceOf(input.visits, markup),
  };
}

/**
 * The embed's empty CSP holds what the parser meets (a script, a pixel) from Chromium's look-ahead,
 * at a cost to every file of the theme: worth it only while a tracker script or pixel is written in
 * the HTML. A frame loads as it is inserted and a <link> hint is no element the blocker holds: the
 * setting changes nothing for them, so they do not count here (their findings say what to do).
 */
function htmlHoldAdviceOf(visits: readonly Visit[], markup: readonly MarkupFinding[]): HtmlHoldAdvice | null {
  const holds = visits.find((visit) => visit.holdsHtmlTags !== null)?.holdsHtmlTags;
  if (holds === undefined) return null;
  const held = markup.some(({ tag }) => tag.element === 'script' || tag.element === 'img');
  if (holds) return held ? 'keep_on' : 'turn_off';
  return held ? 'turn_on' : null;
}
