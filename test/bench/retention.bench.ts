// npm run bench:retention [-- --rows 1000000] [--small 100000] [--customers 10000 --inactive 1000] [--only rows|shopify]
//
// Seeds consent records (half older than the seed rules' 2-year cutoff) into a fresh SQLite file
// and a fresh PostgreSQL database, then times applyRetention of the expired half in a child
// process of its own, sampling RSS and heap every 50 ms (and, once a second, the live heap after a
// full GC). Run at two sizes: the peak memory must not grow with the row count (deletion goes in
// batches of ids). Target: < 60 s per database.
//
// Then the Shopify side (retention-shopify.ts): 10,000 customers in the Admin API stand-in with its
// throttling on, 1,000 of them inactive; a dry run lists them and applying erases each through
// Shopify. Prints the time, the peak memory and the time as a share of the floor the throttle
// allows (the points the calls cost beyond the starting bucket, at the restore rate). Target:
// within 10 % of the floor, and no customer asked about twice.
import { fork } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { migrateDatabase, openDatabase } from '../../app/platform/db/index.ts';
import { fixedClock } from '../../app/platform/clock.ts';
import { UpstreamError } from '../../app/platform/errors.ts';
import type { AppDeps } from '../../app/platform/deps.ts';
import type { RetentionRule } from '../../app/records/profile.ts';
import { applyRetention, planRetention } from '../../app/retention/runs.ts';
import { shopifyRun, type ShopifyRunResult } from './retention-shopify.ts';

const SHOP = 'bench-retention.myshopify.com';
const NOW = '2026-11-25T10:00:00Z';
const ROWS_PER_STATEMENT = 10_000;
const POSTGRES_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';
const POSTGRES_DATABASE = 'lawfully_bench_retention';
const SQLITE_FILE = resolve('data', 'bench', 'retention.db');

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

interface SweepResult {
  planSeconds: number;
  planned: number;
  deleted: number;
  seconds: number;
  remaining: number;
  rssStartMb: number;
  peakRssMb: number;
  heapStartMb: number;
  peakHeapMb: number;
  /** the largest heap seen after a full GC (once a second) minus the heap at the start */
  peakLiveHeapDeltaMb: number;
  /** heap after a full GC at the end minus the heap at the start: what the sweep kept */
  retainedHeapDeltaMb: number;
  samples: number;
}

const mb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;

// ---------------------------------------------------------------- the sweep (child process)

/** Runs in a fresh process so its memory figures are the sweep's alone, not the seeding's. */
async function sweep(url: string): Promise<SweepResult> {
  const db = openDatabase(url);
  const clock = fixedClock(NOW);
  const rules = (JSON.parse(readFileSync('examples/seed-store.json', 'utf8')) as { retention: RetentionRule[] }).retention;
  await db.recordsProfile.upsert({
    where: { shop: SHOP },
    create: { shop: SHOP, profile: { retention: rules } as never, updatedAt: clock.now(), updatedBy: 'bench' },
    update: {},
  });
  // No Shopify in the benchmark: the run notes it and goes on with Lawfully's own rows.
  const adminApi = {
    forShop: () => ({
      // eslint-disable-next-line require-yield, @typescript-eslint/require-await -- the same async generator shape as the real paginate, which fails before its first page here
      paginate: async function* () {
        throw new UpstreamError('no Shopify in the benchmark');
      },
    }),
  };
  // The key only seals customers' names, and no Shopify means no customers here.
  const deps = { db, clock, adminApi, config: { encryptionKey: Buffer.alloc(32) } } as unknown as AppDeps;

  let started = performance.now();
  const run = await planRetention(deps, SHOP);
  const planSeconds = (performance.now() - started) / 1000;

  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  gc();
  const start = process.memoryUsage();
  let peakRss = start.rss;
  let peakHeap = start.heapUsed;
  let peakLiveHeap = start.heapUsed;
  let samples = 0;
  const sample = () => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
    samples += 1;
    // Once a second, what is really held (after a full GC) rather than garbage not yet collected.
    if (samples % 20 === 0) {
      gc();
      peakLiveHeap = Math.max(peakLiveHeap, process.memoryUsage().heapUsed);
    }
  };
  const sampler = setInterval(sample, 50);
  started = performance.now();
  const applied = await applyRetention(deps, SHOP, run.id, 'merchant:bench');
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  sample();
  gc();
  const retainedHeap = process.memoryUsage().heapUsed;

  const remaining = await db.consentRecord.count({ where: { shop: SHOP } });
  await db.$disconnect();
  return {
    planSeconds,
    planned: run.report.kinds.consentRecords.count,
    deleted: applied.deleted?.consentRecords ?? 0,
    seconds,
    remaining,
    rssStartMb: mb(start.rss),
    peakRssMb: mb(peakRss),
    heapStartMb: mb(start.heapUsed),
    peakHeapMb: mb(peakHeap),
    peakLiveHeapDeltaMb: mb(Math.max(peakLiveHeap, retainedHeap) - start.heapUsed),
    retainedHeapDeltaMb: mb(retainedHeap - start.heapUsed),
    samples,
  };
}

