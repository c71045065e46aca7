// /api/jobs: background work of the shop, so a job that keeps failing is seen and retried.
import { Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../platform/deps.ts';
import { parseInput } from '../platform/validation.ts';
import { recordAudit } from '../audit/log.ts';
import { listJobs, retryJob } from './queue.ts';

export function jobsRouter({ db, clock, jobs }: AppDeps) {
  const router = Router();
  router.get('/', async (req, res) => {
    const { status } = parseInput(z.object({ status: z.enum(['queued', 'running', 'done', 'failed']).optional() }), req.query, 'The filter');
    res.json({ jobs: await listJobs(db, res.locals.shop, status) });
  });
  router.post('/:id/retry', async (req, res) => {
    await retryJob(db, res.locals.shop, req.params.id, clock.now());
    await recordAudit(db, { shop: res.locals.shop, actor: res.locals.actor, action: 'job.retried', subject: `job:${req.params.id}`, at: clock.now() });
    jobs.dispatch([req.params.id]);
    res.json({ ok: true });
  });
  return router;
}
