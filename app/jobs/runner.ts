// Runs jobs. Two engines over the same job table:
//  - "database" (default, one process, SQLite or PostgreSQL): workers poll the table and claim
//    rows; woken at once by the job signal.
//  - "pg-boss" (several instances on PostgreSQL): pg-boss distributes job ids to whichever
//    instance is free (SKIP LOCKED); the claim on our row still guarantees a single execution.
// Either way a crash loses nothing: an unfinished job's lease expires and it is run again.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import PgBoss from 'pg-boss';
import { z } from 'zod';
import type { Db } from '../platform/db/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { Logger } from '../platform/logging.ts';
import { claimJob, claimNextJob, completeJob, failJob, LEASE_MS, LEASE_RENEW_MS, renewLease, type ClaimedJob } from './queue.ts';
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

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

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

/**
 * pg-boss's queue of job ids. Its "short" policy keeps at most one waiting message per key, and
 * each message is keyed by its job's id: publishing a job again while its message waits (the
 * sweep of every instance, a retry) adds nothing, so the queue never holds more than one waiting
 * message per job. pg-boss does no retries of its own: the job table is the truth, and the
 * sweep republishes what is due. (The earlier queue, "lawfully-jobs", had no such key.)
 */
const QUEUE = 'lawfully-job-ids';

/**
 * How often each instance republishes jobs that are due but not running (lost publishes, retries,
 * crashed holders); a due job is republished once it has waited this long with no live message.
 */
export const SWEEP_MS = 5_000;

/**
 * Queued jobs that are due and have no live message: none waiting, and none taken by a worker
 * within a lease (a worker runs its batch one job after another, so a job's message can be
 * taken a while before the job is claimed; an older one belongs to a worker that died).
 */
async function unpublished(db: Db, now: Date, dueBefore: Date): Promise<Array<{ id: string }>> {
  return db.$queryRaw<Array<{ id: string }>>`
    SELECT j."id" FROM "Job" j
    WHERE j."status" = 'queued' AND j."runAt" <= ${dueBefore}
      AND NOT EXISTS (
        SELECT 1 FROM pgboss.job m
        WHERE m.name = ${QUEUE} AND m.singleton_key = j."id"
          AND (m.state IN ('created', 'retry') OR (m.state = 'active' AND m.started_on > ${now}::timestamptz - ${`${LEASE_MS / 1000} seconds`}::interval))
      )
    ORDER BY j."runAt" LIMIT 500`;
}

/**
 * pg-boss engine. New jobs are published as they are committed; a sweep republishes jobs that
 * are due but were never picked up (a publish lost in a crash, a retry whose backoff ended) and
 * jobs whose holder stopped renewing its lease (a killed instance).
 */
export async function startPgBossRunner(deps: RunnerDeps & { signal: JobSignal; databaseUrl: string; sweepMs?: number; teamSize?: number }): Promise<Runner> {
  const { db, clock, log, signal, sweepMs = SWEEP_MS, teamSize = 4 } = deps;
  const boss = new PgBoss({ connectionString: deps.databaseUrl, schema: 'pgboss' });
  boss.on('error', (error) => log.error({ err: error.message }, 'pg-boss error'));
  await boss.start();
  await boss.createQueue(QUEUE, { name: QUEUE, policy: 'short', retryLimit: 0, expireInSeconds: Math.ceil((2 * LEASE_MS) / 1000) });

  const workerIds: string[] = [];
  // Jobs taken over from a crashed holder go before the backlog (pg-boss fetches by priority).
  const publish = (ids: string[], priority = 0) => {
    if (ids.length === 0) return;
    boss
      .insert(ids.map((id) => ({ name: QUEUE, data: { jobId: id }, singletonKey: id, priority })))
      .then(() => workerIds.forEach((id) => boss.notifyWorker(id))) // this instance's idle workers need not wait for their poll
      .catch((error: unknown) => log.warn({ err: reason(error) }, 'pg-boss publish failed; the sweep will republish'));
  };
  const unsubscribe = signal.subscribe((ids) => publish(ids));

  for (let i = 0; i < teamSize; i += 1) {
    // Each pg-boss worker is a worker of its own (see startDatabaseRunner). A worker polls at
    // most twice a second, so it takes a few messages at a time and runs them one after another;
    // a message held up behind a long job for longer than a lease is republished by the sweep.
    const worker = newWorkerId();
    const workerId = await boss.work<{ jobId: string }>(QUEUE, { batchSize: 8, pollingIntervalSeconds: 0.5 }, async (messages) => {
      for (const message of messages) {
        try {
          const job = await claimJob(db, message.data.jobId, worker, clock.now());
          if (job) await runClaimedJob(deps, job, worker);
        } catch (error) {
          // The claim failed (database unreachable): the job is still due, and the sweep republishes it.
          log.warn({ job: message.data.jobId, err: reason(error) }, 'job could not be claimed');
        }
      }
    });
    workerIds.push(workerId);
  }

  const sweep = setInterval(() => {
    const now = clock.now();
    Promise.all([
      unpublished(db, now, new Date(now.getTime() - sweepMs)),
      db.job.findMany({ where: { status: 'running', lockedUntil: { lt: now } }, orderBy: { runAt: 'asc' }, select: { id: true }, take: 500 }),
    ])
      .then(([due, abandoned]) => {
        publish(
          abandoned.map((row) => row.id),
          1,
        );
        publish(due.map((row) => row.id));
      })
      .catch((error: unknown) => log.warn({ err: reason(error) }, 'job sweep failed'));
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
