// The job table: durable work items written in the same transaction as what caused them,
// claimed by a conditional update (so two workers never run the same job), retried with
// exponential backoff, and given up on after maxAttempts — then the merchant sees and retries it.
import type { Db, Prisma } from '../platform/db/index.ts';
import { NotFoundError, ConflictError } from '../platform/errors.ts';
import type { JsonObject } from '../platform/json-column.ts';
import { HOUR_MS } from '../platform/time.ts';

export type JobWriter = Pick<Prisma.TransactionClient, 'job'>;

export interface NewJob {
  shop: string;
  kind: string;
  payload: JsonObject;
  runAt: Date;
  maxAttempts?: number;
}

export interface ClaimedJob {
  id: string;
  shop: string;
  kind: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
}

/**
 * How long a worker holds a job before another may assume it crashed and take it over. A job
 * that runs longer renews its lease every LEASE_RENEW_MS (runner.ts), so the lease only has to
 * outlast a renewal that is late, and a crashed instance's jobs are taken over within a minute.
 */
export const LEASE_MS = 60_000;
export const LEASE_RENEW_MS = 15_000;

export async function enqueueJob(tx: JobWriter, job: NewJob): Promise<string> {
  const row = await tx.job.create({
    data: { shop: job.shop, kind: job.kind, payload: job.payload, runAt: job.runAt, maxAttempts: job.maxAttempts ?? 8 },
    select: { id: true },
  });
  return row.id;
}

/** 10 s, 20 s, 40 s … capped at one hour: eight attempts span about 40 minutes. */
export function backoffMs(attempt: number): number {
  return Math.min(10_000 * 2 ** Math.max(0, attempt - 1), HOUR_MS);
}

const claimable = (now: Date): Prisma.JobWhereInput => ({
  OR: [
    { status: 'queued', runAt: { lte: now } },
    { status: 'running', lockedUntil: { lt: now } },
  ],
});

async function claim(db: Db, id: string, worker: string, now: Date): Promise<ClaimedJob | undefined> {
  const { count } = await db.job.updateMany({
    where: { id, ...claimable(now) },
    data: { status: 'running', lockedBy: worker, lockedUntil: new Date(now.getTime() + LEASE_MS), attempts: { increment: 1 } },
  });
  if (count !== 1) return undefined;
  const job = await db.job.findUnique({ where: { id } });
  return job ? { id: job.id, shop: job.shop, kind: job.kind, payload: job.payload, attempts: job.attempts, maxAttempts: job.maxAttempts } : undefined;
}

/**
 * Claims the oldest due job, if any; a lost race moves on to the next candidate. The two kinds
 * of candidate are asked for separately: each query then walks the (status, runAt) index, where
 * one query with OR would sort the whole job table on every claim.
 */
export async function claimNextJob(db: Db, worker: string, now: Date): Promise<ClaimedJob | undefined> {
  const [due, abandoned] = await Promise.all([
    db.job.findMany({ where: { status: 'queued', runAt: { lte: now } }, orderBy: { runAt: 'asc' }, take: 5, select: { id: true, runAt: true } }),
    db.job.findMany({ where: { status: 'running', lockedUntil: { lt: now } }, orderBy: { runAt: 'asc' }, take: 5, select: { id: true, runAt: true } }),
  ]);
  const candidates = [...due, ...abandoned].sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
  for (const { id } of candidates) {
    const job = await claim(db, id, worker, now);
    if (job) return job;
  }
  return undefined;
}

/** Claims one named job (pg-boss hands out ids); undefined when it is done or held by another worker. */
export function claimJob(db: Db, id: string, worker: string, now: Date) {
  return claim(db, id, worker, now);
}

/**
 * The attempt that holds the job: its worker and its attempt number (every claim counts one), so
 * an attempt whose lease ran out and was taken over can no longer change the job, even when the
 * same worker took it again.
 */
const heldBy = (job: ClaimedJob, worker: string): Prisma.JobWhereInput => ({ id: job.id, status: 'running', lockedBy: worker, attempts: job.attempts });

/** Extends the lease of a job still running; false when this attempt has lost it. */
export async function renewLease(db: Db, job: ClaimedJob, worker: string, now: Date): Promise<boolean> {
  const { count } = await db.job.updateMany({ where: heldBy(job, worker), data: { lockedUntil: new Date(now.getTime() + LEASE_MS) } });
  return count === 1;
}

/** false when this attempt had lost the job (its lease ran out and another took it over). */
export async function completeJob(db: Db, job: ClaimedJob, worker: string, now: Date): Promise<boolean> {
  const { count } = await db.job.updateMany({
    where: heldBy(job, worker),
    data: { status: 'done', lockedUntil: null, lastError: null, finishedAt: now }, // lockedBy kept: who did it
  });
  return count === 1;
}

/** The error message is the job's own (handlers throw messages without personal data). */
/** Records a failed attempt: retried with backoff until its attempts run out, or at once `final` (running it again cannot help). */
export async function failJob(
  db: Db,
  job: ClaimedJob,
  worker: string,
  error: unknown,
  now: Date,
  { final = false } = {},
): Promise<'retrying' | 'failed' | 'lost'> {
  const gaveUp = final || job.attempts >= job.maxAttempts;
  const message = error instanceof Error ? error.message : String(error);
  const { count } = await db.job.updateMany({
    where: heldBy(job, worker),
    data: gaveUp
      ? { status: 'failed', lockedBy: null, lockedUntil: null, lastError: message.slice(0, 2000), finishedAt: now }
      : { status: 'queued', lockedBy: null, lockedUntil: null, lastError: message.slice(0, 2000), runAt: new Date(now.getTime() + backoffMs(job.attempts)) },
  });
  if (count !== 1) return 'lost';
  return gaveUp ? 'failed' : 'retrying';
}

/** The merchant's "Retry": a failed job starts over with a fresh set of attempts. */
export async function retryJob(db: Db, shop: string, id: string, now: Date): Promise<void> {
  const job = await db.job.findFirst({ where: { id, shop }, select: { status: true } });
  if (!job) throw new NotFoundError('No such job');
  if (job.status !== 'failed') throw new ConflictError(`Only a failed job can be retried; this one is ${job.status}`);
  await db.job.update({ where: { id }, data: { status: 'queued', attempts: 0, runAt: now, finishedAt: null } });
}

export async function listJobs(db: Db, shop: string, status?: string) {
  return db.job.findMany({
    where: { shop, ...(status ? { status } : {}) },
    orderBy: { createdAt: 'desc' },
    take: 200,
    select: { id: true, kind: true, status: true, attempts: true, maxAttempts: true, runAt: true, lastError: true, createdAt: true, finishedAt: true },
  });
}
