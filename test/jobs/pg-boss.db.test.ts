// Several app instances on one PostgreSQL database share the jobs through pg-boss, and every
// webhook's work is done exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { startPreview, type RunningPreview } from '../support/browser.ts';
import { redactPayload, signWebhook } from '../support/webhooks.ts';
import { PREVIEW_SHOP } from '../../app/platform/config.ts';

const DELIVERIES = 300;
const kind = process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

describe.runIf(kind === 'postgres')('two instances sharing jobs through pg-boss', () => {
  let database: TestDatabase | undefined;
  let instances: RunningPreview[];
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const env = { DATABASE_URL: database.url, JOB_QUEUE: 'pg-boss' };
    instances = [await startPreview(env), await startPreview(env)];
  }, 120_000);
  afterAll(async () => {
    await Promise.allSettled(instances.map((instance) => instance.stop()));
    await database?.drop();
  });

  it(`processes each of ${DELIVERIES} webhooks delivered to either instance exactly once`, async () => {
    const statuses: number[] = [];
    const queue = Array.from({ length: DELIVERIES }, (_, i) => i);
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
          const signed = signWebhook({
            topic: 'customers/redact',
            shop: PREVIEW_SHOP,
            payload: redactPayload(PREVIEW_SHOP, 7000000001 + i),
            secret: 'lawfully-preview-secret',
          });
          const res = await fetch(`${instances[i % 2]!.baseUrl}/webhooks`, { method: 'POST', headers: signed.headers, body: signed.body });
          statuses.push(res.status);
        }
      }),
    );
    expect(statuses.filter((s) => s !== 200)).toEqual([]);

    const db = database!.db;
    const startedWaiting = Date.now();
    await expect.poll(() => db.job.count({ where: { kind: 'customers/redact', status: 'done' } }), { timeout: 60_000, interval: 250 }).toBe(DELIVERIES);
    console.log(`jobs finished ${Date.now() - startedWaiting} ms after the last delivery`);
    // (the instances' own daily jobs are not counted)
    const jobs = await db.job.findMany({ where: { kind: 'customers/redact' }, select: { status: true, attempts: true, lockedBy: true } });
    expect(jobs).toHaveLength(DELIVERIES);
    expect(jobs.filter((job) => job.status !== 'done' || job.attempts !== 1)).toEqual([]);
    expect(await db.dataSubjectRequest.count({ where: { type: 'erasure', status: 'completed' } })).toBe(DELIVERIES);
    expect(await db.requestStep.count({ where: { action: 'lawfully.erase' } })).toBe(DELIVERIES);
    const processes = new Set(jobs.map((job) => job.lockedBy!.split(':')[1]));
    expect(processes.size, 'both instances did some of the work').toBe(2);
  }, 120_000);
});
