// npm run bench:webhooks [-- --kill [--instances N | --outage]] [--requests N] [--concurrency C]
//
// Default mode: sends signed compliance webhooks over loopback at a fixed concurrency to
// (1) a bare node:http endpoint that only verifies the HMAC, (2) the same endpoint verifying with
// @shopify/shopify-api as Lawfully does (the floor for any app that uses the library) and
// (3) Lawfully (app/main.ts, local preview, SQLite unless DATABASE_URL says otherwise), and
// prints throughput and latency of each and the ratio of (3) to (1). Targets (2 cores, 50 concurrent): ratio >= 0.5, p99 < 25 ms, 0 errors.
//
// --kill: sends webhooks to Lawfully, kills it with SIGKILL mid-load, restarts it on the same
// database and checks that every webhook that got a 200 is in the ledger and is processed.
// --kill --instances N: N instances on PostgreSQL sharing jobs through pg-boss, one killed
// mid-load: recovery time of the jobs it held, queue messages per job, lost.
// --kill --outage: the PostgreSQL database unreachable for 5 s mid-load: the server stays up,
// answers 5xx meanwhile, and loses nothing it acknowledged.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import { signWebhook, redactPayload, shopRedactPayload } from '../support/webhooks.ts';
import pg from 'pg';
import { openDatabase } from '../../app/platform/db/index.ts';
import { LEASE_MS } from '../../app/jobs/queue.ts';
import { PREVIEW_SHOP } from '../../app/platform/config.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const REQUESTS = option('requests', 4000);
const CONCURRENCY = option('concurrency', 50);
const SECRET = 'lawfully-preview-secret';

interface Server {
  port: number;
  child: ChildProcess;
  exited: Promise<unknown>;
  output(): string;
}

function start(argv: string[], env: Record<string, string>, ready: RegExp): Promise<Server> {
  const child = spawn(
    process.execPath,
    [...(process.env.BENCH_PROFILE && argv[0] === 'app/main.ts' ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof-out'] : []), '--import', 'tsx', ...argv],
    { env: { ...process.env, LOG_LEVEL: 'error', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise((done) => child.once('exit', done));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) resolve({ port: Number(match[1]), child, exited, output: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(() => reject(new Error(`server exited before it was ready:\n${output}`)));
  });
}

const startLawfully = (databaseUrl: string, port: number) =>
  start(
    ['app/main.ts'],
    { DATABASE_URL: databaseUrl, PORT: String(port), ...(process.env.BENCH_EXPLAIN ? { LOG_LEVEL: 'info' } : {}) },
    /Admin:\s+http:\/\/localhost:(\d+)/,
  );

let sequence = 0;
function nextWebhook() {
  sequence += 1;
  // Mostly customers/redact for the demo shop; every fifth a shop/redact of some other shop.
  if (sequence % 5 === 0) {
    const shop = `bench-${sequence}.myshopify.com`;
    return signWebhook({ topic: 'shop/redact', shop, payload: shopRedactPayload(shop), secret: SECRET, eventId: `bench-${process.pid}-${sequence}` });
  }
  return signWebhook({
    topic: 'customers/redact',
    shop: PREVIEW_SHOP,
    payload: redactPayload(PREVIEW_SHOP, 7000000001 + (sequence % 300)),
    secret: SECRET,
    eventId: `bench-${process.pid}-${sequence}`,
  });
}

function post(agent: http.Agent, port: number, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: '/webhooks', method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) }, agent },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

interface Run {
  latencies: number[];
  errors: number;
  seconds: number;
  acknowledged: string[];
}

/** Sends `total` webhooks; with several ports, round-robin, carrying on when one of them dies. */
async function load(ports: number | number[], total: number, stopAfter?: { ms: number; then: () => void }): Promise<Run> {
  const targets = Array.isArray(ports) ? ports : [ports];
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies: number[] = [];
  const acknowledged: string[] = [];
  let errors = 0;
  let sent = 0;
  const began = performance.now();
  let killTimer: NodeJS.Timeout | undefined;
  if (stopAfter) killTimer = setTimeout(stopAfter.then, stopAfter.ms);
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (sent < total) {
        sent += 1;
        const { body, headers } = nextWebhook();
        const port = targets[sent % targets.length]!;
        const t0 = performance.now();
        try {
          const status = await post(agent, port, headers, body);
          if (status === 200) {
            latencies.push(performance.now() - t0);
            acknowledged.push(headers['X-Shopify-Event-Id']!);
          } else errors += 1;
        } catch {
          errors += 1;
          if (stopAfter && targets.length === 1) return; // the server is gone
        }
      }
    }),
  );
  clearTimeout(killTimer);
  agent.destroy();
  return { latencies, errors, seconds: (performance.now() - began) / 1000, acknowledged };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

