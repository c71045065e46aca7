// The database goes away while a job runs (PostgreSQL: its connections are terminated and new
// ones refused; SQLite: the file turns read-only). The process stays up, a webhook that arrives
// meanwhile is answered 5xx (Shopify sends it again) instead of hanging, and once the database
// is back the job is done, exactly once, and the runner carries on with new work.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import request from 'supertest';
import { createTestApp, SHOP_A, type TestApp } from '../support/app.ts';
import { withPostgresAdmin } from '../support/databases.ts';
import { redactPayload, signWebhook } from '../support/webhooks.ts';
import { enqueueJob, LEASE_MS } from '../../app/jobs/queue.ts';
import { startDatabaseRunner, type Runner } from '../../app/jobs/runner.ts';
import { isDatabaseReachable } from '../../app/platform/db/index.ts';

describe('a database outage while a job runs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const databaseName = () => new URL(t.database.url).pathname.slice(1);
  async function takeDatabaseDown() {
    if (t.database.kind === 'postgres') {
      await withPostgresAdmin(async (admin) => {
        await admin.query(`ALTER DATABASE "${databaseName()}" ALLOW_CONNECTIONS false`);
        await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [databaseName()]);
      });
    } else {
      await t.deps.db.$executeRawUnsafe('PRAGMA query_only = ON'); // every write now fails: "attempt to write a readonly database"
    }
  }
  async function bringDatabaseBack() {
    if (t.database.kind === 'postgres') await withPostgresAdmin((admin) => admin.query(`ALTER DATABASE "${databaseName()}" ALLOW_CONNECTIONS true`));
    else await t.deps.db.$executeRawUnsafe('PRAGMA query_only = OFF');
  }

  it('stays up, answers webhooks 5xx meanwhile, and finishes the job once when the database is back', async () => {
    const { db } = t.deps;
    let attempts = 0;
    let outage: Promise<void> | undefined;
    const handlers = {
      'export.build': async () => {
        attempts += 1;
        // The database drops while the first attempt works; its outcome cannot be recorded.
        if (attempts === 1) outage = takeDatabaseDown();
        await outage;
      },
      'after.outage': async () => {},
    };
    const id = await enqueueJob(db, { shop: SHOP_A, kind: 'export.build', payload: {}, runAt: t.clock.now() });
    const runner: Runner = startDatabaseRunner({ db, clock: t.clock, log: t.deps.log, handlers, signal: t.deps.jobs, pollMs: 20, intakeFirstMs: 0 });
    try {
      await vi.waitUntil(() => attempts > 0, { timeout: 10_000 });
      await outage;

      const signed = signWebhook({ topic: 'customers/redact', shop: SHOP_A, payload: redactPayload(SHOP_A, 7000000031), secret: t.deps.config.apiSecret });
      const during = await request(t.app).post('/webhooks').set(signed.headers).send(signed.body);
      expect(during.status).toBeGreaterThanOrEqual(500);
      if (t.database.kind === 'postgres') expect(await isDatabaseReachable(db)).toBe(false);
      expect((await request(t.app).get('/readyz')).status).toBe(t.database.kind === 'postgres' ? 503 : 200); // SQLite still reads

      await new Promise((resolve) => setTimeout(resolve, 300)); // the runner keeps failing to claim, and backs off
      await bringDatabaseBack();
      expect((await request(t.app).get('/readyz')).status).toBe(200);

      // The first attempt's lease runs out; the job is taken up again and done once.
      t.clock.advance(LEASE_MS + 1);
      await vi.waitUntil(async () => (await db.job.findUnique({ where: { id } }))?.status === 'done', { timeout: 15_000, interval: 50 });
      expect(await db.job.findUnique({ where: { id }, select: { status: true, attempts: true } })).toEqual({ status: 'done', attempts: 2 });
      expect(attempts).toBe(2);

      // Shopify's retry of the webhook is taken, and the runner still runs new work.
      const retried = await request(t.app).post('/webhooks').set(signed.headers).send(signed.body);
      expect(retried.status).toBe(200);
      const next = await enqueueJob(db, { shop: SHOP_A, kind: 'after.outage', payload: {}, runAt: t.clock.now() });
      t.deps.jobs.dispatch([next]);
      await vi.waitUntil(async () => (await db.job.findUnique({ where: { id: next } }))?.status === 'done', { timeout: 10_000, interval: 50 });
    } finally {
      await bringDatabaseBack().catch(() => {});
      await runner.stop();
    }
  }, 60_000);
});
