// Where requests reach processors: Shopify's customers/redact and the merchant's fulfilment call
// planFanOut before their transaction (it reads the records and connections) and askProcessors
// inside it, so the tasks and the jobs that carry them out commit with the request.
import type { AppDeps } from '../platform/deps.ts';
import type { Prisma } from '../platform/db/index.ts';
import { ConflictError } from '../platform/errors.ts';
import { loadRecords } from '../records/store.ts';
import type { RequestType } from '../requests/rights.ts';
import { catalogueContact, loadConnections } from './connections.ts';
import { planTasks, type PlannedTask } from './plan.ts';
import { createTasks, openTasksOf } from './tasks.ts';
import type { Subject } from './connector.ts';

export async function planFanOut(deps: Pick<AppDeps, 'db'>, shop: string, type: RequestType): Promise<PlannedTask[]> {
  const [records, connections] = await Promise.all([loadRecords(deps.db, shop), loadConnections(deps.db, shop)]);
  const connected = new Set(connections.filter((row) => row.keyEncrypted).map((row) => row.processorId));
  const contacts = new Map(connections.map((row) => [row.processorId, row.privacyContact]));
  return planTasks(records, type, connected, (id) => contacts.get(id) ?? catalogueContact(id));
}

/** Creates the planned tasks (a processor already tasked for this request is not asked twice); returns the jobs to wake. */
export async function askProcessors(
  tx: Parameters<typeof createTasks>[0],
  deps: Pick<AppDeps, 'config'>,
  ask: { shop: string; requestId: string; dueAt: Date | null; subject: Subject | null; planned: PlannedTask[]; actor: string; now: Date },
) {
  return createTasks(tx, deps.config.encryptionKey, ask);
}

/**
 * Tasks that keep a just-fulfilled request open: manual ones nobody has acted on, and failed ones.
 * An api or email task whose job was queued with the fulfilment is being asked: the job runner
 * carries it out (or shows it failed, with Retry), so the request completes with it under way.
 */
export async function tasksAwaitingMerchant(db: Pick<Prisma.TransactionClient, 'processorTask'>, shop: string, requestId: string) {
  return (await openTasksOf(db, shop, requestId)).filter((task) => task.status === 'failed' || task.method === 'manual' || !task.jobId);
}

/**
 * What still stops the merchant from closing a request: tasks nobody has acted on (pending; an
 * api or email task is pending until its job has run) or that failed. They are asked, confirmed
 * or waived with a reason first (Art. 19: every recipient is told).
 */
export async function refuseWhileProcessorsOpen(db: Pick<Prisma.TransactionClient, 'processorTask'>, shop: string, requestId: string) {
  const open = await openTasksOf(db, shop, requestId);
  if (open.length === 0) return;
  const names = [...new Set(open.map((task) => task.processorName))].join(', ');
  throw new ConflictError(
    `${open.length === 1 ? 'A service provider has' : `${String(open.length)} service providers have`} not been asked yet or failed (${names}). Mark the tasks sent or confirmed, retry them, or waive them with a reason before completing the request.`,
  );
}

/**
 * Fan-out when the merchant fulfils a request: its processors get their tasks (api and email ones
 * queued at once) and the caller learns whether any was asked (the shopper is told so) and how
 * many wait on the merchant (manual or failed: the request stays in progress until they are done
 * or waived).
 */
export async function fanOutOnFulfilment(
  deps: AppDeps,
  {
    shop,
    request,
    type,
    customerId,
    email,
    actor,
    now,
  }: {
    shop: string;
    request: { id: string; dueAt: Date | null };
    type: RequestType;
    customerId: string | null;
    email: string | null;
    actor: string;
    now: Date;
  },
) {
  const planned = await planFanOut(deps, shop, type);
  const jobs = await deps.db.$transaction((tx) =>
    askProcessors(tx, deps, {
      shop,
      requestId: request.id,
      dueAt: request.dueAt,
      subject: email ? { email, shopifyCustomerId: customerId } : null,
      planned,
      actor,
      now,
    }),
  );
  deps.jobs.dispatch(jobs);
  const [all, awaiting] = await Promise.all([
    deps.db.processorTask.count({ where: { shop, requestId: request.id } }),
    tasksAwaitingMerchant(deps.db, shop, request.id),
  ]);
  return { asked: all > 0, awaitingMerchant: awaiting.length };
}
