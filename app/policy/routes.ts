// /api/policy: preview the policy from the current records, publish versions, compare them,
// say what the live policy lacks (unpublished changes, Art. 13/14), download past versions, and
// export the record of processing activities.
import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../platform/deps.ts';
import { parseInput } from '../platform/validation.ts';
import { NotFoundError } from '../platform/errors.ts';
import { localeCodes } from '../records/profile.ts';
import { loadRecords } from '../records/store.ts';
import { chosenLocales, renderPolicy, policyFormats, storedRendering } from './render.ts';
import { currentProfile, defaultShopPolicyLocale, diffVersions, listVersions, loadVersion, publishPolicy } from './publish.ts';
import { recordOfProcessing, ropaToCsv, type RopaDocument } from './ropa.ts';
import { frameAncestors } from '../platform/http.ts';
import { policyStatus } from './unpublished.ts';
import { versionFile, versionsArchive } from './downloads.ts';

const publishOptions = z.object({
  updateShopifyPolicy: z.boolean().default(false),
  shopPolicyLocale: z.enum(localeCodes, { error: `Choose the language of the store's policy among ${localeCodes.join(', ')}` }).optional(),
});

const view = z.object({ locale: z.enum(localeCodes).default('en'), format: z.enum(policyFormats).default('html') });

export function policyRouter(deps: AppDeps) {
  const router = Router();

  router.get('/preview', async (req, res) => {
    const { locale, format } = parseInput(view, req.query, 'The preview options');
    const profile = await currentProfile(deps, res.locals.shop);
    res.json({ content: renderPolicy(profile, { locale, format, lastUpdated: deps.clock.now() }) });
  });

  // Works on incomplete records too: the admin asks before the policy can be rendered.
  router.get('/languages', async (_req, res) => {
    const records = (await loadRecords(deps.db, res.locals.shop)) ?? {};
    res.json({ locales: chosenLocales(records), shopPolicyLocale: defaultShopPolicyLocale(records) });
  });

  router.post('/publish', async (req, res) => {
    const options = parseInput(publishOptions, req.body ?? {}, 'The publishing options');
    res.status(201).json(await publishPolicy(deps, res.locals.shop, res.locals.actor, options));
  });

  router.get('/versions', async (_req, res) => {
    res.json({ versions: await listVersions(deps, res.locals.shop) });
  });

  // Unpublished changes (the records against the live version) and the Art. 13/14 completeness check.
  router.get('/status', async (req, res) => {
    const { locale } = parseInput(z.object({ locale: z.enum(localeCodes).optional() }), req.query, 'The status options');
    res.json(await policyStatus(deps, res.locals.shop, locale));
  });

  // Before /versions/:version, which would read "archive" as a version number.
  router.get('/versions/archive', async (_req, res) => {
    const rows = await deps.db.policyVersion.findMany({ where: { shop: res.locals.shop }, orderBy: { version: 'asc' } });
    if (rows.length === 0) throw new NotFoundError('No version of the policy has been published yet, so there is nothing to download.');
    res.attachment(`privacy-policy-versions-${res.locals.shop}.zip`);
    res.type('application/zip').send(Buffer.from(versionsArchive(rows)));
  });

  router.get('/versions/:version/download', async (req, res) => {
    const version = parseInput(z.coerce.number().int().positive(), req.params.version, 'The version');
    const { locale, format } = parseInput(view, req.query, 'The download options');
    const file = versionFile(await loadVersion(deps, res.locals.shop, version), locale, format);
    if (format === 'html') frameAncestors(res, res.locals.shop);
    res.attachment(file.filename);
    res.set('Content-Type', file.contentType).send(file.body);
  });

  router.get('/versions/:version', async (req, res) => {
    const version = parseInput(z.coerce.number().int().positive(), req.params.version, 'The version');
    const { locale, format } = parseInput(view, req.query, 'The view options');
    const row = await loadVersion(deps, res.locals.shop, version);
    const rendered = storedRendering(row);
    res.json({
      version: row.version,
      lastUpdated: row.lastUpdated,
      contentHash: row.contentHash,
      content: rendered[locale]?.[format] ?? null,
      profile: row.profile,
    });
  });

  router.get('/diff', async (req, res) => {
    const q = parseInput(
      z.object({ from: z.coerce.number().int().positive(), to: z.coerce.number().int().positive(), locale: z.enum(localeCodes).default('en') }),
      req.query,
      'The comparison',
    );
    res.json({ changes: await diffVersions(deps, res.locals.shop, q.from, q.to, q.locale) });
  });

  router.get('/ropa.:format', async (req, res) => {
    const format = parseInput(z.enum(['csv', 'json']), req.params.format, 'The format');
    const activities = recordOfProcessing(await currentProfile(deps, res.locals.shop));
    res.attachment(`record-of-processing-${res.locals.shop}.${format}`);
    if (format === 'csv') res.type('text/csv').send(ropaToCsv(activities));
    else res.json({ generatedAt: deps.clock.now().toISOString(), article: 'GDPR Art. 30(1)', activities } satisfies RopaDocument);
  });

  return router;
}
