// The tracker blocker on a storefront page in headless Chromium, with the trackers' real hostnames:
// Chromium resolves every name to one local HTTPS server (--host-resolver-rules) that serves the
// shop's page for shop.example.com and a stand-in script for each tracker host. An ungated Hotjar
// snippet is held before any choice and after Reject in every way it can reach the page, runs in
// page order once analytics is granted, and its cookies go on withdrawal; a stored choice expires;
// Global Privacy Control refuses marketing; the first layer names purposes, vendors, how to change
// the choice and the policy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:https';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { collectPageErrors, launchBrowser } from '../support/browser.ts';
import { selfSignedCertificate } from '../../app/preview/vendors/host.ts';
import { extensionDir, renderStorefrontPreview, type PolicyMetafield } from '../../app/storefront/liquid.ts';

const SHOP = 'https://shop.example.com';
const policy = {
  version: 3,
  lastUpdated: '2026-11-20',
  consentVersion: 2,
  consentExpiryMonths: 12,
  policyUrl: '/pages/privacy',
  vendors: ['Google Analytics', 'Meta'],
  locales: { en: { title: 'Privacy policy', html: '<article><h2>Privacy policy</h2></article>' } },
  categories: [
    { key: 'necessary', required: true, cookies: [] },
    { key: 'preferences', cookies: [] },
    { key: 'analytics', cookies: [{ name: 'shop_visits', provider: 'The shop', purpose: 'Counts visits', expiry: '1 year' }] },
    { key: 'marketing', cookies: [] },
  ],
} satisfies PolicyMetafield & Record<string, unknown>;

/** Each way a theme or app puts the Hotjar-shaped snippet on the page; each script reports `name`. */
const head = `
<script src="https://static.hotjar.com/c/parser.js"></script>
<script>
  var a = document.createElement('script'); a.src = 'https://script.hotjar.com/append.js'; document.head.appendChild(a);
  (function (h, o) { var s = o.createElement('script'); s.async = 1; s.src = 'https://static.hotjar.com/c/insert.js'; var f = o.getElementsByTagName('script')[0]; f.parentNode.insertBefore(s, f); })(window, document);
</script>
<template id="later"><script src="https://static.hotjar.com/c/fragment.js"></script></template>
<script>document.head.append(document.getElementById('later').content.cloneNode(true));</script>
<script src="https://connect.facebook.net/en_US/fbevents.js"></script>
<script src="https://static.hotjar.com/c/tagged-necessary.js" data-lawfully-category="necessary"></script>`;
const body = `
<script>
  var late = document.createElement('script'); document.body.appendChild(late); late.setAttribute('src', 'https://static.hotjar.com/c/late.js');
  new Image().src = 'https://static.hotjar.com/pixel.gif?beacon=1';
  var frame = document.createElement('iframe'); frame.title = 'Hotjar feedback'; frame.src = 'https://vars.hotjar.com/box.html'; document.body.appendChild(frame);
</script>
<iframe title="Hotjar survey" src="https://vars.hotjar.com/survey.html"></iframe>`;

const shopifyStub = `<script>
window.__privacyCalls = [];
window.Shopify = { loadFeatures: function (f, cb) {
  window.Shopify.customerPrivacy = { shouldShowBanner: function () { return true; }, analyticsProcessingAllowed: function () { return false; }, marketingAllowed: function () { return false; }, preferencesProcessingAllowed: function () { return false; },
    setTrackingConsent: function (consent, done) { window.__privacyCalls.push(consent); done({}); } };
  setTimeout(cb, 0);
} };
</script>`;

interface TestWindow {
  __ran?: string[];
  __privacyCalls?: Array<Record<string, boolean>>;
}

