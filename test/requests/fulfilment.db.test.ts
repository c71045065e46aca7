// The merchant fulfils each kind of request: what happens in Lawfully, in Shopify (the
// stand-in Admin API) and in the shopper's mailbox (a real SMTP sink).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createTestApp, SHOP_A, type TestApp } from '../support/app.ts';
import { proxyUrl } from '../support/proxy.ts';
import { startMailSink, type MailSink } from '../../app/mail/sink.ts';
import { runDueJobs } from '../../app/jobs/runner.ts';
import { jobHandlers } from '../../app/background.ts';

describe('fulfilling requests', () => {
  let t: TestApp;
  let sink: MailSink;
  let auth: string;
  beforeAll(async () => {
    sink = await startMailSink();
    t = await createTestApp({ smtpUrl: sink.url });
    auth = `Bearer ${await t.tokenFor(SHOP_A)}`;
    await request(t.app).get('/api/requests').set('Authorization', auth);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  const runJobs = () => runDueJobs({ db: t.deps.db, clock: t.clock, log: t.deps.log, handlers: jobHandlers(t.deps) });
  /** A logged-in customer asks on the storefront (verified at once by the signed proxy). */
  async function ask(type: string, customerNumber: number) {
    const id = String(7000000000 + customerNumber);
    const res = await request(t.app)
      .post(proxyUrl('/requests', { shop: SHOP_A, secret: t.deps.config.apiSecret, customerId: id }))
      .set('Accept', 'application/json')
      .set('X-Forwarded-For', `192.0.2.${customerNumber}`)
      .send({ type, email: `customer${customerNumber}@example.com` });
    expect(res.status).toBe(202);
    return (await t.deps.db.dataSubjectRequest.findFirst({ where: { shopifyCustomerId: id, type }, orderBy: { createdAt: 'desc' } }))!;
  }
  const act = (id: string, path: string, body: object = {}) => request(t.app).post(`/api/requests/${id}/${path}`).set('Authorization', auth).send(body);
  const detail = async (id: string) => (await request(t.app).get(`/api/requests/${id}`).set('Authorization', auth)).body.request;
  const customer = (n: number) => t.standIn.seed(SHOP_A).customers.find((c) => c.id === 7000000000 + n)!;

  it('access: assembles the export and mails the shopper a download link that expires', async () => {
    const r = await ask('access', 21);
    expect((await act(r.id, 'fulfil')).status).toBe(200);
    expect(await detail(r.id)).toMatchObject({ status: 'completed', steps: expect.arrayContaining([expect.objectContaining({ action: 'export.assemble', result: 'ok' })]) });
    await runJobs();
    const mail = await sink.waitFor('customer21@example.com', /^Your privacy request.*Access/);
    const path = /\/apps\/lawfully(\/exports\/[^\s?]+)/.exec(mail.text)![1]!;
    const download = await request(t.app).get(proxyUrl(path, { shop: SHOP_A, secret: t.deps.config.apiSecret }));
    expect(download.status).toBe(200);
    expect(JSON.parse(download.text).shopify.customer.email).toBe('customer21@example.com');
    t.clock.advance(15 * 86_400_000);
    expect((await request(t.app).get(proxyUrl(path, { shop: SHOP_A, secret: t.deps.config.apiSecret }))).status).toBe(410);
  });

  it('rectification: records what was corrected and tells the shopper', async () => {
    const r = await ask('rectification', 22);
    expect((await act(r.id, 'fulfil', {})).status).toBe(400);
    expect((await act(r.id, 'fulfil', { correction: 'Street name spelled Brīvības iela' })).status).toBe(200);
    expect((await detail(r.id)).steps).toContainEqual(expect.objectContaining({ action: 'rectification.recorded', result: 'ok' }));
    await runJobs();
    expect((await sink.waitFor('customer22@example.com', /^Your privacy request.*Rectification/)).text).toContain('Brīvības iela');
  });

  it('erasure: erases Lawfully data and asks Shopify to erase the customer, recording Shopify’s answer', async () => {
    const inactive = t.standIn.seed(SHOP_A).customers.find((c) => {
      const orders = t.standIn.seed(SHOP_A).orders.filter((o) => o.customerId === c.id);
      return orders.length > 0 && orders.every((o) => o.createdAt.getTime() < t.clock.now().getTime() - 200 * 86_400_000);
    })!;
    const n = inactive.id - 7000000000;
    const r = await ask('erasure', n);
    expect((await act(r.id, 'fulfil')).status).toBe(200);
    expect(t.standIn.erasureRequests(SHOP_A).map((e) => e.customerId)).toContain(`gid://shopify/Customer/${inactive.id}`);
    const d = await detail(r.id);
    expect(d.status).toBe('completed');
    expect(d.steps).toContainEqual(expect.objectContaining({ action: 'shopify.customerRequestDataErasure', result: 'ok' }));
    expect(d.email).toBeNull();
  });

  it('erasure of a customer who ordered in the last 180 days: shown as held by Shopify, not as done', async () => {
    const recent = t.standIn.seed(SHOP_A).customers.find((c) => t.standIn.seed(SHOP_A).orders.some((o) => o.customerId === c.id && o.createdAt.getTime() > t.clock.now().getTime() - 60 * 86_400_000))!;
    const r = await ask('erasure', recent.id - 7000000000);
    expect((await act(r.id, 'fulfil')).status).toBe(200);
    const d = await detail(r.id);
    expect(d.status).toBe('in_progress');
    expect(d.steps).toContainEqual(expect.objectContaining({ action: 'shopify.customerRequestDataErasure', result: 'held' }));
  });

  it('restriction and objection: flag the customer and revoke marketing consent in Shopify', async () => {
    for (const [type, n, tag] of [['restriction', 23, 'lawfully-restricted'], ['objection', 24, 'lawfully-objected']] as const) {
      const r = await ask(type, n);
      expect((await act(r.id, 'fulfil')).status).toBe(200);
      expect(customer(n).tags).toContain(tag);
      expect(customer(n).marketingState).toBe('UNSUBSCRIBED');
      expect((await detail(r.id)).status).toBe('completed');
    }
  });

  it('withdrawal of consent: records the withdrawal and unsubscribes the customer', async () => {
    const r = await ask('withdraw_consent', 25);
    expect((await act(r.id, 'fulfil')).status).toBe(200);
    const record = await t.deps.db.consentRecord.findFirst({ where: { shopifyCustomerId: '7000000025', source: 'request' } });
    expect(record).toMatchObject({ granted: '', denied: 'preferences,analytics,marketing' });
    expect(customer(25).marketingState).toBe('UNSUBSCRIBED');
  });

  it('rejection needs a reason and tells the shopper; a closed request cannot be changed', async () => {
    const r = await ask('portability', 26);
    expect((await act(r.id, 'status', { status: 'rejected' })).status).toBe(400);
    expect((await act(r.id, 'status', { status: 'rejected', reason: 'We hold no data about this address.' })).status).toBe(200);
    expect((await act(r.id, 'fulfil')).status).toBe(409);
    await runJobs();
    expect((await sink.waitFor('customer26@example.com', /refused/)).text).toContain('We hold no data');
  });

  it('extends the deadline once with a reason, and tells the shopper', async () => {
    const r = await ask('access', 27);
    const res = await act(r.id, 'extend', { days: 60, reason: 'Many requests at once' });
    expect(res.status).toBe(200);
    const d = await detail(r.id);
    expect(new Date(d.dueAt).getTime() - new Date(d.verifiedAt).getTime()).toBe(90 * 86_400_000);
    expect((await act(r.id, 'extend', { days: 10, reason: 'again' })).status).toBe(409);
    expect((await act(r.id, 'extend', { days: 61, reason: 'too long' })).status).toBe(400);
    await runJobs();
    expect((await sink.waitFor('customer27@example.com', /more time/)).text).toContain('Many requests at once');
  });

  it('keeps internal notes in the trail', async () => {
    const r = await ask('access', 28);
    await act(r.id, 'notes', { text: 'Called the customer to confirm.' });
    expect((await detail(r.id)).events).toContainEqual(expect.objectContaining({ kind: 'note', message: 'Called the customer to confirm.' }));
  });
});

describe('the requests’ daily round', () => {
  it('expires unconfirmed storefront requests and warns the merchant of requests due within a week', async () => {
    const sink = await startMailSink();
    const t = await createTestApp({ smtpUrl: sink.url });
    const url = proxyUrl('/requests', { shop: SHOP_A, secret: t.deps.config.apiSecret });
    await request(t.app).post(url).set('Accept', 'application/json').send({ type: 'access', email: 'never.confirms@example.com' });
    await request(t.app).post(proxyUrl('/requests', { shop: SHOP_A, secret: t.deps.config.apiSecret, customerId: '7000000030' })).set('Accept', 'application/json').send({ type: 'access', email: 'customer30@example.com' });
    await t.deps.db.recordsProfile.create({ data: { shop: SHOP_A, profile: { controller: { contactEmail: 'privacy@demo-shop.example' } }, updatedAt: t.clock.now(), updatedBy: 'test' } });
    t.clock.advance(25 * 86_400_000);
    const { dailyRound } = await import('../../app/requests/daily.ts');
    expect(await dailyRound(t.deps, SHOP_A)).toEqual({ expired: 1, dueSoonOrOverdue: 1 });
    expect(await t.deps.db.dataSubjectRequest.count({ where: { status: 'expired' } })).toBe(1);
    await runDueJobs({ db: t.deps.db, clock: t.clock, log: t.deps.log, handlers: jobHandlers(t.deps) });
    expect((await sink.waitFor('privacy@demo-shop.example', /due within a week/)).text).toContain('1 request is due');
    await t.close();
    await sink.stop();
  });
});
