// The retention jobs: the daily sweep (scheduled per shop by app/jobs/schedule.ts) plans a dry
// run and applies it when the merchant chose automatic retention; retention.apply erases the
// applied run's Shopify customers, and resumes where it stopped when it is run again.
import { z } from 'zod';
import type { AppDeps } from '../platform/deps.ts';
import type { JobHandlers } from '../jobs/runner.ts';
import { jobKinds } from '../jobs/kinds.ts';
import { applyRetention, finishRun, planRetention, retentionRules, storedRun } from './runs.ts';
import { getRetentionSettings } from './settings.ts';
import { inactivityCutoff } from './select.ts';
import { eraseInactiveCustomers } from './shopify-erasures.ts';

const applyPayload = z.object({ runId: z.string().min(1) });

/** Erases the customers of an applied run that have no outcome yet; 'stopped' when the attempt lost its job. */
export async function applyToShopify(deps: Pick<AppDeps, 'db' | 'clock' | 'adminApi'>, shop: string, runId: string, attempt: string, signal?: AbortSignal) {
  const run = await storedRun(deps.db, shop, runId);
  if (run.status !== 'applying') return 'done';
  const now = deps.clock.now();
  // The run's period: today's rule if it still has one, else (rule removed since) nothing more is erased.
  const inactivity = inactivityCutoff(await retentionRules(deps.db, shop), now);
  const result = inactivity ? await eraseInactiveCustomers(deps, shop, runId, { attempt, period: inactivity.period, signal }) : 'done';
  if (result === 'done') await finishRun(deps, shop, runId);
  return result;
}

export function retentionJobHandlers(deps: AppDeps): JobHandlers {
  return {
    /** A dry run, applied at once when the merchant chose automatic retention. */
    [jobKinds.retentionSweep]: async (job) => {
      const run = await planRetention(deps, job.shop);
      if ((await getRetentionSettings(deps.db, job.shop)).automatic) await applyRetention(deps, job.shop, run.id, 'system');
    },
    [jobKinds.retentionApply]: async (job, { signal }) => {
      const { runId } = applyPayload.parse(job.payload);
      await applyToShopify(deps, job.shop, runId, `${job.id}:${job.attempts}`, signal);
    },
  };
}
