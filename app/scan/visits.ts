// Three visits of a storefront in headless Chromium (playwright-core with the system's Chromium),
// each in a fresh browser context as a new visitor: before any choice, after Reject, after Accept
// (the Lawfully banner's own buttons). Each records the cookies, the localStorage keys and every
// request to another host, with the script that sent it as Chromium's DevTools protocol tells
// (Network.requestWillBeSent's initiator: its stack for a script, its document for markup), and
// the third-party tags written in the HTML of the visit's last page as it was served (markup.ts).
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';
import { ConfigError, UpstreamError } from '../platform/errors.ts';
import { readWrittenHtml } from './markup.ts';
import { MARKUP_INITIATOR, type MarkupTag, type RequestSeen, type Visit, type VisitName } from './result.ts';

export interface VisitOptions {
  url: string;
  chromiumPath: string;
  /** extra Chromium command-line arguments (the local preview maps vendor hosts to its stand-in) */
  chromiumArgs?: readonly string[];
  /** a password-protected store's storefront password */
  password?: string | null;
  /** the network counts as settled after this long without a request in flight */
  quietMs?: number;
  /** the longest a page may take to settle */
  settleMaxMs?: number;
}

const STALE_MS = 1_500;

const BANNER = { accept: '[data-lf="accept"]', reject: '[data-lf="reject"]' } as const;

/** The named variable when Chromium is not where the configuration says. */
export function assertChromium(path: string): void {
  if (!existsSync(path)) {
    throw new ConfigError(
      `The storefront scan needs Chromium, and there is none at ${path}: set LAWFULLY_CHROMIUM_PATH to the path of a Chromium or Google Chrome executable.`,
    );
  }
}

/** The parts of CDP's Network.Initiator the scan reads. */
interface StackTrace {
  callFrames: Array<{ url: string; lineNumber: number }>;
  parent?: StackTrace;
}
interface Initiator {
  stack?: StackTrace;
  url?: string;
}

