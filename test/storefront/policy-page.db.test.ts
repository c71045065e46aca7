// The live policy on the storefront through the app proxy (/apps/lawfully/policy): the page the
// banner's first layer links when the merchant published the policy neither to Shopify's policy
// page nor to a page of their own. In the shopper's language, never before a policy is published,
// and only for a request Shopify's proxy signed.
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { readFileSync } from 'node:fs';
import { useTestApp } from '../support/app.ts';

const seed = JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')) as object;

describe('the published policy at /apps/lawfully/policy', () => {
  const t = useTestApp({ now: '2026-03-02T09:00:00Z' });
  /** Shopify's proxy signs the whole query, the banner's ?locale= too. */
  const open = (locale?: string, language?: string) => {
    const call = request(t.app).get(t.proxyUrl('/policy', locale ? { extra: { locale } } : {}));
    return language ? call.set('Accept-Language', language) : call;
  };

  it('says on a page that nothing is published yet', async () => {
    const res = await open();
    expect(res.status).toBe(404);
    expect(res.type).toBe('text/html');
    expect(res.text).toContain('<p>This store has not published its privacy policy yet.</p>');
  });

  it('shows the live version in the shopper’s language, else in the merchant’s first', async () => {
    expect((await t.api('post', '/api/records/import', { ...seed, policy: { locales: ['en', 'de', 'fr'] } })).status).toBe(200);
    expect((await t.api('post', '/api/policy/publish', {})).status).toBe(201);

    const english = await open();
    expect(english.status).toBe(200);
    expect(english.type).toBe('text/html');
    expect(english.text).toContain('<html lang="en">');
    expect(english.text).toContain('<h1>Privacy Policy</h1>');
    expect(english.headers['content-security-policy']).toContain('frame-ancestors');

    const german = await open('de');
    expect(german.text).toContain('<html lang="de">');
    expect(german.text).toContain('Datenschutzerklärung');
    expect((await open(undefined, 'fr-FR,fr;q=0.9')).text).toContain('<html lang="fr">');
    // A language the merchant did not publish: their first one.
    expect((await open('lv')).text).toContain('<html lang="en">');
  });

  it('refuses a request the app proxy did not sign', async () => {
    const res = await request(t.app).get('/proxy/policy?shop=lawfully-demo.myshopify.com');
    expect(res.status).toBe(401);
  });
});
