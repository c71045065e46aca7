// Tracker tags written straight into a theme's HTML: a frame navigates as the parser inserts it,
// and a browser reading ahead (the embed's empty CSP meta stops only Chromium's preload scanner)
// fetches a script or pixel before any script of the page can hold it, so the banner's blocker
// cannot be relied on for them. A real scan (headless Chromium,
// through the admin API) of a test page — the preview storefront with such tags added, every
// host answered by the local vendor stand-in — must report each one first, on the visit before
// any choice and after Reject, with the tag to write instead; a host the merchant added on the
// Cookies page counts like a known one. The preview storefront itself stays as the issue
// describes it (GA4 and Meta gated, Hotjar's snippet ungated but inserted by script), so these
// tags live only in this test's page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express from 'express';
import type { ScanView } from '../../app/scan/store.ts';
import type { Leak } from '../../app/scan/result.ts';
import { openScanSession, type ScanSession } from './scan-session.ts';

/** What a merchant pasted straight into their theme, untagged. */
const WRITTEN_HEAD = `<link rel="preconnect" href="https://www.google-analytics.com">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-WRITTEN1"></script>
<script async src="https://widget.example-chat.test/loader.js"></script>`;
const WRITTEN_BODY = `<iframe src="https://vars.hotjar.com/box.html" title="Hotjar" width="0" height="0"></iframe>
<img height="1" width="1" alt="" src="https://www.facebook.com/tr?id=1234567890123456&amp;ev=PageView">
<noscript><img height="1" width="1" alt="" src="https://www.facebook.com/tr?id=1234567890123456&amp;ev=PageView&amp;noscript=1"></noscript>`;

