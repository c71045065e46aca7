// Every answer carries the security headers a browser heeds (through helmet), while each HTML page
// keeps saying who may frame it, the embedded admin still loads App Bridge from Shopify's CDN, and
// nothing forbids Shopify's admin from framing the app.
import { beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Express } from 'express';
import { createShopifyModeApp, SHOP_A, useTestApp } from '../support/app.ts';
import { PREVIEW_SHOP } from '../../app/platform/config.ts';

describe('security headers', () => {
  const t = useTestApp();
  let shopifyApp: Express;
  beforeAll(() => {
    shopifyApp = createShopifyModeApp(t);
  });

  const html = { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

  it('sends HSTS, nosniff and a referrer policy on pages, JSON and shopper pages alike', async () => {
    const answers: Array<[string, request.Response]> = [
      ['the embedded admin', await request(shopifyApp).get(`/?shop=${SHOP_A}&host=abc&embedded=1`).set(html)],
      [
        'the admin API',
        await request(t.app)
          .get('/api/audit')
          .set('Authorization', await t.auth()),
      ],
      ['a shopper page', await request(t.app).get(t.proxyUrl('/verify/not-a-real-token')).set(html)],
      ['the preview storefront', await request(t.app).get('/preview/storefront').set(html)],
      ['the health check', await request(t.app).get('/healthz')],
    ];
    for (const [name, res] of answers) {
      expect(res.headers['strict-transport-security'], name).toMatch(/max-age=\d{7,}/);
      expect(res.headers['x-content-type-options'], name).toBe('nosniff');
      expect(res.headers['referrer-policy'], name).toBe('strict-origin-when-cross-origin');
      expect(res.headers['x-powered-by'], name).toBeUndefined();
    }
  });

  it("lets the shop's admin frame the embedded admin, which still loads App Bridge from Shopify's CDN", async () => {
    const res = await request(shopifyApp).get(`/?shop=${SHOP_A}&host=abc&embedded=1`).set(html);
    expect(res.status).toBe(200);
    expect(res.headers['x-frame-options']).toBeUndefined();
    // frame-ancestors is the page's whole policy: no script or style source is restricted.
    expect(res.headers['content-security-policy']).toMatch(new RegExp(`^frame-ancestors https://${SHOP_A} https://admin.shopify.com[^;]*;$`));
    expect(res.text).toContain('https://cdn.shopify.com/shopifycloud/app-bridge.js');
  });

  it('keeps the per-shop frame-ancestors of the shopper and preview pages, and no X-Frame-Options', async () => {
    const shopperPage = await request(t.app).get(t.proxyUrl('/verify/not-a-real-token')).set(html);
    expect(shopperPage.headers['content-security-policy']).toBe(`frame-ancestors https://${SHOP_A} https://admin.shopify.com;`);
    const storefront = await request(t.app).get('/preview/storefront').set(html);
    expect(storefront.headers['content-security-policy']).toBe(`frame-ancestors https://${PREVIEW_SHOP} https://admin.shopify.com;`);
    expect([shopperPage, storefront].map((res) => res.headers['x-frame-options'])).toEqual([undefined, undefined]);
  });
});