describe('the tracker blocker on a storefront', () => {
  let server: Server;
  let browser: Browser;
  /** Every request the tracker hosts received: "host/path". */
  const trackerRequests: string[] = [];

  beforeAll(async () => {
    server = createServer(selfSignedCertificate(), (req, res) => void serve(req, res));
    async function serve(req: IncomingMessage, res: ServerResponse) {
      const host = (req.headers.host ?? '').split(':')[0]!;
      const url = new URL(req.url ?? '/', `https://${host}`);
      if (host === 'shop.example.com') {
        if (url.pathname.startsWith('/assets/')) {
          const file = url.pathname.slice('/assets/'.length).replace(/[^\w.-]/g, '');
          return res
            .writeHead(200, { 'Content-Type': file.endsWith('.css') ? 'text/css' : 'text/javascript' })
            .end(await readFile(`${extensionDir}assets/${file}`));
        }
        if (url.pathname === '/preview/fake-analytics.js') return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end('');
        if (url.pathname === '/apps/lawfully/consent') return res.writeHead(201, { 'Content-Type': 'application/json' }).end('{}');
        if (url.pathname !== '/') return res.writeHead(404).end();
        const html = await renderStorefrontPreview({
          // ?unpublished: the shop has not published a policy yet (no metafield)
          policy: url.searchParams.has('unpublished') ? null : policy,
          locale: 'en',
          assetBase: '/assets/',
          extraHead: (url.searchParams.has('shopify') ? shopifyStub : '') + head,
          extraBody: body,
        });
        return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(html);
      }
      trackerRequests.push(`${host}${url.pathname}`);
      const name = url.pathname
        .split('/')
        .pop()!
        .replace(/\.\w+$/, '');
      if (name === 'tagged-necessary')
        return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(`(window.__ran = window.__ran || []).push('tagged-necessary');`);
      if (url.pathname.endsWith('.js')) {
        // What Hotjar's script does: sets its cookies on the shop's widest domain and on the host.
        const cookies = host.endsWith('hotjar.com')
          ? `document.cookie = '_hjSessionUser_1=u; path=/; domain=example.com'; document.cookie = '_hjSession_1=s; path=/';`
          : `document.cookie = '_fbp=fb.1; path=/; domain=example.com';`;
        return res
          .writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' })
          .end(`(window.__ran = window.__ran || []).push(${JSON.stringify(name)}); ${cookies}`);
      }
      if (url.pathname.endsWith('.gif'))
        return res.writeHead(200, { 'Content-Type': 'image/gif', 'Cache-Control': 'no-store' }).end(Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'));
      return res.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' }).end('<!doctype html><title>frame</title>');
    }
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    const port = (server.address() as AddressInfo).port;
    browser = await launchBrowser([
      `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost, EXCLUDE 127.0.0.1`,
      '--ignore-certificate-errors',
      '--disable-features=AutofillServerCommunication',
    ]);
  }, 60_000);
  afterAll(async () => {
    await browser.close();
    await new Promise((done) => server.close(done));
  });

  async function open(path = '/', init?: (months: number) => void, months = 0): Promise<{ page: Page; errors: string[] }> {
    trackerRequests.length = 0;
    const page = await (await browser.newContext({ ignoreHTTPSErrors: true })).newPage();
    const errors = collectPageErrors(page);
    if (init) await page.addInitScript(init, months);
    await page.goto(`${SHOP}${path}`);
    return { page, errors };
  }
  const ran = (page: Page) => page.evaluate(() => (window as unknown as TestWindow).__ran ?? []);
  const cookieNames = async (page: Page) => (await page.context().cookies()).map((c) => c.name).sort();
  /**
   * Requests a script, frame or pixel made to Hotjar or Meta, apart from the script the merchant
   * tagged necessary. Scripts written in the HTML itself count: the embed's empty CSP stops
   * Chromium's preload scanner from fetching them ahead of the blocker. The frame written in the
   * HTML is left out: a frame may start loading as the parser inserts it, before any script of the
   * page can act. It is held all the same (about:blank, asserted below) and shows nothing; the
   * storefront scan tells the merchant to tag such a frame.
   */
  const hotjarOrMetaRequests = () => trackerRequests.filter((r) => /hotjar\.com|facebook\.net/.test(r) && !/tagged-necessary\.js|survey\.html/.test(r));

  it('holds every insertion form of an ungated tracker before any choice and after Reject; the merchant’s tag wins', async () => {
    const { page, errors } = await open();
    await page.locator('.lf-banner').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await ran(page)).toEqual(['tagged-necessary']);
    expect(hotjarOrMetaRequests()).toEqual([]);
    expect(await cookieNames(page)).toEqual([]);
    // Held, not lost: each element is still on the page, inert.
    expect(await page.locator('script[data-lf-held="analytics"]').count()).toBe(5);
    expect(await page.locator('iframe[data-lf-held="analytics"]').count()).toBe(2);
    expect(await page.locator('iframe[title="Hotjar survey"]').getAttribute('src')).toBe('about:blank');
    expect(
      page
        .frames()
        .map((frame) => frame.url())
        .filter((url) => url.includes('hotjar')),
    ).toEqual([]);

    await page.getByRole('button', { name: 'Reject all' }).click();
    await page.locator('.lf-reopen').waitFor();
    await page.reload();
    await page.locator('.lf-reopen').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await ran(page)).toEqual(['tagged-necessary']);
    expect(hotjarOrMetaRequests()).toEqual([]);
    expect(await cookieNames(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('holds them before any policy is published, when there is no banner to offer a choice', async () => {
    const { page, errors } = await open('/?unpublished');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.lf-banner').count()).toBe(0);
    expect(await ran(page)).toEqual(['tagged-necessary']);
    expect(hotjarOrMetaRequests()).toEqual([]);
    expect(await cookieNames(page)).toEqual([]);
    expect(await page.locator('iframe[title="Hotjar survey"]').getAttribute('src')).toBe('about:blank');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('releases them in page order once analytics is granted, keeps marketing held, and removes their cookies on withdrawal', async () => {
    const { page, errors } = await open();
    await page.getByRole('button', { name: 'Customise' }).click();
    const dialog = page.getByRole('dialog', { name: 'Privacy preferences' });
    await dialog.getByRole('checkbox', { name: 'Analytics' }).check();
    // The frame written in the HTML may have started loading as the parser inserted it (see
    // hotjarOrMetaRequests); what counts from here is what the grant releases.
    await page.waitForLoadState('networkidle');
    trackerRequests.length = 0;
    await dialog.getByRole('button', { name: 'Save my choices' }).click();
    await expect.poll(() => ran(page)).toEqual(['tagged-necessary', 'parser', 'append', 'insert', 'fragment', 'late']);
    // Each frame loads once, now.
    await expect
      .poll(() => trackerRequests.filter((r) => r.startsWith('vars.hotjar.com')).sort())
      .toEqual(['vars.hotjar.com/box.html', 'vars.hotjar.com/survey.html']);
    await expect.poll(() => trackerRequests).toContain('static.hotjar.com/pixel.gif');
    expect(hotjarOrMetaRequests().filter((r) => r.includes('facebook'))).toEqual([]);
    expect(await ran(page)).not.toContain('fbevents');
    expect(await cookieNames(page)).toEqual(['_hjSessionUser_1', '_hjSession_1']);

    // Withdrawal: the dialog shows the consent id to quote, and Reject all removes Hotjar's cookies
    // on the host and on the parent domain.
    await page.getByRole('button', { name: 'Privacy settings' }).click();
    const id = await page.evaluate(() => JSON.parse(localStorage.getItem('lawfully:consent')!).id as string);
    expect(await dialog.locator('.lf-id').textContent()).toContain(id);
    await dialog.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => cookieNames(page)).toEqual([]);
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await ran(page)).toEqual(['tagged-necessary']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('asks again once the stored choice is older than the expiry, and not before', async () => {
    // The controlled clock: the stored choice is dated `months` back.
    const storedAgo = (months: number) => {
      const given = new Date();
      given.setMonth(given.getMonth() - months);
      localStorage.setItem(
        'lawfully:consent',
        JSON.stringify({ id: 'visitor-0001', v: 2, c: { preferences: true, analytics: true, marketing: true }, t: given.getTime() }),
      );
    };
    const fresh = await open('/', storedAgo, 11);
    await fresh.page.locator('.lf-reopen').waitFor();
    await expect.poll(() => ran(fresh.page)).toContain('parser');
    expect(await fresh.page.locator('.lf-banner').isHidden()).toBe(true);
    await fresh.page.context().close();

    const expired = await open('/', storedAgo, 13);
    await expired.page.locator('.lf-banner').waitFor();
    await expired.page.waitForLoadState('networkidle');
    expect(await ran(expired.page)).toEqual(['tagged-necessary']);
    expect(hotjarOrMetaRequests()).toEqual([]);
    expect([...fresh.errors, ...expired.errors]).toEqual([]);
    await expired.page.context().close();
  });

  it('honours Global Privacy Control: marketing and sale of data refused, the other categories still asked', async () => {
    const { page, errors } = await open('/?shopify=1', () => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    await page.locator('.lf-banner').waitFor();
    expect(await page.locator('.lf-banner .lf-gpc').isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => (window as unknown as TestWindow).__privacyCalls)).toEqual([{ marketing: false, sale_of_data: false }]);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => ran(page)).toEqual(['tagged-necessary', 'parser', 'append', 'insert', 'fragment', 'late']);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('lawfully:consent')!).c)).toEqual({
      preferences: true,
      analytics: true,
      marketing: false,
    });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as TestWindow).__privacyCalls?.[1]))
      .toEqual({ analytics: true, marketing: false, preferences: true, sale_of_data: false });
    // The grant releases in one pass: once the analytics pixel went out, a wrongly released Meta tag would have too.
    await expect.poll(() => trackerRequests).toContain('static.hotjar.com/pixel.gif');
    expect(hotjarOrMetaRequests().filter((r) => r.includes('facebook'))).toEqual([]);
    expect(await ran(page)).not.toContain('fbevents');
    await page.getByRole('button', { name: 'Privacy settings' }).click();
    expect(await page.getByRole('checkbox', { name: 'Marketing' }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('informs in the first layer: the purposes, the third parties, how to change the choice, and the policy', async () => {
    const { page } = await open();
    const banner = page.locator('.lf-banner');
    await banner.waitFor();
    const text = await banner.textContent();
    expect(text).toContain(
      'Optional cookies are used for: remembering your settings; measuring how the shop is used; personalised advertising and measuring it.',
    );
    expect(text).toContain('With your consent, data is shared with: Google Analytics, Meta.');
    expect(text).toContain('with the “Privacy settings” button');
    expect(await banner.getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe('/pages/privacy');
    await page.context().close();
  });
});
