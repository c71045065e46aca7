// The scan as background work: the merchant's "Scan my storefront" and the weekly rescan each
// enqueue a job; the job visits the storefront three times, classifies what it saw against the
// shop's records, stores the result and prunes old scans.
import type { AppDeps } from '../platform/deps.ts';
import { z } from 'zod';
import { checkedJob, type JobHandlers } from '../jobs/runner.ts';
import { jobKinds } from '../jobs/kinds.ts';
import { enqueueJob } from '../jobs/queue.ts';
import { addDays } from '../platform/time.ts';
import { loadConsentSettings } from '../consent/settings.ts';
import { loadRecords } from '../records/store.ts';
import { openCookieDatabase } from './cookie-database.ts';
import { classifyScan, type RecordsForScan } from './classify.ts';
import { visitStorefront } from './visits.ts';
import { createScan, failScan, finishScan, purgeOldScans, isDueForRescan, startScan, storefrontPassword, type ScanTrigger } from './store.ts';

export const SCAN_JOB = jobKinds.scanStorefront;
export const SCAN_WEEKLY_JOB = jobKinds.scanWeekly;
export const RESCAN_AFTER_DAYS = 7;

/**
 * How this process scans. Production scans `https://<shop>` with plain Chromium; the local
 * preview (app/preview, through app/main.ts) passes its storefront's address and the Chromium
 * arguments that send the vendors' hostnames to its stand-in.
 */
export interface ScanOptions {
  storefrontUrl?: (shop: string) => string;
  chromiumArgs?: readonly string[];
}

const defaultStorefrontUrl = (shop: string) => `https://${shop}/`;

async function recordsForScan(deps: Pick<AppDeps, 'db'>, shop: string): Promise<RecordsForScan> {
  const records = await loadRecords(deps.db, shop);
  return { cookies: records?.cookies ?? [], processors: records?.processors ?? [] };
}

/** Runs one scan to its end; a failure is stored on the scan (in words for the merchant), never thrown. */
export async function runScan(deps: AppDeps, options: ScanOptions, shop: string, scanId: string): Promise<void> {
  const { db, clock, config, log } = deps;
  const scan = await startScan(db, shop, scanId, clock.now());
  if (!scan) return;
  const started = performance.now();
  const target = (options.storefrontUrl ?? defaultStorefrontUrl)(shop);
  try {
    const visits = await visitStorefront({
      url: target,
      chromiumPath: config.chromiumPath,
      chromiumArgs: options.chromiumArgs,
      password: await storefrontPassword(db, config.encryptionKey, shop),
    });
    // The merchant's tracker hosts (Cookies page) classify hosts as the banner's blocker does.
    const { trackers } = await loadConsentSettings(db, shop);
    const result = classifyScan(
      { target, visits, records: await recordsForScan(deps, shop), database: openCookieDatabase(), merchantTrackers: trackers },
      clock.now().getTime(),
    );
    const durationMs = Math.round(performance.now() - started);
    const newLeaks = await finishScan(db, shop, scanId, result, durationMs, clock.now());
    log.info({ shop, scan: scanId, durationMs, leaks: result.leaks.length, newLeaks }, 'storefront scanned');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await failScan(db, scanId, message, Math.round(performance.now() - started), clock.now());
    log.warn({ shop, scan: scanId, err: message }, 'storefront scan failed');
  }
  await purgeOldScans(db, shop, clock.now());
}

/** A scan row and its job in one transaction; wakes the runner. */
export async function requestScan(deps: Pick<AppDeps, 'db' | 'clock' | 'jobs'>, shop: string, trigger: ScanTrigger): Promise<string> {
  const now = deps.clock.now();
  const { scanId, jobId } = await deps.db.$transaction(async (tx) => {
    const id = await createScan(tx, shop, trigger, now);
    return { scanId: id, jobId: await enqueueJob(tx, { shop, kind: SCAN_JOB, payload: { scanId: id }, runAt: now, maxAttempts: 2 }) };
  });
  deps.jobs.dispatch([jobId]);
  return scanId;
}

const scanJobPayload = z.object({ scanId: z.string().min(1) });

export function scanJobHandlers(deps: AppDeps, options: ScanOptions = {}): JobHandlers {
  return {
    [SCAN_JOB]: checkedJob(scanJobPayload, ({ scanId }, job) => runScan(deps, options, job.shop, scanId)),
    // The scheduler gives every installed shop this job once a week; only shops that scanned
    // before, with weekly rescans on, and whose latest scan is a week old are scanned again.
    [SCAN_WEEKLY_JOB]: async (job) => {
      if (await isDueForRescan(deps.db, job.shop, addDays(deps.clock.now(), -(RESCAN_AFTER_DAYS - 1)))) await requestScan(deps, job.shop, 'weekly');
    },
  };
}
