// The export package holds every order and every line of every order, however long the order and
// however many orders: the same package whether Lawfully paged through the orders or had Shopify
// gather them in a bulk operation (customers with more than 250 orders).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createTestApp, SHOP_A, type TestApp } from '../support/app.ts';
import { dataRequestPayload, signWebhook } from '../support/webhooks.ts';
import { assembleExport, exportToCsv } from '../../app/requests/export-package.ts';
import { addCustomerWithOrders } from '../../app/preview/standin/demo-shop.ts';
import { runDueJobs } from '../../app/jobs/runner.ts';
import { jobHandlers } from '../../app/background.ts';

describe('the export package', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    // Opening the admin once gives Lawfully its offline access token (token exchange).
    await request(t.app).get('/api/requests').set('Authorization', `Bearer ${await t.tokenFor(SHOP_A)}`);
  });
  afterAll(() => t.close());

  it('pages through the line items of an order with more than the first page of lines', async () => {
    const seed = t.standIn.seed(SHOP_A);
    const order = seed.orders.find((o) => o.customerId)!;
    const extra = Array.from({ length: 312 }, (_, i) => ({ id: 9900000000 + i, title: `Sticker ${i + 1}`, quantity: 1 }));
    order.lineItems.push(...extra);
    const content = await assembleExport(t.deps, SHOP_A, { shopifyCustomerId: String(order.customerId), emailHash: null, ordersRequested: [String(order.id)] });
    const [exported] = content.shopify.orders as Array<{ lineItems: { nodes: Array<{ title: string }> } }>;
    expect(exported!.lineItems.nodes.map((line) => line.title)).toEqual(order.lineItems.map((line) => line.title));
    expect(exported!.lineItems.nodes).toHaveLength(order.lineItems.length);
  });

  it('gives the same package for a customer with 300 orders whether it pages or runs a bulk operation', async () => {
    const customer = addCustomerWithOrders(t.standIn.seed(SHOP_A), { orders: 300, now: t.clock.now() });
    const orders = t.standIn.seed(SHOP_A).orders.filter((o) => o.customerId === customer.id);
    const subject = { shopifyCustomerId: String(customer.id), emailHash: null };
    const operations = t.standIn.bulkOperations(SHOP_A).length;

    const paged = await assembleExport(t.deps, SHOP_A, subject, { bulkAboveOrders: Infinity });
    expect(t.standIn.bulkOperations(SHOP_A)).toHaveLength(operations);
    const bulk = await assembleExport(t.deps, SHOP_A, subject);
    expect(t.standIn.bulkOperations(SHOP_A)).toHaveLength(operations + 1);

    expect(JSON.stringify(bulk)).toBe(JSON.stringify(paged));
    expect(exportToCsv(bulk)).toBe(exportToCsv(paged));
    const exported = bulk.shopify.orders as Array<{ name: string; lineItems: { nodes: Array<{ title: string }> } }>;
    expect(exported.map((o) => o.name)).toEqual(orders.map((o) => o.name));
    expect(exported.map((o) => o.lineItems.nodes.length)).toEqual(orders.map((o) => o.lineItems.length));
    expect(exported.some((o) => o.lineItems.nodes.length > 10)).toBe(true);
  });

  it('keeps only the orders Shopify asked for, on the bulk path too', async () => {
    const customer = addCustomerWithOrders(t.standIn.seed(SHOP_A), { orders: 260, now: t.clock.now() });
    const orders = t.standIn.seed(SHOP_A).orders.filter((o) => o.customerId === customer.id);
    const asked = [orders[3]!, orders[200]!].map((o) => String(o.id));
    const content = await assembleExport(t.deps, SHOP_A, { shopifyCustomerId: String(customer.id), ordersRequested: asked });
    expect(content.shopify.orders.map((o) => o.id)).toEqual(asked.map((id) => `gid://shopify/Order/${id}`));
    expect(t.standIn.bulkOperations(SHOP_A).at(-1)!.query).toContain(`customer_id:${customer.id}`);
  });

  it('pages instead when another bulk query holds the shop, with the same orders', async () => {
    const customer = addCustomerWithOrders(t.standIn.seed(SHOP_A), { orders: 270, now: t.clock.now() });
    t.standInClock.advance(60_000);
    const api = t.deps.adminApi.forShop(SHOP_A);
    await api.request(`mutation { bulkOperationRunQuery(query: "{ customers { edges { node { id } } } }") { bulkOperation { id } userErrors { message } } }`);
    const operations = t.standIn.bulkOperations(SHOP_A).length;
    const content = await assembleExport(t.deps, SHOP_A, { shopifyCustomerId: String(customer.id) });
    expect(t.standIn.bulkOperations(SHOP_A)).toHaveLength(operations);
    expect(content.shopify.orders).toHaveLength(270);
  });

  it('answers a customers/data_request for a customer with 1,000 orders with a package holding all of them', async () => {
    const customer = addCustomerWithOrders(t.standIn.seed(SHOP_A), { orders: 1000, now: t.clock.now() });
    const orderIds = t.standIn.seed(SHOP_A).orders.filter((o) => o.customerId === customer.id).map((o) => o.id);
    t.standInClock.advance(60_000);
    const signed = signWebhook({ topic: 'customers/data_request', shop: SHOP_A, payload: dataRequestPayload(SHOP_A, customer.id, orderIds), secret: t.deps.config.apiSecret });
    expect((await request(t.app).post('/webhooks').set(signed.headers).send(signed.body)).status).toBe(200);
    expect(await runDueJobs({ db: t.deps.db, clock: t.clock, log: t.deps.log, handlers: jobHandlers(t.deps) })).toBe(1);

    const auth = `Bearer ${await t.tokenFor(SHOP_A)}`;
    const list = await request(t.app).get('/api/requests').set('Authorization', auth);
    const item = list.body.requests.find((r: { email: string }) => r.email === customer.email);
    const pkg = JSON.parse((await request(t.app).get(`/api/requests/${item.id}/export.json`).set('Authorization', auth)).text);
    expect(pkg.shopify.orders).toHaveLength(1000);
    expect(pkg.summary).toMatch(/1000 orders/);
  });
});
