// Runs jobs. Two engines over the same job table:
//  - "database" (default, one process, SQLite or PostgreSQL): workers poll the table and claim
//    rows; woken at once by the job signal.
//  - "pg-boss" (several instances on PostgreSQL): pg-boss distributes job ids to whichever
//    instance is free (SKIP LOCKED); the claim on our row still guarantees a single execution.
// Either way a crash loses nothing: an unfinished job's lease expires and it is run again.
// The pg-boss engine is in pg-boss-runner.ts.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { z } from 'zod';
import type { Db } from '../platform/db/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { Logger } from '../platform/logging.ts';
import { claimNextJob, completeJob, failJob, LEASE_RENEW_MS, renewLease, type ClaimedJob } from './queue.ts';
import type { JobSignal } from './signal.ts';

/**
 * A job's work. `signal` aborts when the attempt has lost its lease (another worker took the
 * job over): a long handler may stop early; whatever it returns then no longer counts.
 */
export type JobHandler = (job: ClaimedJob, context: { signal: AbortSignal }) => Promise<void>;

/**
 * A job kind whose payload the runner reads with a schema before running it. A payload that does
 * not parse fails the job at once with the schema's message: another attempt would read the same row.
 */
export interface CheckedJob<P> {
  payload: z.ZodType<P>;
  run: (payload: P, job: ClaimedJob, context: { signal: AbortSignal }) => Promise<void>;
}
export const checkedJob = <P>(payload: z.ZodType<P>, run: CheckedJob<P>['run']): CheckedJob<P> => ({ payload, run });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own payload type; the runner checks it with that kind's schema before the call
export type JobHandlers = Record<string, JobHandler | CheckedJob<any>>;

class InvalidPayloadError extends Error {}

/** Runs a handler; a checked job's payload is parsed first (InvalidPayloadError when it does not fit). */
async function runHandler(handler: JobHandler | CheckedJob<unknown>, job: ClaimedJob, context: { signal: AbortSignal }): Promise<void> {
  if (typeof handler === 'function') return handler(job, context);
  const parsed = handler.payload.safeParse(job.payload);
  if (!parsed.success) throw new InvalidPayloadError(`The job's payload does not fit its kind "${job.kind}": ${z.prettifyError(parsed.error)}`);
  return handler.run(parsed.data, job, context);
}

export interface RunnerDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  handlers: JobHandlers;
  /** how often a running job renews its lease (LEASE_RENEW_MS; tests shorten it) */
  leaseRenewMs?: number;
}

export const newWorkerId = () => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Runs one claimed job and records its outcome. Never throws: a database that fails while the
 * outcome is written is logged, and the job is run again once its lease runs out (handlers are
 * idempotent), so a database outage delays work but never takes the process down.
 */
export async function runClaimedJob({ db, clock, log, handlers, leaseRenewMs = LEASE_RENEW_MS }: RunnerDeps, job: ClaimedJob, worker: string): Promise<void> {
  const handler = handlers[job.kind];
  const about = { shop: job.shop, job: job.id, kind: job.kind, attempt: job.attempts };
  const lease = new AbortController();
  const renewal = setInterval(() => {
    renewLease(db, job, worker, clock.now()).then(
      (held) => {
        if (!held && !lease.signal.aborted) {
          log.warn(about, 'job lost its lease to another worker; this attempt stops counting');
          lease.abort();
        }
      },
      (error: unknown) => log.warn({ ...about, err: reason(error) }, 'job lease could not be renewed (database unreachable?)'),
    );
  }, leaseRenewMs);
  let failure: { error: unknown } | undefined;
  try {
    if (!handler) throw new Error(`No handler for jobs of kind "${job.kind}"`);
    await runHandler(handler, job, { signal: lease.signal });
  } catch (error) {
    failure = { error };
  } finally {
    clearInterval(renewal);
  }
  try {
    if (!failure) {
      if (await completeJob(db, job, worker, clock.now())) log.info(about, 'job done');
      else log.warn(about, 'job finished after losing its lease; the attempt that took it over decides');
    } else {
      const outcome = await failJob(db, job, worker, failure.error, clock.now(), { final: failure.error instanceof InvalidPayloadError });
      log.warn({ ...about, outcome, err: reason(failure.error) }, 'job failed');
    }
  } catch (error) {
    log.error({ ...about, err: reason(error) }, 'job outcome could not be recorded; it runs again when its lease ends');
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

/** The longest a runner loop waits before asking a database that failed again. */
export const OUTAGE_BACKOFF_MAX_MS = 5_000;

export function startDatabaseRunner(deps: RunnerDeps & { signal: JobSignal; concurrency?: number; pollMs?: number; intakeFirstMs?: number }): Runner {
  const { signal, concurrency = 2, pollMs = 1000, intakeFirstMs = INTAKE_FIRST_MS } = deps;
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
  // stop() and the signal change these while a loop awaits: the loop reads them afresh each time.
  const isRunning = () => running;
  const wasSignalled = () => signalled;

  const sleep = (ms = pollMs) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
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

  // Each loop is a worker of its own: an attempt is known by its worker and attempt number.
  async function loop() {
    const worker = newWorkerId();
    let outage = 0; // consecutive failed claims
    while (running) {
      await giveWayToIntake();
      signalled = false;
      let job: ClaimedJob | undefined;
      try {
        job = await claimNextJob(deps.db, worker, deps.clock.now());
        if (outage) deps.log.info({ worker }, 'job runner reaches the database again');
        outage = 0;
      } catch (error) {
        outage += 1;
        if (outage === 1 || outage % 10 === 0)
          deps.log.error({ worker, err: reason(error), failedClaims: outage }, 'job runner cannot reach the database; backing off');
        // 250 ms, 500 ms … up to OUTAGE_BACKOFF_MAX_MS: back soon after the database is.
        if (isRunning()) await sleep(Math.min(250 * 2 ** (outage - 1), OUTAGE_BACKOFF_MAX_MS));
        continue;
      }
      if (job) {
        await runClaimedJob(deps, job, worker);
        // SQLite answers synchronously, so a chain of jobs would run entirely in microtasks and
        // starve the HTTP server: let pending I/O through between jobs.
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      if (wasSignalled() || !isRunning()) continue;
      await sleep();
    }
  }

  const loops = Array.from({ length: concurrency }, () =>
    loop().catch((error: unknown) => deps.log.fatal({ err: reason(error) }, 'a job runner loop stopped')),
  );
  return {
    async stop() {
      running = false;
      unsubscribe();
      for (const wake of [...sleepers]) wake();
      await Promise.allSettled(loops);
    },
  };
}
