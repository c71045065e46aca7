// What three visits of a storefront mean for the merchant, as a pure function: each cookie filed
// under a category (the merchant's own record first, then the known trackers, then the Open
// Cookie Database), each third-party host named by the tracker list, the leaks (anything
// non-essential before a choice or after Reject), the cookies the record lacks, and the vendors
// missing from the processor register.
import type { ConsentCategory } from '../consent/categories.ts';
import { knownTrackerCookies, trackerForHost, type KnownTracker } from '../consent/trackers.ts';
import type { CookieDatabase } from './cookie-database.ts';
import type { ClassifiedCookie, CookieAddition, Leak, ScanCategory, ScanResult, Visit, VisitName } from './result.ts';

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
  /** the merchant's own tracker hosts (Cookies page), winning over the known ones */
  extraTrackers?: readonly KnownTracker[];
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

const sameVendor = (vendor: string, processor: string) => {
  const [a, b] = [vendor.toLowerCase(), processor.toLowerCase()];
  return a.includes(b) || b.includes(a);
};

export function classifyScan(input: ClassifyInput, seenAt: number): ScanResult {
  const cookies = new Map<string, ClassifiedCookie>();
  const leaks = new Map<string, Leak>();
  const hosts = new Map<string, ScanResult['thirdParties'][number]>();
  for (const visit of input.visits) {
    for (const seen of visit.cookies) {
      const cookie = classifyCookie(seen, input, seenAt);
      const key = `${cookie.name} ${cookie.domain}`;
      const earlier = cookies.get(key);
      cookies.set(key, { ...cookie, visits: [...(earlier?.visits ?? []), visit.name] });
      if (visit.name !== 'after_accept' && isOptional(cookie.category)) leaks.set(`${visit.name} cookie ${cookie.name}`, cookieLeak(visit.name, cookie));
    }
    for (const request of visit.requests) {
      if (!thirdPartyHost(input.target, request.host)) continue;
      const tracker = trackerForHost(request.host, input.extraTrackers);
      const known = hosts.get(request.host);
      const visits: VisitName[] = known?.visits.includes(visit.name) ? known.visits : [...(known?.visits ?? []), visit.name];
      hosts.set(request.host, { host: request.host, vendor: tracker?.vendor ?? null, category: tracker?.category ?? 'unknown', visits });
      const leakId = `${visit.name} request ${request.host}`;
      if (tracker && visit.name !== 'after_accept' && !leaks.has(leakId)) leaks.set(leakId, requestLeak(visit.name, request, tracker));
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
  // Leaks first, and among them the ones before any choice.
  const order: Record<Leak['visit'], number> = { before_choice: 0, after_reject: 1 };
  return {
    target: input.target,
    visits: input.visits,
    leaks: [...leaks.values()].sort((a, b) => order[a.visit] - order[b.visit]),
    cookies: classified,
    additions,
    unrecognised: classified.filter((cookie) => cookie.category === 'unknown').map((cookie) => cookie.name),
    thirdParties: [...hosts.values()],
    missingVendors,
  };
}
