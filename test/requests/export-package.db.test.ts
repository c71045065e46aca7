// The export package holds every order and every line of every order, however long the order and
// however many orders: the same package whether Lawfully paged through the orders or had Shopify
// gather them in a bulk operation (customers with more than 250 orders).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHOP_A, useTestApp } from '../support/app.ts';
import { dataRequestPayload } from '../support/webhooks.ts';
import { assembleExport, exportToCsv } from '../../app/requests/export-package.ts';
import { addCustomerWithOrders } from '../../app/preview/standin/demo-shop.ts';

describe('the export package', () => {
  // Installed: opening the admin once gave Lawfully its offline access token (token exchange).
  const t = useTestApp({ installed: true });

  it('pages through the line items of an order with more than the first page of lines', async () => {
    const seed = t.standIn.seed(SHOP_A);
    const order = seed.orders.find((o) => o.customerId)!;
    const extra = Array.from({ length: 312 }, (_, i) => ({ id: 9900000000 + i, title: `Sticker ${i + 1}`, quantity: 1 }));
    order.lineItems.push(...extra);
    const content = await assembleExport(t.deps, SHOP_A, { shopifyCustomerId: String(order.customerId), emailHash: null, ordersRequested: [String(order.id)] });
    const [exported] = content.shopify.orders as Array<{ lineItems: Array<{ title: string }> }>;
    expect(exported!.lineItems.map((line) => line.title)).toEqual(order.lineItems.map((line) => line.title));
    expect(exported!.lineItems).toHaveLength(order.lineItems.length);
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
    const exported = bulk.shopify.orders as Array<{ name: string; lineItems: Array<{ title: string }> }>;
    expect(exported.map((o) => o.name)).toEqual(orders.map((o) => o.name));
    expect(exported.map((o) => o.lineItems.length)).toEqual(orders.map((o) => o.lineItems.length));
    expect(exported.some((o) => o.lineItems.length > 10)).toBe(true);
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

  it('states each Art. 15 item from the records, in the shopper’s language, and carries no paging plumbing', async () => {
    const profile = JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')) as object;
    await t.deps.db.recordsProfile.upsert({
      where: { shop: SHOP_A },
      create: { shop: SHOP_A, profile, updatedAt: t.clock.now(), updatedBy: 'test' },
      update: { profile },
    });
    const customer = addCustomerWithOrders(t.standIn.seed(SHOP_A), { orders: 30, now: t.clock.now() });
    t.standInClock.advance(60_000);
    const content = await assembleExport(t.deps, SHOP_A, { shopifyCustomerId: String(customer.id) }, { locale: 'de' });
    const about = content.about!;
    expect(about.language).toBe('de');
    // (a) purposes with (c)… legal bases
    expect(about.purposes).toContainEqual({
      purpose: 'Zur Erfüllung gesetzlicher Pflichten, etwa im Steuer- und Rechnungswesen',
      legalBasis: 'auf Grundlage unserer rechtlichen Verpflichtungen (Art. 6 Abs. 1 lit. c DSGVO)',
      categories: ['Bestell- und Transaktionsdaten', 'Name und weitere Kontaktdaten (sofern freiwillig angegeben)'],
    });
    // (b) categories of data, each with where it comes from (Art. 14(2)(f), 15(1)(g))
    expect(about.categories).toContainEqual(expect.objectContaining({ category: 'E-Mail-Adresse', source: 'von Ihnen' }));
    expect(about.categories).toContainEqual(
      expect.objectContaining({ category: 'IP-Adresse und Gerätedaten', source: 'automatisch erhoben, wenn Sie den Shop nutzen' }),
    );
    // (c) recipients: processors by name, with country and safeguard
    expect(about.recipients).toContainEqual(
      expect.objectContaining({ name: 'Stripe', country: 'Vereinigte Staaten', safeguard: expect.stringContaining('Standardvertragsklauseln') }),
    );
    expect(about.recipients).toContainEqual(
      expect.objectContaining({ name: 'PayPal', country: 'Luxemburg', safeguard: expect.stringContaining('innerhalb des Europäischen Wirtschaftsraums') }),
    );
    // (d) retention periods
    expect(about.retention).toContainEqual({ category: 'Bestell- und Transaktionsdaten', period: 'mindestens 5 Jahre ab dem Datum der Bestellung' });
    // (g) the source of the data in this package
    expect(about.sources.map((s) => s.source)).toEqual([
      expect.stringMatching(/^von Shopify/),
      expect.stringMatching(/^von Ihnen/),
      expect.stringMatching(/Auftragsverarbeiter/),
    ]);
    // (e), (f): the rights, the supervisory authority and how to complain
    expect(about.rights.rights).toHaveLength(8);
    expect(about.rights.supervisoryAuthority).toContain('Datu valsts inspekcija');
    expect(about.rights.howToComplain).toContain('Datu valsts inspekcija');
    expect(about.automatedDecisions).toMatch(/automatisierte/i);

    // Shopify's paging plumbing is not the person's data.
    const json = JSON.stringify(content);
    for (const plumbing of ['pageInfo', 'endCursor', 'hasNextPage', 'cursor', '"edges"', '"nodes"', '"node"']) expect(json).not.toContain(plumbing);
    expect(Array.isArray((content.shopify.orders[0] as { lineItems: unknown }).lineItems)).toBe(true);

    // The CSV carries the same statements in their own sections, and no plumbing either.
    const csv = exportToCsv(content);
    for (const section of ['about.purposes', 'about.categories', 'about.recipients', 'about.retention', 'about.sources', 'about.rights'])
      expect(csv).toContain(`\n${section},`);
    expect(csv).toContain('Stripe');
    expect(csv).not.toMatch(/pageInfo|cursor|\.nodes\.|\.edges\./);
  });

  it('answers a customers/data_request for a customer with 1,000 orders with a package holding all of them', async () => {
    const customer = addCustomerWithOrders(t.standIn.seed(SHOP_A), { orders: 1000, now: t.clock.now() });
    const orderIds = t.standIn
      .seed(SHOP_A)
      .orders.filter((o) => o.customerId === customer.id)
      .map((o) => o.id);
    t.standInClock.advance(60_000);
    expect((await t.deliver('customers/data_request', dataRequestPayload(SHOP_A, customer.id, orderIds))).status).toBe(200);
    expect(await t.runJobs()).toBe(1);

    const list = await t.api('get', '/api/requests');
    const item = list.body.requests.find((r: { email: string }) => r.email === customer.email);
    const pkg = JSON.parse((await t.api('get', `/api/requests/${item.id}/export.json`)).text);
    expect(pkg.shopify.orders).toHaveLength(1000);
    expect(pkg.summary).toMatch(/1000 orders/);
  });
});
