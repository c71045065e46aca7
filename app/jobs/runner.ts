// Runs jobs. Two engines over the same job table:
//  - "database" (default, one process, SQLite or PostgreSQL): workers poll the table and claim
//    rows; woken at once by the job signal.
//  - "pg-boss" (several instances on PostgreSQL): pg-boss distributes job ids to whichever
//    instance is free (SKIP LOCKED); the claim on our row still guarantees a single execution.
// Either way a crash loses nothing: an unfinished job's lease expires and it is run again.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import PgBoss from 'pg-boss';
import type { Db } from '../platform/db/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { Logger } from '../platform/logging.ts';
import { claimJob, claimNextJob, completeJob, failJob, type ClaimedJob } from './queue.ts';
import type { JobSignal } from './signal.ts';

export type JobHandler = (job: ClaimedJob) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

export interface RunnerDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  handlers: JobHandlers;
}

export const newWorkerId = () => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export async function runClaimedJob({ db, clock, log, handlers }: RunnerDeps, job: ClaimedJob, worker: string): Promise<void> {
  const handler = handlers[job.kind];
  try {
    if (!handler) throw new Error(`No handler for jobs of kind "${job.kind}"`);
    await handler(job);
    await completeJob(db, job, worker, clock.now());
    log.info({ shop: job.shop, job: job.id, kind: job.kind, attempt: job.attempts }, 'job done');
  } catch (error) {
    const outcome = await failJob(db, job, worker, error, clock.now());
    log.warn({ shop: job.shop, job: job.id, kind: job.kind, attempt: job.attempts, outcome, err: error instanceof Error ? error.message : String(error) }, 'job failed');
  }
}

/** Runs every job that is due now, one after another; for tests and command-line tools. */
export async function runDueJobs(deps: RunnerDeps, worker = newWorkerId()): Promise<number> {
  let count = 0;
  for (let job = await claimNextJob(deps.db, worker, deps.clock.now()); job; job = await claimNextJob(deps.db, worker, deps.clock.now())) {
    await runClaimedJob(deps, job, worker);
    count += 1;
  }
  return count;
}

export interface Runner {
  stop(): Promise<void>;
}

/** The longest a job waits for a pause in webhook deliveries before it runs anyway. */
export const INTAKE_FIRST_MS = 5_000;

export function startDatabaseRunner(deps: RunnerDeps & { signal: JobSignal; concurrency?: number; pollMs?: number; intakeFirstMs?: number }): Runner {
  const { signal, concurrency = 2, pollMs = 1000, intakeFirstMs = INTAKE_FIRST_MS } = deps;
  const worker = newWorkerId();
  let running = true;
  // Each idle loop leaves its own waker here. A signal that arrives while every loop is busy
  // (its claim query may have started before the new job was committed) is remembered, so the
  // next loop about to sleep looks again instead of waiting a whole poll.
  const sleepers = new Set<() => void>();
  let signalled = false;
  const wakeAll = () => {
    signalled = sleepers.size === 0;
    for (const wake of [...sleepers]) wake();
  };
  const unsubscribe = signal.subscribe(wakeAll);

  const sleep = () =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, pollMs);
      sleepers.add(wake);
    });

  // Acknowledging webhooks comes first: Shopify gives up on an answer after 5 s, while a job has
  // days. A job runs uninterrupted (its queries answer synchronously on SQLite, and webhooks
  // cannot commit while its transaction is open), so one started in a burst holds every
  // delivery in flight for its whole length. While deliveries stream in, jobs wait for a pause
  // of 25 ms, but never longer than intakeFirstMs, so a flood that never pauses still lets
  // one job through every few seconds; the backlog runs as soon as the flood ends.
  async function giveWayToIntake() {
    const deadline = performance.now() + intakeFirstMs;
    while (running && performance.now() < deadline && signal.intakeIdleMs() < 25) await new Promise((r) => setTimeout(r, 25));
  }

  async function loop() {
    while (running) {
      await giveWayToIntake();
      signalled = false;
      let job: ClaimedJob | undefined;
      try {
        job = await claimNextJob(deps.db, worker, deps.clock.now());
      } catch (error) {
        deps.log.error({ err: error instanceof Error ? error.message : String(error) }, 'job runner cannot reach the database');
      }
      if (job) {
        await runClaimedJob(deps, job, worker);
        // SQLite answers synchronously, so a chain of jobs would run entirely in microtasks and
        // starve the HTTP server: let pending I/O through between jobs.
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      if (signalled || !running) continue;
      await sleep();
    }
  }

  const loops = Array.from({ length: concurrency }, () => loop());
  return {
    async stop() {
      running = false;
      unsubscribe();
      for (const wake of [...sleepers]) wake();
      await Promise.allSettled(loops);
    },
  };
}

const QUEUE = 'lawfully-jobs';

/**
 * pg-boss engine. New jobs are published as they are committed; a sweep republishes jobs that
 * are due but were never picked up (a publish lost in a crash, a retry whose backoff ended).
 */
export async function startPgBossRunner(
  deps: RunnerDeps & { signal: JobSignal; databaseUrl: string; sweepMs?: number; teamSize?: number },
): Promise<Runner> {
  const { db, clock, log, signal, sweepMs = 5000, teamSize = 4 } = deps;
  const worker = newWorkerId();
  const boss = new PgBoss({ connectionString: deps.databaseUrl, schema: 'pgboss' });
  boss.on('error', (error) => log.error({ err: error.message }, 'pg-boss error'));
  await boss.start();
  await boss.createQueue(QUEUE);

  const publish = (ids: string[]) => {
    if (ids.length === 0) return;
    boss.insert(ids.map((id) => ({ name: QUEUE, data: { jobId: id } }))).catch((error: Error) => log.warn({ err: error.message }, 'pg-boss publish failed; the sweep will republish'));
  };
  const unsubscribe = signal.subscribe(publish);

  const workerIds: string[] = [];
  for (let i = 0; i < teamSize; i += 1) {
    workerIds.push(
      await boss.work<{ jobId: string }>(QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([message]) => {
        if (!message) return;
        const job = await claimJob(db, message.data.jobId, worker, clock.now());
        if (job) await runClaimedJob(deps, job, worker);
      }),
    );
  }

  const sweep = setInterval(() => {
    const overdue = new Date(clock.now().getTime() - sweepMs);
    db.job
      .findMany({
        where: { OR: [{ status: 'queued', runAt: { lte: overdue } }, { status: 'running', lockedUntil: { lt: clock.now() } }] },
        select: { id: true },
        take: 500,
      })
      .then((rows) => publish(rows.map((row) => row.id)))
      .catch((error: Error) => log.warn({ err: error.message }, 'job sweep failed'));
  }, sweepMs);
  sweep.unref();

  return {
    async stop() {
      clearInterval(sweep);
      unsubscribe();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
