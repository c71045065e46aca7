// POST /webhooks: verification, validation, the ledger and deduplication, with real signed requests.
import { beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createTestApp, SHOP_A, useTestApp } from '../support/app.ts';
import { unreachableDatabase } from '../support/databases.ts';
import { dataRequestPayload, redactPayload, signWebhook } from '../support/webhooks.ts';
import { createLedger } from '../../app/webhooks/ledger.ts';

describe('the compliance webhook endpoint', () => {
  const t = useTestApp();
  // These tests sign deliveries themselves (wrong secrets, raw bytes, the same delivery sent twice).
  let secret: string;
  beforeAll(() => {
    secret = t.deps.config.apiSecret;
  });

  const post = ({ body, headers }: { body: string; headers: Record<string, string> }) => request(t.app).post('/webhooks').set(headers).send(body);
  const stored = async () => ({ ledger: await t.deps.db.webhookDelivery.count(), jobs: await t.deps.db.job.count() });

  it('acknowledges a signed customers/data_request only after its ledger row and job are stored', async () => {
    const before = await stored();
    const res = await post(
      signWebhook({ topic: 'customers/data_request', shop: SHOP_A, payload: dataRequestPayload(SHOP_A, 7000000001, [9100000000]), secret }),
    );
    expect(res.status).toBe(200);
    expect(await stored()).toEqual({ ledger: before.ledger + 1, jobs: before.jobs + 1 });
    const row = await t.deps.db.webhookDelivery.findFirst({ orderBy: { receivedAt: 'desc' } });
    expect(row).toMatchObject({ shop: SHOP_A, topic: 'customers/data_request', triggeredAt: new Date('2026-11-25T09:59:58.000Z'), apiVersion: '2025-10' });
    expect(row!.customerRef).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers 401 and stores nothing when the body was altered after signing', async () => {
    const before = await stored();
    const signed = signWebhook({ topic: 'customers/redact', shop: SHOP_A, payload: redactPayload(SHOP_A, 7000000002), secret });
    const res = await post({ ...signed, body: signed.body.replace('7000000002', '7000000003') });
    expect(res.status).toBe(401);
    expect(await stored()).toEqual(before);
  });

  it('answers 401 when signed with another app secret', async () => {
    const before = await stored();
    const res = await post(signWebhook({ topic: 'customers/redact', shop: SHOP_A, payload: redactPayload(SHOP_A, 7000000002), secret: 'not-our-secret' }));
    expect(res.status).toBe(401);
    expect(await stored()).toEqual(before);
  });

  it('answers 401 when the signature header is missing', async () => {
    const signed = signWebhook({ topic: 'shop/redact', shop: SHOP_A, payload: { shop_id: 1, shop_domain: SHOP_A }, secret });
    delete signed.headers['X-Shopify-Hmac-Sha256'];
    expect((await post(signed)).status).toBe(401);
  });

  it('answers 400 naming the missing headers when a signed delivery lacks its topic', async () => {
    const signed = signWebhook({ topic: 'shop/redact', shop: SHOP_A, payload: { shop_id: 1, shop_domain: SHOP_A }, secret });
    delete signed.headers['X-Shopify-Topic'];
    const res = await post(signed);
    expect(res.status).toBe(400);
    expect(res.body.error.toLowerCase()).toContain('x-shopify-topic');
  });

  it('answers 400 and stores nothing for a signed body that is not JSON', async () => {
    const before = await stored();
    const res = await post(signWebhook({ topic: 'customers/redact', shop: SHOP_A, rawBody: '{"shop_domain": ', secret }));
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/not valid JSON/);
    expect(await stored()).toEqual(before);
  });

  it('answers 400 naming the field when a required field is missing', async () => {
    const before = await stored();
    const payload = { shop_id: 1, shop_domain: SHOP_A, orders_to_redact: [] };
    const res = await post(signWebhook({ topic: 'customers/redact', shop: SHOP_A, payload, secret }));
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toContain('customer');
    expect(await stored()).toEqual(before);
  });

  it('answers 400 when the body names another shop than the signed header', async () => {
    const res = await post(signWebhook({ topic: 'shop/redact', shop: SHOP_A, payload: { shop_id: 1, shop_domain: 'other.myshopify.com' }, secret }));
    expect(res.status).toBe(400);
  });

  it('answers 404 with a clear message for a topic Lawfully does not handle', async () => {
    const res = await post(signWebhook({ topic: 'orders/create', shop: SHOP_A, payload: { id: 1 }, secret }));
    expect(res.status).toBe(404);
    expect(res.body.error).toContain('orders/create');
  });

  it('accepts ids as numbers or as strings', async () => {
    const asStrings = { ...redactPayload(SHOP_A, '7000000004', ['9100000030']), shop_id: '954889' };
    expect((await post(signWebhook({ topic: 'customers/redact', shop: SHOP_A, payload: asStrings, secret }))).status).toBe(200);
    expect(
      (await post(signWebhook({ topic: 'customers/redact', shop: SHOP_A, payload: redactPayload(SHOP_A, 7000000005, [9100000040]), secret }))).status,
    ).toBe(200);
  });

  it('answers 200 to a redelivery of the same event without storing it twice', async () => {
    const signed = signWebhook({
      topic: 'customers/data_request',
      shop: SHOP_A,
      payload: dataRequestPayload(SHOP_A, 7000000006),
      secret,
      eventId: 'event-redelivered',
    });
    expect((await post(signed)).status).toBe(200);
    const before = await stored();
    const again = await post(signed);
    expect(again.status).toBe(200);
    expect(again.body.duplicate).toBe(true);
    expect(await stored()).toEqual(before);
  });

  it('stores concurrent redeliveries of one event once', async () => {
    const signed = signWebhook({ topic: 'customers/redact', shop: SHOP_A, payload: redactPayload(SHOP_A, 7000000007), secret, eventId: 'event-concurrent' });
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(signed)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await t.deps.db.webhookDelivery.count({ where: { eventId: 'event-concurrent' } })).toBe(1);
  });

  it('stores an event once when two app instances receive it at the same moment', async () => {
    // Each instance has its own group-commit queue; only the database can tell them apart.
    const [one, two] = [createLedger(t.deps), createLedger(t.deps)];
    const delivery = {
      shop: SHOP_A,
      topic: 'customers/redact' as const,
      webhookId: 'w-1',
      eventId: 'event-two-instances',
      rawBody: '{}',
      customerId: '7000000008',
    };
    const outcomes = await Promise.all([one.record(delivery), two.record(delivery), one.record({ ...delivery, eventId: 'event-two-instances-b' })]);
    expect(outcomes.filter((o) => o === 'recorded').length).toBe(2);
    expect(outcomes[0] === 'recorded' ? outcomes[1] : outcomes[0]).toBe('duplicate');
    expect(await t.deps.db.webhookDelivery.count({ where: { eventId: 'event-two-instances' } })).toBe(1);
    const deliveryIds = (await t.deps.db.webhookDelivery.findMany({ where: { eventId: { startsWith: 'event-two-instances' } } })).map((row) => row.id);
    const jobs = await t.deps.db.job.findMany({ where: { kind: 'customers/redact' } });
    expect(jobs.filter((job) => deliveryIds.includes((job.payload as { deliveryId: string }).deliveryId)).length).toBe(2);
  });

  it('removes the sessions and marks the shop uninstalled on app/uninstalled, harmlessly twice', async () => {
    await request(t.app)
      .get('/api/audit')
      .set('Authorization', await t.auth());
    expect(await t.deps.db.session.count({ where: { shop: SHOP_A } })).toBeGreaterThan(0);
    // Shopify sends the shop resource, with the owner's name, email and phone.
    const payload = { id: 954889, myshopify_domain: SHOP_A, shop_owner: 'Anna Bērziņa', email: 'anna@demo-prints.lv', phone: '+37120000000' };
    for (const eventId of ['uninstall-1', 'uninstall-2']) {
      expect((await post(signWebhook({ topic: 'app/uninstalled', shop: SHOP_A, payload, secret, eventId }))).status).toBe(200);
    }
    expect(await t.deps.db.session.count({ where: { shop: SHOP_A } })).toBe(0);
    expect((await t.deps.db.shop.findUnique({ where: { domain: SHOP_A } }))?.uninstalledAt).toEqual(t.clock.now());
    const ledger = await t.deps.db.webhookDelivery.findMany({ where: { topic: 'app/uninstalled' } });
    expect(ledger.map((row) => [JSON.parse(row.payload), row.processedAt])).toEqual([
      [{ id: '954889', myshopify_domain: SHOP_A }, t.clock.now()],
      [{ id: '954889', myshopify_domain: SHOP_A }, t.clock.now()],
    ]);
  });
});

describe('the compliance webhook endpoint without its database', () => {
  it('answers 5xx, never 200, so that Shopify retries', async () => {
    const t = await createTestApp({ database: unreachableDatabase() });
    const signed = signWebhook({ topic: 'customers/redact', shop: SHOP_A, payload: redactPayload(SHOP_A, 7000000002), secret: t.deps.config.apiSecret });
    const res = await request(t.app).post('/webhooks').set(signed.headers).send(signed.body);
    expect(res.status).toBeGreaterThanOrEqual(500);
    await t.close();
  });
});
