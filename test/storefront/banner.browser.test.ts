// The storefront blocks in headless Chromium, served from renderStorefrontPreview by a tiny HTTP
// server that also plays the app proxy: nothing tagged runs before consent, reject never runs it,
// accept runs it at once, withdrawal sticks, the keyboard alone suffices, axe finds no serious
// violation, every choice is posted to the consent log, and the request form answers in place.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectPageErrors, launchBrowser, screenshot } from '../support/browser.ts';
import { extensionDir, renderStorefrontPreview, type PolicyMetafield, type StorefrontLocale } from '../../app/storefront/liquid.ts';

const policy: PolicyMetafield = {
  version: 4,
  lastUpdated: '2026-11-20',
  consentVersion: 2,
  locales: {
    // The published HTML carries its date in its own language, as app/policy renders it.
    en: { title: 'Privacy policy', html: '<article><h2>Privacy policy</h2><p>Last updated: 20 November 2026</p><p>We sell linen bags.</p></article>' },
    de: {
      title: 'Datenschutzerklärung',
      html: '<article><h2>Datenschutzerklärung</h2><p>Zuletzt aktualisiert: 20. November 2026</p><p>Wir verkaufen Leinentaschen.</p></article>',
    },
  },
  categories: [
    { key: 'necessary', cookies: [{ name: 'cart', provider: 'Shopify', purpose: 'Keeps the cart', expiry: '2 weeks' }] },
    { key: 'preferences', cookies: [] },
    { key: 'analytics', cookies: [{ name: '_ga', provider: 'Google', purpose: 'Counts visits', expiry: '2 years' }] },
    { key: 'marketing', cookies: [{ name: '_fbp', provider: 'Meta', purpose: 'Ad measurement', expiry: '3 months' }] },
  ],
};

// A stand-in for window.Shopify that records what the banner tells the Customer Privacy API.
const shopifyStub = (showBanner: boolean) => `<script>
window.__privacyCalls = [];
window.Shopify = { loadFeatures: function (features, cb) {
  window.Shopify.customerPrivacy = {
    shouldShowBanner: function () { return ${showBanner}; },
    analyticsProcessingAllowed: function () { return true; },
    marketingAllowed: function () { return true; },
    preferencesProcessingAllowed: function () { return true; },
    setTrackingConsent: function (consent, done) { window.__privacyCalls.push(consent); done({}); }
  };
  setTimeout(function () { cb(); }, 0);
} };
</script>`;

const marketingFrame = '<iframe data-lawfully-category="marketing" data-src="/preview/marketing-frame.html" title="Marketing partner"></iframe>';

interface Hits {
  analytics: number;
  frame: number;
  consent: Array<Record<string, unknown>>;
  requests: Array<{ type: string; body: string }>;
}
interface TestWindow {
  __analyticsRan?: boolean;
  __lateRan?: boolean;
  __privacyCalls?: Array<Record<string, boolean>>;
  __events?: Array<Record<string, boolean>>;
  dataLayer: ArrayLike<unknown>[];
  axe: {
    run(context?: unknown, options?: unknown): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown }> }> }>;
  };
}

const bodyOf = (req: IncomingMessage) =>
  new Promise<string>((done) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => done(text));
  });

