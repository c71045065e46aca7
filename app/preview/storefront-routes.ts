// Local-preview-only storefront: a demo shop page into which the theme extension's blocks are
// rendered (with the policy the merchant published to the stand-in's app-owned metafield),
// standing in for the Online Store that Shopify would serve.
import express, { Router } from 'express';
import type { AppDeps } from '../platform/deps.ts';
import { PREVIEW_SHOP } from '../platform/config.ts';
import { frameAncestors } from '../platform/http.ts';
import type { PreviewParts } from './index.ts';
import { extensionDir, renderStorefrontPreview, STOREFRONT_LOCALES, type PolicyMetafield, type StorefrontLocale } from '../storefront/liquid.ts';
import { PREVIEW_CUSTOMER_COOKIE } from './app-proxy.ts';
import { vendorSnippetsHtml } from './vendors/snippets.ts';

function bannerSettings(query: Record<string, unknown>) {
  const settings: Record<string, unknown> = {};
  if (typeof query.position === 'string' && ['bottom', 'bottom-left', 'bottom-right', 'center'].includes(query.position)) settings.position = query.position;
  if (query.only_where_required === '1') settings.only_where_required = true;
  return settings;
}

export function storefrontPreviewRouter(_deps: Pick<AppDeps, 'config'>, preview?: PreviewParts) {
  const router = Router();
  router.use('/extension-assets', express.static(`${extensionDir}assets`));
  router.get('/fake-analytics.js', (_req, res) => {
    res
      .type('js')
      .set('Cache-Control', 'no-store')
      .send('window.__lawfullyAnalyticsRan = (window.__lawfullyAnalyticsRan || 0) + 1; console.info("demo analytics ran");');
  });
  // What the demo shop looks like from Shopify's side: its customers (to try requests with) and
  // every mutation Lawfully sent to the Admin API stand-in.
  router.get('/demo-customers.json', (_req, res) => {
    const seed = preview?.standIn.seed(PREVIEW_SHOP);
    res.json({
      customers: (seed?.customers ?? []).map((c) => {
        const orders = (seed?.orders ?? []).filter((o) => o.customerId === c.id);
        return {
          id: c.id,
          email: c.email,
          orders: orders.length,
          lastOrderAt: orders.length ? new Date(Math.max(...orders.map((o) => o.createdAt.getTime()))).toISOString() : null,
        };
      }),
    });
  });
  router.get('/shopify-calls.json', (_req, res) => {
    res.json({ calls: (preview?.standIn.calls ?? []).filter((c) => c.kind === 'mutation') });
  });
  router.get('/storefront', async (req, res) => {
    if (typeof req.query.login === 'string') {
      res.cookie(PREVIEW_CUSTOMER_COOKIE, req.query.login.replace(/\D/g, ''), { httpOnly: true, sameSite: 'lax' });
      res.redirect('/preview/storefront');
      return;
    }
    if (req.query.logout) {
      res.clearCookie(PREVIEW_CUSTOMER_COOKIE);
      res.redirect('/preview/storefront');
      return;
    }
    const asked = typeof req.query.locale === 'string' ? req.query.locale : '';
    const locale = (STOREFRONT_LOCALES as readonly string[]).includes(asked) ? (asked as StorefrontLocale) : 'en';
    const metafield = preview?.standIn.metafield(PREVIEW_SHOP, 'lawfully', 'policy');
    const customerId = new RegExp(`(?:^|;\\s*)${PREVIEW_CUSTOMER_COOKIE}=(\\d+)`).exec(req.headers.cookie ?? '')?.[1];
    const customer = customerId ? preview?.standIn.seed(PREVIEW_SHOP).customers.find((c) => String(c.id) === customerId) : undefined;
    frameAncestors(res, PREVIEW_SHOP);
    res.type('html').send(
      await renderStorefrontPreview({
        policy: metafield ? (JSON.parse(metafield.value) as PolicyMetafield) : null,
        locale,
        customer: customer ? { id: String(customer.id), email: customer.email ?? '' } : null,
        assetBase: '/preview/extension-assets/',
        // The theme editor's banner settings can be tried from the URL, e.g. ?position=center
        settings: { 'consent-banner': bannerSettings(req.query) },
        // Until a policy is published only the merchant looks at this page: it shows the notices
        // the theme editor shows (no banner yet; known trackers held meanwhile).
        designMode: !metafield,
        // The vendors' real snippets, as a theme carries them (GA4 and the Meta Pixel tagged, Hotjar
        // not); ?vendors=0 leaves them out. Offline, their requests fail and the page carries on.
        extraHead: req.query.vendors === '0' ? '' : vendorSnippetsHtml,
      }),
    );
  });
  return router;
}
