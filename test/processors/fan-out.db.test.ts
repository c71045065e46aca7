// Requests reach every processor (issue 12): Stripe, Klaviyo and Mailchimp through their official
// SDKs against local stand-ins, the others by a mail to their privacy contact, each tracked as a
// task on the request; on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { HOUR_MS } from '../../app/platform/time.ts';
import { createProcessorsApp, KLAVIYO, SHOP_A, STAND_IN_KEYS, type ProcessorsApp } from './support.ts';

describe('processor fan-out', () => {
  let t: ProcessorsApp;
  beforeAll(async () => {
    t = await createProcessorsApp();
  });
  afterAll(() => t.close());

  const email = (n: number) => `customer${String(n)}@example.com`;
  const stripeHas = (n: number) => [...t.vendors.data.stripe.values()].some((customer) => customer.email === email(n));
  const klaviyoHas = (n: number) => [...t.vendors.data.klaviyo.values()].some((profile) => profile.email === email(n));
  const redactRequest = async () =>
    (await t.deps.db.dataSubjectRequest.findFirst({ where: { shop: SHOP_A, source: 'shopify_webhook', type: 'erasure' }, orderBy: { createdAt: 'desc' } }))!;
  const tasksOf = async (id: string) =>
    ((await t.api('get', `/api/requests/${id}`)).body as { request: { processorTasks: Array<Record<string, unknown>> } }).request.processorTasks;
  const taskFor = async (id: string, processor: string) => (await tasksOf(id)).find((task) => task.processor === processor)!;
  /** A logged-in customer asks on the storefront (verified at once by the signed proxy). */
  async function ask(type: string, n: number) {
    const id = String(7000000000 + n);
    const res = await request(t.app)
      .post(t.proxyUrl('/requests', { customerId: id }))
      .set('Accept', 'application/json')
      .set('X-Forwarded-For', `192.0.2.${String(n)}`)
      .send({ type, email: email(n) });
    expect(res.status).toBe(202);
    return (await t.deps.db.dataSubjectRequest.findFirst({ where: { shopifyCustomerId: id, type }, orderBy: { createdAt: 'desc' } }))!;
  }
  /** Runs jobs until none is due, moving the clock past each retry's backoff. */
  async function runJobsThroughRetries(rounds = 8) {
    for (let round = 0; round < rounds; round += 1) {
      await t.runJobs();
      t.clock.advance(HOUR_MS);
    }
  }

  it('in the preview, customers/redact leaves a task for every processor of the example store that holds customer data: Stripe done through its API, PayPal asked by mail', async () => {
    await t.saveSeedRecords();
    await t.connectAll();
    expect(stripeHas(13)).toBe(true);
    expect((await t.redact(13)).status).toBe(200);
    await t.runJobs();
    const tasks = await tasksOf((await redactRequest()).id);
    // Shopify is the platform (asked through its own API), not a task.
    expect(tasks.map((task) => task.processor).sort()).toEqual(['Google Analytics', 'PayPal', 'Stripe']);
    expect(tasks.find((task) => task.processor === 'Stripe')).toMatchObject({
      method: 'api',
      status: 'done',
      evidence: [{ text: 'Stripe deleted customer cus_demo7000000013.' }],
    });
    expect(tasks.find((task) => task.processor === 'PayPal')).toMatchObject({ method: 'email', status: 'sent' });
    expect(stripeHas(13)).toBe(false);
    const mail = await t.mailbox.waitFor('dataprotection@paypal.com', /^Erasure request from AIDEN GROUP SIA/);
    expect(mail.text).toContain(`The person is known to you by this email address: ${email(13)}`);
    expect(mail.text).toContain('Please reply to info@img-expert.com.');
  });

  it("erases a customer present in the Stripe and Klaviyo stand-ins from both, with the vendors' ids as evidence", async () => {
    await t.saveSeedRecords([KLAVIYO]);
    expect(stripeHas(1) && klaviyoHas(1)).toBe(true);
    expect((await t.redact(1)).status).toBe(200);
    await t.runJobs();
    expect(stripeHas(1)).toBe(false);
    expect(klaviyoHas(1)).toBe(false);
    const id = (await redactRequest()).id;
    expect(await taskFor(id, 'Klaviyo')).toMatchObject({
      method: 'api',
      status: 'done',
      evidence: [{ text: 'Klaviyo accepted the deletion of profile 01DEMO7000000001 (Data Privacy API).', ids: ['01DEMO7000000001'] }],
    });
    const trail = (await t.api('get', `/api/requests/${id}`)).body.request.events as Array<{ kind: string; message: string }>;
    expect(trail.filter((event) => event.kind === 'processor_task').map((event) => event.message)).toContain(
      'Stripe (erase, by api): pending → done. Stripe deleted customer cus_demo7000000001.',
    );
    expect((await t.api('get', '/api/audit?action=processor.task')).body.events.length).toBeGreaterThan(0);
  });

  it('marks a customer the vendor does not know as done, with "not found there" as evidence', async () => {
    expect(stripeHas(2) || klaviyoHas(2)).toBe(false);
    await t.redact(2);
    await t.runJobs();
    const id = (await redactRequest()).id;
    expect(await taskFor(id, 'Stripe')).toMatchObject({ status: 'done', evidence: [{ text: 'Not found there: Stripe has no customer with this email.' }] });
    expect(await taskFor(id, 'Klaviyo')).toMatchObject({ status: 'done', evidence: [{ text: 'Not found there: Klaviyo has no profile with this email.' }] });
  });

  it('retries a vendor that answers 500 with backoff, then shows the task failed in words, and Retry carries it out', async () => {
    t.vendors.failNext('stripe', 500, 1000);
    const before = t.vendors.calls.length;
    await t.redact(3);
    await t.runJobs();
    const id = (await redactRequest()).id;
    expect(await taskFor(id, 'Stripe')).toMatchObject({
      status: 'pending',
      lastError: 'Stripe had an internal error (500); Lawfully tries again later. (attempt 1 of 5)',
    });
    await runJobsThroughRetries();
    const failed = await taskFor(id, 'Stripe');
    expect(failed).toMatchObject({ status: 'failed', lastError: 'Stripe had an internal error (500); Lawfully tries again later. (after 5 attempts)' });
    expect(t.vendors.calls.slice(before).filter((call) => call.vendor === 'stripe' && call.status === 500)).toHaveLength(5);
    t.vendors.failNext('stripe', 500, 0);
    expect(stripeHas(3)).toBe(true);
    expect((await t.api('post', `/api/processors/tasks/${String(failed.id)}/retry`)).status).toBe(200);
    await t.runJobs();
    expect(await taskFor(id, 'Stripe')).toMatchObject({ status: 'done', lastError: null });
    expect(stripeHas(3)).toBe(false);
  });

  it('fails a task at once, in words, when the vendor refuses the key (401), and Test connection says so', async () => {
    const wrongKey = 'sk_live_51WrongKeyNeverToBeSeen9876';
    const saved = await t.api('put', '/api/processors/connections/stripe', { key: wrongKey });
    expect(saved.status).toBe(200);
    expect(saved.body.connection).toMatchObject({ connected: true, keyHint: '…9876' });
    const tested = await t.api('post', '/api/processors/connections/stripe/test');
    expect(tested.body).toEqual({
      ok: false,
      message: 'Stripe refused the API key (401): it is wrong or was revoked. Paste a valid key on the Processors page.',
    });
    const before = t.vendors.calls.length;
    await t.redact(5);
    await t.runJobs();
    const task = await taskFor((await redactRequest()).id, 'Stripe');
    expect(task).toMatchObject({
      status: 'failed',
      lastError: 'Stripe refused the API key (401): it is wrong or was revoked. Paste a valid key on the Processors page.',
    });
    // No retry storm: one call, and no job left to run.
    expect(t.vendors.calls.slice(before).filter((call) => call.vendor === 'stripe')).toHaveLength(1);
    t.clock.advance(HOUR_MS);
    expect(await t.runJobs()).toBe(0);
    const connections = await t.api('get', '/api/processors/connections');
    expect(connections.body.connections.find((c: { processorId: string }) => c.processorId === 'stripe').test).toMatchObject({ result: 'failed' });
    for (const res of [saved, tested, connections]) expect(JSON.stringify(res.body)).not.toContain(wrongKey);
    const good = await t.api('put', '/api/processors/connections/stripe', { key: STAND_IN_KEYS.stripe });
    expect(good.body.connection).toMatchObject({ connected: true, keyHint: `…${STAND_IN_KEYS.stripe.slice(-4)}` });
    expect((await t.api('post', '/api/processors/connections/stripe/test')).body).toEqual({ ok: true, message: 'Stripe accepted the key.' });
    const row = await t.deps.db.processorConnection.findFirst({ where: { shop: SHOP_A, processorId: 'stripe' } });
    expect(row?.keyEncrypted).not.toContain(STAND_IN_KEYS.stripe);
  });

  it('never writes a key into the logs', () => {
    const logs = t.logLines.join('\n');
    expect(logs).toContain('"kind":"processor.task"');
    for (const key of [...Object.values(STAND_IN_KEYS), 'sk_live_51WrongKeyNeverToBeSeen9876']) expect(logs).not.toContain(key);
  });

  it("adds Stripe's customer, payment methods (brand, last four, expiry) and charges to an access export", async () => {
    const r = await ask('access', 7);
    expect((await t.api('post', `/api/requests/${r.id}/fulfil`, {})).status).toBe(200);
    await t.runJobs();
    const exported = JSON.parse((await t.api('get', `/api/requests/${r.id}/export.json`)).text) as {
      processors: Record<string, { name: string; data: { customers?: Array<Record<string, unknown>>; profiles?: unknown[] } }>;
    };
    const stripe = exported.processors.stripe!.data.customers![0]!;
    expect(stripe.customer).toMatchObject({ id: 'cus_demo7000000007', email: email(7) });
    expect(stripe.paymentMethods).toEqual([
      {
        id: 'pm_demo7000000007',
        type: 'card',
        brand: expect.any(String),
        last4: expect.stringMatching(/^\d{4}$/),
        expiry: expect.stringMatching(/^\d{2}\/\d{4}$/),
      },
    ]);
    expect((stripe.charges as unknown[]).length).toBeGreaterThan(0);
    expect(exported.processors.klaviyo!.data.profiles).toHaveLength(1);
    expect(await taskFor(r.id, 'Stripe')).toMatchObject({ action: 'export', method: 'api', status: 'done' });
    // Processors without an export API are not asked for access.
    expect((await tasksOf(r.id)).map((task) => task.processor).sort()).toEqual(['Klaviyo', 'Stripe']);
  });

  it('refuses to complete a request while a task is pending, until the merchant waives it with a reason', async () => {
    const r = await ask('restriction', 11);
    const added = await t.api('post', '/api/processors/tasks', { requestId: r.id, processorId: 'paypal', method: 'manual' });
    expect(added.status).toBe(201);
    const refused = await t.api('post', `/api/requests/${r.id}/status`, { status: 'completed' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toContain('A service provider has not been asked yet or failed (PayPal)');
    expect((await t.api('post', `/api/processors/requests/${r.id}/waive-open`, { reason: '' })).status).toBe(400);
    expect((await t.api('post', `/api/processors/requests/${r.id}/waive-open`, { reason: 'PayPal holds no marketing data of this customer' })).body).toEqual({
      waived: 1,
    });
    expect(await taskFor(r.id, 'PayPal')).toMatchObject({ status: 'waived', waivedReason: 'PayPal holds no marketing data of this customer' });
    expect((await t.api('post', `/api/requests/${r.id}/status`, { status: 'completed' })).status).toBe(200);
  });

  it('lets the merchant mark an emailed task confirmed with evidence', async () => {
    const id = (await redactRequest()).id;
    const paypal = await taskFor(id, 'PayPal');
    expect(paypal.status).toBe('sent');
    expect((await t.api('post', `/api/processors/tasks/${String(paypal.id)}/confirmed`, { evidence: '' })).status).toBe(400);
    const confirmed = await t.api('post', `/api/processors/tasks/${String(paypal.id)}/confirmed`, { evidence: 'PayPal answered on 25 Nov, case PP-123' });
    expect(confirmed.body.task).toMatchObject({ status: 'confirmed' });
    expect((await t.api('get', '/api/processors/tasks/waiting')).status).toBe(200);
  });
});
