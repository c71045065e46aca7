// Retention applied to Shopify's customers, through the Admin API stand-in with its throttling on
// and a fixed clock (2026-11-25): who a dry run lists (by name, for the merchant only), what
// applying does to each (erased, deleted, held with its date, failed with Shopify's reason), that a
// run stopped half-way resumes without asking Shopify twice about anyone, and automatic mode.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../support/app.ts';
import { DAY_MS } from '../../app/platform/time.ts';
import { type JobHandler } from '../../app/jobs/runner.ts';
import { jobKinds } from '../../app/jobs/kinds.ts';
import { retentionJobHandlers } from '../../app/retention/sweep.ts';
import type { ListedCustomer } from '../../app/retention/report.ts';
import type { RetentionRule } from '../../app/records/profile.ts';
import type { ShopSeed, StandInCustomer, StandInOrder } from '../../app/preview/standin/demo-shop.ts';
import type { StandInCall } from '../../app/preview/standin/index.ts';

const NOW = '2026-11-25T10:00:00Z';
const SHOP = 'retention-run.myshopify.com';
const HOLD_SHOP = 'retention-hold.myshopify.com';
const CRASH_SHOP = 'retention-crash.myshopify.com';
const AUTO_SHOP = 'retention-auto.myshopify.com';
const at = (iso: string) => new Date(iso);
const daysBefore = (days: number) => new Date(at(NOW).getTime() - days * DAY_MS);
const gidOf = (id: number) => `gid://shopify/Customer/${id}`;

const TWO_YEARS_RULES: RetentionRule[] = [
  { category: 'order_details', period: { amount: 5, unit: 'years' }, trigger: 'since_order', minimum: true },
  { category: 'contact_details', period: { amount: 2, unit: 'years' }, trigger: 'until_consent_withdrawn_or_inactivity' },
];
const NINETY_DAYS_RULES: RetentionRule[] = [{ category: 'contact_details', period: { amount: 90, unit: 'days' }, trigger: 'since_last_activity' }];

/** A shop of named customers; `orders` are the dates of each customer's orders. */
function shopSeed(
  domain: string,
  people: Array<{ id: number; name: string; createdAt: Date; orders?: Date[]; email?: 'SUBSCRIBED'; sms?: 'SUBSCRIBED'; phone?: string }>,
): ShopSeed {
  const orders: StandInOrder[] = [];
  const customers = people.map((p): StandInCustomer => {
    for (const createdAt of p.orders ?? []) {
      orders.push({
        id: 5600000000 + orders.length,
        name: `#${2000 + orders.length}`,
        createdAt,
        customerId: p.id,
        email: `c${p.id}@example.com`,
        total: '20.00',
        lineItems: [],
        shippingAddress: {},
      });
    }
    const [firstName, lastName] = p.name.split(' ');
    return {
      id: p.id,
      email: `c${p.id}@example.com`,
      firstName: firstName ?? null,
      lastName: lastName ?? null,
      phone: p.phone ?? null,
      createdAt: p.createdAt,
      updatedAt: [p.createdAt, ...(p.orders ?? [])].reduce((a, b) => (a > b ? a : b)),
      state: 'ENABLED',
      tags: [],
      address: {},
      marketingState: p.email ?? 'NOT_SUBSCRIBED',
      marketingUpdatedAt: null,
      ...(p.sms ? { smsMarketingState: p.sms } : {}),
    };
  });
  orders.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return { domain, name: domain, email: `owner@${domain}`, contactEmail: `info@${domain}`, currencyCode: 'EUR', billingAddress: {}, customers, orders };
}