const withoutQuery = (url: string) => url.replace(/[?#].*$/, '');

function initiatorOf(initiator: Initiator, pageUrl: string): string | null {
  const page = withoutQuery(pageUrl);
  let stack: StackTrace | undefined = initiator.stack;
  while (stack) {
    const frame = stack.callFrames.find((f) => f.url);
    if (frame) return withoutQuery(frame.url) === page ? `an inline script in the page (line ${frame.lineNumber + 1})` : withoutQuery(frame.url);
    stack = stack.parent;
  }
  if (initiator.url) return withoutQuery(initiator.url) === page ? MARKUP_INITIATOR : withoutQuery(initiator.url);
  return null;
}

/** Watches one page's requests through the DevTools protocol, and tells when the network is quiet. */
async function watchNetwork(context: BrowserContext, page: Page, pageUrl: string, ownHost: string) {
  const requests: RequestSeen[] = [];
  // Request id → when it started. A request open for longer than STALE_MS (a beacon Chromium
  // never reports finished, a long poll, a socket) no longer holds the page from settling.
  const inFlight = new Map<string, number>();
  let lastActivity = performance.now();
  const cdp = await context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (event) => {
    lastActivity = performance.now();
    inFlight.set(event.requestId, lastActivity);
    const url = new URL(event.request.url);
    if (!/^https?:$/.test(url.protocol) || url.hostname === ownHost) return;
    requests.push({
      host: url.hostname,
      url: `${url.protocol}//${url.host}${url.pathname}`,
      type: (event.type ?? 'Other').toLowerCase(),
      initiator: initiatorOf(event.initiator, pageUrl),
    });
  });
  const done = (event: { requestId: string }) => {
    lastActivity = performance.now();
    inFlight.delete(event.requestId);
  };
  cdp.on('Network.loadingFinished', done);
  cdp.on('Network.loadingFailed', done);
  await cdp.send('Network.enable');
  return {
    requests,
    /** Resolves once nothing was in flight for quietMs (or after maxMs: a page that polls forever). */
    settled: async (quietMs: number, maxMs: number) => {
      const deadline = performance.now() + maxMs;
      const busy = () => {
        const now = performance.now();
        return now - lastActivity < quietMs || [...inFlight.values()].some((since) => now - since < STALE_MS);
      };
      while (performance.now() < deadline && busy()) await page.waitForTimeout(50);
    },
  };
}

/**
 * The third-party tags in the HTML the document's response served (the raw HTML, not the DOM
 * scripts changed since), and whether that HTML holds them with the embed's empty CSP.
 */
async function markupOf(response: Response | null): Promise<{ markup: MarkupTag[]; holdsHtmlTags: boolean | null }> {
  if (!response) return { markup: [], holdsHtmlTags: null };
  const { tags, holdsTags } = readWrittenHtml(await response.text().catch(() => ''), response.url());
  return { markup: tags, holdsHtmlTags: holdsTags };
}

/** Shopify's password page: the form posts the password, then the storefront opens (its response, when it did). */
async function passPasswordPage(page: Page, url: string, password: string | null | undefined): Promise<Response | null | undefined> {
  const field = page.locator('form input[type="password"]');
  if ((await field.count()) === 0) return undefined;
  if (!password) throw new UpstreamError('The storefront asks for a password: enter it in the scan settings so that the scan can open the store.');
  await field.first().fill(password);
  // A refused password answers with the password page again: no navigation away from it.
  await Promise.all([page.waitForURL((next) => next.pathname !== '/password', { timeout: 15_000 }).catch(() => undefined), field.first().press('Enter')]);
  if ((await page.locator('form input[type="password"]').count()) > 0)
    throw new UpstreamError('The storefront refused the password in the scan settings: check it.');
  return page.goto(url, { waitUntil: 'load' });
}

async function visit(browser: Browser, name: VisitName, options: VisitOptions): Promise<Visit> {
  const started = performance.now();
  const quietMs = options.quietMs ?? 500;
  const maxMs = options.settleMaxMs ?? 5_000;
  const context = await browser.newContext({ ignoreHTTPSErrors: (options.chromiumArgs ?? []).includes('--ignore-certificate-errors') });
  try {
    // The scan's own clicks are not a shopper's consent: they stay out of the merchant's consent log.
    await context.route(/\/apps\/lawfully\/consent(\?|$)/, (route) => route.fulfill({ status: 204 }));
    const page = await context.newPage();
    const ownHost = new URL(options.url).hostname;
    const network = await watchNetwork(context, page, options.url, ownHost);
    const response = await page.goto(options.url, { waitUntil: 'load', timeout: 30_000 });
    if (response && response.status() >= 400) throw new UpstreamError(`The storefront answered ${response.status()} at ${options.url}.`);
    const opened = await passPasswordPage(page, options.url, options.password);
    let html = await markupOf(opened === undefined ? response : opened);
    await network.settled(quietMs, maxMs);
    let bannerFound = false;
    if (name !== 'before_choice') {
      const button = page.locator(name === 'after_reject' ? BANNER.reject : BANNER.accept).first();
      bannerFound = await button.waitFor({ state: 'visible', timeout: 3_000 }).then(
        () => true,
        () => false,
      );
      if (bannerFound) {
        await button.click();
        await network.settled(quietMs, maxMs);
        // The next page of the visit, with the choice stored: what loads then counts too.
        html = await markupOf(await page.reload({ waitUntil: 'load' }));
        await network.settled(quietMs, maxMs);
      }
    } else {
      bannerFound = await page.locator(BANNER.reject).first().isVisible();
    }
    const storageKeys = await page.evaluate(() => Object.keys(window.localStorage)).catch(() => []);
    const cookies = (await context.cookies()).map((c) => ({ name: c.name, domain: c.domain, expires: c.expires > 0 ? Math.round(c.expires) : null }));
    return {
      name,
      bannerFound,
      cookies,
      storageKeys: storageKeys.sort(),
      requests: network.requests,
      ...html,
      durationMs: Math.round(performance.now() - started),
    };
  } finally {
    await context.close();
  }
}

/** Headless Chromium that talks to nothing but the pages it is sent to. */
export const HEADLESS_CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The three visits, one browser, one fresh context each, at the same time. */
export async function visitStorefront(options: VisitOptions): Promise<Visit[]> {
  assertChromium(options.chromiumPath);
  const browser = await chromium.launch({
    executablePath: options.chromiumPath,
    args: [...HEADLESS_CHROMIUM_ARGS, ...(options.chromiumArgs ?? [])],
  });
  try {
    // Side by side: each context is a visitor of its own, and the storefront serves them at once.
    return await Promise.all((['before_choice', 'after_reject', 'after_accept'] as const).map((name) => visit(browser, name, options)));
  } finally {
    await browser.close();
  }
}
