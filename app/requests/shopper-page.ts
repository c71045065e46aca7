// The pages a shopper opens from a mail or the request form: the store's name in a plain header,
// a title, what happened, and — where a link would change something — a button that posts, so
// that opening the link (a mail scanner, a preview) changes nothing (issue 13.4).
import type { Response } from 'express';
import { escapeHtml } from '../platform/html.ts';
import { frameAncestors } from '../platform/http.ts';

export interface ShopperPage {
  title: string;
  message: string;
  /** further paragraphs, e.g. what an erasure keeps and why */
  details?: string[];
  /**
   * The press that makes the change. Its one-time token travels in the form body: another site
   * cannot post it without knowing the token, and the app proxy signs the post like any request.
   */
  form?: { action: string; fields: Record<string, string>; button: string };
}

const STYLE =
  '.lawfully-page{max-width:40rem;margin:0 auto;padding:16px;font-family:system-ui,sans-serif;line-height:1.5}' +
  '.lawfully-page__store{margin:0 0 24px;padding:0 0 12px;border-bottom:1px solid #d0d0d0;font-size:1.25rem;font-weight:600}' +
  '.lawfully-page button{min-height:44px;padding:10px 18px;border:2px solid #1a1a1a;border-radius:6px;background:#1a1a1a;color:#fff;font:inherit;cursor:pointer}';

/** The page's markup, without the document around it. */
export function shopperPageBody(store: string, page: ShopperPage): string {
  // Braces too: inside the theme the page is Liquid, and a store name or message with "{{" must
  // stay text.
  const e = (text: string) => escapeHtml(text).replace(/[{}]/g, (brace) => (brace === '{' ? '&#123;' : '&#125;'));
  const form = page.form
    ? `<form method="post" action="${e(page.form.action)}">${Object.entries(page.form.fields)
        .map(([name, value]) => `<input type="hidden" name="${e(name)}" value="${e(value)}">`)
        .join('')}<button type="submit">${e(page.form.button)}</button></form>`
    : '';
  return [
    `<div class="lawfully-page"><style>${STYLE}</style>`,
    `<header class="lawfully-page__store"><p>${e(store)}</p></header>`,
    `<h1>${e(page.title)}</h1><p>${e(page.message)}</p>`,
    ...(page.details ?? []).map((text) => `<p>${e(text)}</p>`),
    form,
    '</div>',
  ].join('');
}

/**
 * Sends the page. Through Shopify's app proxy, application/liquid is rendered inside the shop's
 * theme (shopify.dev/docs/apps/build/online-store/app-proxies); anywhere else it is a standalone
 * HTML document.
 */
export function sendShopperPage(res: Response, options: { status: number; store: string; page: ShopperPage; lang: string; inTheme: boolean }) {
  // Pages that carry a one-time token are not kept by a browser or a shared cache.
  sendStorefrontDocument(res, {
    status: options.status,
    lang: options.lang,
    title: `${options.page.title} – ${options.store}`,
    bodyHtml: shopperPageBody(options.store, options.page),
    inTheme: options.inTheme,
    cache: 'no-store',
  });
}

/**
 * A storefront page's HTML (`bodyHtml`, already escaped): inside the theme as application/liquid
 * (braces as entities, so that nothing in it is read as Liquid), else as a standalone document.
 */
export function sendStorefrontDocument(
  res: Response,
  options: { status: number; lang: string; title: string; bodyHtml: string; inTheme: boolean; cache: string },
) {
  res.status(options.status);
  // Set only once the app proxy's signature was checked, so a forged shop name is never echoed.
  frameAncestors(res, typeof res.locals.shop === 'string' ? res.locals.shop : undefined);
  res.setHeader('Cache-Control', options.cache);
  const body = options.bodyHtml.replace(/[{}]/g, (brace) => (brace === '{' ? '&#123;' : '&#125;'));
  if (options.inTheme) return res.type('application/liquid').send(body);
  return res
    .type('html')
    .send(
      `<!doctype html><html lang="${escapeHtml(options.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(options.title)}</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`,
    );
}