describe('retention runs on Shopify customers', () => {
  const t = useTestApp({ now: NOW });

  async function openShop(seed: ShopSeed, rules: RetentionRule[]) {
    t.standIn.addShop(seed);
    await t.install(seed.domain);
    await t.deps.db.recordsProfile.create({ data: { shop: seed.domain, profile: { retention: rules } as never, updatedAt: at(NOW), updatedBy: 'test' } });
  }
  const api = (shop: string) => ({
    get: (path: string) => t.api('get', `/api/retention${path}`, undefined, { shop }),
    post: (path: string, body: object = {}) => t.api('post', `/api/retention${path}`, body, { shop }),
    put: (path: string, body: object) => t.api('put', `/api/retention${path}`, body, { shop }),
  });
  const handlers = () => retentionJobHandlers(t.deps);
  const runJobs = () => t.runJobs(handlers());

  /** Every customer Shopify was asked to erase or delete in the shop, once per time asked. */
  function askedAbout(shop: string): string[] {
    return t.standIn.calls
      .filter((call) => call.shop === shop && call.kind === 'mutation' && call.fields.some((f) => f === 'customerRequestDataErasure' || f === 'customerDelete'))
      .flatMap((call) => Object.values(call.variables).map((v) => (typeof v === 'string' ? v : (v as { id: string }).id)));
  }

  beforeAll(async () => {
    await openShop(
      shopSeed(SHOP, [
        { id: 7100000001, name: 'Anna Bērziņa', createdAt: at('2019-01-10T00:00:00Z'), orders: [at('2021-03-01T00:00:00Z')] },
        { id: 7100000002, name: 'Ben Kalniņš', createdAt: at('2021-05-01T00:00:00Z') },
        { id: 7100000003, name: 'Chloé Martin', createdAt: at('2020-02-01T00:00:00Z'), email: 'SUBSCRIBED' },
        { id: 7100000004, name: 'Dora Liepa', createdAt: at('2020-02-01T00:00:00Z'), phone: '+37120001234', sms: 'SUBSCRIBED' },
        { id: 7100000005, name: 'Emil Ozols', createdAt: at('2020-02-01T00:00:00Z') },
        { id: 7100000006, name: 'Frida Müller', createdAt: at('2020-02-01T00:00:00Z'), orders: [at('2026-10-01T00:00:00Z')] },
        { id: 7100000007, name: 'Gustav Smith', createdAt: at('2020-02-01T00:00:00Z'), orders: [at('2020-06-01T00:00:00Z')] },
        { id: 7100000008, name: 'Hanna Dubois', createdAt: at('2020-03-01T00:00:00Z') },
        { id: 7100000009, name: 'Ivo Taylor', createdAt: at('2020-04-01T00:00:00Z') },
      ]),
      TWO_YEARS_RULES,
    );
    // Emil has a request still open in Lawfully: it is answered first.
    await t.deps.db.dataSubjectRequest.create({
      data: { shop: SHOP, type: 'access', source: 'merchant', status: 'in_progress', shopifyCustomerId: '7100000005', receivedAt: daysBefore(3) },
    });
  });

  let runId: string;
  let listed: ListedCustomer[];

  it('lists the inactive customers by name with a link to each in the Shopify admin, leaving out the subscribed, the one with an open request and the active', async () => {
    const res = await api(SHOP).post('/runs');
    expect(res.status).toBe(201);
    runId = res.body.run.id;
    listed = res.body.run.report.customers.listed;
    expect(listed.map((c) => c.name).sort()).toEqual(['Anna Bērziņa', 'Ben Kalniņš', 'Gustav Smith', 'Hanna Dubois', 'Ivo Taylor']);
    expect(listed.find((c) => c.name === 'Anna Bērziņa')).toMatchObject({
      id: gidOf(7100000001),
      adminUrl: 'https://admin.shopify.com/store/retention-run/customers/7100000001',
      numberOfOrders: 1,
      lastOrderAt: '2021-03-01T00:00:00.000Z',
      ordersProtectedUntil: '2026-03-01T00:00:00.000Z',
      included: true,
    });
    expect(res.body.run.report.customers).toMatchObject({ count: 5, leftOut: { subscribed: 2, openRequest: 1, alreadyErased: 0 } });
    expect(listed.every((c) => c.outcome === undefined)).toBe(true);
  });

  it('stores counts and ids but no name or email: the names are sealed, and nothing was asked of Shopify yet', async () => {
    const stored = await t.deps.db.retentionRun.findUniqueOrThrow({ where: { id: runId } });
    const rows = await t.deps.db.retentionCustomer.findMany({ where: { runId } });
    // Every field but the sealed name, which is ciphertext: random characters that may spell "Ivo" or "Ben" by chance.
    const text = JSON.stringify([stored, rows.map(({ nameSealed: _sealed, ...row }) => row)]);
    for (const name of ['Anna', 'Bērziņa', 'Ben', 'Gustav', 'Hanna', 'Ivo', 'Taylor']) expect(text).not.toContain(name);
    expect(text).not.toMatch(/@example\.com/);
    expect(rows.every((row) => row.nameSealed?.startsWith('v1.'))).toBe(true);
    expect(askedAbout(SHOP)).toEqual([]);
  });

  it('applies the run to the customers the merchant kept in: erased, deleted, failed with Shopify’s reason, skipped when active again; orders stay', async () => {
    const seed = t.standIn.seed(SHOP);
    const ordersBefore = seed.orders.length;
    // Between the dry run and the apply: Gustav is gone from Shopify, Ivo signs in again.
    seed.customers.splice(
      seed.customers.findIndex((c) => c.id === 7100000007),
      1,
    );
    seed.customers.find((c) => c.id === 7100000009)!.updatedAt = daysBefore(1);

    const res = await api(SHOP).post(`/runs/${runId}/apply`, { excluded: [gidOf(7100000008)] });
    expect(res.status).toBe(200);
    expect(res.body.run.status).toBe('applying');
    await runJobs();

    const run = (await api(SHOP).get(`/runs/${runId}`)).body.run;
    expect(run.status).toBe('applied');
    const byId = new Map((run.report.customers.listed as ListedCustomer[]).map((c) => [c.id, c]));
    expect(byId.get(gidOf(7100000001))).toMatchObject({ outcome: 'erased' });
    expect(byId.get(gidOf(7100000002))).toMatchObject({ outcome: 'deleted' });
    expect(byId.get(gidOf(7100000007))).toMatchObject({ outcome: 'failed', reason: expect.stringMatching(/Customer does not exist/) });
    expect(byId.get(gidOf(7100000009))).toMatchObject({ outcome: 'skipped', reason: expect.stringMatching(/Active again/) });
    expect(byId.get(gidOf(7100000008))).toMatchObject({ included: false });
    expect(byId.get(gidOf(7100000008))!.outcome).toBeUndefined();
    expect(run.report.customers.outcomes).toEqual({ erased: 1, deleted: 1, failed: 1, skipped: 1 });
    // After the apply no name is kept or shown, not even of the customer left out.
    expect([...byId.values()].every((c) => c.name === undefined || c.name === null)).toBe(true);
    expect(await t.deps.db.retentionCustomer.count({ where: { runId, nameSealed: { not: null } } })).toBe(0);

    expect(t.standIn.erasureRequests(SHOP).map((e) => e.customerId)).toEqual([gidOf(7100000001)]);
    expect(t.standIn.deletedCustomers(SHOP).map((e) => e.customerId)).toEqual([gidOf(7100000002)]);
    expect(askedAbout(SHOP).sort()).toEqual([gidOf(7100000001), gidOf(7100000002), gidOf(7100000007)]);
    expect(seed.orders).toHaveLength(ordersBefore);
    const audit = await t.deps.db.auditEvent.findFirst({ where: { shop: SHOP, action: 'retention.customers' } });
    expect(audit?.details).toEqual({ erased: 1, deleted: 1, failed: 1, skipped: 1 });
  });

  it('does not list again, the next day, a customer Shopify was already asked to erase', async () => {
    t.clock.advance(DAY_MS);
    const next = (await api(SHOP).post('/runs')).body.run;
    expect(next.report.customers.listed.map((c: ListedCustomer) => c.id)).not.toContain(gidOf(7100000001));
    expect(next.report.customers.leftOut.alreadyErased).toBe(1);
    expect((await api(SHOP).post(`/runs/${next.id}/discard`)).body.run.status).toBe('discarded');
    t.clock.set(at(NOW));
  });

  it('shows Shopify’s 180-day hold as held, with the date Shopify erases', async () => {
    const lastOrder = daysBefore(116);
    await openShop(
      shopSeed(HOLD_SHOP, [
        { id: 7200000001, name: 'Kārlis Brown', createdAt: at('2024-01-01T00:00:00Z'), orders: [lastOrder] },
        { id: 7200000002, name: 'Līga Wilson', createdAt: daysBefore(300) },
      ]),
      NINETY_DAYS_RULES,
    );
    const run = (await api(HOLD_SHOP).post('/runs')).body.run;
    expect(run.report.customers.listed.map((c: ListedCustomer) => c.name).sort()).toEqual(['Kārlis Brown', 'Līga Wilson']);
    await api(HOLD_SHOP).post(`/runs/${run.id}/apply`);
    await runJobs();
    const applied = (await api(HOLD_SHOP).get(`/runs/${run.id}`)).body.run;
    const heldUntil = new Date(lastOrder.getTime() + 180 * DAY_MS).toISOString();
    expect(applied.report.customers.listed).toContainEqual(expect.objectContaining({ id: gidOf(7200000001), outcome: 'held', heldUntil }));
    expect(applied.report.customers.listed).toContainEqual(expect.objectContaining({ id: gidOf(7200000002), outcome: 'deleted' }));
    expect(t.standIn.erasureRequests(HOLD_SHOP)).toEqual([expect.objectContaining({ customerId: gidOf(7200000001), heldUntil: new Date(heldUntil) })]);
  });

  it('resumes a run stopped half-way (its job lost its lease), and a claim left by a crashed attempt, without asking Shopify twice about anyone', async () => {
    const people = Array.from({ length: 34 }, (_, i) => ({
      id: 7300000001 + i,
      name: `Person${i} Inactive`,
      createdAt: at('2020-01-01T00:00:00Z'),
      ...(i % 3 === 0 ? { orders: [at('2021-01-01T00:00:00Z')] } : {}),
    }));
    await openShop(shopSeed(CRASH_SHOP, people), TWO_YEARS_RULES);
    const run = (await api(CRASH_SHOP).post('/runs')).body.run;
    expect(run.report.customers.count).toBe(34);
    await api(CRASH_SHOP).post(`/runs/${run.id}/apply`);
    const job = await t.deps.db.job.findFirstOrThrow({ where: { shop: CRASH_SHOP, kind: jobKinds.retentionApply } });
    // retention.apply reads its payload itself: a plain handler, called here as the runner would.
    const handler = handlers()[jobKinds.retentionApply] as JobHandler;

    // First attempt: its lease is lost (the signal aborts) once Shopify has been asked about 12 customers.
    const lease = new AbortController();
    const stop = t.standIn.onCall((call: StandInCall) => {
      if (call.shop === CRASH_SHOP && askedAbout(CRASH_SHOP).length >= 12) lease.abort();
    });
    await handler({ id: job.id, shop: CRASH_SHOP, kind: job.kind, payload: job.payload, attempts: 1, maxAttempts: job.maxAttempts }, { signal: lease.signal });
    stop();
    const afterFirst = askedAbout(CRASH_SHOP).length;
    expect(afterFirst).toBeGreaterThanOrEqual(12);
    expect(afterFirst).toBeLessThan(34);
    expect((await t.deps.db.retentionRun.findUniqueOrThrow({ where: { id: run.id } })).status).toBe('applying');

    // A second attempt that crashed right after claiming three customers (before any answer was written).
    const claimed = await t.deps.db.retentionCustomer.findMany({
      where: { runId: run.id, attemptedAt: null },
      take: 3,
      select: { id: true, customerId: true },
    });
    await t.deps.db.retentionCustomer.updateMany({
      where: { id: { in: claimed.map((c) => c.id) } },
      data: { attemptBy: `${job.id}:2`, attemptedAt: t.clock.now() },
    });

    // The third attempt finishes the run.
    await handler(
      { id: job.id, shop: CRASH_SHOP, kind: job.kind, payload: job.payload, attempts: 3, maxAttempts: job.maxAttempts },
      { signal: new AbortController().signal },
    );
    const asked = askedAbout(CRASH_SHOP);
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked).toHaveLength(34 - 3);
    for (const c of claimed) expect(asked).not.toContain(c.customerId);

    const applied = (await api(CRASH_SHOP).get(`/runs/${run.id}`)).body.run;
    expect(applied.status).toBe('applied');
    // Every third person has an order (erased), the others none (deleted); the three in doubt failed.
    const withOrders = (id: string) => (Number(id.split('/').pop()) - 7300000001) % 3 === 0;
    const doubtfulWithOrders = claimed.filter((c) => withOrders(c.customerId)).length;
    expect(applied.report.customers.outcomes).toEqual({ erased: 12 - doubtfulWithOrders, deleted: 22 - (3 - doubtfulWithOrders), failed: 3 });
    const doubtful = (applied.report.customers.listed as ListedCustomer[]).filter((c) => c.outcome === 'failed');
    expect(doubtful.map((c) => c.id).sort()).toEqual(claimed.map((c) => c.customerId).sort());
    expect(doubtful[0]!.reason).toMatch(/did not ask again/);
  });

  it('applies each daily dry run at once when the merchant chose automatic retention', async () => {
    await openShop(shopSeed(AUTO_SHOP, [{ id: 7400000001, name: 'Mia Jones', createdAt: at('2020-01-01T00:00:00Z') }]), TWO_YEARS_RULES);
    expect((await api(AUTO_SHOP).put('/settings', { automatic: true })).body.settings.automatic).toBe(true);
    await t.deps.db.job.create({ data: { shop: AUTO_SHOP, kind: jobKinds.retentionSweep, payload: {}, runAt: t.clock.now() } });
    await runJobs();
    const run = await t.deps.db.retentionRun.findFirstOrThrow({ where: { shop: AUTO_SHOP } });
    expect(run).toMatchObject({ status: 'applied', approvedBy: 'system' });
    const shown = (await api(AUTO_SHOP).get(`/runs/${run.id}`)).body.run;
    expect(shown.report.customers.listed).toEqual([expect.objectContaining({ id: gidOf(7400000001), outcome: 'deleted' })]);
    expect(t.standIn.deletedCustomers(AUTO_SHOP).map((d) => d.customerId)).toEqual([gidOf(7400000001)]);
  });
});
