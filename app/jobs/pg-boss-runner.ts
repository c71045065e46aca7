// The pg-boss engine of the job runner (see runner.ts): several instances on PostgreSQL share the
// work through pg-boss, while the claim on the job row still guarantees a single execution.
import PgBoss from 'pg-boss';
import type { Db } from '../platform/db/index.ts';
import { claimJob, LEASE_MS } from './queue.ts';
import { newWorkerId, reason, runClaimedJob, type Runner, type RunnerDeps } from './runner.ts';
import type { JobSignal } from './signal.ts';

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
