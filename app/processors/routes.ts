// /api/processors: the merchant connects processors (API key or privacy contact, Test connection)
// and works the tasks of requests (add, remove, mark sent or confirmed with evidence, waive with
// a reason, retry). A key goes in and never comes out: answers carry at most its last four characters.
import { Router, type Response } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../platform/deps.ts';
import { NotFoundError, UpstreamError, ValidationError } from '../platform/errors.ts';
import { parseInput } from '../platform/validation.ts';
import { openSealed } from '../platform/crypto.ts';
import { recordAudit } from '../audit/log.ts';
import { loadRecords } from '../records/store.ts';
import { requestTypeOf } from '../requests/store.ts';
import { catalogueContact, connectorOf, describeConnection, loadConnection, loadConnections, recordTest, saveConnection } from './connections.ts';
import { emailConnector } from './email.ts';
import { isApiVendor } from './connector.ts';
import { createTasks, describeTask, findTask, moveTask, openTasksOf, removeTask, requestsWaitingOnProcessors, retryTask, tasksOf } from './tasks.ts';
import { TASK_ACTIONS } from './plan.ts';

const keyInput = z
  .string({ error: 'Paste the API key' })
  .trim()
  .min(8, 'This is too short to be an API key')
  .max(500, 'This is too long to be an API key')
  .regex(/^\S+$/, 'An API key has no spaces');
const connectionInput = z.object({
  key: keyInput.nullable().optional(),
  privacyContact: z.email({ error: 'Enter the email address the processor names for privacy requests' }).max(320).nullable().optional(),
});
const evidenceInput = z.object({
  evidence: z
    .string({ error: 'Say what proves it (a reference, a date, who answered)' })
    .trim()
    .min(1, 'Say what proves it (a reference, a date, who answered)')
    .max(2000),
});
const reasonInput = z.object({ reason: z.string({ error: 'Give the reason' }).trim().min(1, 'Give the reason').max(2000) });

