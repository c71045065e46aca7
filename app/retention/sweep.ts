// The daily retention sweep: one job per installed shop a day, which plans a dry run and applies
// it when the merchant chose automatic retention.
import type { AppDeps } from '../platform/deps.ts';
import type { JobHandlers } from '../jobs/runner.ts';
import { enqueueJob } from '../jobs/queue.ts';
import { applyRetention, planRetention } from './runs.ts';
import { getRetentionSettings } from './settings.ts';
import { HOUR_MS } from '../platform/time.ts';

export const RETENTION_JOB = 'retention.sweep';

/** 'retention.sweep': a dry run, applied at once when the merchant chose automatic retention. */
export function retentionJobHandlers(deps: AppDeps): JobHandlers {
  return {
    [RETENTION_JOB]: async (job) => {
      const run = await planRetention(deps, job.shop);
      if ((await getRetentionSettings(deps.db, job.shop)).automatic) await applyRetention(deps, job.shop, run.id, 'system');
    },
  };
}

/** A shop gets a new sweep when it has none waiting and none started within this time. */
const SWEEP_GAP_MS = 23 * HOUR_MS;

/**
 * Enqueues one sweep per installed shop that has none queued or running and none in the last
 * day. Returns the ids of the jobs it enqueued.
 */
export async function scheduleRetention(deps: Pick<AppDeps, 'db' | 'clock' | 'jobs'>): Promise<string[]> {
  const { db, clock, jobs } = deps;
  const now = clock.now();
  const shops = await db.shop.findMany({ where: { uninstalledAt: null }, select: { domain: true } });
  const enqueued: string[] = [];
  for (const { domain: shop } of shops) {
    const pending = await db.job.findFirst({
      where: { shop, kind: RETENTION_JOB, OR: [{ status: { in: ['queued', 'running'] } }, { runAt: { gt: new Date(now.getTime() - SWEEP_GAP_MS) } }] },
      select: { id: true },
    });
    if (pending) continue;
    enqueued.push(await enqueueJob(db, { shop, kind: RETENTION_JOB, payload: {}, runAt: now, maxAttempts: 3 }));
  }
  if (enqueued.length) jobs.dispatch(enqueued);
  return enqueued;
}

/**
 * Schedules sweeps from now on: checks at once and then every `checkEveryMs` (an hour), and
 * scheduleRetention keeps each shop to one sweep a day. Checking hourly rather than waiting a
 * day means a process restarted more often than daily (deploys) still sweeps every day.
 * Returns a stop function that waits for a check in progress.
 */
export function startRetentionSchedule(deps: AppDeps, { checkEveryMs = HOUR_MS }: { checkEveryMs?: number } = {}): () => Promise<void> {
  let inFlight: Promise<unknown> = Promise.resolve();
  const check = () => {
    inFlight = scheduleRetention(deps).catch((error: unknown) => deps.log.warn({ err: error instanceof Error ? error.message : String(error) }, 'retention scheduling failed'));
  };
  check();
  const timer = setInterval(check, checkEveryMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await inFlight;
  };
}
