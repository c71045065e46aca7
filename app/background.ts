// Work that runs beside the HTTP server: the job runner and the one scheduler of recurring jobs
// (app/jobs/schedule.ts, where recurring work is listed).
// Each capability that needs background work registers its job handlers here.
import type { AppDeps } from './platform/deps.ts';
import type { JobHandlers, Runner } from './jobs/runner.ts';
import { startDatabaseRunner } from './jobs/runner.ts';
import { startPgBossRunner } from './jobs/pg-boss-runner.ts';
import { webhookJobHandlers } from './webhooks/topics/index.ts';
import { mailJobHandlers } from './mail/mailer.ts';
import { startSchedule } from './jobs/schedule.ts';
import { requestJobHandlers } from './requests/daily.ts';
import { retentionJobHandlers } from './retention/sweep.ts';
import { processorJobHandlers } from './processors/run-task.ts';
import { scanJobHandlers, type ScanOptions } from './scan/jobs.ts';

export interface Background {
  stop(): Promise<void>;
}

/** `scan`: how storefront scans run here (the local preview passes its storefront and vendor stand-in). */
export interface BackgroundOptions {
  scan?: ScanOptions;
}

export function jobHandlers(deps: AppDeps, options: BackgroundOptions = {}): JobHandlers {
  return {
    ...webhookJobHandlers(deps),
    ...mailJobHandlers(deps),
    ...requestJobHandlers(deps),
    ...retentionJobHandlers(deps),
    ...scanJobHandlers(deps, options.scan),
    ...processorJobHandlers(deps),
    // --- job handlers (capabilities add theirs here) ---
  };
}

export async function startBackgroundWork(deps: AppDeps, options: BackgroundOptions = {}): Promise<Background> {
  const { config, db, clock, log, jobs } = deps;
  const handlers = jobHandlers(deps, options);
  const runner: Runner =
    config.jobQueue === 'pg-boss'
      ? await startPgBossRunner({ db, clock, log, handlers, signal: jobs, databaseUrl: config.databaseUrl })
      : startDatabaseRunner({ db, clock, log, handlers, signal: jobs });
  const stops: Array<() => Promise<void>> = [() => runner.stop()];
  // --- background work (capabilities add theirs here) ---
  stops.push(startSchedule(deps));
  return {
    stop: async () => {
      await Promise.allSettled(stops.map((stop) => stop()));
    },
  };
}
