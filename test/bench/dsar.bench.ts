// npm run bench:dsar [-- --orders 1000] [--postgres]
//
// Times a customers/data_request for a customer with 1,000 orders, from Lawfully's acknowledgement
// (the 200) to a complete export package, once on each path: paging through the Admin API
// (EXPORT_BULK_ABOVE_ORDERS set above the order count) and a bulk operation (the default). Each
// run starts the app as the local preview does (Admin API stand-in at Shopify's standard 2000-point
// bucket and 100 points a second, real clock) in a child process on a fresh database, seeds the
// customer in the stand-in, opens the admin once (token exchange), waits for the start-up jobs and
// a full bucket, then sends the signed webhook over HTTP. The paged time is printed beside the
// throttle floor: the points the export's queries kept (actualQueryCost) ÷ the restore rate.
// Goal (issue 14): within 1.2× of that floor, or under 60 s on the bulk path.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import pg from 'pg';
import { signWebhook } from '../support/webhooks.ts';
import { signSessionToken } from '../../app/auth/session-token.ts';
import { loadConfig, PREVIEW_SHOP } from '../../app/platform/config.ts';
import { createLogger } from '../../app/platform/logging.ts';
import { migrateDatabase, openDatabase } from '../../app/platform/db/index.ts';
import { systemClock } from '../../app/platform/clock.ts';
import { assembleDeps } from '../../app/assemble.ts';
import { createApp } from '../../app/server.ts';
import { previewRoutes, startPreviewServices } from '../../app/preview/index.ts';
import { startBackgroundWork } from '../../app/background.ts';
import { addCustomerWithOrders } from '../../app/preview/standin/demo-shop.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const ORDERS = option('orders', 1000);
const POSTGRES = args.includes('--postgres');
const POSTGRES_ADMIN_URL = process.env.DATABASE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SECRET = 'lawfully-preview-secret';
const API_KEY = 'lawfully-preview';

interface Ready {
  port: number;
  customerId: number;
  orderIds: number[];
}
interface Stats {
  calls: number;
  requested: number;
  actual: number;
  throttled: number;
  bulkOperations: number;
  bucket: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
}

// ---------------------------------------------------------------- the app (child process)

/** The local preview's wiring (app/main.ts), with the big customer seeded and the stand-in's counters on IPC. */
async function serve() {
  const config = loadConfig({ ...process.env, PORT: '0', LOG_LEVEL: 'error' });
  const log = createLogger(config.logLevel);
  await migrateDatabase(config.databaseUrl);
  const db = openDatabase(config.databaseUrl);
  const preview = await startPreviewServices({ config, db, clock: systemClock, log });
  const customer = addCustomerWithOrders(preview.standIn.seed(PREVIEW_SHOP), { orders: ORDERS });
  const deps = assembleDeps({ config, db, clock: systemClock, log, smtpUrl: preview.mailbox.url });
  const background = await startBackgroundWork(deps);
  const server: Server = createApp(deps, previewRoutes(deps, preview)).listen(0, () => {
    const port = (server.address() as { port: number }).port;
    const orderIds = preview.standIn
      .seed(PREVIEW_SHOP)
      .orders.filter((o) => o.customerId === customer.id)
      .map((o) => o.id);
    process.send!({ ready: { port, customerId: customer.id, orderIds } satisfies Ready });
  });
  let mark = { calls: 0, throttled: 0, bulk: 0 };
  process.on('message', (message: { mark?: true; stats?: true; stop?: true }) => {
    const { standIn } = preview;
    if (message.mark) mark = { calls: standIn.calls.length, throttled: standIn.throttledCalls(), bulk: standIn.bulkOperations(PREVIEW_SHOP).length };
    if (message.stats) {
      const calls = standIn.calls.slice(mark.calls);
      process.send!({
        stats: {
          calls: calls.length,
          requested: calls.reduce((sum, c) => sum + c.requestedQueryCost, 0),
          actual: calls.reduce((sum, c) => sum + c.actualQueryCost, 0),
          throttled: standIn.throttledCalls() - mark.throttled,
          bulkOperations: standIn.bulkOperations(PREVIEW_SHOP).length - mark.bulk,
          bucket: standIn.throttleStatus(PREVIEW_SHOP),
        } satisfies Stats,
      });
    }
    if (message.stop) {
      server.close();
      void Promise.allSettled([background.stop(), preview.stop()])
        .then(() => db.$disconnect())
        .then(() => process.exit(0));
    }
  });
}

// ---------------------------------------------------------------- the bench (parent)

interface Child {
  process: ChildProcess;
  ready: Ready;
  ask(message: object, answer: string): Promise<unknown>;
}

function startApp(databaseUrl: string, bulkAboveOrders: number): Promise<Child> {
  const child = fork(fileURLToPath(import.meta.url), args, {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, DSAR_BENCH_APP: '1', DATABASE_URL: databaseUrl, EXPORT_BULK_ABOVE_ORDERS: String(bulkAboveOrders) },
  });
  const ask = (message: object, answer: string) =>
    new Promise((done) => {
      const listen = (reply: Record<string, unknown>) => {
        if (!(answer in reply)) return;
        child.off('message', listen);
        done(reply[answer]);
      };
      child.on('message', listen);
      child.send(message);
    });
  return new Promise((resolve, reject) => {
    child.on('message', (message: { ready?: Ready }) => message.ready && resolve({ process: child, ready: message.ready, ask }));
    child.once('exit', (code) => reject(new Error(`the app exited before it was ready (${code})`)));
  });
}

