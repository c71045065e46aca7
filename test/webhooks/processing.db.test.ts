// What happens after the 200: the jobs of each compliance topic, run by the job runner.
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { readdirSync, readFileSync } from 'node:fs';
import { useTestApp, SHOP_A } from '../support/app.ts';
import { dataRequestPayload, redactPayload, shopRedactPayload } from '../support/webhooks.ts';
import { decrypt } from '../../app/platform/crypto.ts';
import { SHOP_TABLES } from '../../app/platform/shop-purge.ts';
import { recordInstall } from '../../app/platform/shops.ts';
import { DAY_MS } from '../../app/platform/time.ts';

const SHOP_B = 'other-store.myshopify.com';

describe('compliance webhooks, after acknowledgement', () => {
  const t = useTestApp({ installed: true });

  const deliver = async (topic: string, payload: unknown, shop = SHOP_A) => expect((await t.deliver(topic, payload, { shop })).status).toBe(200);

  it('puts a customers/data_request in the inbox as an access request due 30 days after receipt', async () => {
    const seed = t.standIn.seed(SHOP_A);
    const customer = seed.customers.find((c) => seed.orders.filter((o) => o.customerId === c.id).length >= 2)!;
    const orders = seed.orders.filter((o) => o.customerId === customer.id);
    expect(orders.length).toBeGreaterThan(1);
    await deliver('customers/data_request', dataRequestPayload(SHOP_A, customer.id, [orders[0]!.id]));
    expect(await t.runJobs()).toBe(1);

    const list = await t.api('get', '/api/requests');
    const item = list.body.requests.find((r: { type: string; source: string }) => r.type === 'access' && r.source === 'shopify_webhook');
    expect(item).toMatchObject({ status: 'in_progress', email: customer.email, daysLeft: 30, deadline: 'on_track' });
    expect(new Date(item.dueAt).getTime() - new Date(item.receivedAt).getTime()).toBe(30 * DAY_MS);

    const json = await t.api('get', `/api/requests/${item.id}/export.json`);
    expect(json.status).toBe(200);
    expect(json.headers['content-disposition']).toContain('attachment');
    const pkg = JSON.parse(json.text);
    expect(pkg.shopify.customer.email).toBe(customer.email);
    expect(pkg.shopify.orders.map((o: { id: string }) => o.id)).toEqual([`gid://shopify/Order/${orders[0]!.id}`]);
    expect(pkg.summary).toMatch(/1 order/);

    const csv = await t.api('get', `/api/requests/${item.id}/export.csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.split('\n')[0]).toBe('section,item,field,value');
    expect(csv.text).toContain(`shopify.customer,1,email,${customer.email}`);

    const detail = await t.api('get', `/api/requests/${item.id}`);
    expect(detail.body.request.steps).toEqual([expect.objectContaining({ action: 'export.assemble', result: 'ok' })]);

    // Once processed, the ledger keeps the proof (ids, orders asked for), not the email.
    const [delivery] = await t.deps.db.webhookDelivery.findMany({ where: { shop: SHOP_A, topic: 'customers/data_request' } });
    expect(delivery!.processedAt).not.toBeNull();
    expect(delivery!.payload).not.toContain(customer.email);
    expect(JSON.parse(delivery!.payload)).toMatchObject({ customer: { id: String(customer.id) }, orders_requested: [String(orders[0]!.id)] });
  });

  it('erases what Lawfully holds about the customer on customers/redact and keeps proof that names no one', async () => {
    const id = '7000000011';
    const email = 'customer11@example.com';
    await t.deps.db.consentRecord.create({
      data: { shop: SHOP_A, consentId: 'c-11', granted: 'analytics', denied: 'marketing', shopifyCustomerId: id, createdAt: t.clock.now() },
    });
    await deliver('customers/data_request', dataRequestPayload(SHOP_A, id));
    await t.runJobs();
    await deliver('customers/redact', redactPayload(SHOP_A, id, [9100000100]));
    await t.runJobs();

    expect(await t.deps.db.consentRecord.count({ where: { shopifyCustomerId: id } })).toBe(0);
    expect(await t.deps.db.dataSubjectRequest.count({ where: { shopifyCustomerId: id } })).toBe(0);
    expect(await t.deps.db.exportPackage.count({ where: { shop: SHOP_A, request: { type: 'access', shopifyCustomerId: null } } })).toBe(0);
    const ledger = await t.deps.db.webhookDelivery.findMany({ where: { shop: SHOP_A } });
    expect(ledger.map((row) => row.payload).join('\n')).not.toContain(email);

    const proof = await t.deps.db.dataSubjectRequest.findFirst({
      where: { shop: SHOP_A, type: 'erasure', source: 'shopify_webhook' },
      include: { steps: true, events: true },
    });
    expect(proof).toMatchObject({ status: 'completed', shopifyCustomerId: null, emailHash: null, emailEncrypted: null });
    expect(proof!.steps.find((s) => s.action === 'lawfully.erase')!.details).toMatchObject({ consentRecords: 1, requestsAnonymised: 1, exportPackages: 1 });
    expect(JSON.stringify(proof)).not.toContain(email);
    expect(JSON.stringify(proof)).not.toContain(id);
  });

  it('closes the customer’s open requests on customers/redact, so none is left to turn overdue', async () => {
    const id = '7000000012';
    await deliver('customers/data_request', dataRequestPayload(SHOP_A, id));
    await t.runJobs();
    const open = (await t.deps.db.dataSubjectRequest.findFirst({ where: { shop: SHOP_A, shopifyCustomerId: id, type: 'access' } }))!;
    expect(open.status).toBe('in_progress');

    await deliver('customers/redact', redactPayload(SHOP_A, id));
    await t.runJobs();

    const closed = await t.api('get', `/api/requests/${open.id}`);
    expect(closed.body.request).toMatchObject({
      status: 'rejected',
      rejectionReason: expect.stringMatching(/^Superseded: the customer was erased by Shopify/),
      email: null,
      deadline: 'closed',
    });
    expect(closed.body.request.closedAt).not.toBeNull();
    expect(closed.body.request.events).toContainEqual(expect.objectContaining({ kind: 'rejected', actor: 'shopify' }));
    t.clock.advance(60 * DAY_MS);
    const list = await t.api('get', '/api/requests');
    expect(list.body.requests.find((r: { id: string }) => r.id === open.id)).toMatchObject({ deadline: 'closed', daysLeft: null });
  });

  it('tells each shopper whose open request customers/redact closes, in the language they asked in', async () => {
    const id = '7000000013';
    const email = 'customer13@example.com';
    const ask = async (type: string, locale: string, ip: string) => {
      const res = await request(t.app)
        .post(t.proxyUrl('/requests', { customerId: id }))
        .set('Accept', 'application/json')
        .set('X-Forwarded-For', ip)
        .send({ type, email, locale });
      expect(res.status).toBe(202);
    };
    await ask('access', 'de', '192.0.2.113');
    await ask('erasure', 'lv', '192.0.2.114');
    const mailsTo = async () => {
      const jobs = await t.deps.db.job.findMany({ where: { shop: SHOP_A, kind: 'mail.send' } });
      return jobs
        .map((job) => ({ id: job.id, mail: job.payload as { to?: string; subject: string; text?: string } }))
        .filter(({ mail }) => mail.to && decrypt(t.deps.config.encryptionKey, mail.to) === email)
        .map(({ id, mail }) => ({ id, subject: mail.subject, text: decrypt(t.deps.config.encryptionKey, mail.text!) }));
    };
    const before = new Set((await mailsTo()).map((mail) => mail.id));

    await deliver('customers/redact', redactPayload(SHOP_A, id));
    await t.runJobs();

    const told = (await mailsTo()).filter((mail) => !before.has(mail.id)).map(({ subject, text }) => ({ subject, text }));
    expect(told).toHaveLength(2);
    // Mails name the store as shoppers know it (the stand-in's shop name), not its myshopify domain.
    expect(told).toContainEqual({
      subject: 'Ihre Datenschutzanfrage an Lawfully Demo Prints: Auskunft (Art. 15 DSGVO)',
      text: expect.stringContaining('Ihre Kundendaten bei diesem Shop wurden gelöscht'),
    });
    // The erasure's outcome says what was erased and what is kept, and why.
    expect(told).toContainEqual({
      subject: 'Jūsu privātuma pieprasījums veikalam Lawfully Demo Prints: datu dzēšana (VDAR 17. pants)',
      text: expect.stringMatching(/Dzēsts: [\s\S]*Kas tiek saglabāts un kāpēc/),
    });
    const closed = await t.deps.db.dataSubjectRequest.findMany({ where: { shop: SHOP_A, source: 'storefront', locale: { in: ['de', 'lv'] } } });
    expect(closed.map((r) => [r.type, r.status, r.emailEncrypted]).sort()).toEqual([
      ['access', 'rejected', null],
      ['erasure', 'completed', null],
    ]);
  });

  it('deletes every row of the shop in every table on shop/redact, leaves other shops alone, and is harmless twice', async () => {
    await recordInstall(t.deps.db, SHOP_B, t.clock.now());
    for (const shop of [SHOP_A, SHOP_B]) {
      await t.deps.db.consentRecord.create({ data: { shop, consentId: 'c', granted: '', denied: 'analytics', createdAt: t.clock.now() } });
      await t.deps.db.auditEvent.create({ data: { shop, actor: 'system', action: 'test' } });
    }
    await deliver('customers/data_request', dataRequestPayload(SHOP_B, 7000000001), SHOP_B);
    const count = async (shop: string) => {
      const counts: Record<string, number> = {};
      for (const table of SHOP_TABLES) counts[table] = await (t.deps.db[table] as unknown as { count(a: object): Promise<number> }).count({ where: { shop } });
      counts.shop = await t.deps.db.shop.count({ where: { domain: shop } });
      return counts;
    };
    const before = await count(SHOP_A);
    for (const table of [
      'requestStep',
      'requestEvent',
      'exportPackage',
      'dataSubjectRequest',
      'consentRecord',
      'auditEvent',
      'job',
      'webhookDelivery',
      'session',
      'shop',
    ]) {
      expect(before[table], `${table} has rows before shop/redact`).toBeGreaterThan(0);
    }
    await t.runJobs(); // shop B's own request is created (its export waits for B's access token)
    const otherBefore = await count(SHOP_B);

    await deliver('shop/redact', shopRedactPayload(SHOP_A));
    await t.runJobs();
    expect(
      Object.values(await count(SHOP_A)).every((n) => n === 0),
      JSON.stringify(await count(SHOP_A)),
    ).toBe(true);

    await deliver('shop/redact', shopRedactPayload(SHOP_A));
    await t.runJobs();
    expect(Object.values(await count(SHOP_A)).every((n) => n === 0)).toBe(true);
    const otherAfter = await count(SHOP_B);
    expect({ ...otherAfter, job: 0 }).toEqual({ ...otherBefore, job: 0 });
  });

  it('names every table that has a shop column in the shop/redact purge list', () => {
    const schemaDir = new URL('../../prisma/schema/', import.meta.url);
    const models: string[] = [];
    for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.prisma'))) {
      const text = readFileSync(new URL(file, schemaDir), 'utf8');
      for (const [, name, body] of text.matchAll(/model (\w+) \{([\s\S]*?)\n\}/g)) {
        if (/^\s+shop\s/m.test(body!)) models.push(name!.charAt(0).toLowerCase() + name!.slice(1));
      }
    }
    expect([...SHOP_TABLES].sort()).toEqual(models.sort());
  });
});
