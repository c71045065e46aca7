// The job runner: retries with backoff, gives up visibly, lets the merchant retry, and takes
// over the work of a worker that died mid-job.
import { describe, expect, it, vi } from 'vitest';
import { useTestApp, SHOP_A } from '../support/app.ts';
import { enqueueJob, backoffMs, LEASE_MS } from '../../app/jobs/queue.ts';
import { checkedJob, runDueJobs, startDatabaseRunner } from '../../app/jobs/runner.ts';
import { z } from 'zod';
import { createJobSignal } from '../../app/jobs/signal.ts';

describe('the job runner', () => {
  const t = useTestApp();
  /** A runner on the test app's database, clock and log. */
  const startRunner = (options: Omit<Parameters<typeof startDatabaseRunner>[0], 'db' | 'clock' | 'log'>) =>
    startDatabaseRunner({ db: t.deps.db, clock: t.clock, log: t.deps.log, ...options });

  it('retries a failing job with growing waits, then shows it as failed with its error, and the merchant can retry it', async () => {
    let calls = 0;
    let healthy = false;
    const handlers = {
      flaky: () => {
        calls += 1;
        return healthy ? Promise.resolve() : Promise.reject(new Error('Shopify is down for maintenance'));
      },
    };
    const runner = { db: t.deps.db, clock: t.clock, log: t.deps.log, handlers };
    const id = await enqueueJob(t.deps.db, { shop: SHOP_A, kind: 'flaky', payload: {}, runAt: t.clock.now(), maxAttempts: 3 });

    expect(await runDueJobs(runner)).toBe(1);
    expect(await runDueJobs(runner)).toBe(0); // waiting out its backoff
    t.clock.advance(backoffMs(1));
    expect(await runDueJobs(runner)).toBe(1);
    t.clock.advance(backoffMs(2));
    expect(await runDueJobs(runner)).toBe(1);
    t.clock.advance(backoffMs(3) * 10);
    expect(await runDueJobs(runner)).toBe(0); // gave up after three attempts
    expect(calls).toBe(3);

    const failed = await t.api('get', '/api/jobs?status=failed');
    expect(failed.body.jobs).toEqual([
      expect.objectContaining({ id, kind: 'flaky', status: 'failed', attempts: 3, lastError: 'Shopify is down for maintenance' }),
    ]);

    const retried = await t.api('post', `/api/jobs/${id}/retry`);
    expect(retried.status).toBe(200);
    healthy = true;
    expect(await runDueJobs(runner)).toBe(1);
    expect(await t.deps.db.job.findUnique({ where: { id } })).toMatchObject({ status: 'done', lastError: null });
    const again = await t.api('post', `/api/jobs/${id}/retry`);
    expect(again.status).toBe(409);
  });

  it('fails a job whose payload does not fit its kind at once, saying what is wrong, without running it or retrying', async () => {
    const ran: string[] = [];
    const handlers = { 'mail.preview': checkedJob(z.object({ to: z.email() }), ({ to }) => Promise.resolve(void ran.push(to))) };
    const runner = { db: t.deps.db, clock: t.clock, log: t.deps.log, handlers };
    const good = await enqueueJob(t.deps.db, { shop: SHOP_A, kind: 'mail.preview', payload: { to: 'a@example.com' }, runAt: t.clock.now() });
    const bad = await enqueueJob(t.deps.db, { shop: SHOP_A, kind: 'mail.preview', payload: { to: 42 }, runAt: t.clock.now(), maxAttempts: 5 });
    expect(await runDueJobs(runner)).toBe(2);
    expect(ran).toEqual(['a@example.com']);
    expect(await t.deps.db.job.findUnique({ where: { id: good } })).toMatchObject({ status: 'done' });
    const refused = await t.deps.db.job.findUnique({ where: { id: bad } });
    expect(refused).toMatchObject({ status: 'failed', attempts: 1 });
    expect(refused?.lastError).toMatch(/payload does not fit its kind "mail\.preview".*to/s);
  });

  it('runs a job again whose worker died while holding it, once the lease has run out', async () => {
    const ran: string[] = [];
    const handlers = { work: () => Promise.resolve(void ran.push('ran')) };
    const id = await enqueueJob(t.deps.db, { shop: SHOP_A, kind: 'work', payload: {}, runAt: t.clock.now() });
    // A worker claimed it and was killed before finishing:
    await t.deps.db.job.update({
      where: { id },
      data: { status: 'running', lockedBy: 'dead-worker', lockedUntil: new Date(t.clock.now().getTime() + LEASE_MS), attempts: 1 },
    });
    const runner = { db: t.deps.db, clock: t.clock, log: t.deps.log, handlers };
    expect(await runDueJobs(runner)).toBe(0);
    t.clock.advance(LEASE_MS + 1);
    expect(await runDueJobs(runner)).toBe(1);
    expect(ran).toEqual(['ran']);
    expect((await t.deps.db.job.findUnique({ where: { id } }))!.status).toBe('done');
  });

  it('does not show one shop the jobs of another', async () => {
    await enqueueJob(t.deps.db, { shop: 'other-store.myshopify.com', kind: 'work', payload: {}, runAt: t.clock.now() });
    const res = await t.api('get', '/api/jobs');
    expect(res.body.jobs.every((job: { id: string }) => job.id)).toBe(true);
    const other = await t.deps.db.job.findFirst({ where: { shop: 'other-store.myshopify.com' } });
    expect(res.body.jobs.map((job: { id: string }) => job.id)).not.toContain(other!.id);
    expect((await t.api('post', `/api/jobs/${other!.id}/retry`)).status).toBe(404);
  });

  it('wakes at once when new work is signalled, without waiting for its poll, and stops promptly', async () => {
    const signal = createJobSignal();
    const done: string[] = [];
    const runner = startRunner({
      signal,
      pollMs: 60_000,
      handlers: { quick: (job) => Promise.resolve(void done.push(job.id)) },
    });
    // Signals arrive while the loops sleep, and while they are still busy with the previous job:
    // these pauses only let the loops fall asleep; nothing waits on them (the poll is a minute).
    await new Promise((r) => setTimeout(r, 50));
    const ids: string[] = [];
    for (let round = 0; round < 12; round++) {
      const id = await enqueueJob(t.deps.db, { shop: SHOP_A, kind: 'quick', payload: {}, runAt: t.clock.now() });
      ids.push(id);
      signal.dispatch([id]);
      if (round % 3 === 0) await new Promise((r) => setTimeout(r, 30));
    }
    await vi.waitFor(() => expect(done).toHaveLength(ids.length), { timeout: 3000, interval: 20 });
    // A limit on stop(), not a sleep: it answers as soon as the loops end.
    const stopped = await Promise.race([runner.stop().then(() => 'stopped'), new Promise((r) => setTimeout(() => r('still running'), 2000))]);
    expect(stopped).toBe('stopped');
    expect(done.sort()).toEqual(ids.sort());
  });

  it('holds jobs back while webhook deliveries stream in, runs them in the first pause, and never holds one longer than its limit', async () => {
    // Deliveries are "streaming" while the flag is up: the signal reports no pause at all, so a
    // slow machine cannot make a pause out of a stall.
    // Each time the runner asks whether deliveries pause is counted: that it asked during a burst
    // is the signal that it holds back, instead of a guess at how long that takes.
    let streaming = false;
    let askedDuringBurst = 0;
    const signal = {
      ...createJobSignal(),
      intakeIdleMs: () => {
        if (!streaming) return Number.POSITIVE_INFINITY;
        askedDuringBurst += 1;
        return 0;
      },
    };
    const burstBegins = async () => {
      askedDuringBurst = 0;
      streaming = true;
      await vi.waitFor(() => expect(askedDuringBurst).toBeGreaterThan(0), { timeout: 2000, interval: 5 });
    };
    const ran: number[] = [];
    const runner = startRunner({
      signal,
      concurrency: 1,
      pollMs: 20,
      intakeFirstMs: 600,
      handlers: { held: () => Promise.resolve(void ran.push(performance.now())) },
    });

    // A short burst: a job queued during it waits for it to end, however often the runner looks.
    await burstBegins();
    await enqueueJob(t.deps.db, { shop: SHOP_A, kind: 'held', payload: {}, runAt: t.clock.now() });
    const askedBefore = askedDuringBurst;
    await vi.waitFor(() => expect(askedDuringBurst).toBeGreaterThanOrEqual(askedBefore + 4), { timeout: 2000, interval: 5 });
    expect(ran).toHaveLength(0);
    const burstEnded = performance.now();
    streaming = false;
    await vi.waitFor(() => expect(ran).toHaveLength(1), { timeout: 2000, interval: 20 });
    expect(ran[0]).toBeGreaterThanOrEqual(burstEnded);

    // A flood that never pauses: the job still runs, once the limit has passed.
    const floodBegan = performance.now();
    await burstBegins();
    await enqueueJob(t.deps.db, { shop: SHOP_A, kind: 'held', payload: {}, runAt: t.clock.now() });
    await vi.waitFor(() => expect(ran).toHaveLength(2), { timeout: 3000, interval: 20 });
    await runner.stop();
    expect(ran).toHaveLength(2);
    expect(ran[1]! - floodBegan).toBeGreaterThanOrEqual(550);
  });
});