function inChild<T>(childArgs: string[]): Promise<T> {
  return new Promise((done, fail) => {
    const child = fork(fileURLToPath(import.meta.url), childArgs, {
      execArgv: ['--import', 'tsx', '--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (message) => done(message as T));
    child.once('exit', (code) => (code === 0 ? undefined : fail(new Error(`the sweep process exited with ${code}`))));
  });
}

// ---------------------------------------------------------------- seeding (this process)

const OLD_START = Date.parse('2021-01-01T00:00:00Z'); // older than the 2-year cutoff (2024-11-25)
const NEW_START = Date.parse('2025-01-01T00:00:00Z');

/** Row i: even rows expired, odd rows kept, interleaved so deletions reach across the whole table. */
function row(i: number, formatDate: (d: Date) => string): string {
  const createdAt = new Date((i % 2 === 0 ? OLD_START : NEW_START) + (i % 500_000) * 60_000);
  const id = `bench${i.toString(36).padStart(20, '0')}`;
  const ipHash = ((i * 2654435761) >>> 0).toString(16).padStart(8, '0').repeat(8);
  return `('${id}','${SHOP}','v${i}','preferences,analytics','marketing',1,1,'en','${ipHash}','banner','${formatDate(createdAt)}')`;
}

const COLUMNS = '("id","shop","consentId","granted","denied","policyVersion","consentVersion","locale","ipHash","source","createdAt")';

/** Multi-row INSERTs of ROWS_PER_STATEMENT rows each; `exec` runs one statement. */
async function seed(rows: number, formatDate: (d: Date) => string, exec: (sql: string) => Promise<void> | void) {
  for (let from = 0; from < rows; from += ROWS_PER_STATEMENT) {
    const values: string[] = [];
    for (let i = from; i < Math.min(rows, from + ROWS_PER_STATEMENT); i++) values.push(row(i, formatDate));
    await exec(`INSERT INTO "ConsentRecord" ${COLUMNS} VALUES ${values.join(',')}`);
  }
}

// Prisma's SQLite adapter stores DateTime as ISO text with "+00:00"; comparisons are textual.
const sqliteDate = (d: Date) => d.toISOString().replace('Z', '+00:00');

async function freshSqlite(rows: number): Promise<{ url: string; seedSeconds: number; drop(): void }> {
  mkdirSync(join(SQLITE_FILE, '..'), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(SQLITE_FILE + suffix, { force: true });
  const url = `file:${SQLITE_FILE}`;
  await migrateDatabase(url);
  const started = performance.now();
  const sqlite = new Database(SQLITE_FILE);
  sqlite.pragma('journal_mode = WAL');
  sqlite.exec('BEGIN');
  await seed(rows, sqliteDate, (sql) => void sqlite.exec(sql));
  sqlite.exec('COMMIT');
  sqlite.close();
  return { url, seedSeconds: (performance.now() - started) / 1000, drop: () => ['', '-wal', '-shm'].forEach((s) => rmSync(SQLITE_FILE + s, { force: true })) };
}

async function postgresAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function freshPostgres(rows: number): Promise<{ url: string; seedSeconds: number; drop(): Promise<void> }> {
  await postgresAdmin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${POSTGRES_DATABASE}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${POSTGRES_DATABASE}"`);
  });
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${POSTGRES_DATABASE}`;
  await migrateDatabase(url.toString());
  const started = performance.now();
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await client.query('BEGIN');
  await seed(
    rows,
    (d) => d.toISOString(),
    async (sql) => {
      await client.query(sql);
    },
  );
  await client.query('COMMIT');
  // What autovacuum would do soon after a bulk load: fresh statistics for the planner.
  await client.query('ANALYZE "ConsentRecord"');
  await client.end();
  return {
    url: url.toString(),
    seedSeconds: (performance.now() - started) / 1000,
    drop: () =>
      postgresAdmin(async (c) => {
        await c.query(`DROP DATABASE IF EXISTS "${POSTGRES_DATABASE}" WITH (FORCE)`);
      }),
  };
}

async function postgresReachable(): Promise<boolean> {
  try {
    await postgresAdmin((c) => c.query('SELECT 1'));
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- main

async function main() {
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  let failed = only === 'shopify' ? false : await rowsBench();
  if (only !== 'rows') failed = (await shopifyBench()) || failed;
  process.exitCode = failed ? 1 : 0;
}

async function shopifyBench(): Promise<boolean> {
  const customers = option('customers', 10_000);
  const inactive = option('inactive', 1_000);
  console.log(
    `\nShopify: ${customers.toLocaleString('en')} customers in the Admin API stand-in, ${inactive.toLocaleString('en')} inactive, standard bucket (throttling on, real time)…`,
  );
  const r = await inChild<ShopifyRunResult>(['--shopify-run', String(customers), String(inactive)]);
  const share = r.floorSeconds > 0 ? r.seconds / r.floorSeconds : NaN;
  console.table([
    {
      customers: r.customers,
      listed: r.listed,
      outcomes: Object.entries(r.outcomes)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
      'dry run s': Number(r.planSeconds.toFixed(1)),
      'apply s': Number(r.applySeconds.toFixed(1)),
      'total s': Number(r.seconds.toFixed(1)),
      'floor s': Number(r.floorSeconds.toFixed(1)),
      'time / floor': Number(share.toFixed(3)),
      'THROTTLED answers': r.throttled,
      'RSS start MB': r.rssStartMb,
      'peak RSS MB': r.peakRssMb,
      'peak heap MB': r.peakHeapMb,
    },
  ]);
  console.log(
    `Shopify: points spent ${r.costs.total} (listing and orders ${r.costs.listing}, re-checks before erasing ${r.costs.recheck}, erasures ${r.costs.mutations}); ${r.erasureCalls} erasure requests, ${r.deleteCalls} deletions`,
  );
  let failed = false;
  if (r.listed !== r.inactive || (r.outcomes.erased ?? 0) + (r.outcomes.deleted ?? 0) !== r.inactive) {
    console.log(`✗ Shopify: expected all ${r.inactive} inactive customers listed and erased or deleted`);
    failed = true;
  }
  if (r.askedTwice > 0) {
    console.log(`✗ Shopify: ${r.askedTwice} customers were asked about twice`);
    failed = true;
  }
  if (!(share <= 1.1)) {
    console.log(`✗ Shopify: ${share.toFixed(3)} × the floor (target within 10 %)`);
    failed = true;
  }
  return failed;
}

async function rowsBench(): Promise<boolean> {
  const sizes = [option('small', 100_000), option('rows', 1_000_000)];
  const databases: Array<{ name: string; fresh: (rows: number) => Promise<{ url: string; seedSeconds: number; drop(): unknown }> }> = [
    { name: 'SQLite', fresh: freshSqlite },
  ];
  if (await postgresReachable()) databases.push({ name: 'PostgreSQL', fresh: freshPostgres });
  else console.log(`PostgreSQL is not reachable at ${POSTGRES_ADMIN_URL}: skipped.`);

  let failed = false;
  for (const { name, fresh } of databases) {
    const results: Array<{ rows: number; seedSeconds: number } & SweepResult> = [];
    for (const rows of sizes) {
      const database = await fresh(rows);
      console.log(`${name}: seeded ${rows.toLocaleString('en')} consent records in ${database.seedSeconds.toFixed(1)} s; sweeping…`);
      const result = await inChild<SweepResult>(['--sweep', database.url]);
      await database.drop();
      results.push({ rows, seedSeconds: database.seedSeconds, ...result });
    }
    console.log(`\n${name}`);
    console.table(
      results.map((r) => ({
        'rows seeded': r.rows,
        'dry run s': Number(r.planSeconds.toFixed(2)),
        'rows deleted': r.deleted,
        'rows left': r.remaining,
        'sweep s': Number(r.seconds.toFixed(2)),
        'RSS start MB': r.rssStartMb,
        'peak RSS MB': r.peakRssMb,
        'heap start MB': r.heapStartMb,
        'peak heap Δ MB': Math.round((r.peakHeapMb - r.heapStartMb) * 10) / 10,
        'live heap Δ MB': r.peakLiveHeapDeltaMb,
        'heap kept Δ MB': r.retainedHeapDeltaMb,
        samples: r.samples,
      })),
    );
    for (const r of results) {
      if (r.deleted !== r.rows / 2 || r.remaining !== r.rows / 2 || r.planned !== r.rows / 2) {
        console.log(`✗ ${name} ${r.rows}: expected ${r.rows / 2} deleted and ${r.rows / 2} left`);
        failed = true;
      }
      if (r.seconds >= 60) {
        console.log(`✗ ${name} ${r.rows}: the sweep took ${r.seconds.toFixed(1)} s (target < 60 s)`);
        failed = true;
      }
    }
    const [small, large] = results;
    if (small && large) {
      const growth = large.peakRssMb - small.peakRssMb;
      console.log(
        `${name}: peak RSS ${small.peakRssMb} MB at ${small.rows.toLocaleString('en')} rows vs ${large.peakRssMb} MB at ${large.rows.toLocaleString('en')} rows (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB for ${large.rows / small.rows}× the rows); ` +
          `live heap peak +${small.peakLiveHeapDeltaMb} MB vs +${large.peakLiveHeapDeltaMb} MB`,
      );
    }
  }
  return failed;
}

if (args[0] === '--sweep') {
  const result = await sweep(args[1]!);
  process.send!(result, () => process.exit(0));
} else if (args[0] === '--shopify-run') {
  const result = await shopifyRun({ customers: Number(args[1]), inactive: Number(args[2]) });
  process.send!(result, () => process.exit(0));
} else {
  await main();
}
