// The export package holds every line of every order, however long the order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createTestApp, SHOP_A, type TestApp } from '../support/app.ts';
import { assembleExport } from '../../app/requests/export-package.ts';

describe('the export package', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    // Opening the admin once gives Lawfully its offline access token (token exchange).
    await request(t.app).get('/api/requests').set('Authorization', `Bearer ${await t.tokenFor(SHOP_A)}`);
  });
  afterAll(() => t.close());

  it('pages through the line items of an order with more than fifty', async () => {
    const seed = t.standIn.seed(SHOP_A);
    const order = seed.orders.find((o) => o.customerId)!;
    const extra = Array.from({ length: 312 }, (_, i) => ({ id: 9900000000 + i, title: `Sticker ${i + 1}`, quantity: 1 }));
    order.lineItems.push(...extra);
    const content = await assembleExport(t.deps, SHOP_A, { shopifyCustomerId: String(order.customerId), emailHash: null, ordersRequested: [String(order.id)] });
    const [exported] = content.shopify.orders as Array<{ lineItems: { nodes: Array<{ title: string }> } }>;
    expect(exported!.lineItems.nodes.map((line) => line.title)).toEqual(order.lineItems.map((line) => line.title));
    expect(exported!.lineItems.nodes).toHaveLength(order.lineItems.length);
  });
});
