// The storefront's rate limits: a visitor's limit far below the shop's, so one visitor never uses
// up the shop's cap; a flood from many visitors refused for minutes, not an hour; the refusal in
// the shopper's language, saying when to try again; on PostgreSQL, one count for all instances.
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { useTestApp, type TestApp } from '../support/app.ts';
import { assembleDeps } from '../../app/assemble.ts';
import { createApp } from '../../app/server.ts';
import { openDatabase } from '../../app/platform/db/index.ts';
import { DatabaseRateLimitStore } from '../../app/platform/rate-limit-store.ts';
import type { Options } from 'express-rate-limit';

describe('storefront rate limits', () => {
  const t = useTestApp();

  const ask = (app: TestApp['app'], shop: string, visitor: string, body: Record<string, string> = {}) =>
    request(app)
      .post(t.proxyUrl('/requests', { shop }))
      .set('X-Forwarded-For', visitor)
      .set('Accept', 'application/json')
      .send({ type: 'access', email: 'someone@example.com', ...body });

  it("never lets one visitor use up the shop's cap: once refused, their attempts count for nothing", async () => {
    const shop = 'one-busy-visitor.myshopify.com';
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await ask(t.app, shop, '203.0.113.50')).status);
    expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
    expect(new Set(statuses.slice(5))).toEqual(new Set([429]));
    const refused = await ask(t.app, shop, '203.0.113.50');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(50 * 60);
    expect(refused.body.error).toMatch(/from this device; please try again in 60 minutes\./);
    for (let visitor = 0; visitor < 20; visitor++) expect((await ask(t.app, shop, `198.51.100.${visitor}`)).status).toBe(202);
  });

  it('refuses a flood from many visitors for minutes, saying so in the language of the form', async () => {
    const shop = 'flooded.myshopify.com';
    const statuses = await Promise.all(Array.from({ length: 30 }, (_, visitor) => ask(t.app, shop, `192.0.2.${visitor}`).then((res) => res.status)));
    expect(statuses.filter((status) => status === 202)).toHaveLength(30);

    const german = await ask(t.app, shop, '192.0.2.200', { locale: 'de' });
    expect(german.status).toBe(429);
    expect(Number(german.headers['retry-after'])).toBeLessThanOrEqual(5 * 60);
    expect(german.body.error).toBe('Dieser Shop erhält gerade zu viele Anfragen; bitte versuchen Sie es in 5 Minuten erneut.');

    // The same form posted without JavaScript gets a page in its language.
    const french = await request(t.app)
      .post(t.proxyUrl('/requests', { shop }))
      .set('X-Forwarded-For', '192.0.2.201')
      .type('form')
      .send({ type: 'access', email: 'a@example.com', locale: 'fr' });
    expect(french.status).toBe(429);
    expect(french.headers['content-type']).toMatch(/^text\/html/);
    expect(french.text).toContain('<html lang="fr">');
    expect(french.text).toContain('Cette boutique reçoit trop de demandes en ce moment ; veuillez réessayer dans 5 minutes.');
    expect(french.headers['retry-after']).toBeDefined();
  });

  it("answers a visitor's refused confirmation link with a page in the browser's language", async () => {
    const link = t.proxyUrl('/verify/not-a-real-token');
    const open = () => request(t.app).get(link).set('X-Forwarded-For', '203.0.113.77').set('Accept', 'text/html').set('Accept-Language', 'lv-LV,lv;q=0.9');
    for (let i = 0; i < 20; i++) expect((await open()).status).toBe(404);
    const refused = await open();
    expect(refused.status).toBe(429);
    expect(refused.text).toContain('No šīs ierīces ir bijis pārāk daudz mēģinājumu; lūdzu, mēģiniet vēlreiz pēc 60 minūtēm.');
  });

  it.runIf(process.env.TEST_DATABASE === 'postgres')('counts a visitor once across all instances on PostgreSQL', async () => {
    const otherDb = openDatabase(t.database.url);
    try {
      const instances = [t.app, createApp(assembleDeps({ config: t.deps.config, db: otherDb, clock: t.clock, log: t.deps.log }))];
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await ask(instances[i % 2]!, 'two-instances.myshopify.com', '203.0.113.90')).status);
      expect(statuses).toEqual([202, 202, 202, 202, 202, 429, 429]);
    } finally {
      await otherDb.$disconnect();
    }
  });

  it.runIf(process.env.TEST_DATABASE === 'postgres')('starts a new window in the database store once the last one has passed', async () => {
    let now = Date.parse('2026-11-25T10:00:00Z');
    const store = new DatabaseRateLimitStore(t.deps.db, 'window-test:', () => now);
    store.init({ windowMs: 60_000 } as Options);
    const hits = async () => (await store.increment('shop.myshopify.com')).totalHits;
    expect([await hits(), await hits(), await hits()]).toEqual([1, 2, 3]);
    now += 59_000;
    expect(await hits()).toBe(4);
    now += 1_000;
    expect(await store.increment('shop.myshopify.com')).toEqual({ totalHits: 1, resetTime: new Date(now + 60_000) });
  });
});