describe('the storefront banner and request form in a browser', () => {
  let server: Server | undefined;
  let base: string;
  let browser: Browser | undefined;
  let hits: Hits;

  beforeAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the test's own server: a handler that throws fails the page the test asserts on
    server = createServer(async (req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const q = url.searchParams;
      if (url.pathname.startsWith('/assets/')) {
        const file = url.pathname.slice('/assets/'.length).replace(/[^\w.-]/g, '');
        const type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
        return res.writeHead(200, { 'Content-Type': `${type}; charset=utf-8` }).end(await readFile(`${extensionDir}assets/${file}`));
      }
      if (url.pathname === '/preview/fake-analytics.js') {
        hits.analytics++;
        return res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' }).end('window.__analyticsRan = true;');
      }
      if (url.pathname === '/preview/marketing-frame.html') {
        hits.frame++;
        return res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>frame</title>');
      }
      if (url.pathname === '/apps/lawfully/consent' && req.method === 'POST') {
        hits.consent.push(JSON.parse(await bodyOf(req)));
        return res.writeHead(201, { 'Content-Type': 'application/json' }).end('{"recorded":"1"}');
      }
      if (url.pathname === '/apps/lawfully/requests' && req.method === 'POST') {
        const type = req.headers['content-type'] ?? '';
        const body = await bodyOf(req);
        hits.requests.push({ type, body });
        if (!type.includes('json'))
          return res.writeHead(202, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Request received</title><h1>Request received</h1>');
        if (JSON.parse(body).email.startsWith('bad')) {
          return res
            .writeHead(400, { 'Content-Type': 'application/json' })
            .end(JSON.stringify({ error: { message: 'Your request has problems.', fields: { email: 'Enter the email address you use with this shop' } } }));
        }
        return res
          .writeHead(202, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ status: 'verification_sent', message: 'Check your inbox: we sent you a link to confirm the request.' }));
      }
      if (url.pathname === '/') {
        const html = await renderStorefrontPreview({
          policy: q.has('nopolicy') ? null : { ...policy, consentVersion: Number(q.get('cv') ?? policy.consentVersion) },
          settings: q.has('owr') ? { only_where_required: true } : {},
          locale: (q.get('locale') ?? 'en') as StorefrontLocale,
          customer: q.has('customer') ? { id: '7000000001', email: 'ada@example.com' } : null,
          assetBase: '/assets/',
          extraHead: q.has('shopify') ? shopifyStub(q.get('shopify') !== 'quiet') : '',
          extraBody: marketingFrame,
        });
        return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
      }
      res.writeHead(404).end();
    });
    const listening = server;
    await new Promise<void>((ready) => listening.listen(0, '127.0.0.1', ready));
    base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });
  beforeEach(() => {
    hits = { analytics: 0, frame: 0, consent: [], requests: [] };
  });

  async function open(path = '/', context?: BrowserContext): Promise<{ page: Page; errors: string[]; analyticsRequests: string[] }> {
    const page = await (context ?? (await browser!.newContext())).newPage();
    const errors = collectPageErrors(page);
    const analyticsRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('fake-analytics')) analyticsRequests.push(r.url());
    });
    await page.addInitScript(() => {
      const w = window as unknown as TestWindow;
      w.__events = [];
      addEventListener('lawfully:consent', (e) => w.__events!.push((e as CustomEvent).detail));
    });
    await page.goto(`${base}${path}`);
    return { page, errors, analyticsRequests };
  }
  /** Reads something off the page's window (the function is sent as source, like any evaluate). */
  const win = <T>(page: Page, read: (w: TestWindow) => T): Promise<T> => page.evaluate(`(${read.toString()})(window)`);
  const analyticsRan = (page: Page) => page.evaluate(() => Boolean((window as unknown as TestWindow).__analyticsRan));
  const focused = (page: Page) =>
    page.evaluate(() => document.activeElement?.getAttribute('data-lf') ?? document.activeElement?.getAttribute('name') ?? document.activeElement?.tagName);
  const focusInDialog = (page: Page) => page.evaluate(() => document.activeElement?.closest('[role=dialog]') !== null);
  async function seriousViolations(page: Page) {
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
    const result = await page.evaluate(() => (window as unknown as TestWindow).axe.run(document, { resultTypes: ['violations'] }));
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${JSON.stringify(v.nodes.map((n) => n.target))})`);
  }

  it('shows the banner first in the page without taking focus, equal choices, nothing tagged loaded, and no serious axe violation', async () => {
    const { page, errors, analyticsRequests } = await open();
    await page.locator('.lf-banner').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('heading', { name: 'Your privacy choices' }).isVisible()).toBe(true);
    // Focus stays where the page put it; the banner is the body's first element, so a keyboard or
    // screen reader reaches it before the page.
    expect(await focused(page)).toBe('BODY');
    expect(await page.evaluate(() => document.body.firstElementChild?.classList.contains('lf-root'))).toBe(true);
    expect(analyticsRequests).toEqual([]);
    expect(hits).toMatchObject({ analytics: 0, frame: 0 });
    expect(await page.locator('iframe[title="Marketing partner"]').getAttribute('src')).toBeNull();
    // Accept, reject and customise carry the same weight.
    const looks = await page.$$eval('.lf-banner .lf-btn', (buttons) =>
      buttons.map((b) => {
        const s = getComputedStyle(b);
        return [s.backgroundColor, s.color, s.fontSize, s.fontWeight, s.borderColor, s.borderWidth, s.padding].join('|');
      }),
    );
    expect(looks).toHaveLength(3);
    expect(new Set(looks).size).toBe(1);
    // A fixed overlay: the page's own content does not move.
    expect(await page.$eval('.lf-banner', (el) => getComputedStyle(el).position)).toBe('fixed');
    // Consent Mode v2: all four signals denied by default.
    const defaults = await win(page, (w) => Array.from(w.dataLayer[0]!));
    expect(defaults.slice(0, 2)).toEqual(['consent', 'default']);
    expect(defaults[2]).toMatchObject({ ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied' });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'storefront-banner');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('works by keyboard alone: Customise, Space on a toggle, Escape back to the banner, Reject — and the tagged script never runs', async () => {
    const { page, errors, analyticsRequests } = await open();
    await page.locator('.lf-banner').waitFor();
    await page.keyboard.press('Tab'); // the banner comes first in the page: its policy link
    expect(await focused(page)).toBe('A');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('accept');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('reject');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('customise');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Privacy preferences' });
    await dialog.waitFor();
    expect(await focusInDialog(page)).toBe(true);
    expect(await page.locator('.lf-banner').isHidden()).toBe(true);
    expect(await dialog.getByRole('checkbox', { name: 'Necessary' }).isDisabled()).toBe(true);
    expect(await dialog.getByText('_ga', { exact: true }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'storefront-dialog');

    expect(await focused(page)).toBe('preferences');
    await page.keyboard.press('Tab'); // → analytics (the preferences category lists no cookies)
    expect(await focused(page)).toBe('analytics');
    await page.keyboard.press('Space');
    expect(await dialog.getByRole('checkbox', { name: 'Analytics' }).isChecked()).toBe(true);
    for (let i = 0; i < 15; i++) await page.keyboard.press('Tab');
    expect(await focusInDialog(page), 'Tab stays inside the modal dialog').toBe(true);

    await page.keyboard.press('Escape');
    await page.locator('.lf-banner').waitFor();
    expect(await dialog.isHidden()).toBe(true);
    expect(await focused(page)).toBe('accept');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // Reject all
    await page.locator('.lf-reopen').waitFor();
    expect(await page.locator('.lf-banner').isHidden()).toBe(true);
    expect(await focused(page), 'focus lands on the Privacy settings button').toBe('open');
    expect(hits.consent).toEqual([
      {
        consentId: expect.any(String),
        granted: ['necessary'],
        denied: ['preferences', 'analytics', 'marketing'],
        policyVersion: 4,
        consentVersion: 2,
        locale: 'en',
      },
    ]);

    await page.reload();
    await page.locator('.lf-reopen').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.lf-banner').isHidden()).toBe(true);
    expect(analyticsRequests).toEqual([]);
    expect(await analyticsRan(page)).toBe(false);
    expect(hits.frame).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('runs the tagged script right after Accept all, signals Consent Mode and the event, and stops it once withdrawn', async () => {
    const { page, errors, analyticsRequests } = await open();
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => analyticsRan(page)).toBe(true);
    expect(analyticsRequests).toHaveLength(1);
    await expect.poll(() => hits.frame).toBe(1);
    const update = await win(page, (w) => w.dataLayer.map((a) => Array.from(a)).find((a) => a[1] === 'update'));
    expect(update?.[2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' });
    expect(await win(page, (w) => w.__events)).toEqual([{ necessary: true, preferences: true, analytics: true, marketing: true }]);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('lawfully:consent') ?? 'null'));
    expect(stored).toMatchObject({ id: expect.any(String), v: 2, c: { preferences: true, analytics: true, marketing: true }, t: expect.any(Number) });

    // A script the theme adds later is switched on as well (MutationObserver).
    await page.evaluate(() => {
      const late = document.createElement('script');
      late.type = 'text/plain';
      late.dataset.lawfullyCategory = 'analytics';
      late.text = 'window.__lateRan = true;';
      document.body.appendChild(late);
    });
    await expect.poll(() => win(page, (w) => w.__lateRan)).toBe(true);

    // Withdrawal: reopen the settings and reject everything.
    await page.getByRole('button', { name: 'Privacy settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Privacy preferences' });
    await dialog.waitFor();
    expect(await dialog.getByRole('checkbox', { name: 'Marketing' }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Reject all' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await focused(page)).toBe('open');
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('lawfully:consent') ?? 'null').c)).toEqual({
      preferences: false,
      analytics: false,
      marketing: false,
    });
    await expect.poll(() => hits.consent.length).toBe(2);
    expect(hits.consent[0]).toMatchObject({ granted: ['necessary', 'preferences', 'analytics', 'marketing'], denied: [] });
    expect(hits.consent[1]).toMatchObject({ granted: ['necessary'], denied: ['preferences', 'analytics', 'marketing'], consentId: hits.consent[0]!.consentId });

    await page.reload();
    await page.locator('.lf-reopen').waitFor();
    await page.waitForLoadState('networkidle');
    expect(analyticsRequests).toHaveLength(1);
    expect(await analyticsRan(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps a category off when only others are saved from the dialog', async () => {
    const { page, errors } = await open();
    await page.getByRole('button', { name: 'Customise' }).click();
    const dialog = page.getByRole('dialog', { name: 'Privacy preferences' });
    await dialog.getByRole('checkbox', { name: 'Marketing' }).check();
    await dialog.getByRole('button', { name: 'Save my choices' }).click();
    await expect.poll(() => hits.frame).toBe(1);
    await page.waitForLoadState('networkidle');
    expect(await analyticsRan(page)).toBe(false);
    expect(hits.analytics).toBe(0);
    expect(hits.consent).toMatchObject([{ granted: ['necessary', 'marketing'], denied: ['preferences', 'analytics'] }]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('asks again when the consent version changes', async () => {
    const context = await browser!.newContext();
    const first = await open('/', context);
    await first.page.getByRole('button', { name: 'Reject all' }).click();
    await first.page.locator('.lf-reopen').waitFor();
    await first.page.goto(`${base}/?cv=3`);
    await first.page.locator('.lf-banner').waitFor();
    expect(await first.page.locator('.lf-banner').isVisible()).toBe(true);
    expect(first.errors).toEqual([]);
    await context.close();
  });

  it('tells Shopify’s Customer Privacy API, and shows nothing where the law does not require a banner', async () => {
    const { page, errors } = await open('/?shopify=1');
    await page.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => win(page, (w) => w.__privacyCalls)).toEqual([{ analytics: false, marketing: false, preferences: false, sale_of_data: false }]);
    await page.context().close();

    const quiet = await open('/?shopify=quiet&owr=1');
    await quiet.page.locator('.lf-reopen').waitFor();
    expect(await quiet.page.locator('.lf-banner').isHidden()).toBe(true);
    // That region's defaults (here: allowed) apply until the visitor chooses otherwise.
    await expect.poll(() => analyticsRan(quiet.page)).toBe(true);
    expect(hits.consent).toHaveLength(1);
    expect([...errors, ...quiet.errors]).toEqual([]);
    await quiet.page.context().close();

    const required = await open('/?shopify=1&owr=1');
    await required.page.locator('.lf-banner').waitFor();
    expect(required.errors).toEqual([]);
    await required.page.context().close();
  });

  it('renders the policy in the shopper’s language with its date once, and an English fallback', async () => {
    const { page } = await open('/?locale=de');
    const section = page.locator('section[aria-label="Privacy policy"]');
    const german = (await section.textContent()) ?? '';
    expect(german).toContain('Wir verkaufen Leinentaschen.');
    expect(german.split('Zuletzt aktualisiert').length - 1, 'the date is shown once').toBe(1);
    await page.goto(`${base}/?locale=lv`);
    expect(await section.locator('[lang="en"]').textContent()).toContain('We sell linen bags.');
    expect(((await section.textContent()) ?? '').split('Last updated').length - 1).toBe(1);
    expect(await page.getByRole('button', { name: 'Pieņemt visas' }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('shows nothing to shoppers before a policy is published', async () => {
    const { page, errors } = await open('/?nopolicy');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('#lawfully-banner, .lf-root').count()).toBe(0);
    expect(await page.locator('.lawfully-policy-block').count()).toBe(0);
    expect(hits.analytics).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sends a privacy request and shows the server’s answer, or its message beside the field', async () => {
    const { page, errors } = await open();
    await page.getByRole('button', { name: 'Reject all' }).click();
    await page.getByLabel('What would you like to do?').selectOption('erasure');
    await page.getByLabel('Your email address').fill('bad@example.com');
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Your request has problems.');
    expect(await page.locator('[data-field="email"]').textContent()).toBe('Enter the email address you use with this shop');
    expect(await page.getByLabel('Your email address').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Your email address').fill('ada@example.com');
    await page.getByLabel('Details (optional)').fill('Please erase my account.');
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Check your inbox');
    expect(await page.locator('[data-field="email"]').textContent()).toBe('');
    expect(hits.requests.map((r) => JSON.parse(r.body))).toEqual([
      { locale: 'en', type: 'erasure', email: 'bad@example.com', details: '' },
      { locale: 'en', type: 'erasure', email: 'ada@example.com', details: 'Please erase my account.' },
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    // Chromium itself logs the 400 answer; the page logs nothing else.
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    await page.context().close();
  });

  it('prefills a signed-in customer’s email, read-only', async () => {
    const { page } = await open('/?customer=1');
    const email = page.getByLabel('Your email address');
    expect(await email.inputValue()).toBe('ada@example.com');
    expect(await email.getAttribute('readonly')).not.toBeNull();
    await page.context().close();
  });

  it('still sends a request without JavaScript, as a plain form post', async () => {
    const context = await browser!.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(base);
    await page.getByLabel('What would you like to do?').selectOption('access');
    await page.getByLabel('Your email address').fill('ada@example.com');
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByRole('heading', { name: 'Request received' }).waitFor();
    expect(hits.requests).toHaveLength(1);
    expect(hits.requests[0]!.type).toContain('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(hits.requests[0]!.body))).toMatchObject({ type: 'access', email: 'ada@example.com', locale: 'en' });
    expect(hits.analytics).toBe(0);
    await context.close();
  });
});
