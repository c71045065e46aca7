// Work that runs beside the HTTP server: the job runner and scheduled retention.
// Each capability that needs background work registers its job handlers here.
import type { AppDeps } from './platform/deps.ts';
import type { JobHandlers, Runner } from './jobs/runner.ts';
import { startDatabaseRunner, startPgBossRunner } from './jobs/runner.ts';
import { webhookJobHandlers } from './webhooks/topics/index.ts';
import { mailJobHandlers } from './mail/mailer.ts';
import { requestJobHandlers, startRequestsSchedule } from './requests/daily.ts';
import { retentionJobHandlers, startRetentionSchedule } from './retention/sweep.ts';

export interface Background {
  stop(): Promise<void>;
}

export function jobHandlers(deps: AppDeps): JobHandlers {
  return {
    ...webhookJobHandlers(deps),
    ...mailJobHandlers(deps),
    ...requestJobHandlers(deps),
    ...retentionJobHandlers(deps),
    // --- job handlers (capabilities add theirs here) ---
  };
}

/**
 * The database as job handlers see it: while webhooks stream in, each query first lets the HTTP
 * server take what has arrived. SQLite answers synchronously, so a job of twenty queries would
 * otherwise hold every acknowledgement behind it.
 */
function givingWayToIntake(deps: AppDeps): AppDeps['db'] {
  const yieldToIntake = () => new Promise<void>((resolve) => setImmediate(resolve));
  return deps.db.$extends({
    query: {
      async $allOperations({ args, query }) {
        if (deps.jobs.intakeIdleMs() < 25) await yieldToIntake();
        return query(args);
      },
    },
  }) as unknown as AppDeps['db'];
}

export async function startBackgroundWork(deps: AppDeps): Promise<Background> {
  const { config, db, clock, log, jobs } = deps;
  const handlers = jobHandlers(config.databaseKind === 'sqlite' ? { ...deps, db: givingWayToIntake(deps) } : deps);
  const runner: Runner =
    config.jobQueue === 'pg-boss'
      ? await startPgBossRunner({ db, clock, log, handlers, signal: jobs, databaseUrl: config.databaseUrl })
      : startDatabaseRunner({ db, clock, log, handlers, signal: jobs });
  const stops: Array<() => Promise<void>> = [() => runner.stop()];
  // --- background work (capabilities add theirs here) ---
  stops.push(startRequestsSchedule(deps));
  stops.push(startRetentionSchedule(deps));
  return {
    stop: async () => {
      await Promise.allSettled(stops.map((stop) => stop()));
    },
  };
}
