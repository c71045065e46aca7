// The one scheduler of recurring work: each entry is a kind of job every installed shop gets once
// per period (the requests' daily round, the retention sweep, …). Checked at start and then every
// hour, so a process restarted more often than daily (deploys) still runs each entry on time; the
// job table says what was already enqueued, so several instances enqueue it once between them
// as long as their checks do not coincide to the millisecond (a duplicate run is harmless: every
// handler is idempotent).
import type { AppDeps } from '../platform/deps.ts';
import { DAY_MS, HOUR_MS } from '../platform/time.ts';
import { jobKinds, type JobKind } from './kinds.ts';
import { enqueueJob } from './queue.ts';

export interface ScheduledJob {
  kind: JobKind;
  /** how often each shop gets one */
  everyMs: number;
  maxAttempts?: number;
}

/** Add an entry here to run a kind of job per shop on a period; register its handler in app/background.ts. */
export const SCHEDULE: ScheduledJob[] = [
  { kind: jobKinds.requestsDaily, everyMs: DAY_MS },
  { kind: jobKinds.retentionSweep, everyMs: DAY_MS, maxAttempts: 3 },
  // A shop that scanned its storefront before (and kept weekly rescans on) is scanned again.
  { kind: jobKinds.scanWeekly, everyMs: 7 * DAY_MS, maxAttempts: 2 },
];

/** How often the scheduler looks; an entry is due again this much before its period ends. */
export const SCHEDULE_CHECK_MS = HOUR_MS;

/**
 * Enqueues, for every installed shop, each entry that has no job queued or running and none
 * started within its period (less an hour of slack for the hourly check). Returns the new job ids.
 */
export async function enqueueDueJobs(deps: Pick<AppDeps, 'db' | 'clock' | 'jobs'>, schedule: ScheduledJob[] = SCHEDULE): Promise<string[]> {
  const { db, clock, jobs } = deps;
  const now = clock.now();
  const shops = await db.shop.findMany({ where: { uninstalledAt: null }, select: { domain: true } });
  const enqueued: string[] = [];
  for (const { domain: shop } of shops) {
    for (const entry of schedule) {
      const since = new Date(now.getTime() - Math.max(entry.everyMs - SCHEDULE_CHECK_MS, 0));
      const pending = await db.job.findFirst({
        where: { shop, kind: entry.kind, OR: [{ status: { in: ['queued', 'running'] } }, { runAt: { gt: since } }] },
        select: { id: true },
      });
      if (pending) continue;
      enqueued.push(
        await enqueueJob(db, { shop, kind: entry.kind, payload: {}, runAt: now, ...(entry.maxAttempts ? { maxAttempts: entry.maxAttempts } : {}) }),
      );
    }
  }
  if (enqueued.length) jobs.dispatch(enqueued);
  return enqueued;
}

/**
 * Runs the schedule from now on: checks at once and then every `checkEveryMs`. Returns a stop
 * function that waits for a check in progress.
 */
export function startSchedule(
  deps: AppDeps,
  { schedule = SCHEDULE, checkEveryMs = SCHEDULE_CHECK_MS }: { schedule?: ScheduledJob[]; checkEveryMs?: number } = {},
): () => Promise<void> {
  let inFlight: Promise<unknown> = Promise.resolve();
  const check = () => {
    inFlight = enqueueDueJobs(deps, schedule).catch((error: unknown) =>
      deps.log.warn({ err: error instanceof Error ? error.message : String(error) }, 'scheduling recurring jobs failed'),
    );
  };
  check();
  const timer = setInterval(check, checkEveryMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await inFlight;
  };
}
