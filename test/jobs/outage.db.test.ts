// The database goes away while a job runs (PostgreSQL: its connections are terminated and new
// ones refused; SQLite: the file turns read-only). The process stays up, a webhook that arrives
// meanwhile is answered 5xx (Shopify sends it again) instead of hanging, and once the database
// is back the job is done, exactly once, and the runner carries on with new work.
import { describe, expect, it, vi } from 'vitest';
import request from 'supertest';
import { SHOP_A, useTestApp } from '../support/app.ts';
import { withPostgresAdmin } from '../support/databases.ts';
import { redactPayload } from '../support/webhooks.ts';
import { enqueueJob, LEASE_MS } from '../../app/jobs/queue.ts';
import { startDatabaseRunner, type Runner } from '../../app/jobs/runner.ts';
import { isDatabaseReachable } from '../../app/platform/db/index.ts';

describe('a database outage while a job runs', () => {
  const t = useTestApp();

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
    // The runner's errors are the signal that it felt the outage (instead of a guess at how long that takes).
    const log = t.deps.log.child({});
    const errors = vi.spyOn(log, 'error');
    const errorsSaid = () => errors.mock.calls.map((call) => String(call[1]));
    const runner: Runner = startDatabaseRunner({ db, clock: t.clock, log, handlers, signal: t.deps.jobs, pollMs: 20, intakeFirstMs: 0 });
    try {
      await vi.waitUntil(() => attempts > 0, { timeout: 10_000 });
      await outage;

      const redact = { payload: redactPayload(SHOP_A, 7000000031), eventId: 'outage-redact', webhookId: 'outage-redact-delivery' };
      const during = await t.deliver('customers/redact', redact.payload, { eventId: redact.eventId, webhookId: redact.webhookId });
      expect(during.status).toBeGreaterThanOrEqual(500);
      if (t.database.kind === 'postgres') expect(await isDatabaseReachable(db)).toBe(false);
      expect((await request(t.app).get('/readyz')).status).toBe(t.database.kind === 'postgres' ? 503 : 200); // SQLite still reads

      // The first attempt's outcome cannot be recorded; on PostgreSQL the runner's claims fail too, and it backs off.
      await vi.waitFor(
        () => {
          expect(errorsSaid()).toContain('job outcome could not be recorded; it runs again when its lease ends');
          if (t.database.kind === 'postgres') expect(errorsSaid()).toContainEqual(expect.stringMatching(/backing off/));
        },
        { timeout: 10_000 },
      );
      await bringDatabaseBack();
      expect((await request(t.app).get('/readyz')).status).toBe(200);

      // The first attempt's lease runs out; the job is taken up again and done once.
      t.clock.advance(LEASE_MS + 1);
      await vi.waitUntil(async () => (await db.job.findUnique({ where: { id } }))?.status === 'done', { timeout: 15_000, interval: 50 });
      expect(await db.job.findUnique({ where: { id }, select: { status: true, attempts: true } })).toEqual({ status: 'done', attempts: 2 });
      expect(attempts).toBe(2);

      // Shopify's retry of the webhook is taken, and the runner still runs new work.
      const retried = await t.deliver('customers/redact', redact.payload, { eventId: redact.eventId, webhookId: redact.webhookId });
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
