// What the scan makes of tracker tags written in the HTML and of the merchant's own tracker hosts,
// as a pure function of the visits: the finding a merchant reads, its replacement, and one finding
// (not two) for a tag and the request it sent.
import { describe, expect, it } from 'vitest';
import { classifyScan, type ClassifyInput } from '../../app/scan/classify.ts';
import { openCookieDatabase } from '../../app/scan/cookie-database.ts';
import { readWrittenHtml } from '../../app/scan/markup.ts';
import type { RequestSeen, Visit, VisitName } from '../../app/scan/result.ts';

const TARGET = 'https://shop.example/';
const HTML = `<html><head>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
<link rel="preconnect" href="https://www.google-analytics.com">
</head><body><script src="https://widget.example-chat.test/loader.js"></script></body></html>`;

const visit = (name: VisitName, requests: RequestSeen[] = [], html = HTML): Visit => {
  const written = readWrittenHtml(html, TARGET);
  return {
    name,
    bannerFound: true,
    cookies: [],
    storageKeys: [],
    requests,
    markup: written.tags,
    holdsHtmlTags: written.holdsTags,
    durationMs: 1,
  };
};

const gtagRequest: RequestSeen = {
  host: 'www.googletagmanager.com',
  url: 'https://www.googletagmanager.com/gtag/js',
  type: 'script',
  initiator: 'the page’s markup',
};

const classify = (visits: Visit[], merchantTrackers: ClassifyInput['merchantTrackers'] = []) =>
  classifyScan({ target: TARGET, visits, records: { cookies: [], processors: [] }, database: openCookieDatabase(), merchantTrackers }, Date.now());

describe('tracker tags written in the HTML', () => {
  const result = classify([visit('before_choice', [gtagRequest]), visit('after_reject', [gtagRequest]), visit('after_accept', [gtagRequest])]);

  it('reports the gtag script as a leak before any choice and after Reject, with its exact replacement', () => {
    const gtag = result.leaks.filter((leak) => leak.kind === 'markup' && leak.vendor === 'Google Analytics' && leak.markup?.element === 'script');
    expect(gtag.map((leak) => leak.visit)).toEqual(['before_choice', 'after_reject']);
    expect(gtag[0]).toMatchObject({
      name: 'https://www.googletagmanager.com/gtag/js?id=G-X',
      category: 'analytics',
      markup: {
        line: 2,
        written: '<script async src="https://www.googletagmanager.com/gtag/js?id=G-X">',
        replacement: '<script type="text/plain" data-lawfully-category="analytics" async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>',
        requestSeen: true,
      },
    });
    expect(gtag[0]!.advice).toMatch(
      /line 2 of your storefront’s HTML loads https:\/\/www\.googletagmanager\.com\/gtag\/js from Google Analytics \(analytics\), before any choice/,
    );
    expect(gtag[0]!.advice).toMatch(/type="text\/plain" data-lawfully-category="analytics"/);
  });

  it('reports the request the tag sent as part of its finding, not as a second leak', () => {
    expect(result.leaks.filter((leak) => leak.kind === 'request')).toEqual([]);
    expect(result.thirdParties).toContainEqual(expect.objectContaining({ host: 'www.googletagmanager.com', vendor: 'Google Analytics' }));
  });

  it('asks for a preconnect to a tracker to be removed', () => {
    const hint = result.leaks.find((leak) => leak.markup?.rel === 'preconnect' && leak.visit === 'before_choice');
    expect(hint).toMatchObject({ vendor: 'Google Analytics', markup: { replacement: null, requestSeen: false } });
    expect(hint!.advice).toMatch(/opens a connection to www\.google-analytics\.com before any choice.*Remove it from your theme/);
  });

  it('lists the tags to change in the HTML first', () => {
    expect(
      classify([
        visit('before_choice', [{ ...gtagRequest, host: 'static.hotjar.com', url: 'https://static.hotjar.com/c/hotjar-1.js', initiator: 'x.js' }]),
      ]).leaks.map((l) => l.kind),
    ).toEqual(['markup', 'markup', 'request']);
  });

  it('keeps a request to the same host from a script as its own leak', () => {
    const fromScript = { ...gtagRequest, url: 'https://www.googletagmanager.com/gtm.js', initiator: 'https://shop.example/assets/theme.js' };
    const leaks = classify([visit('before_choice', [fromScript])]).leaks;
    expect(leaks.find((leak) => leak.kind === 'request')).toMatchObject({
      name: 'www.googletagmanager.com',
      initiator: 'https://shop.example/assets/theme.js',
    });
  });
});

describe('the embed’s setting “Hold tracker tags written in the theme’s HTML”', () => {
  const HOLD = '<meta http-equiv="Content-Security-Policy" content="">';
  const advice = (html: string) => classify([visit('before_choice', [], html), visit('after_reject', [], html), visit('after_accept', [], html)]).htmlHold;

  it('may be turned off when no tracker script or pixel is written in the HTML (a preconnect or a first-party script does not count)', () => {
    expect(
      advice(`<html><head>${HOLD}<link rel="preconnect" href="https://www.google-analytics.com"><script src="/theme.js"></script></head><body></body></html>`),
    ).toBe('turn_off');
  });

  it('stays on while a tracker script or pixel is written in the HTML, and is asked for when it is off', () => {
    expect(advice(HTML.replace('<head>', `<head>${HOLD}`))).toBe('keep_on');
    expect(advice('<html><head></head><body><img src="https://www.facebook.com/tr?id=1&ev=PageView"></body></html>')).toBe('turn_on');
  });

  it('says nothing when it is off with nothing to hold, or when an older scan did not record it', () => {
    expect(advice('<html><head></head><body></body></html>')).toBeNull();
    expect(classify([{ ...visit('before_choice'), holdsHtmlTags: null }]).htmlHold).toBeNull();
  });
});

describe('the merchant’s own tracker hosts (Cookies page)', () => {
  const chatRequest: RequestSeen = {
    host: 'widget.example-chat.test',
    url: 'https://widget.example-chat.test/loader.js',
    type: 'script',
    initiator: 'the page’s markup',
  };

  it('flags a host the merchant added, under the vendor and category they gave', () => {
    const result = classify([visit('before_choice', [chatRequest])], [{ host: 'example-chat.test', vendor: 'Example Chat', category: 'preferences' }]);
    expect(result.leaks.find((leak) => leak.vendor === 'Example Chat')).toMatchObject({
      kind: 'markup',
      category: 'preferences',
      markup: { replacement: '<script type="text/plain" data-lawfully-category="preferences" src="https://widget.example-chat.test/loader.js"></script>' },
    });
    expect(result.thirdParties).toContainEqual(expect.objectContaining({ host: 'widget.example-chat.test', vendor: 'Example Chat', category: 'preferences' }));
    expect(result.missingVendors.map((v) => v.vendor)).toContain('Example Chat');
  });

  it('does not know that host without the merchant’s entry', () => {
    expect(classify([visit('before_choice', [chatRequest])]).leaks.map((leak) => leak.vendor)).not.toContain('Example Chat');
  });

  it('files a known host in the category the merchant chose, and none for one they filed as necessary', () => {
    const result = classify(
      [visit('before_choice', [gtagRequest])],
      [
        { host: 'www.googletagmanager.com', vendor: 'Google Tag Manager', category: 'marketing' },
        { host: 'google-analytics.com', vendor: 'Google Analytics', category: 'necessary' },
      ],
    );
    expect(result.leaks.map((leak) => [leak.vendor, leak.category, leak.markup?.rel])).toEqual([['Google Tag Manager', 'marketing', null]]);
  });
});
