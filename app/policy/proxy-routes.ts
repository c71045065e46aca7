// The live policy on the storefront, at /apps/lawfully/policy through Shopify's app proxy: the page
// the banner's first layer links when the merchant published the policy neither to Shopify's own
// policy page nor to a page of their own, so that the first layer always links the policy. Inside
// the theme (application/liquid) in the shopper's language: ?locale= (the banner passes the
// storefront's), else the browser's languages, else the merchant's first language.
import { Router, type Request } from 'express';
import type { AppDeps } from '../platform/deps.ts';
import { NotFoundError } from '../platform/errors.ts';
import { escapeHtml } from '../platform/html.ts';
import { sendStorefrontDocument } from '../requests/shopper-page.ts';
import type { Locale } from '../records/profile.ts';
import { liveVersion } from './live.ts';

/** Where the banner links the policy when no other page holds it. */
export const POLICY_PROXY_PATH = '/apps/lawfully/policy';

function shopperLocale(req: Request, published: Locale[]): Locale {
  const asked = [typeof req.query.locale === 'string' ? req.query.locale : '', ...req.acceptsLanguages()].map((tag) => tag.slice(0, 2).toLowerCase());
  return published.find((locale) => asked.includes(locale)) ?? published[0] ?? 'en';
}

export function policyProxyRoutes({ db, config }: Pick<AppDeps, 'db' | 'config'>) {
  const router = Router();
  const inTheme = config.mode === 'shopify';
  router.get('/policy', async (req, res) => {
    // A person opens this page: a failure is a page too, never JSON.
    res.locals.errorPage = (page, { status, message }) => {
      sendStorefrontDocument(page, { status, lang: 'en', title: 'Privacy policy', bodyHtml: `<p>${escapeHtml(message)}</p>`, inTheme, cache: 'no-store' });
    };
    const live = await liveVersion(db, res.locals.shop);
    if (!live) throw new NotFoundError('This store has not published its privacy policy yet.');
    const locale = shopperLocale(req, live.locales);
    const html = live.rendered[locale]?.html ?? '';
    const title = /<h1>([^<]*)<\/h1>/.exec(html)?.[1] ?? 'Privacy policy';
    sendStorefrontDocument(res, { status: 200, lang: locale, title, bodyHtml: html, inTheme, cache: 'public, max-age=300' });
  });
  return router;
}
