import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createShopifyModeApp, useTestApp, SHOP_A } from '../support/app.ts';
import { createApp } from '../../app/server.ts';
import { PREVIEW_SHOP } from '../../app/platform/config.ts';
import type { MailSink } from '../../app/preview/mail-sink.ts';
import { previewRoutes } from '../../app/preview/index.ts';

describe('the embedded admin page', () => {
  const t = useTestApp();

  it("lets only the shop's own admin frame it (per-shop frame-ancestors)", async () => {
    const res = await request(t.app).get(`/?shop=${SHOP_A}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toContain(`frame-ancestors https://${SHOP_A} https://admin.shopify.com`);
  });

  it('says who may frame every other HTML page: the verified shop and its admin, or nobody', async () => {
    const app = createApp(t.deps, previewRoutes(t.deps, { standIn: t.standIn, mailbox: { mails: [] } as unknown as MailSink }));
    const perShop = (shop: string) => `frame-ancestors https://${shop} https://admin.shopify.com;`;
    const pages: Array<[string, string, string]> = [
      ['a link page through the signed app proxy', t.proxyUrl('/verify/not-a-real-token'), perShop(SHOP_A)],
      ['a link page whose signature is missing', `/proxy/verify/some-token?shop=${SHOP_A}`, "frame-ancestors 'none';"],
      ['the preview storefront', '/preview/storefront', perShop(PREVIEW_SHOP)],
      ['the preview mailbox', '/preview/mail', "frame-ancestors 'none';"],
    ];
    for (const [name, path, policy] of pages) {
      const res = await request(app).get(path).set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8');
      expect(res.headers['content-type'], name).toMatch(/^text\/html/);
      expect(res.headers['content-security-policy'], name).toBe(policy);
    }
  });

  it('uses the local App Bridge stand-in in the preview', async () => {
    const res = await request(t.app).get(`/?shop=${SHOP_A}`);
    expect(res.text).toContain('/preview/app-bridge.js');
    expect(res.text).not.toContain('cdn.shopify.com');
  });

  it("loads Shopify's App Bridge and names the app's key when running against Shopify", async () => {
    const app = createShopifyModeApp(t);
    const res = await request(app).get(`/?shop=${SHOP_A}&host=abc&embedded=1`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<meta name="shopify-api-key" content="real-key">');
    expect(res.text).toContain('https://cdn.shopify.com/shopifycloud/app-bridge.js');
    const preview = await request(app).get('/preview/session-token');
    expect(preview.status).toBe(404);
  });

  it('refuses to open without a valid shop when running against Shopify', async () => {
    const app = createShopifyModeApp(t);
    const res = await request(app).get('/?shop=evil.example.com');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/Shopify admin/);
  });
});
