// The Shopify side of bench:retention: 10,000 customers in the Admin API stand-in (standard
// bucket: 2,000 points, 100 restored a second, in real time), 1,000 of them inactive for years;
// a dry run lists them and applying it erases each through Shopify. Run in a child process of
// its own (see retention.bench.ts) so its memory figures are the run's alone. The floor is the
// least time the throttle allows for the calls made: what they cost beyond the full bucket the
// run starts with, at the restore rate.
import request from 'supertest';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../app/platform/config.ts';
import { createLogger } from '../../app/platform/logging.ts';
import { systemClock } from '../../app/platform/clock.ts';
import { DAY_MS } from '../../app/platform/time.ts';
import { migrateDatabase, openDatabase } from '../../app/platform/db/index.ts';
import { assembleDeps } from '../../app/assemble.ts';
import { createApp } from '../../app/server.ts';
import { signSessionToken } from '../../app/auth/session-token.ts';
import { installStandIn } from '../../app/preview/index.ts';
import type { ShopSeed, StandInCustomer, StandInOrder } from '../../app/preview/standin/demo-shop.ts';
import type { RetentionRule } from '../../app/records/profile.ts';
import { applyRetention, planRetention } from '../../app/retention/runs.ts';
import { applyToShopify } from '../../app/retention/sweep.ts';

const SHOP = 'bench-shopify-retention.myshopify.com';
const SQLITE_FILE = resolve('data', 'bench', 'retention-shopify.db');
const RULES: RetentionRule[] = [
  { category: 'order_details', period: { amount: 5, unit: 'years' }, trigger: 'since_order', minimum: true },
  { category: 'contact_details', period: { amount: 2, unit: 'years' }, trigger: 'until_consent_withdrawn_or_inactivity' },
];
const FIRST = ['Anna', 'Jānis', 'Līga', 'Sophie', 'Lukas', 'Emma', 'Noah', 'Chloé', 'Hugo', 'Ilze', 'Kārlis', 'Mia'];
const LAST = ['Bērziņa', 'Kalniņš', 'Müller', 'Schmidt', 'Martin', 'Smith', 'Liepa', 'Dubois', 'Taylor', 'Wilson'];

export interface ShopifyRunResult {
  customers: number;
  inactive: number;
  listed: number;
  outcomes: Record<string, number>;
  erasureCalls: number;
  deleteCalls: number;
  askedTwice: number;
  planSeconds: number;
  applySeconds: number;
  seconds: number;
  floorSeconds: number;
  costs: { listing: number; recheck: number; mutations: number; total: number };
  throttled: number;
  rssStartMb: number;
  peakRssMb: number;
  peakHeapMb: number;
}

/** `customers` customers, `inactive` of them untouched since 2020 (two in five with an order in 2021), the others active this year. */
function benchShop(now: Date, customers: number, inactive: number): ShopSeed {
  const people: StandInCustomer[] = [];
  const orders: StandInOrder[] = [];
  const step = Math.max(1, Math.floor(customers / inactive));
  let inactiveSoFar = 0;
  for (let i = 0; i < customers; i++) {
    const id = 8000000001 + i;
    const isInactive = i % step === 0 && inactiveSoFar < inactive;
    if (isInactive) inactiveSoFar += 1;
    const createdAt = isInactive ? new Date(Date.UTC(2020, i % 12, 1 + (i % 28))) : new Date(now.getTime() - (400 + (i % 900)) * DAY_MS);
    let updatedAt = isInactive ? createdAt : new Date(now.getTime() - (1 + (i % 300)) * DAY_MS);
    const ordered = isInactive ? inactiveSoFar % 5 < 2 : i % 9 === 0;
    if (ordered) {
      const at = isInactive ? new Date(Date.UTC(2021, i % 10, 1 + (i % 27))) : new Date(now.getTime() - (5 + (i % 200)) * DAY_MS);
      orders.push({
        id: 6600000001 + orders.length,
        name: `#${10001 + orders.length}`,
        createdAt: at,
        customerId: id,
        email: `b${i}@example.com`,
        total: '42.00',
        lineItems: [],
        shippingAddress: {},
      });
      if (at > updatedAt) updatedAt = at;
    }
    people.push({
      id,
      email: `b${i}@example.com`,
      firstName: FIRST[i % FIRST.length] ?? null,
      lastName: LAST[i % LAST.length] ?? null,
      phone: null,
      createdAt,
      updatedAt,
      state: 'ENABLED',
      tags: [],
      address: {},
      marketingState: 'NOT_SUBSCRIBED',
      marketingUpdatedAt: null,
    });
  }
  orders.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return {
    domain: SHOP,
    name: 'Bench',
    email: `owner@${SHOP}`,
    contactEmail: `info@${SHOP}`,
    currencyCode: 'EUR',
    billingAddress: {},
    customers: people,
    orders,
  };
}

