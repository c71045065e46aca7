// Long jobs finish, once: a running job renews its lease so nobody takes it over, and an attempt
// that lost its lease (it ran past it without renewing, and the job was taken over, even by the
// same worker) can no longer change the job.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, SHOP_A, type TestApp } from '../support/app.ts';
import { claimNextJob, enqueueJob, LEASE_MS } from '../../app/jobs/queue.ts';
import { runClaimedJob, type JobHandlers } from '../../app/jobs/runner.ts';

/** A handler that runs until the test lets it finish (or fail). */
function heldOpen() {
  let finish!: (error?: Error) => void;
  const done = new Promise<void>((resolve, reject) => (finish = (error) => (error ? reject(error) : resolve())));
  return { run: () => done, finish };
}

describe('job leases', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const runnerWith = (handlers: JobHandlers, leaseRenewMs: number) => ({ db: t.deps.db, clock: t.clock, log: t.deps.log, handlers, leaseRenewMs });
  const jobRow = (id: string) =>
    t.deps.db.job.findUniqueOrThrow({ where: { id }, select: { status: true, attempts: true, lockedUntil: true, lastError: true } });

  it('renews the lease of a job that runs longer than the lease, so no other worker takes it over', async () => {
    const work = heldOpen();
    const id = await enqueueJob(t.deps.db, { shop: SHOP_A, kind: 'long-export', payload: {}, runAt: t.clock.now() });
    const job = (await claimNextJob(t.deps.db, 'worker-a', t.clock.now()))!;
    expect(job.id).toBe(id);
    const running = runClaimedJob(runnerWith({ 'long-export': work.run }, 20), job, 'worker-a');

    for (let round = 0; round < 3; round += 1) {
      const before = (await jobRow(id)).lockedUntil!.getTime();
      t.clock.advance(LEASE_MS * 0.8);
      await vi.waitUntil(async () => (await jobRow(id)).lockedUntil!.getTime() > before, { timeout: 5_000 });
      expect(await claimNextJob(t.deps.db, 'worker-b', t.clock.now())).toBeUndefined();
    }
    work.finish();
    await running;
    expect(await jobRow(id)).toMatchObject({ status: 'done', attempts: 1 });
  });

  it('lets an attempt that lost its lease change nothing, even when the same worker took the job over', async () => {
    const first = heldOpen();
    const second = heldOpen();
    const attempts = [first, second];
    const id = await enqueueJob(t.deps.db, { shop: SHOP_A, kind: 'stalled', payload: {}, runAt: t.clock.now() });
    const runner = runnerWith({ stalled: () => attempts.shift()!.run() }, 60_000); // no renewal in this test: the first attempt stalls

    const claimed = (await claimNextJob(t.deps.db, 'worker-a', t.clock.now()))!;
    const stalled = runClaimedJob(runner, claimed, 'worker-a');
    t.clock.advance(LEASE_MS + 1);
    const takenOver = (await claimNextJob(t.deps.db, 'worker-a', t.clock.now()))!;
    expect(takenOver).toMatchObject({ id, attempts: 2 });
    const current = runClaimedJob(runner, takenOver, 'worker-a');

    first.finish(new Error('the stalled attempt failed late'));
    await stalled;
    expect(await jobRow(id)).toMatchObject({ status: 'running', attempts: 2, lastError: null });

    second.finish();
    await current;
    expect(await jobRow(id)).toMatchObject({ status: 'done', attempts: 2, lastError: null });
  });
});
