// GET /api/audit: the shop's audit log, newest first, paged by time.
import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../platform/deps.ts';
import { parseInput } from '../platform/validation.ts';
import { listAudit } from './log.ts';

const query = z.object({
  before: z.iso.datetime().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  action: z.string().max(100).optional(),
});

export function auditRouter({ db }: Pick<AppDeps, 'db'>) {
  const router = Router();
  router.get('/', async (req, res) => {
    const q = parseInput(query, req.query, 'The query');
    const events = await listAudit(db, res.locals.shop, { ...q, before: q.before ? new Date(q.before) : undefined });
    res.json({ events, next: events.length === q.limit ? events.at(-1)?.createdAt : null });
  });
  return router;
}
