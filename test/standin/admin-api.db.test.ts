// The Admin API stand-in, reached through the app's real @shopify/shopify-api client.
import { describe, expect, it } from 'vitest';
import { createAdminApi, throttleWaitMs } from '../../app/platform/admin-api.ts';
import { SHOP_A, useTestApp } from '../support/app.ts';
import { UpstreamError } from '../../app/platform/errors.ts';
import { addCustomerWithOrders } from '../../app/preview/standin/demo-shop.ts';
import { DAY_MS } from '../../app/platform/time.ts';

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
  // Installed: the first admin request exchanged the session token for the offline access token.
  const t = useTestApp({ installed: true });

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
    for await (const c of api().paginate<{ defaultAddress: { countryCodeV2: string } }>(CUSTOMERS, { first: 100 }, 'customers'))
      countries.add(c.defaultAddress.countryCodeV2);
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

  it('holds an erasure for a customer who ordered in the last 180 days, until 180 days after that order', async () => {
    const seed = t.standIn.seed(SHOP_A);
    // The stand-in measures the hold from its own clock, as Shopify does from today.
    const now = t.standInClock.now().getTime();
    const lastOrderOf = (id: number) => seed.orders.filter((o) => o.customerId === id).at(-1);
    const buyer = seed.customers.find((c) => (lastOrderOf(c.id)?.createdAt.getTime() ?? 0) > now - 100 * DAY_MS)!;
    const erase = `mutation E($customerId: ID!) { customerRequestDataErasure(customerId: $customerId) { customerId userErrors { field message code } } }`;
    const data = await api().request<{ customerRequestDataErasure: { customerId: string; userErrors: unknown[] } }>(erase, {
      customerId: `gid://shopify/Customer/${buyer.id}`,
    });
    // Shopify accepts the request either way: the hold is not an error.
    expect(data.customerRequestDataErasure).toEqual({ customerId: `gid://shopify/Customer/${buyer.id}`, userErrors: [] });
    expect(t.standIn.erasureRequests(SHOP_A).at(-1)).toMatchObject({
      customerId: `gid://shopify/Customer/${buyer.id}`,
      heldUntil: new Date(lastOrderOf(buyer.id)!.createdAt.getTime() + 180 * DAY_MS),
    });
    const unknown = await api().request<{ customerRequestDataErasure: { userErrors: Array<{ code: string }> } }>(erase, {
      customerId: 'gid://shopify/Customer/2',
    });
    expect(unknown.customerRequestDataErasure.userErrors).toEqual([expect.objectContaining({ code: 'DOES_NOT_EXIST', message: 'Customer does not exist' })]);
  });

  it('deletes a customer without orders, and refuses to delete one with orders or one it does not know', async () => {
    const seed = t.standIn.seed(SHOP_A);
    const withOrders = seed.customers.find((c) => seed.orders.some((o) => o.customerId === c.id))!;
    const without = seed.customers.find((c) => !seed.orders.some((o) => o.customerId === c.id))!;
    const remove = `mutation D($input: CustomerDeleteInput!) { customerDelete(input: $input) { deletedCustomerId userErrors { field message } } }`;
    await expect(api().mutate(remove, { input: { id: `gid://shopify/Customer/${withOrders.id}` } }, 'customerDelete')).rejects.toThrow(/associated orders/);
    await expect(api().mutate(remove, { input: { id: 'gid://shopify/Customer/3' } }, 'customerDelete')).rejects.toThrow(/Customer does not exist/);
    expect(await api().mutate(remove, { input: { id: `gid://shopify/Customer/${without.id}` } }, 'customerDelete')).toMatchObject({
      deletedCustomerId: `gid://shopify/Customer/${without.id}`,
    });
    expect(seed.customers.some((c) => c.id === without.id)).toBe(false);
    expect(seed.customers.some((c) => c.id === withOrders.id)).toBe(true);
    expect(t.standIn.deletedCustomers(SHOP_A).map((d) => d.customerId)).toEqual([`gid://shopify/Customer/${without.id}`]);
  });

  it('answers SMS marketing consent for a customer with a phone number, and null without one', async () => {
    const seed = t.standIn.seed(SHOP_A);
    const withPhone = seed.customers.find((c) => c.phone !== null)!;
    const without = seed.customers.find((c) => c.phone === null)!;
    const query = `query C($id: ID!) { customer(id: $id) { smsMarketingConsent { marketingState } emailMarketingConsent { marketingState } } }`;
    const a = await api().request<{ customer: { smsMarketingConsent: { marketingState: string } | null } }>(query, {
      id: `gid://shopify/Customer/${withPhone.id}`,
    });
    expect(a.customer.smsMarketingConsent?.marketingState).toMatch(/^(SUBSCRIBED|NOT_SUBSCRIBED)$/);
    const b = await api().request<{ customer: { smsMarketingConsent: unknown } }>(query, { id: `gid://shopify/Customer/${without.id}` });
    expect(b.customer.smsMarketingConsent).toBeNull();
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
    for (let i = 0; i < 6; i++)
      outcomes.push(
        await expensive().then(
          () => 'ok',
          (e: unknown) => (e instanceof UpstreamError && e.message.includes('throttling') ? 'throttled' : String(e)),
        ),
      );
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
      sleep: (ms) => {
        waited += ms;
        t.standInClock.advance(ms);
        return Promise.resolve();
      },
    }).forShop(SHOP_A);
    for (let i = 0; i < 8; i++) await patient.request(CUSTOMERS, { first: 250 });
    expect(waited).toBeGreaterThan(0);
  });

  const rawClient = async () => {
    const session = await t.deps.shopify.config.sessionStorage.loadSession(t.deps.shopify.api.session.getOfflineId(SHOP_A));
    return new t.deps.shopify.api.clients.Graphql({ session: session! });
  };
  const clientWith = (options: Partial<Parameters<typeof createAdminApi>[0]>) =>
    createAdminApi({
      shopify: t.deps.shopify.api,
      loadOfflineSession: (shop) => t.deps.shopify.config.sessionStorage.loadSession(t.deps.shopify.api.session.getOfflineId(shop)),
      clock: t.clock,
      sleep: (ms) => {
        t.standInClock.advance(ms);
        return Promise.resolve();
      },
      ...options,
    }).forShop(SHOP_A);
  const BULK_ORDERS = (customerId: number) =>
    `{ orders(query: "customer_id:${customerId}") { edges { node { id name lineItems { edges { node { title quantity } } } } } } }`;

  it('charges the requested cost up front and refunds what the query did not use, as its extensions say', async () => {
    const seed = t.standIn.seed(SHOP_A);
    const customer = seed.customers.find((c) => seed.orders.filter((o) => o.customerId === c.id).length === 2)!;
    t.standInClock.advance(60_000); // start from a full bucket
    const response = await (
      await rawClient()
    ).request(`query ($id: ID!) { customer(id: $id) { orders(first: 50) { nodes { id lineItems(first: 10) { nodes { title } } } } } }`, {
      variables: { id: `gid://shopify/Customer/${customer.id}` },
    });
    const lines = seed.orders.filter((o) => o.customerId === customer.id).reduce((sum, o) => sum + o.lineItems.length, 0);
    // customer 1 + orders 2 + per order (1 + lineItems 2 + a point a line)
    expect(response.extensions?.cost).toEqual({
      requestedQueryCost: 1 + 2 + 50 * (1 + 2 + 10),
      actualQueryCost: 1 + 2 + 2 * (1 + 2) + lines,
      throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 2000 - (1 + 2 + 2 * 3 + lines), restoreRate: 100 },
    });
  });

  it('refuses a query whose requested cost is not in the bucket, even when it would use little', async () => {
    const noWait = clientWith({ maxThrottleRetries: 0 });
    t.standInClock.advance(60_000);
    await noWait.request(CUSTOMERS, { first: 250 });
    await noWait.request(CUSTOMERS, { first: 250 });
    await noWait.request(CUSTOMERS, { first: 250 }); // 1506 of 2000 points used
    const fewOrders = `query { orders(first: 150, query: "customer_id:1") { nodes { id lineItems(first: 1) { nodes { title } } } } }`; // requests 602, finds none
    await expect(noWait.request(fewOrders)).rejects.toThrow(/throttling/);
  });

  it('waits until the bucket holds a query it has sent before, instead of being throttled', async () => {
    t.standInClock.advance(60_000);
    const throttledBefore = t.standIn.throttledCalls();
    let slept = 0;
    const paced = clientWith({
      maxThrottleRetries: 0,
      sleep: (ms) => {
        slept += ms;
        t.standInClock.advance(ms);
        return Promise.resolve();
      },
    });
    for (let i = 0; i < 8; i++) await paced.request(CUSTOMERS, { first: 250 }); // 8 × 502 points: twice the bucket
    expect(slept).toBeGreaterThan(0);
    expect(t.standIn.throttledCalls()).toBe(throttledBefore);
  });

  it('runs a bulk query: created, running, then completed with one JSONL line per order and per line item naming its order', async () => {
    const seed = t.standIn.seed(SHOP_A);
    const customer = addCustomerWithOrders(seed, { orders: 60, now: new Date('2026-11-01T00:00:00Z') });
    const orders = seed.orders.filter((o) => o.customerId === customer.id);
    const start = await api().mutate<{ bulkOperation: { id: string; status: string } }>(
      `mutation ($query: String!) { bulkOperationRunQuery(query: $query) { bulkOperation { id status } userErrors { field message code } } }`,
      { query: BULK_ORDERS(customer.id) },
      'bulkOperationRunQuery',
    );
    expect(start.bulkOperation.status).toBe('CREATED');
    const poll = () =>
      api().request<{ node: { status: string; objectCount: string; url: string | null } }>(
        `query ($id: ID!) { node(id: $id) { ... on BulkOperation { status objectCount url } } }`,
        { id: start.bulkOperation.id },
      );
    t.standInClock.advance(600);
    expect((await poll()).node).toMatchObject({ status: 'RUNNING', url: null });
    t.standInClock.advance(60_000);
    const done = (await poll()).node;
    const lineCount = orders.reduce((sum, o) => sum + o.lineItems.length, 0);
    expect(done).toMatchObject({ status: 'COMPLETED', objectCount: String(orders.length + lineCount) });
    const current = await api().request<{ currentBulkOperation: { id: string; status: string } }>('{ currentBulkOperation { id status } }');
    expect(current.currentBulkOperation).toEqual({ id: start.bulkOperation.id, status: 'COMPLETED' });

    const file = await t.standIn.fetch(done.url!);
    const objects = (await file.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(objects.filter((o) => !o.__parentId).map((o) => o.name)).toEqual(orders.map((o) => o.name));
    const first = orders[0]!;
    expect(objects.filter((o) => o.__parentId === `gid://shopify/Order/${first.id}`)).toEqual(
      first.lineItems.map((l) => ({ title: l.title, quantity: l.quantity, __parentId: `gid://shopify/Order/${first.id}` })),
    );
    expect(objects[0]).not.toHaveProperty('lineItems');
  });

  it('refuses a second bulk query while one runs, and queries bulk operations do not accept', async () => {
    const run = (query: string) =>
      api().request<{ bulkOperationRunQuery: { bulkOperation: { id: string } | null; userErrors: Array<{ code: string; message: string }> } }>(
        `mutation ($query: String!) { bulkOperationRunQuery(query: $query) { bulkOperation { id } userErrors { field message code } } }`,
        { query },
      );
    const started = await run('{ customers { edges { node { id email } } } }');
    expect(started.bulkOperationRunQuery.bulkOperation).not.toBeNull();
    expect((await run('{ customers { edges { node { id } } } }')).bulkOperationRunQuery.userErrors[0]!.code).toBe('OPERATION_IN_PROGRESS');
    t.standInClock.advance(60_000);
    const nested = '{ customers { edges { node { id orders { edges { node { id lineItems { edges { node { title } } } } } } } } } }';
    expect((await run(nested)).bulkOperationRunQuery.userErrors[0]).toMatchObject({ code: 'INVALID', message: expect.stringMatching(/2 levels/) });
    expect((await run('{ node(id: "gid://shopify/Order/1") { id } }')).bulkOperationRunQuery.userErrors[0]).toMatchObject({ code: 'INVALID' });
  });

  it('follows a bulk query to its end and answers its objects, waiting between polls', async () => {
    const seed = t.standIn.seed(SHOP_A);
    const customer = seed.customers.find((c) => seed.orders.filter((o) => o.customerId === c.id).length >= 2)!;
    let slept = 0;
    const outcome = await clientWith({
      sleep: (ms) => {
        slept += ms;
        t.standInClock.advance(ms);
        return Promise.resolve();
      },
    }).bulkQuery(BULK_ORDERS(customer.id));
    expect(outcome.ran).toBe(true);
    const objects = outcome.ran ? outcome.objects : [];
    expect(objects.filter((o) => !o.__parentId)).toHaveLength(seed.orders.filter((o) => o.customerId === customer.id).length);
    expect(slept).toBeGreaterThan(0);
  });

  it('does not wait for another bulk query that holds the shop, but follows its own after a restart', async () => {
    const seed = t.standIn.seed(SHOP_A);
    const customer = seed.customers.find((c) => seed.orders.filter((o) => o.customerId === c.id).length >= 2)!;
    t.standInClock.advance(60_000);
    await api().request(`mutation { bulkOperationRunQuery(query: "{ customers { edges { node { id } } } }") { bulkOperation { id } userErrors { message } } }`);
    await expect(api().bulkQuery(BULK_ORDERS(customer.id))).resolves.toEqual({ ran: false, reason: expect.stringMatching(/another bulk query/) });

    t.standInClock.advance(60_000);
    await api().request(`mutation ($query: String!) { bulkOperationRunQuery(query: $query) { bulkOperation { id } userErrors { message } } }`, {
      query: BULK_ORDERS(customer.id),
    });
    const operations = t.standIn.bulkOperations(SHOP_A).length;
    const outcome = await api().bulkQuery(BULK_ORDERS(customer.id));
    expect(outcome.ran).toBe(true);
    expect(t.standIn.bulkOperations(SHOP_A)).toHaveLength(operations);
  });

  it('computes the wait from the throttle status', () => {
    expect(throttleWaitMs(502, { maximumAvailable: 2000, currentlyAvailable: 2, restoreRate: 100 })).toBe(5050);
  });
});
