// /api/requests: the merchant's inbox of data-subject requests, each with its deadline, trail
// and export package.
import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../platform/deps.ts';
import { openSealed } from '../platform/crypto.ts';
import { parseInput } from '../platform/validation.ts';
import { readJsonColumn, type JsonObject } from '../platform/json-column.ts';
import { findRequest, listRequests } from './store.ts';
import { daysLeft, deadlineState, type Deadline } from './deadlines.ts';
import { loadExport } from './exports.ts';
import { REQUEST_STATUSES, REQUEST_TYPES } from './rights.ts';
import { addNote, changeStatus, checkErasureConfirmation, extendDeadline } from './actions.ts';
import { fulfil } from './fulfil/index.ts';
import { heldErasures, shopifyErasures, type ShopifyErasureState } from './shopify-erasure.ts';
import { recordAudit } from '../audit/log.ts';
import { processorTasksOf } from '../processors/tasks.ts';

/** The deadline as the inbox shows it: an erasure Shopify holds is waiting on Shopify, not late. */
function deadlineOf(request: Deadline, heldUntil: Date | undefined, now: Date) {
  if (heldUntil) return { heldUntil: heldUntil.toISOString().slice(0, 10), daysLeft: null, deadline: 'held' as const };
  return { heldUntil: null, daysLeft: daysLeft(request, now), deadline: deadlineState(request, now) };
}

/** What the request page says about Shopify's part in an erasure, dates as days. */
function shopifyErasureOf(state: ShopifyErasureState | undefined) {
  if (!state) return null;
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return state.state === 'held'
    ? { state: state.state, date: day(state.until) }
    : state.state === 'unconfirmed'
      ? { state: state.state, date: day(state.since) }
      : { state: state.state, date: null };
}

/** The shopper's own words, stored encrypted in the details. */
const SEALED_DETAILS = ['message', 'correction'];

const listQuery = z.object({ status: z.enum(REQUEST_STATUSES).optional(), type: z.enum(REQUEST_TYPES).optional() });

type PageDeps = Pick<AppDeps, 'db' | 'config'>;

/** The inbox (GET /api/requests): the latest requests, each with its deadline. */
async function inbox({ db, config }: PageDeps, shop: string, filter: z.infer<typeof listQuery>, now: Date) {
  const rows = await listRequests(db, shop, filter);
  const held = await heldErasures(
    db,
    shop,
    now,
    rows.map((row) => row.id),
  );
  return rows.map(({ emailEncrypted, ...row }) => ({
    ...row,
    email: openSealed(config.encryptionKey, emailEncrypted),
    ...deadlineOf(row, held.get(row.id), now),
  }));
}
export type InboxRequest = Awaited<ReturnType<typeof inbox>>[number];

const detailsSchema = z.record(z.string(), z.unknown()).nullable();

/** The request's details, the shopper's own words opened: on the request's own page only, the list never carries them. */
function readableDetails(key: Buffer, request: { id: string; details: unknown }) {
  const details = readJsonColumn(detailsSchema, request.details, { table: 'DataSubjectRequest', column: 'details', id: request.id });
  if (!details) return null;
  const opened = { ...details };
  for (const name of SEALED_DETAILS) {
    const sealed = opened[name];
    if (typeof sealed === 'string') opened[name] = openSealed(key, sealed) ?? '(unreadable)';
  }
  return opened;
}

/** One request's page (GET /api/requests/:id): its deadline, trail, steps, exports and processor tasks. */
async function requestPage({ db, config }: PageDeps, shop: string, id: string, now: Date) {
  const { emailEncrypted, verificationHash: _hash, details, ...request } = await findRequest(db, shop, id);
  const shopify = (await shopifyErasures(db, shop, now, [request.id])).get(request.id);
  const heldUntil = shopify?.state === 'held' ? shopify.until : undefined;
  return {
    ...request,
    details: readableDetails(config.encryptionKey, { id: request.id, details }),
    email: openSealed(config.encryptionKey, emailEncrypted),
    ...deadlineOf(request, heldUntil, now),
    shopifyErasure: shopifyErasureOf(shopify),
    processorTasks: await processorTasksOf(db, shop, request.id),
  };
}
export type RequestDetail = Awaited<ReturnType<typeof requestPage>>;

export function requestsRouter(deps: AppDeps) {
  const { db, clock } = deps;
  const router = Router();

  router.get('/', async (req, res) => {
    const filter = parseInput(listQuery, req.query, 'The filter');
    res.json({ requests: await inbox(deps, res.locals.shop, filter, clock.now()) });
  });

  router.get('/:id', async (req, res) => {
    res.json({ request: await requestPage(deps, res.locals.shop, req.params.id, clock.now()) });
  });

  router.get('/:id/export.:format', async (req, res) => {
    const format = parseInput(z.enum(['json', 'csv']), req.params.format, 'The format');
    const pkg = await loadExport(db, res.locals.shop, req.params.id, clock.now());
    res.attachment(`lawfully-export-${req.params.id}.${format}`);
    res.type(format === 'json' ? 'application/json' : 'text/csv').send(format === 'json' ? pkg.json : pkg.csv);
  });

  const audit = (res: import('express').Response, action: string, id: string, details?: JsonObject) =>
    recordAudit(db, { shop: res.locals.shop, actor: res.locals.actor, action, subject: `request:${id}`, details, at: clock.now() });

  router.post('/:id/status', async (req, res) => {
    const input = parseInput(
      z.object({
        status: z.enum(['verified', 'in_progress', 'completed', 'rejected'], { error: 'Choose verified, in progress, completed or rejected' }),
        reason: z.string().trim().max(2000).optional(),
      }),
      req.body,
    );
    await changeStatus(deps, res.locals.shop, req.params.id, res.locals.actor, input.status, input.reason);
    await audit(res, `request.${input.status}`, req.params.id);
    res.json({ ok: true });
  });

  router.post('/:id/extend', async (req, res) => {
    const input = parseInput(
      z.object({
        days: z
          .number({ error: 'Enter the number of days' })
          .int('Enter whole days')
          .min(1, 'Extend by at least one day')
          .max(60, 'Extend by at most 60 days (two months)'),
        reason: z.string({ error: 'Give the reason' }).trim().min(1, 'Give the reason').max(2000),
      }),
      req.body,
    );
    await extendDeadline(deps, res.locals.shop, req.params.id, res.locals.actor, input.days, input.reason);
    await audit(res, 'request.extended', req.params.id, { days: input.days });
    res.json({ ok: true });
  });

  router.post('/:id/notes', async (req, res) => {
    const input = parseInput(z.object({ text: z.string({ error: 'Write the note' }).trim().min(1, 'Write the note').max(5000) }), req.body);
    await addNote(deps, res.locals.shop, req.params.id, res.locals.actor, input.text);
    res.json({ ok: true });
  });

  router.post('/:id/fulfil', async (req, res) => {
    const input = parseInput(z.object({ correction: z.string().trim().max(5000).optional(), confirmation: z.string().max(100).optional() }), req.body ?? {});
    await checkErasureConfirmation(deps, res.locals.shop, req.params.id, input.confirmation);
    await fulfil(deps, res.locals.shop, req.params.id, res.locals.actor, input);
    await audit(res, 'request.fulfilled', req.params.id);
    res.json({ ok: true });
  });

  return router;
}
