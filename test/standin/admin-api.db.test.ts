// The Admin API stand-in, reached through the app's real @shopify/shopify-api client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createTestApp, SHOP_A, type TestApp } from '../support/app.ts';
import { createAdminApi, throttleWaitMs } from '../../app/platform/admin-api.ts';
import { UpstreamError } from '../../app/platform/errors.ts';

const CUSTOMERS = `query Customers($first: Int!, $after: String, $query: String) {
  customers(first: $first, after: $after, query: $query) {
    nodes { id email defaultAddress { countryCodeV2 } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const ORDERS = `query Orders($first: Int!, $after: String) {
  orders(first: $first, after: $after) { edges { cursor node { id name customer { id } } } pageInfo { hasNextPage endCursor } }
}`;

describe('the Admin API stand-in through the real Shopify client', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    // The first admin request exchanges the session token for the offline access token.
    await request(t.app).get('/api/audit').set('Authorization', `Bearer ${await t.tokenFor(SHOP_A)}`);
  });
  afterAll(() => t.close());

  const api = () => t.deps.adminApi.forShop(SHOP_A);

  it('pages through every customer exactly once', async () => {
    const seen: string[] = [];
    for await (const customer of api().paginate<{ id: string }>(CUSTOMERS, { first: 50 }, 'customers')) seen.push(customer.id);
    expect(seen).toHaveLength(t.standIn.seed(SHOP_A).customers.length);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('pages through every order exactly once with edges and cursors', async () => {
    const seen: string[] = [];
    for await (const order of api().paginate<{ id: string }>(ORDERS, { first: 100 }, 'orders')) seen.push(order.id);
    expect(seen).toHaveLength(t.standIn.seed(SHOP_A).orders.length);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('has customers inside and outside the EU in the demo shop', async () => {
    const countries = new Set<string>();
    for await (const c of api().paginate<{ defaultAddress: { countryCodeV2: string } }>(CUSTOMERS, { first: 100 }, 'customers')) countries.add(c.defaultAddress.countryCodeV2);
    expect(countries).toContain('LV');
    expect(countries).toContain('DE');
    expect(countries).toContain('US');
  });

  it('filters customers by email with the search syntax', async () => {
    const data = await api().request<{ customers: { nodes: Array<{ email: string }> } }>(CUSTOMERS, { first: 5, query: 'email:customer7@example.com' });
    expect(data.customers.nodes.map((c) => c.email)).toEqual(['customer7@example.com']);
  });

  it('answers the shop query in Shopify’s shape', async () => {
    const data = await api().request<{ shop: { name: string; contactEmail: string; billingAddress: { countryCodeV2: string } } }>(
      '{ shop { name contactEmail billingAddress { city countryCodeV2 } } }',
    );
    expect(data.shop.name).toBe('Lawfully Demo Prints');
    expect(data.shop.billingAddress.countryCodeV2).toBe('LV');
  });

  it('stores an app-owned metafield and reads it back', async () => {
    const { currentAppInstallation } = await api().request<{ currentAppInstallation: { id: string } }>('{ currentAppInstallation { id } }');
    await api().mutate(
      `mutation Set($metafields: [MetafieldsSetInput!]!) { metafieldsSet(metafields: $metafields) { metafields { id } userErrors { field message } } }`,
      { metafields: [{ ownerId: currentAppInstallation.id, namespace: 'lawfully', key: 'policy', type: 'json', value: '{"version":1}' }] },
      'metafieldsSet',
    );
    const back = await api().request<{ currentAppInstallation: { metafield: { value: string } } }>(
      '{ currentAppInstallation { metafield(namespace: "lawfully", key: "policy") { value } } }',
    );
    expect(JSON.parse(back.currentAppInstallation.metafield.value)).toEqual({ version: 1 });
  });

  it("replaces the shop's privacy policy", async () => {
    await api().mutate(
      `mutation P($shopPolicy: ShopPolicyInput!) { shopPolicyUpdate(shopPolicy: $shopPolicy) { shopPolicy { url } userErrors { field message } } }`,
      { shopPolicy: { type: 'PRIVACY_POLICY', body: '<h1>Privacy</h1>' } },
      'shopPolicyUpdate',
    );
    expect(t.standIn.policy(SHOP_A)?.body).toBe('<h1>Privacy</h1>');
  });

  it('records an erasure request and refuses one for an unknown customer', async () => {
    const customer = t.standIn.seed(SHOP_A).customers[3]!;
    const erase = `mutation E($customerId: ID!) { customerRequestDataErasure(customerId: $customerId) { customerId userErrors { field message } } }`;
    await api().mutate(erase, { customerId: `gid://shopify/Customer/${customer.id}` }, 'customerRequestDataErasure');
    expect(t.standIn.erasureRequests(SHOP_A).map((r) => r.customerId)).toEqual([`gid://shopify/Customer/${customer.id}`]);
    await expect(api().mutate(erase, { customerId: 'gid://shopify/Customer/1' }, 'customerRequestDataErasure')).rejects.toThrow(/Customer does not exist/);
  });

  it('throttles when the bucket is empty and serves again once it has refilled', async () => {
    const noWait = createAdminApi({
      shopify: t.deps.shopify.api,
      loadOfflineSession: (shop) => t.deps.shopify.config.sessionStorage.loadSession(t.deps.shopify.api.session.getOfflineId(shop)),
      clock: t.clock,
      maxThrottleRetries: 0,
    }).forShop(SHOP_A);
    const expensive = () => noWait.request(CUSTOMERS, { first: 250 }); // 2 + 250 × 2 = 502 points
    t.standInClock.advance(60_000); // start from a full bucket
    const outcomes: string[] = [];
    for (let i = 0; i < 6; i++) outcomes.push(await expensive().then(() => 'ok', (e: UpstreamError) => (e.message.includes('throttling') ? 'throttled' : e.message)));
    expect(outcomes.slice(0, 3)).toEqual(['ok', 'ok', 'ok']);
    expect(outcomes).toContain('throttled');
    t.standInClock.advance(20_000); // 100 points a second refill the 2000-point bucket
    await expect(expensive()).resolves.toBeDefined();
  });

  it('waits out THROTTLED answers and then succeeds', async () => {
    let waited = 0;
    const patient = createAdminApi({
      shopify: t.deps.shopify.api,
      loadOfflineSession: (shop) => t.deps.shopify.config.sessionStorage.loadSession(t.deps.shopify.api.session.getOfflineId(shop)),
      clock: t.clock,
      sleep: async (ms) => {
        waited += ms;
        t.standInClock.advance(ms);
      },
    }).forShop(SHOP_A);
    for (let i = 0; i < 8; i++) await patient.request(CUSTOMERS, { first: 250 });
    expect(waited).toBeGreaterThan(0);
  });

  it('computes the wait from the throttle status', () => {
    expect(throttleWaitMs(502, { maximumAvailable: 2000, currentlyAvailable: 2, restoreRate: 100 })).toBe(5050);
  });
});
