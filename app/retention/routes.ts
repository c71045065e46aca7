// /api/retention: the shop's retention runs (dry runs to read, apply or discard) and whether
// each daily dry run is applied automatically.
import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../platform/deps.ts';
import { parseInput } from '../platform/validation.ts';
import { applyRetention, discardRetention, getRetentionRun, listRetentionRuns, planRetention } from './runs.ts';
import { getRetentionSettings, saveRetentionSettings } from './settings.ts';

const settingsInput = z.object({ automatic: z.boolean({ error: 'Say whether dry runs are applied automatically (true or false)' }) });
/** Everyone the dry run lists is erased, except the customers (Shopify gids) named here. */
const applyInput = z.object({ excluded: z.array(z.string().min(1).max(100)).max(100_000).default([]) }).default({ excluded: [] });

export function retentionRouter(deps: AppDeps) {
  const { db } = deps;
  const router = Router();

  router.get('/runs', async (_req, res) => {
    res.json({ runs: await listRetentionRuns(db, res.locals.shop) });
  });

  router.post('/runs', async (_req, res) => {
    res.status(201).json({ run: await planRetention(deps, res.locals.shop) });
  });

  router.get('/runs/:id', async (req, res) => {
    res.json({ run: await getRetentionRun(deps, res.locals.shop, req.params.id) });
  });

  router.post('/runs/:id/apply', async (req, res) => {
    const { excluded } = parseInput(applyInput, req.body ?? {}, 'The customers to leave out');
    res.json({ run: await applyRetention(deps, res.locals.shop, req.params.id, res.locals.actor, { excluded }) });
  });

  router.post('/runs/:id/discard', async (req, res) => {
    res.json({ run: await discardRetention(deps, res.locals.shop, req.params.id, res.locals.actor) });
  });

  router.get('/settings', async (_req, res) => {
    res.json({ settings: await getRetentionSettings(db, res.locals.shop) });
  });

  router.put('/settings', async (req, res) => {
    const input = parseInput(settingsInput, req.body, 'The retention settings');
    res.json({ settings: await saveRetentionSettings(deps, res.locals.shop, res.locals.actor, input) });
  });

  return router;
}
