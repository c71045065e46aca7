// The consent log: the storefront banner reports each choice through the app proxy; the merchant
// reads the log, the counts per day and per category, and exports it as CSV.
import express, { Router } from 'express';
import { stringify } from 'csv-stringify';
import { z } from 'zod';
import type { AppDeps } from '../platform/deps.ts';
import { parseInput } from '../platform/validation.ts';
import { saltedHash } from '../platform/crypto.ts';
import { shopSalt } from '../platform/shops.ts';
import { storefrontLimits } from '../platform/rate-limit.ts';
import { addDays } from '../platform/time.ts';
import { consentRows, consentStats, listConsent, recordConsent } from './store.ts';
import { consentCategories } from './categories.ts';
import { consentSettingsInput, loadConsentSettings, saveConsentSettings } from './settings.ts';
import { knownTrackers } from './trackers.ts';

const choice = z.object({
  consentId: z.string({ error: 'consentId is required' }).regex(/^[A-Za-z0-9_-]{8,64}$/, 'consentId must be 8-64 letters, digits, "-" or "_"'),
  granted: z.array(z.enum(consentCategories, { error: `categories are ${consentCategories.join(', ')}` })).max(4),
  denied: z
    .array(z.enum(consentCategories, { error: `categories are ${consentCategories.join(', ')}` }))
    .max(4)
    .optional(),
  policyVersion: z.number().int().nonnegative().optional(),
  consentVersion: z.number().int().nonnegative().optional(),
  locale: z
    .string()
    .regex(/^[a-z]{2}(-[A-Za-z]{2})?$/, 'locale must look like "en" or "pt-BR"')
    .optional(),
});

export function consentProxyRoutes(deps: AppDeps) {
  const { db, clock } = deps;
  const router = Router();
  // Every visitor's first page view may send a choice: the shop's cap is high and its window short.
  router.post(
    '/consent',
    ...storefrontLimits(deps, { name: 'consent choices', perVisitor: { limit: 30, windowMs: 10 * 60_000 }, perShop: { limit: 600, windowMs: 60_000 } }),
    express.json({ limit: '4kb', type: () => true }),
    async (req, res) => {
      const input = parseInput(choice, req.body, 'The consent choice');
      const shop = res.locals.shop;
      const ipHash = req.ip ? saltedHash(await shopSalt(db, shop), req.ip) : null;
      const row = await recordConsent(db, shop, input, { ipHash, customerId: res.locals.customerId ?? null, at: clock.now() });
      res.status(201).json({ recorded: row.id });
    },
  );
  return router;
}

export function consentRouter({ db, clock }: AppDeps) {
  const router = Router();
  router.get('/', async (req, res) => {
    const q = parseInput(
      z.object({
        before: z.iso.datetime().optional(),
        limit: z.coerce.number().int().min(1).max(200).optional(),
        // A visitor quotes the id their banner's dialog shows.
        consentId: z.string().trim().max(64, 'A consent id has at most 64 characters').optional(),
      }),
      req.query,
      'The page',
    );
    res.json(
      await listConsent(db, res.locals.shop, { before: q.before ? new Date(q.before) : undefined, limit: q.limit, consentId: q.consentId || undefined }),
    );
  });
  router.get('/settings', async (_req, res) => {
    res.json({ settings: await loadConsentSettings(db, res.locals.shop), knownTrackers });
  });
  router.put('/settings', async (req, res) => {
    const input = parseInput(consentSettingsInput, req.body, 'The consent settings');
    res.json({ settings: await saveConsentSettings(db, res.locals.shop, input, clock.now()) });
  });
  router.get('/stats', async (req, res) => {
    const { days } = parseInput(z.object({ days: z.coerce.number().int().min(1).max(365).default(30) }), req.query, 'The period');
    res.json({ days: await consentStats(db, res.locals.shop, addDays(clock.now(), -days)) });
  });
  router.get('/export.csv', async (_req, res) => {
    res.attachment(`consent-log-${res.locals.shop}.csv`).type('text/csv');
    const csv = stringify({
      header: true,
      columns: ['createdAt', 'consentId', 'granted', 'denied', 'policyVersion', 'consentVersion', 'locale', 'source', 'shopifyCustomerId', 'ipHash'],
    });
    csv.pipe(res);
    for await (const row of consentRows(db, res.locals.shop)) {
      if (!csv.write({ ...row, createdAt: row.createdAt.toISOString() })) await new Promise((r) => csv.once('drain', r));
    }
    csv.end();
  });
  return router;
}