export function processorsRouter(deps: AppDeps) {
  const { db, clock } = deps;
  const router = Router();
  const actorOf = (res: Response) => res.locals.actor;

  const registerOf = async (shop: string) => (await loadRecords(db, shop))?.processors ?? [];
  const processorOf = async (shop: string, processorId: string) => {
    const processor = (await registerOf(shop)).find((entry) => entry.id === processorId);
    if (!processor) throw new NotFoundError('No processor with this id in your records');
    return processor;
  };

  router.get('/connections', async (_req, res) => {
    const shop = res.locals.shop;
    const [register, connections] = await Promise.all([registerOf(shop), loadConnections(db, shop)]);
    res.json({
      connections: register.map((processor) => ({
        name: processor.name,
        ...describeConnection(
          processor.id,
          connections.find((row) => row.processorId === processor.id),
        ),
      })),
    });
  });

  router.put('/connections/:processorId', async (req, res) => {
    const shop = res.locals.shop;
    const processor = await processorOf(shop, req.params.processorId);
    const input = parseInput(connectionInput, req.body);
    if (input.key && !isApiVendor(processor.id))
      throw new ValidationError('Lawfully has no API connector for this processor; give its privacy contact instead.', {
        key: 'No API connector for this processor',
      });
    const row = await saveConnection(deps, shop, processor.id, input);
    const audit = (action: 'processor.connected' | 'processor.disconnected' | 'processor.contact_changed') =>
      recordAudit(db, { shop, actor: actorOf(res), action, subject: `processor:${processor.id}`, details: { processor: processor.name }, at: clock.now() });
    if (input.key) await audit('processor.connected');
    if (input.key === null) await audit('processor.disconnected');
    if (input.privacyContact !== undefined) await audit('processor.contact_changed');
    res.json({ connection: { name: processor.name, ...describeConnection(processor.id, row) } });
  });

  /** Test connection: the vendor's answer in words; a refused key is a result, not an error page. */
  router.post('/connections/:processorId/test', async (req, res) => {
    const shop = res.locals.shop;
    const processor = await processorOf(shop, req.params.processorId);
    const row = await loadConnection(db, shop, processor.id);
    const contact = row?.privacyContact ?? catalogueContact(processor.id);
    const connector =
      connectorOf(deps, processor.id, row) ??
      (contact
        ? emailConnector({ mailer: deps.mailer, to: contact, processorName: processor.name, controllerName: shop, shop, reference: 'test', dueAt: null })
        : undefined);
    if (!connector) throw new ValidationError('Paste an API key or give a privacy contact first.', { key: 'Paste an API key' });
    let result: { ok: boolean; message: string };
    try {
      result = { ok: true, message: await connector.test() };
    } catch (error) {
      if (!(error instanceof UpstreamError)) throw error;
      result = { ok: false, message: error.message };
    }
    if (row) await recordTest(db, shop, processor.id, result.ok ? 'ok' : 'failed', result.message, clock.now());
    res.json(result);
  });

  router.get('/tasks', async (req, res) => {
    const { requestId } = parseInput(z.object({ requestId: z.string({ error: 'Name the request' }).min(1) }), req.query);
    res.json({ tasks: (await tasksOf(db, res.locals.shop, requestId)).map(describeTask) });
  });

  router.get('/tasks/waiting', async (_req, res) => {
    const ids = await requestsWaitingOnProcessors(db, res.locals.shop);
    res.json({ requests: ids.length, requestIds: ids });
  });

  router.post('/tasks', async (req, res) => {
    const shop = res.locals.shop;
    const input = parseInput(
      z.object({
        requestId: z.string({ error: 'Name the request' }).min(1),
        processorId: z.string({ error: 'Choose a processor' }).min(1),
        method: z.enum(['email', 'manual'], { error: 'Choose email or manual' }),
      }),
      req.body,
    );
    const request = await db.dataSubjectRequest.findFirst({
      where: { id: input.requestId, shop },
      select: { id: true, type: true, dueAt: true, emailEncrypted: true, shopifyCustomerId: true },
    });
    if (!request) throw new NotFoundError('No such request');
    const processor = await processorOf(shop, input.processorId);
    const email = openSealed(deps.config.encryptionKey, request.emailEncrypted);
    if (input.method === 'email' && !email)
      throw new ValidationError('This request no longer names the person: add the task as manual.', { method: 'Choose manual' });
    const now = clock.now();
    const jobs = await db.$transaction((tx) =>
      createTasks(tx, deps.config.encryptionKey, {
        shop,
        requestId: request.id,
        dueAt: request.dueAt,
        subject: email ? { email, shopifyCustomerId: request.shopifyCustomerId } : null,
        planned: [
          {
            processorId: processor.id,
            processorName: processor.name,
            action: TASK_ACTIONS[requestTypeOf(request)] ?? 'export' /* a task added to a complaint asks for the data */,
            method: input.method,
          },
        ],
        actor: actorOf(res),
        now,
      }),
    );
    deps.jobs.dispatch(jobs);
    res.status(201).json({ tasks: (await tasksOf(db, shop, request.id)).map(describeTask) });
  });

  router.post('/tasks/:id/:change', async (req, res) => {
    const shop = res.locals.shop;
    const change = parseInput(
      z.enum(['sent', 'confirmed', 'waive', 'retry'], { error: 'Choose sent, confirmed, waive or retry' }),
      req.params.change,
      'The change',
    );
    const task = await findTask(db, shop, req.params.id);
    const now = clock.now();
    const actor = actorOf(res);
    let jobs: string[] = [];
    if (change === 'sent' || change === 'confirmed') {
      const { evidence } = parseInput(evidenceInput, req.body);
      await db.$transaction((tx) => moveTask(tx, task, { to: change, actor, at: now, evidence: `${evidence} (noted by the merchant)` }));
    } else if (change === 'waive') {
      const { reason } = parseInput(reasonInput, req.body);
      await db.$transaction((tx) => moveTask(tx, task, { to: 'waived', actor, at: now, reason }));
    } else {
      const job = await db.$transaction((tx) => retryTask(tx, task, actor, now));
      jobs = job ? [job] : [];
    }
    deps.jobs.dispatch(jobs);
    res.json({ task: describeTask(await findTask(db, shop, task.id)) });
  });

  /** Waives every open task of a request with one reason, so that it can be completed. */
  router.post('/requests/:requestId/waive-open', async (req, res) => {
    const shop = res.locals.shop;
    const { reason } = parseInput(reasonInput, req.body);
    const open = await openTasksOf(db, shop, req.params.requestId);
    const now = clock.now();
    await db.$transaction(async (tx) => {
      for (const task of open) await moveTask(tx, task, { to: 'waived', actor: actorOf(res), at: now, reason });
    });
    res.json({ waived: open.length });
  });

  router.delete('/tasks/:id', async (req, res) => {
    const task = await findTask(db, res.locals.shop, req.params.id);
    await db.$transaction((tx) => removeTask(tx, task, actorOf(res), clock.now()));
    res.json({ ok: true });
  });

  return router;
}