describe('scanning a storefront whose HTML carries tracker tags', () => {
  let session: ScanSession;
  let scan: ScanView;
  const markupLeak = (visit: Leak['visit'], host: string) =>
    scan.result!.leaks.find((leak) => leak.visit === visit && leak.kind === 'markup' && new URL(leak.name).hostname === host);

  beforeAll(async () => {
    // The test page: the preview storefront as served, with the tags above written into it.
    session = await openScanSession((app, port) => {
      const page = express();
      page.get('/written-tags', async (_req, res) => {
        const storefront = await (await fetch(`http://localhost:${port()}/preview/storefront`)).text();
        res.type('html').send(storefront.replace('</head>', `${WRITTEN_HEAD}\n</head>`).replace('</body>', `${WRITTEN_BODY}\n</body>`));
      });
      return page.use(app);
    });
    const settings = (await session.api('get', '/api/consent/settings')).body.settings;
    const trackers = [{ host: 'example-chat.test', vendor: 'Example Chat', category: 'preferences' }];
    expect((await session.api('put', '/api/consent/settings', { ...settings, trackers })).status).toBe(200);
    // Every other host goes to the stand-in too (it answers 404 for what it does not serve): no internet.
    const chromiumArgs = [`--host-resolver-rules=MAP * 127.0.0.1:${session.vendors.port}, EXCLUDE localhost`, '--ignore-certificate-errors'];
    scan = await session.scanToEnd({ storefrontUrl: () => `http://localhost:${session.port}/written-tags`, chromiumArgs });
  }, 90_000);
  // Missing when the setup failed early.
  afterAll(() => (session as ScanSession | undefined)?.close());

  it('finishes with the banner found', () => {
    expect(scan.error).toBeNull();
    expect(scan.status).toBe('done');
    expect(scan.result!.visits.every((visit) => visit.bannerFound)).toBe(true);
  });

  it('reports the gtag script written in the HTML first, on the visit before any choice, with the tag to write instead', () => {
    const first = scan.result!.leaks[0]!;
    expect(first).toMatchObject({ visit: 'before_choice', kind: 'markup' });
    const gtag = markupLeak('before_choice', 'www.googletagmanager.com')!;
    expect(gtag).toMatchObject({
      name: 'https://www.googletagmanager.com/gtag/js?id=G-WRITTEN1',
      vendor: 'Google Analytics',
      category: 'analytics',
      markup: {
        element: 'script',
        written: '<script async src="https://www.googletagmanager.com/gtag/js?id=G-WRITTEN1">',
        replacement:
          '<script type="text/plain" data-lawfully-category="analytics" async src="https://www.googletagmanager.com/gtag/js?id=G-WRITTEN1"></script>',
      },
    });
    expect(gtag.advice).toMatch(/Google Analytics \(analytics\), before any choice/);
    // The embed's empty CSP meta keeps Chromium's preload scanner from fetching it ahead: the blocker
    // held it on this visit, and the advice says so rather than claim a request it did not see.
    expect(gtag.markup!.requestSeen).toBe(false);
    expect(gtag.advice).toMatch(/The banner held it on this visit, but that depends on timing/);
  });

  it('folds the request a written tag sent into its finding: no second, unexplained leak for the same host', () => {
    // The frame written in the HTML starts loading as the parser inserts it, before the blocker
    // can blank it: Chromium names the page's markup as the sender.
    const requested = scan.result!.visits.find((v) => v.name === 'before_choice')!.requests.find((r) => r.host === 'vars.hotjar.com');
    expect(requested).toMatchObject({ url: 'https://vars.hotjar.com/box.html', initiator: 'the page’s markup' });
    const frame = markupLeak('before_choice', 'vars.hotjar.com')!;
    expect(frame.markup!.requestSeen).toBe(true);
    expect(frame.advice).toMatch(/The scan saw that request go out before any choice\. The browser fetched it before the banner’s script could hold it back/);
    expect(scan.result!.leaks.filter((leak) => leak.kind === 'request')).toEqual([]);
  });

  it('finds the same tags again after Reject', () => {
    for (const host of ['www.googletagmanager.com', 'vars.hotjar.com', 'www.facebook.com', 'www.google-analytics.com', 'widget.example-chat.test'])
      expect(markupLeak('after_reject', host), host).toBeDefined();
  });

  it('tells the merchant to move a frame’s address to data-src, to remove an image pixel and a preconnect', () => {
    expect(markupLeak('before_choice', 'vars.hotjar.com')).toMatchObject({
      vendor: 'Hotjar',
      markup: {
        replacement: '<iframe data-lawfully-category="analytics" data-src="https://vars.hotjar.com/box.html" title="Hotjar" width="0" height="0"></iframe>',
      },
    });
    const pixel = markupLeak('before_choice', 'www.facebook.com')!;
    expect(pixel).toMatchObject({ vendor: 'Meta', category: 'marketing', markup: { element: 'img', replacement: null } });
    expect(pixel.advice).toMatch(/remove it from your theme/);
    // The pixel inside <noscript> is never fetched while scripts run: one finding, not two.
    expect(scan.result!.leaks.filter((leak) => leak.visit === 'before_choice' && leak.markup?.element === 'img')).toHaveLength(1);
    const hint = markupLeak('before_choice', 'www.google-analytics.com')!;
    expect(hint.markup).toMatchObject({ rel: 'preconnect', replacement: null });
    expect(hint.advice).toMatch(/Remove it from your theme/);
  });

  it('flags a tag for a host the merchant added on the Cookies page, under their vendor and category', () => {
    expect(markupLeak('before_choice', 'widget.example-chat.test')).toMatchObject({
      vendor: 'Example Chat',
      category: 'preferences',
      markup: {
        replacement: '<script type="text/plain" data-lawfully-category="preferences" async src="https://widget.example-chat.test/loader.js"></script>',
      },
    });
    expect(scan.result!.missingVendors.map((v) => v.vendor)).toContain('Example Chat');
  });

  it('leaves the preview’s gated GA4 and Meta snippets and its script-inserted Hotjar snippet alone', () => {
    const names = scan.result!.leaks.map((leak) => leak.name);
    expect(names).not.toContain('https://www.googletagmanager.com/gtag/js?id=G-LAWFULLY01');
    expect(names.some((name) => name.includes('connect.facebook.net') || name.includes('static.hotjar.com'))).toBe(false);
  });
});
