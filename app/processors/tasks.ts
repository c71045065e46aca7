// Processor tasks: the only module that touches ProcessorTask. Every change of a task is written
// with an event in the request's trail and an entry in the audit log, in the caller's transaction.
import { z } from 'zod';
import type { Db, Prisma } from '../platform/db/index.ts';
import { readEnumColumn, readJsonColumn } from '../platform/json-column.ts';
import { jobKinds } from '../jobs/kinds.ts';
import { ConflictError, NotFoundError } from '../platform/errors.ts';
import { encrypt } from '../platform/crypto.ts';
import { addEvent } from '../requests/store.ts';
import { recordAudit } from '../audit/log.ts';
import { enqueueJob } from '../jobs/queue.ts';
import type { Subject } from './connector.ts';
import { TASK_ACTION_NAMES, type PlannedTask } from './plan.ts';

export const TASK_STATUSES = ['pending', 'sent', 'confirmed', 'done', 'failed', 'waived'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Tasks that keep a request from being completed: nothing was asked yet, or asking failed. */
export const OPEN_TASK_STATUSES: TaskStatus[] = ['pending', 'failed'];

/** A task's status and action, checked as they are read. */
export const taskStatusOf = (task: { id: string; status: string }) =>
  readEnumColumn(TASK_STATUSES, task.status, { table: 'ProcessorTask', column: 'status', id: task.id });
export const taskActionOf = (task: { id: string; action: string }) =>
  readEnumColumn(TASK_ACTION_NAMES, task.action, { table: 'ProcessorTask', column: 'action', id: task.id });

/** The job kind that carries out api and email tasks (registered in app/background.ts). */
export const PROCESSOR_TASK_JOB = jobKinds.processorTask;

/** A processor task's attempts: 10 s, 20 s, 40 s, 80 s apart (app/jobs/queue.ts's backoff), then failed. */
export const TASK_MAX_ATTEMPTS = 5;

type Tx = Pick<Prisma.TransactionClient, 'processorTask' | 'requestEvent' | 'requestStep' | 'dataSubjectRequest' | 'auditEvent' | 'job'>;

export type TaskRow = Prisma.ProcessorTaskGetPayload<object>;

const evidenceSchema = z.array(z.object({ at: z.string(), text: z.string(), ids: z.array(z.string()).optional() })).nullable();
export type Evidence = NonNullable<z.infer<typeof evidenceSchema>>[number];

const evidenceOf = (task: Pick<TaskRow, 'id' | 'evidence'>): Evidence[] =>
  readJsonColumn(evidenceSchema, task.evidence, { table: 'ProcessorTask', column: 'evidence', id: task.id }) ?? [];

/** The trail's sentence about a task. Names the processor and what happened; never the person. */
const describe = (task: Pick<TaskRow, 'processorName' | 'action' | 'method'>) => `${task.processorName} (${task.action}, by ${task.method})`;

/** The audit log's code for each change of a task (each has its sentence in app/audit/sentences.ts). */
const AUDIT_CODES = {
  created: 'processor.task.created',
  pending: 'processor.task.retried',
  sent: 'processor.task.sent',
  confirmed: 'processor.task.confirmed',
  done: 'processor.task.done',
  failed: 'processor.task.failed',
  waived: 'processor.task.waived',
  removed: 'processor.task.removed',
} as const;

async function record(
  tx: Tx,
  task: Pick<TaskRow, 'id' | 'shop' | 'requestId' | 'processorId' | 'processorName' | 'action' | 'method'>,
  actor: string,
  change: keyof typeof AUDIT_CODES,
  message: string,
  at: Date,
) {
  await addEvent(tx, {
    shop: task.shop,
    requestId: task.requestId,
    actor,
    kind: 'processor_task',
    message,
    details: { taskId: task.id, processorId: task.processorId, change },
    at,
  });
  await recordAudit(tx, {
    shop: task.shop,
    actor,
    action: AUDIT_CODES[change],
    subject: `request:${task.requestId}`,
    details: { taskId: task.id, processor: task.processorName, method: task.method },
    at,
  });
}

/** Creates the tasks and, for api and email ones, the jobs that carry them out. Returns the job ids. */
export async function createTasks(
  tx: Tx,
  key: Buffer,
  {
    shop,
    requestId,
    dueAt,
    subject,
    planned,
    actor,
    now,
    completesRequest = false,
  }: {
    shop: string;
    requestId: string;
    dueAt: Date | null;
    subject: Subject | null;
    planned: PlannedTask[];
    actor: string;
    now: Date;
    completesRequest?: boolean;
  },
): Promise<string[]> {
  const jobs: string[] = [];
  for (const plan of planned) {
    const existing = await tx.processorTask.findFirst({ where: { shop, requestId, processorId: plan.processorId, action: plan.action }, select: { id: true } });
    if (existing) continue;
    const task = await tx.processorTask.create({
      data: {
        shop,
        requestId,
        ...plan,
        status: 'pending',
        dueAt,
        subjectEncrypted: subject ? encrypt(key, JSON.stringify(subject)) : null,
        completesRequest,
        createdAt: now,
        updatedAt: now,
      },
    });
    if (plan.method !== 'manual' && subject) {
      const jobId = await enqueueJob(tx, { shop, kind: PROCESSOR_TASK_JOB, payload: { taskId: task.id }, runAt: now, maxAttempts: TASK_MAX_ATTEMPTS });
      await tx.processorTask.update({ where: { id: task.id }, data: { jobId } });
      jobs.push(jobId);
    }
    await record(tx, task, actor, 'created', `${describe(task)}: task created, due ${dueAt ? dueAt.toISOString().slice(0, 10) : 'without a deadline'}.`, now);
  }
  return jobs;
}

export async function findTask(db: Pick<Db, 'processorTask'>, shop: string, id: string) {
  const task = await db.processorTask.findFirst({ where: { id, shop } });
  if (!task) throw new NotFoundError('No such processor task');
  return task;
}

export async function tasksOf(db: Pick<Db, 'processorTask'>, shop: string, requestId: string) {
  return db.processorTask.findMany({ where: { shop, requestId }, orderBy: [{ createdAt: 'asc' }, { processorName: 'asc' }] });
}

/** Which status may follow which; the job and the merchant both go through here. */
const NEXT: Record<TaskStatus, TaskStatus[]> = {
  pending: ['sent', 'confirmed', 'done', 'failed', 'waived'],
  failed: ['pending', 'sent', 'confirmed', 'done', 'waived'],
  sent: ['confirmed', 'waived', 'failed'],
  confirmed: [],
  done: [],
  waived: [],
};

/**
 * Moves a task to `to`, adding evidence; settled tasks (sent, confirmed, done, waived) drop their
 * copy of the person's identifiers, which only asking needed.
 */
export async function moveTask(
  tx: Tx,
  task: TaskRow,
  change: { to: TaskStatus; actor: string; at: Date; evidence?: string; ids?: string[]; error?: string; reason?: string },
) {
  const from = taskStatusOf(task);
  if (!NEXT[from].includes(change.to)) throw new ConflictError(`A task that is ${from} cannot become ${change.to}.`);
  const evidence = change.evidence
    ? [...evidenceOf(task), { at: change.at.toISOString(), text: change.evidence, ...(change.ids?.length ? { ids: change.ids } : {}) }]
    : evidenceOf(task);
  const keepsSubject = change.to === 'pending' || change.to === 'failed';
  const { count } = await tx.processorTask.updateMany({
    where: { id: task.id, status: from },
    data: {
      status: change.to,
      evidence,
      lastError: change.to === 'failed' ? (change.error ?? null) : null,
      ...(change.to === 'waived' ? { waivedReason: change.reason } : {}),
      ...(keepsSubject ? {} : { subjectEncrypted: null }),
      updatedAt: change.at,
    },
  });
  if (count !== 1) throw new ConflictError('The task changed meanwhile; reload the request.');
  const detail = change.to === 'failed' ? change.error : change.to === 'waived' ? `waived: ${change.reason ?? ''}` : change.evidence;
  await record(tx, task, change.actor, change.to, `${describe(task)}: ${from} → ${change.to}${detail ? `. ${detail}` : ''}`, change.at);
}

export async function removeTask(tx: Tx, task: TaskRow, actor: string, at: Date) {
  if (!OPEN_TASK_STATUSES.includes(taskStatusOf(task)))
    throw new ConflictError(`A task that is ${task.status} is part of the request's proof and stays; waive it instead.`);
  await tx.processorTask.delete({ where: { id: task.id } });
  await record(tx, task, actor, 'removed', `${describe(task)}: task removed.`, at);
}

/** A failed api or email task is queued again with a fresh set of attempts (the Retry button). */
export async function retryTask(tx: Tx, task: TaskRow, actor: string, at: Date): Promise<string | undefined> {
  if (task.status !== 'failed') throw new ConflictError(`Only a failed task can be retried; this one is ${task.status}.`);
  await moveTask(tx, task, { to: 'pending', actor, at, evidence: 'Retried.' });
  if (task.method === 'manual' || !task.subjectEncrypted) return undefined;
  const jobId = await enqueueJob(tx, { shop: task.shop, kind: PROCESSOR_TASK_JOB, payload: { taskId: task.id }, runAt: at, maxAttempts: TASK_MAX_ATTEMPTS });
  await tx.processorTask.update({ where: { id: task.id }, data: { jobId } });
  return jobId;
}

/** Open tasks of a request: the merchant may complete it only once there are none, or waives them. */
export async function openTasksOf(db: Pick<Db, 'processorTask'>, shop: string, requestId: string) {
  return db.processorTask.findMany({ where: { shop, requestId, status: { in: OPEN_TASK_STATUSES } } });
}

/** How many requests still wait on a processor (an open task), for the inbox. */
export async function requestsWaitingOnProcessors(db: Pick<Db, 'processorTask'>, shop: string) {
  const rows = await db.processorTask.findMany({
    where: { shop, status: { in: [...OPEN_TASK_STATUSES, 'sent'] } },
    distinct: ['requestId'],
    select: { requestId: true },
  });
  return rows.map((row) => row.requestId);
}

/** A task as the API shows it: `processor` is the register's name; never the person's identifiers. */
export function describeTask(task: TaskRow) {
  return {
    id: task.id,
    processor: task.processorName,
    processorId: task.processorId,
    action: task.action,
    method: task.method,
    status: task.status,
    dueAt: task.dueAt,
    evidence: evidenceOf(task),
    lastError: task.lastError,
    waivedReason: task.waivedReason,
    createdAt: task.createdAt,
    updatedAt: task.updatedAt,
  };
}

/** The request page's list (GET /api/requests/:id carries it as processorTasks). */
export async function processorTasksOf(db: Pick<Db, 'processorTask'>, shop: string, requestId: string) {
  return (await tasksOf(db, shop, requestId)).map(describeTask);
}
