// Tracker tags written in a page's HTML, read as the browser's parser reads them: what it fetches
// from other hosts while parsing, and how each tag is written so that it waits for consent.
import { describe, expect, it } from 'vitest';
import { heldFormOf, readWrittenHtml } from '../../app/scan/markup.ts';

const PAGE = 'https://shop.example/products/hat';
const tagsWrittenInHtml = (html: string, page: string) => readWrittenHtml(html, page).tags;

describe('tags written in the HTML', () => {
  it('lists the scripts, frames, pixels and link hints that fetch from other hosts, in page order with their lines', () => {
    const html = [
      '<!doctype html><html><head>',
      '<link rel="preconnect" href="https://www.google-analytics.com">',
      '<link rel="stylesheet" href="https://fonts.example/a.css">',
      '<script async src="https://www.googletagmanager.com/gtag/js?id=G-X&amp;l=dataLayer"></script>',
      '<script src="/assets/theme.js"></script>',
      '</head><body>',
      '<iframe src="//vars.hotjar.com/box.html" width="0"></iframe>',
      '<img height="1" width="1" src="https://www.facebook.com/tr?id=1&ev=PageView">',
      '</body></html>',
    ].join('\n');
    const tags = tagsWrittenInHtml(html, PAGE);
    expect(tags.map((tag) => [tag.element, tag.rel, tag.host, tag.line])).toEqual([
      ['link', 'preconnect', 'www.google-analytics.com', 2],
      ['script', null, 'www.googletagmanager.com', 4],
      ['iframe', null, 'vars.hotjar.com', 7],
      ['img', null, 'www.facebook.com', 8],
    ]);
    expect(tags[1]).toMatchObject({
      url: 'https://www.googletagmanager.com/gtag/js?id=G-X&l=dataLayer',
      written: '<script async src="https://www.googletagmanager.com/gtag/js?id=G-X&amp;l=dataLayer">',
    });
    expect(tags[2]!.url).toBe('https://vars.hotjar.com/box.html');
  });

  it('leaves out what the browser does not fetch: tagged scripts, frames waiting on data-src, <noscript> and <template> content, script text', () => {
    const html = `<head>
      <script type="text/plain" data-lawfully-category="analytics" async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
      <script type="application/ld+json" src="https://connect.facebook.net/x.json"></script>
      <script>document.write('<img src="https://www.facebook.com/tr?id=1">')</script>
      <noscript><img height="1" width="1" src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1"></noscript>
      <template><script src="https://static.hotjar.com/c/hotjar-1.js"></script></template>
      <!-- <script src="https://static.hotjar.com/c/hotjar-2.js"></script> -->
    </head><body><iframe data-lawfully-category="marketing" data-src="https://www.youtube.com/embed/x"></iframe>
      <a href="https://www.facebook.com/shop">Follow us</a></body>`;
    expect(tagsWrittenInHtml(html, PAGE)).toEqual([]);
  });

  it('keeps a pixel in the footer after a hundred images from one CDN', () => {
    const grid = Array.from({ length: 120 }, (_, i) => `<img src="https://cdn.shopify.com/s/files/product-${i}.jpg">`).join('\n');
    const tags = tagsWrittenInHtml(`<body>${grid}\n<img src="https://www.facebook.com/tr?id=1&ev=PageView"></body>`, PAGE);
    expect(tags.filter((tag) => tag.host === 'cdn.shopify.com')).toHaveLength(5);
    expect(tags.at(-1)).toMatchObject({ host: 'www.facebook.com', line: 121 });
  });

  it('counts a module script and a script tagged with a category but still runnable', () => {
    const html = `<script type="module" src="https://cdn.segment.com/a.js"></script>
<script data-lawfully-category="analytics" src="https://static.hotjar.com/c/hotjar-1.js"></script>`;
    expect(tagsWrittenInHtml(html, PAGE).map((tag) => tag.host)).toEqual(['cdn.segment.com', 'static.hotjar.com']);
  });
});

describe('the embed’s empty CSP in the HTML', () => {
  const holdsTagsWrittenInHtml = (html: string) => readWrittenHtml(html, PAGE).holdsTags;
  it('is found in the head as the embed writes it, and not when the policy restricts something or sits in <noscript>', () => {
    expect(holdsTagsWrittenInHtml('<html><head><meta http-equiv="Content-Security-Policy" content=""></head></html>')).toBe(true);
    expect(holdsTagsWrittenInHtml('<html><head><META HTTP-EQUIV="content-security-policy" CONTENT=" "></head></html>')).toBe(true);
    expect(holdsTagsWrittenInHtml('<html><head><meta http-equiv="Content-Security-Policy" content="img-src *"></head></html>')).toBe(false);
    expect(holdsTagsWrittenInHtml('<html><head><noscript><meta http-equiv="Content-Security-Policy" content=""></noscript></head></html>')).toBe(false);
    expect(holdsTagsWrittenInHtml('<html><head><title>shop</title></head></html>')).toBe(false);
  });
});

describe('the held form of a tag', () => {
  const [gtag, frame, pixel, hint, module] = tagsWrittenInHtml(
    `<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
<iframe src="https://vars.hotjar.com/box.html" title="Hotjar" data-lawfully-category="analytics"></iframe>
<img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" alt="">
<link rel="preconnect" href="https://www.google-analytics.com">
<script type="module" src="https://cdn.segment.com/a.js?x=&quot;1&quot;"></script>`,
    PAGE,
  );

  it('writes a script with type="text/plain" and its category, keeping its other attributes in order', () => {
    expect(heldFormOf(gtag!, 'analytics')).toBe(
      '<script type="text/plain" data-lawfully-category="analytics" async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>',
    );
  });

  it('keeps a module’s type in data-type, which the banner restores, and escapes what needs escaping', () => {
    expect(heldFormOf(module!, 'analytics')).toBe(
      '<script type="text/plain" data-lawfully-category="analytics" data-type="module" src="https://cdn.segment.com/a.js?x=&quot;1&quot;"></script>',
    );
  });

  it('moves a frame’s address to data-src, the form the banner releases', () => {
    expect(heldFormOf(frame!, 'analytics')).toBe(
      '<iframe data-lawfully-category="analytics" data-src="https://vars.hotjar.com/box.html" title="Hotjar"></iframe>',
    );
  });

  it('has no held form for an image pixel or a link hint: they are removed', () => {
    expect(heldFormOf(pixel!, 'marketing')).toBeUndefined();
    expect(heldFormOf(hint!, 'analytics')).toBeUndefined();
  });
});
