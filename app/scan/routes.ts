// /api/scans: the merchant starts a storefront scan, follows it, reads its findings, and sets the
// storefront password and weekly rescans. Adding the cookies it offers goes through the records
// API (PUT /api/records/cookies), like any other change to the Cookies record.
import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../platform/deps.ts';
import { parseInput } from '../platform/validation.ts';
import { recordAudit } from '../audit/log.ts';
import { requestScan } from './jobs.ts';
import { getScan, getScanSettings, listScans, saveScanSettings, type ScanView } from './store.ts';

/** Home's alert: the latest scan and how many of its leaks are new. */
const latestSummary = (scan: ScanView) => ({ id: scan.id, finishedAt: scan.finishedAt, leaks: scan.result?.leaks.length ?? 0, newLeaks: scan.newLeaks });
export type LatestScanSummary = ReturnType<typeof latestSummary>;

const settingsInput = z
  .object({
    weekly: z.boolean({ error: 'Say whether to rescan every week (yes or no)' }).optional(),
    password: z
      .string()
      .trim()
      .min(1, 'Enter the storefront password, or remove it')
      .max(200, 'The storefront password is at most 200 characters')
      .nullable()
      .optional(),
  })
  .strict();

export function scansRouter(deps: AppDeps) {
  const { db, clock, config } = deps;
  const router = Router();

  router.post('/', async (_req, res) => {
    const id = await requestScan(deps, res.locals.shop, 'merchant');
    await recordAudit(db, { shop: res.locals.shop, actor: res.locals.actor, action: 'scan.requested', subject: `scan:${id}`, at: clock.now() });
    res.status(202).json({ scan: await getScan(db, res.locals.shop, id) });
  });

  router.get('/', async (_req, res) => {
    res.json({ scans: await listScans(db, res.locals.shop) });
  });

  /** The latest finished scan's leaks, for the alert on Home. */
  router.get('/latest', async (_req, res) => {
    const [latest] = (await listScans(db, res.locals.shop, 5)).filter((scan) => scan.status === 'done');
    res.json({ scan: latest ? latestSummary(latest) : null });
  });

  router.get('/settings', async (_req, res) => {
    res.json({ settings: await getScanSettings(db, res.locals.shop) });
  });

  router.put('/settings', async (req, res) => {
    const change = parseInput(settingsInput, req.body, 'The scan settings');
    const settings = await saveScanSettings(db, config.encryptionKey, res.locals.shop, change, clock.now());
    await recordAudit(db, { shop: res.locals.shop, actor: res.locals.actor, action: 'scan.settings_changed', subject: 'scan-settings', at: clock.now() });
    res.json({ settings });
  });

  router.get('/:id', async (req, res) => {
    res.json({ scan: await getScan(db, res.locals.shop, req.params.id) });
  });

  return router;
}