function figures(run: Run) {
  const sorted = [...run.latencies].sort((a, b) => a - b);
  return {
    throughput: run.latencies.length / run.seconds,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    errors: run.errors,
    count: run.latencies.length,
  };
}

const format = (name: string, f: ReturnType<typeof figures>) =>
  `${name.padEnd(26)} ${f.throughput.toFixed(0).padStart(6)} req/s  p50 ${f.p50.toFixed(1).padStart(5)} ms  p90 ${f.p90.toFixed(1).padStart(5)} ms  p99 ${f.p99.toFixed(1).padStart(5)} ms  max ${f.max.toFixed(0).padStart(4)} ms  errors ${f.errors} (${f.count} ok)`;

/**
 * The preview runs its daily jobs (retention dry run, request deadlines) once at start, against
 * the in-process Admin API stand-in: steady state begins when they are done.
 */
async function startUpJobsDone(databaseUrl: string) {
  const db = openDatabase(databaseUrl);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && (await db.job.count({ where: { status: { in: ['queued', 'running'] } } })) > 0) await new Promise((r) => setTimeout(r, 200));
  await db.$disconnect();
}

async function benchmark(databaseUrl: string) {
  const baseline = async (verify: string) => {
    const bare = await start(['test/bench/bare-hmac-server.ts'], { PORT: '0', VERIFY: verify }, /listening (\d+)/);
    await load(bare.port, 500);
    const run = figures(await load(bare.port, REQUESTS));
    bare.child.kill('SIGTERM');
    await bare.exited;
    return run;
  };
  const bareRun = await baseline('hmac');
  const libraryRun = await baseline('shopify-api');

  const app = await startLawfully(databaseUrl, 38000 + (process.pid % 1000));
  await startUpJobsDone(databaseUrl);
  await load(app.port, 500);
  const appRun = figures(await load(app.port, REQUESTS));
  if (appRun.errors)
    console.log(
      app
        .output()
        .split('\n')
        .filter((l) => /error|fail/i.test(l))
        .slice(0, 3)
        .join('\n'),
    );
  app.child.kill('SIGTERM');
  await app.exited;

  const ratio = appRun.throughput / bareRun.throughput;
  console.log(`\nbench:webhooks  ${REQUESTS} signed webhooks per server, ${CONCURRENCY} concurrent, loopback, database ${databaseUrl.split(':')[0]}`);
  console.log(format('bare node:http + HMAC', bareRun));
  console.log(format('bare node:http + shopify-api', libraryRun));
  console.log(format('Lawfully /webhooks', appRun));
  console.log(`floor set by @shopify/shopify-api's validate (its bare endpoint / bare HMAC): ${(libraryRun.throughput / bareRun.throughput).toFixed(2)}`);
  console.log(
    `ratio (Lawfully / bare throughput): ${ratio.toFixed(2)}   targets: ratio >= 0.5 ${ratio >= 0.5 ? 'met' : 'MISSED'}, p99 < 25 ms ${appRun.p99 < 25 ? 'met' : 'MISSED'}, zero errors ${appRun.errors === 0 ? 'met' : 'MISSED'}`,
  );
}

async function killTest(databaseUrl: string) {
  const port = 39000 + (process.pid % 1000);
  let app = await startLawfully(databaseUrl, port);
  await load(port, 200);
  const run = await load(port, REQUESTS, { ms: 1500, then: () => app.child.kill('SIGKILL') });
  await app.exited;
  console.log(
    `\nbench:webhooks --kill  server killed with SIGKILL after 1.5 s; ${run.acknowledged.length} webhooks had been answered 200 (${run.errors} failed as the server died)`,
  );

  app = await startLawfully(databaseUrl, port);
  const lost = await countLost(databaseUrl, run.acknowledged);
  app.child.kill('SIGTERM');
  await app.exited;
  console.log(`lost: ${lost}`);
  if (lost > 0) process.exitCode = 1;
}

/**
 * Waits (up to 2 minutes) for the acknowledged webhooks' work to be done, and counts what is
 * not: customers/redact acknowledged must be in the ledger and processed; shop/redact
 * acknowledged deletes every row of its shop, its own ledger row included.
 */