const mb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;

export async function shopifyRun({ customers = 10_000, inactive = 1_000 } = {}): Promise<ShopifyRunResult> {
  mkdirSync(join(SQLITE_FILE, '..'), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(SQLITE_FILE + suffix, { force: true });
  const url = `file:${SQLITE_FILE}`;
  await migrateDatabase(url);
  const db = openDatabase(url);
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' });
  const clock = systemClock;
  const standIn = installStandIn(config, clock);
  const seed = benchShop(clock.now(), customers, inactive);
  standIn.addShop(seed);
  const deps = assembleDeps({ config, db, clock, log: createLogger('silent') });
  // Opening the admin once gives Lawfully its offline access token (token exchange).
  const token = await signSessionToken({ shop: SHOP, apiKey: config.apiKey, secret: config.apiSecret });
  const opened = await request(createApp(deps)).get('/api/retention/settings').set('Authorization', `Bearer ${token}`);
  if (opened.status !== 200) throw new Error(`the admin did not open (${opened.status})`);
  await db.recordsProfile.create({ data: { shop: SHOP, profile: { retention: RULES } as never, updatedAt: clock.now(), updatedBy: 'bench' } });
  // The bucket is full again before the run starts (token exchange costs nothing; wait anyway).
  await new Promise((r) => setTimeout(r, 100));
  const firstCall = standIn.calls.length;
  const bucketAtStart = standIn.throttleStatus(SHOP).currentlyAvailable;

  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  gc();
  const start = process.memoryUsage();
  let peakRss = start.rss;
  let peakHeap = start.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 50);

  const began = performance.now();
  const run = await planRetention(deps, SHOP);
  const planned = performance.now();
  await applyRetention(deps, SHOP, run.id, 'merchant:bench');
  await applyToShopify(deps, SHOP, run.id, 'bench:1');
  const ended = performance.now();
  clearInterval(sampler);

  const calls = standIn.calls.slice(firstCall).filter((c) => c.shop === SHOP);
  const cost = (pick: (c: (typeof calls)[number]) => boolean) => calls.filter(pick).reduce((sum, c) => sum + c.actualQueryCost, 0);
  const isMutation = (c: (typeof calls)[number]) => c.kind === 'mutation';
  const isRecheck = (c: (typeof calls)[number]) => c.kind === 'query' && c.fields.every((f) => f === 'customer');
  const costs = { listing: cost((c) => !isMutation(c) && !isRecheck(c)), recheck: cost(isRecheck), mutations: cost(isMutation), total: cost(() => true) };
  const restoreRate = standIn.throttleStatus(SHOP).restoreRate;
  const asked = calls.filter(isMutation).flatMap((c) => Object.values(c.variables).map((v) => (typeof v === 'string' ? v : (v as { id: string }).id)));
  const grouped = await db.retentionCustomer.groupBy({ by: ['outcome'], where: { runId: run.id }, _count: { _all: true } });
  const result: ShopifyRunResult = {
    customers,
    inactive,
    listed: run.report.customers.count ?? 0,
    outcomes: Object.fromEntries(grouped.map((g): [string, number] => [g.outcome ?? 'none', g._count._all])),
    erasureCalls: standIn.erasureRequests(SHOP).length,
    deleteCalls: standIn.deletedCustomers(SHOP).length,
    askedTwice: asked.length - new Set(asked).size,
    planSeconds: (planned - began) / 1000,
    applySeconds: (ended - planned) / 1000,
    seconds: (ended - began) / 1000,
    floorSeconds: Math.max(0, costs.total - bucketAtStart) / restoreRate,
    costs,
    throttled: standIn.throttledCalls(),
    rssStartMb: mb(start.rss),
    peakRssMb: mb(peakRss),
    peakHeapMb: mb(peakHeap),
  };
  await db.$disconnect();
  for (const suffix of ['', '-wal', '-shm']) rmSync(SQLITE_FILE + suffix, { force: true });
  return result;
}