async function freshDatabase(name: string): Promise<string> {
  if (POSTGRES) {
    const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
    await client.end();
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${name}`;
    return url.toString();
  }
  const dir = resolve('data', 'bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.db`);
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
  return `file:${file}`;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Run {
  seconds: number;
  stats: Stats;
  orders: number;
  attempts: number;
}

async function run(path: 'paged' | 'bulk'): Promise<Run> {
  const databaseUrl = await freshDatabase(`dsar_${path}`);
  const app = await startApp(databaseUrl, path === 'paged' ? ORDERS + 1 : 250);
  const base = `http://127.0.0.1:${app.ready.port}`;
  const db = openDatabase(databaseUrl);
  try {
    // Opening the admin once gives Lawfully its offline access token (token exchange).
    const token = await signSessionToken({ shop: PREVIEW_SHOP, apiKey: API_KEY, secret: SECRET });
    const opened = await fetch(`${base}/api/requests`, { headers: { Authorization: `Bearer ${token}` } });
    if (!opened.ok) throw new Error(`the admin answered ${opened.status}`);
    // Start-up jobs (daily deadlines, retention dry run) done, and the bucket full again.
    const settled = Date.now() + 60_000;
    for (;;) {
      const busy = await db.job.count({ where: { status: { in: ['queued', 'running'] } } });
      const { bucket } = (await app.ask({ stats: true }, 'stats')) as Stats;
      if ((busy === 0 && bucket.currentlyAvailable >= bucket.maximumAvailable) || Date.now() > settled) break;
      await pause(200);
    }
    await app.ask({ mark: true, stats: true }, 'stats');

    const eventId = `bench-dsar-${path}-${process.pid}`;
    const signed = signWebhook({
      topic: 'customers/data_request',
      shop: PREVIEW_SHOP,
      payload: {
        shop_id: 1,
        shop_domain: PREVIEW_SHOP,
        orders_requested: app.ready.orderIds,
        customer: { id: app.ready.customerId, email: null, phone: null },
        data_request: { id: 4242 },
      },
      secret: SECRET,
      eventId,
    });
    const answer = await fetch(`${base}/webhooks`, { method: 'POST', headers: signed.headers, body: signed.body });
    if (answer.status !== 200) throw new Error(`the webhook was answered ${answer.status}`);
    const acknowledged = performance.now();

    let pkg: { content: unknown } | null = null;
    const deadline = Date.now() + 15 * 60_000;
    while (!pkg && Date.now() < deadline) {
      const delivery = await db.webhookDelivery.findUnique({ where: { eventId }, select: { id: true } });
      const request = delivery && (await db.dataSubjectRequest.findUnique({ where: { webhookDeliveryId: delivery.id }, select: { id: true } }));
      pkg = request ? await db.exportPackage.findFirst({ where: { requestId: request.id }, select: { content: true } }) : null;
      if (!pkg) await pause(25);
    }
    const seconds = (performance.now() - acknowledged) / 1000;
    if (!pkg) throw new Error('no export package after 15 minutes');
    const stats = (await app.ask({ stats: true }, 'stats')) as Stats;
    const job = await db.job.findFirst({ where: { kind: 'customers/data_request' }, select: { attempts: true } });
    return { seconds, stats, orders: (pkg.content as { shopify: { orders: unknown[] } }).shopify.orders.length, attempts: job?.attempts ?? 0 };
  } finally {
    await db.$disconnect();
    app.process.send({ stop: true });
    await new Promise((r) => app.process.once('exit', r));
  }
}

async function bench() {
  const paged = await run('paged');
  const bulk = await run('bulk');
  const { restoreRate, maximumAvailable } = paged.stats.bucket;
  const floor = paged.stats.actual / restoreRate;
  const floorAfterBucket = Math.max(0, paged.stats.actual - maximumAvailable) / restoreRate;
  const line = (name: string, r: Run) =>
    `${name.padEnd(7)} ${r.seconds.toFixed(1).padStart(6)} s  ${String(r.orders).padStart(5)} orders in the package  ${String(r.stats.calls).padStart(4)} queries  points requested ${r.stats.requested}, kept ${r.stats.actual}  THROTTLED ${r.stats.throttled}  bulk operations ${r.stats.bulkOperations}  job attempts ${r.attempts}`;
  console.log(
    `\nbench:dsar  customers/data_request for a customer with ${ORDERS} orders, acknowledgement → complete package, database ${POSTGRES ? 'postgres' : 'sqlite'}, bucket ${maximumAvailable} points at ${restoreRate}/s`,
  );
  console.log(line('paged', paged));
  console.log(line('bulk', bulk));
  console.log(
    `throttle floor of the paged path: ${paged.stats.actual} points ÷ ${restoreRate}/s = ${floor.toFixed(1)} s (${floorAfterBucket.toFixed(1)} s counting the full bucket at the start); paged / floor = ${(paged.seconds / floor).toFixed(2)} (${(paged.seconds / floorAfterBucket).toFixed(2)} against the stricter floor)`,
  );
  console.log(
    `goal: paged within 1.2× of the floor ${paged.seconds <= 1.2 * floor ? 'met' : 'MISSED'}; bulk under 60 s ${bulk.seconds < 60 ? 'met' : 'MISSED'}`,
  );
  const retried = [paged, bulk].filter((r) => r.attempts > 1);
  if (retried.length) console.log(`a job ran more than once: attempts ${[paged.attempts, bulk.attempts].join(', ')}`);
  if (paged.orders !== ORDERS || bulk.orders !== ORDERS) console.log(`INCOMPLETE: packages hold ${paged.orders} and ${bulk.orders} of ${ORDERS} orders`);
}

if (process.env.DSAR_BENCH_APP) await serve();
else await bench();