async function countLost(databaseUrl: string, acknowledged: string[], waitMs = 120_000): Promise<number> {
  const began = performance.now();
  const db = openDatabase(databaseUrl);
  const isShopRedact = (id: string) => Number(id.split('-').pop()) % 5 === 0;
  const redacts = acknowledged.filter((id) => !isShopRedact(id));
  const shopRedacts = acknowledged.filter(isShopRedact);
  let missing = 0;
  let unprocessed = 0;
  let shopsLeft = 0;
  const deadline = Date.now() + waitMs;
  do {
    missing = 0;
    unprocessed = 0;
    for (let i = 0; i < redacts.length; i += 500) {
      const slice = redacts.slice(i, i + 500);
      const rows = await db.webhookDelivery.findMany({ where: { eventId: { in: slice } }, select: { processedAt: true } });
      missing += slice.length - rows.length;
      unprocessed += rows.filter((row) => !row.processedAt).length;
    }
    shopsLeft = await db.webhookDelivery.count({ where: { topic: 'shop/redact', eventId: { in: shopRedacts } } });
    if (unprocessed === 0 && shopsLeft === 0) break;
    await new Promise((r) => setTimeout(r, 500));
  } while (Date.now() < deadline);
  const failedJobs = await db.job.count({ where: { status: 'failed' } });
  if (unprocessed && process.env.BENCH_EXPLAIN) {
    const rows = await db.webhookDelivery.findMany({
      where: { eventId: { in: redacts }, processedAt: null },
      select: { id: true, payload: true, receivedAt: true, customerRef: true },
    });
    for (const row of rows)
      console.log(
        row,
        await db.job.findMany({ where: { payload: { equals: { deliveryId: row.id } } } }),
        await db.dataSubjectRequest.findMany({ where: { webhookDeliveryId: row.id }, select: { id: true, status: true } }),
      );
  }
  await db.$disconnect();
  console.log(
    `customers/redact acknowledged ${redacts.length}: not in the ledger ${missing}, not processed ${unprocessed}; shop/redact acknowledged ${shopRedacts.length}: shops not purged ${shopsLeft}; failed jobs ${failedJobs} (checked ${((performance.now() - began) / 1000).toFixed(0)} s after the load)`,
  );
  return missing + unprocessed + shopsLeft + failedJobs;
}

