// Shoppers' requests through the app proxy: signature, identity by one-time link, rate limits,
// and the mail that goes over real SMTP to a local sink.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createTestApp, SHOP_A, type TestApp } from '../support/app.ts';
import { proxyUrl } from '../support/proxy.ts';
import { startMailSink, type MailSink } from '../../app/mail/sink.ts';
import { runDueJobs } from '../../app/jobs/runner.ts';
import { jobHandlers } from '../../app/background.ts';

describe('shopper requests through the app proxy', () => {
  let t: TestApp;
  let sink: MailSink;
  beforeAll(async () => {
    sink = await startMailSink();
    t = await createTestApp({ smtpUrl: sink.url });
    await request(t.app).get('/api/requests').set('Authorization', `Bearer ${await t.tokenFor(SHOP_A)}`);
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  const url = (path: string, customerId = '') => proxyUrl(path, { shop: SHOP_A, secret: t.deps.config.apiSecret, customerId });
  const runJobs = () => runDueJobs({ db: t.deps.db, clock: t.clock, log: t.deps.log, handlers: jobHandlers(t.deps) });
  const linkIn = (text: string) => /https?:\/\/\S+\/apps\/lawfully(\/verify\/\S+)/.exec(text)![1]!;

  it('refuses an unsigned or tampered request with 401 and stores nothing', async () => {
    const before = await t.deps.db.dataSubjectRequest.count();
    expect((await request(t.app).post('/proxy/requests?shop=' + SHOP_A).send({ type: 'access', email: 'a@example.com' })).status).toBe(401);
    const signed = url('/requests', '7000000001').replace('7000000001', '7000000002');
    expect((await request(t.app).post(signed).send({ type: 'access', email: 'a@example.com' })).status).toBe(401);
    const stale = proxyUrl('/requests', { shop: SHOP_A, secret: t.deps.config.apiSecret, timestamp: Math.floor(Date.now() / 1000) - 3600 });
    expect((await request(t.app).post(stale).send({ type: 'access', email: 'a@example.com' })).status).toBe(401);
    expect(await t.deps.db.dataSubjectRequest.count()).toBe(before);
  });

  it('answers 400 with a message per field and stores nothing for bad input', async () => {
    const before = await t.deps.db.dataSubjectRequest.count();
    const res = await request(t.app).post(url('/requests')).set('Accept', 'application/json').send({ type: 'teleport', email: 'not-an-email' });
    expect(res.status).toBe(400);
    expect(res.body.fields).toMatchObject({ type: expect.any(String), email: expect.stringMatching(/email/) });
    expect(await t.deps.db.dataSubjectRequest.count()).toBe(before);
  });

  it('verifies a logged-in customer at once and starts the 30-day clock', async () => {
    const res = await request(t.app).post(url('/requests', '7000000003')).set('Accept', 'application/json').send({ type: 'access', email: 'customer3@example.com' });
    expect(res.status).toBe(202);
    expect(res.body.status).toBe('verified');
    const row = await t.deps.db.dataSubjectRequest.findFirst({ where: { shopifyCustomerId: '7000000003', source: 'storefront' } });
    expect(row).toMatchObject({ status: 'verified', type: 'access' });
    expect(row!.dueAt!.getTime() - t.clock.now().getTime()).toBe(30 * 86_400_000);
    await runJobs();
    expect((await sink.waitFor('customer3@example.com', /received your privacy request/)).text).toMatch(/answer by/);
  });

  it('asks an anonymous shopper to confirm by a one-time link that works once, within 24 hours', async () => {
    const res = await request(t.app).post(url('/requests')).set('Accept', 'application/json').send({ type: 'erasure', email: 'Shopper.One@Example.com', locale: 'de' });
    expect(res.body.status).toBe('verification_sent');
    const row = await t.deps.db.dataSubjectRequest.findFirst({ where: { source: 'storefront', type: 'erasure' }, orderBy: { createdAt: 'desc' } });
    expect(row).toMatchObject({ status: 'unverified', dueAt: null });
    await runJobs();
    const mail = await sink.waitFor('shopper.one@example.com', /Bestätigen/);
    const path = linkIn(mail.text);
    expect(row!.verificationHash).not.toContain(path.split('/').pop());

    const confirmed = await request(t.app).get(url(path));
    expect(confirmed.status).toBe(200);
    expect(confirmed.text).toContain('confirmed');
    expect(await t.deps.db.dataSubjectRequest.findUnique({ where: { id: row!.id } })).toMatchObject({ status: 'verified', verificationHash: null });
    expect((await request(t.app).get(url(path))).status).toBe(410);
  });

  it('refuses a confirmation link after 24 hours', async () => {
    await request(t.app).post(url('/requests')).set('Accept', 'application/json').send({ type: 'objection', email: 'late@example.com' });
    await runJobs();
    const path = linkIn((await sink.waitFor('late@example.com')).text);
    t.clock.advance(24 * 3_600_000 + 1000);
    const res = await request(t.app).get(url(path));
    expect(res.status).toBe(410);
    expect(res.text).toMatch(/expired/);
  });

  it('answers a complaint with the supervisory authority of the controller profile', async () => {
    await t.deps.db.recordsProfile.create({
      data: { shop: SHOP_A, profile: { controller: { supervisoryAuthority: { name: 'Datu valsts inspekcija', website: 'https://www.dvi.gov.lv', country: 'LV' } } }, updatedAt: t.clock.now(), updatedBy: 'test' },
    });
    const res = await request(t.app).post(url('/requests')).set('Accept', 'application/json').send({ type: 'complaint', email: 'c@example.com' });
    expect(res.body).toMatchObject({ status: 'answered', message: expect.stringContaining('Datu valsts inspekcija') });
  });

  it('limits each visitor to five requests an hour', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await request(t.app).post(url('/requests')).set('X-Forwarded-For', '203.0.113.9').set('Accept', 'application/json').send({ type: 'access', email: `r${i}@example.com` });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const other = await request(t.app).post(url('/requests')).set('X-Forwarded-For', '203.0.113.10').set('Accept', 'application/json').send({ type: 'access', email: 'other@example.com' });
    expect(other.status).toBe(202);
  });
});

describe('mail jobs', () => {
  it('keep no copy of the recipient or the message once the mail is sent', async () => {
    const sink = await startMailSink();
    const t = await createTestApp({ smtpUrl: sink.url });
    await request(t.app).post(proxyUrl('/requests', { shop: SHOP_A, secret: t.deps.config.apiSecret })).set('Accept', 'application/json').send({ type: 'access', email: 'private.person@example.com' });
    await runDueJobs({ db: t.deps.db, clock: t.clock, log: t.deps.log, handlers: jobHandlers(t.deps) });
    await sink.waitFor('private.person@example.com');
    const mailJobs = await t.deps.db.job.findMany({ where: { kind: 'mail.send' } });
    expect(mailJobs.map((j) => j.status)).toEqual(['done']);
    // not even encrypted: the recipient and the text (with its one-time link) are gone
    expect(mailJobs[0]!.payload).toEqual({ subject: expect.stringMatching(/Confirm/), sent: true });
    await t.close();
    await sink.stop();
  });
});
