// The tags a page's own HTML (as served, not the live DOM) makes the browser fetch from other
// hosts while it parses: <script src>, <iframe src>, <img src> and the <link> hints that fetch or
// connect. Chromium's preload scanner requests these before any script of the page runs, so the
// banner's blocker can stop a tracker's script from running but not its request: only the
// merchant can, by changing the tag. Parsed with htmlparser2, reading <noscript> and <template>
// as the browser does with scripting on (their content is never fetched).
import { Parser } from 'htmlparser2';
import type { MarkupTag } from './result.ts';

/** <link rel> values that fetch the address or open a connection to its host before anything runs. */
export const FETCHING_LINK_RELS = ['preload', 'prefetch', 'modulepreload', 'preconnect', 'dns-prefetch'] as const;

/**
 * At most this many tags are kept per host (a product grid's hundred images from one CDN would
 * otherwise crowd out the pixel in the footer), and at most MAX_TAGS in all.
 */
const MAX_TAGS_PER_HOST = 5;
const MAX_TAGS = 200;
/** The start tag as written is kept up to this length (a data: URL or a long query is cut). */
const MAX_WRITTEN = 400;

/** A script the browser would fetch and run: no type, a JavaScript MIME type or a module (as the blocker's `runnable`). */
export const runnableScriptType = (type: string | undefined) => !type || /java|ecma|module/i.test(type);

function fetchedUrl(name: string, attributes: Record<string, string>): { url: string | undefined; rel: string | null } | undefined {
  if (name === 'script') return runnableScriptType(attributes.type) ? { url: attributes.src, rel: null } : undefined;
  if (name === 'iframe' || name === 'img') return { url: attributes.src, rel: null };
  if (name !== 'link') return undefined;
  const rel = (attributes.rel ?? '')
    .toLowerCase()
    .split(/\s+/)
    .find((value) => (FETCHING_LINK_RELS as readonly string[]).includes(value));
  return rel ? { url: attributes.href, rel } : undefined;
}

/** The line of `offset` in `html`, counting from 1. */
const lineAt = (html: string, offset: number) => html.slice(0, offset).split('\n').length;

/** A page's HTML as served, read once: what it fetches from other hosts, and whether it holds that back. */
export interface WrittenHtml {
  /**
   * Every tag that makes the browser fetch (or connect to) a host other than the page's own while
   * parsing, in page order, addresses resolved against the page's.
   */
  tags: MarkupTag[];
  /**
   * It carries the consent-banner embed's empty Content-Security-Policy meta (its setting "Hold
   * tracker tags written in the theme's HTML"): once Chromium's preload scanner meets it, it fetches
   * nothing ahead of the parser, so the blocker sees each tag before its request.
   */
  holdsTags: boolean;
}

const isEmptyCsp = (name: string, attributes: Record<string, string>) =>
  name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy' && !attributes.content?.trim();

export function readWrittenHtml(html: string, pageUrl: string): WrittenHtml {
  const ownHost = new URL(pageUrl).hostname;
  const tags: MarkupTag[] = [];
  let holdsTags = false;
  const perHost = new Map<string, number>();
  // Inside <noscript> (scripting is on) and <template> nothing is fetched.
  let inert = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'noscript' || name === 'template') inert++;
        if (inert > 0) return;
        if (isEmptyCsp(name, attributes)) holdsTags = true;
        if (tags.length >= MAX_TAGS) return;
        const fetched = fetchedUrl(name, attributes);
        if (!fetched?.url) return;
        let url: URL;
        try {
          url = new URL(fetched.url.trim(), pageUrl);
        } catch {
          return;
        }
        if (!/^https?:$/.test(url.protocol) || url.hostname === ownHost) return;
        const seen = perHost.get(url.hostname) ?? 0;
        if (seen >= MAX_TAGS_PER_HOST) return;
        perHost.set(url.hostname, seen + 1);
        const written = html.slice(parser.startIndex, parser.endIndex + 1);
        tags.push({
          element: name as MarkupTag['element'],
          rel: fetched.rel,
          url: url.href,
          host: url.hostname,
          attributes: Object.entries(attributes),
          line: lineAt(html, parser.startIndex),
          written: written.length > MAX_WRITTEN ? `${written.slice(0, MAX_WRITTEN)}…` : written,
        });
      },
      onclosetag(name) {
        if ((name === 'noscript' || name === 'template') && inert > 0) inert--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.end(html);
  return { tags, holdsTags };
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const renderAttributes = (attributes: ReadonlyArray<readonly [string, string]>) =>
  attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');

/**
 * The tag as it should be written so that nothing is fetched before `category` is granted, in the
 * forms the banner releases (extensions/lawfully-theme-src/consent/enforcement.ts):
 * `<script type="text/plain" data-lawfully-category=…>` (a module keeps its type in data-type)
 * and `<iframe data-lawfully-category=… data-src=…>`. Undefined for an image pixel or a <link>
 * hint: those have no held form and are removed instead.
 */
export function heldFormOf(tag: MarkupTag, category: string): string | undefined {
  const others = tag.attributes.filter(([name]) => name !== 'type' && name !== 'data-lawfully-category' && name !== 'data-type');
  if (tag.element === 'script') {
    const type = tag.attributes.find(([name]) => name === 'type')?.[1];
    const keptType: Array<[string, string]> = type && /module/i.test(type) ? [['data-type', type]] : [];
    return `<script${renderAttributes([['type', 'text/plain'], ['data-lawfully-category', category], ...keptType, ...others])}></script>`;
  }
  if (tag.element === 'iframe') {
    const attributes = others
      .filter(([name]) => name !== 'data-src')
      .map(([name, value]): [string, string] => (name === 'src' ? ['data-src', value] : [name, value]));
    return `<iframe${renderAttributes([['data-lawfully-category', category], ...attributes])}></iframe>`;
  }
  return undefined;
}