/** A PostgreSQL database of its own for a multi-instance run (DATABASE_URL's server, or the local one). */
async function withBenchPostgres<T>(work: (url: string) => Promise<T>): Promise<T> {
  const server = new URL(process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : 'postgres://postgres@127.0.0.1:5432/test');
  const name = `lawfully_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
    await admin.end();
  }
}

/**
 * --kill --instances N: N instances share the jobs through pg-boss on PostgreSQL; one is killed
 * with SIGKILL mid-load. Prints when the jobs it held were done (target: within the lease + 60 s)
 * and how many queue messages pg-boss carried per job (target: about one).
 */
async function killInstanceTest(instances: number) {
  await withBenchPostgres(async (databaseUrl) => {
    const env = { JOB_QUEUE: 'pg-boss' };
    const base = 40000 + (process.pid % 1000) * 4;
    const apps: Server[] = [];
    for (let i = 0; i < instances; i += 1)
      apps.push(await start(['app/main.ts'], { DATABASE_URL: databaseUrl, PORT: String(base + i), ...env }, /Admin:\s+http:\/\/localhost:(\d+)/));
    const ports = apps.map((app) => app.port);
    await load(ports, 200);
    const db = openDatabase(databaseUrl);
    const victim = apps[0]!;
    let held: string[] = [];
    let recovery: Promise<number> = Promise.resolve(NaN);
    // Seconds from the kill until every job the killed instance held is done.
    const recovered = async (killedAt: number) => {
      held = (await db.job.findMany({ where: { status: 'running', lockedBy: { contains: `:${victim.child.pid}:` } }, select: { id: true } })).map(
        (row) => row.id,
      );
      for (const deadline = Date.now() + 240_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
        if ((await db.job.count({ where: { id: { in: held }, status: { not: 'done' } } })) === 0) return (performance.now() - killedAt) / 1000;
      }
      return NaN;
    };
    const run = await load(ports, REQUESTS, {
      ms: 1500,
      then: () => {
        victim.child.kill('SIGKILL');
        recovery = recovered(performance.now());
      },
    });
    await victim.exited;
    console.log(
      `\nbench:webhooks --kill --instances ${instances}  (PostgreSQL, pg-boss) instance 1 of ${instances} killed with SIGKILL after 1.5 s; ${run.acknowledged.length} webhooks answered 200, ${run.errors} failed (those sent to the dead instance)`,
    );
    const [lost, recoveredAfter] = await Promise.all([countLost(databaseUrl, run.acknowledged, 300_000), recovery]);
    // Jobs are counted by the keys of their messages: shop/redact deletes its shop's job rows.
    const [{ messages, jobs }] = await db.$queryRawUnsafe<[{ messages: number; jobs: number }]>(
      `SELECT count(*)::int AS messages, count(DISTINCT singleton_key)::int AS jobs FROM (SELECT singleton_key FROM pgboss.job WHERE name = 'lawfully-job-ids' UNION ALL SELECT singleton_key FROM pgboss.archive WHERE name = 'lawfully-job-ids') m`,
    );
    await db.$disconnect();
    for (const app of apps.slice(1)) {
      app.child.kill('SIGTERM');
      await app.exited;
    }
    console.log(
      `jobs the killed instance held: ${held.length}; all done ${recoveredAfter.toFixed(1)} s after the kill (lease ${LEASE_MS / 1000} s; target lease + 60 s = ${LEASE_MS / 1000 + 60} s: ${recoveredAfter <= LEASE_MS / 1000 + 60 ? 'met' : 'MISSED'})`,
    );
    console.log(`queue messages: ${messages} for ${jobs} jobs (${(messages / jobs).toFixed(2)} per job)`);
    console.log(`lost: ${lost}`);
    if (lost > 0 || !(recoveredAfter <= LEASE_MS / 1000 + 60)) process.exitCode = 1;
  });
}

/**
 * --kill --outage: the database goes away for 5 s mid-load (PostgreSQL: connections refused and
 * terminated). The server must stay up, answer 5xx meanwhile, and lose nothing it acknowledged.
 */
async function outageTest() {
  await withBenchPostgres(async (databaseUrl) => {
    const name = new URL(databaseUrl).pathname.slice(1);
    const admin = new pg.Client({ connectionString: databaseUrl.replace(`/${name}`, '/postgres') });
    await admin.connect();
    const port = 39500 + (process.pid % 400);
    const app = await startLawfully(databaseUrl, port);
    await load(port, 200);
    let exitedEarly = false;
    void app.exited.then(() => (exitedEarly = true));
    const exited = () => exitedEarly; // set by the exit callback while the load runs
    const setAllowed = (allowed: boolean) => admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS ${allowed}`);
    const run = await load(port, REQUESTS, {
      ms: 1000,
      then: () => {
        void setAllowed(false)
          .then(() => admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]))
          .then(() => new Promise((r) => setTimeout(r, 5000)))
          .then(() => setAllowed(true));
      },
    });
    // The load may end before the outage does: wait for the database to be back.
    await new Promise((r) => setTimeout(r, 6000));
    await setAllowed(true);
    await admin.end();
    console.log(
      `\nbench:webhooks --kill --outage  (PostgreSQL) database unreachable for 5 s after 1 s of load; ${run.acknowledged.length} answered 200, ${run.errors} answered 5xx or failed; server ${exited() ? 'EXITED' : 'still up'}`,
    );
    const lost = await countLost(databaseUrl, run.acknowledged, 300_000);
    if (process.env.BENCH_EXPLAIN) writeFileSync(process.env.BENCH_EXPLAIN, app.output()); // BENCH_EXPLAIN=<file>: the server's log
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`)
      .then((res) => res.status)
      .catch(() => 0);
    console.log(`/readyz after recovery: ${ready}`);
    app.child.kill('SIGTERM');
    await app.exited;
    console.log(`lost: ${lost}`);
    if (lost > 0 || exited() || ready !== 200) process.exitCode = 1;
  });
}

const dir = mkdtempSync(join(tmpdir(), 'lawfully-bench-'));
const databaseUrl = process.env.DATABASE_URL ?? `file:${join(dir, 'bench.db')}`;
try {
  if (args.includes('--kill') && args.includes('--outage')) await outageTest();
  else if (args.includes('--kill') && option('instances', 1) > 1) await killInstanceTest(option('instances', 1));
  else if (args.includes('--kill')) await killTest(databaseUrl);
  else await benchmark(databaseUrl);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
