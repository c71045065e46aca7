// Retention runs: a dry run that counts what Lawfully holds past its keeping time (and lists, for
// the merchant, Shopify customers inactive beyond their rule), then — once applied by the
// merchant or automatically — deletes exactly that, in batches, with an audit event per kind.
// Orders and Shopify customers are never deleted here: they are the merchant's, in Shopify.
import type { AppDeps } from '../platform/deps.ts';
import type { Db, Prisma } from '../platform/db/index.ts';
import { ConflictError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { recordAudit } from '../audit/log.ts';
import { loadRecords } from '../records/store.ts';
import { sectionSchemas, type RetentionRule } from '../records/profile.ts';
import { RETENTION_KINDS, cutoffs, type RetentionKind } from './select.ts';
import type { KindReport, RetentionReport, RetentionRunRow, RetentionRunView, RunStatus } from './report.ts';
import { DELETE_BATCH, deleteExpired, expiredRows } from './expired-rows.ts';
import { shopifyFindings } from './shopify-findings.ts';

const OPEN_STATUSES: RunStatus[] = ['dry_run', 'approved'];

const view = (row: RetentionRunRow): RetentionRunView => row as unknown as RetentionRunView;

/** The shop's retention rules; a sweep refuses to run on rules that do not validate (it would guess). */
export async function retentionRules(db: Db, shop: string): Promise<RetentionRule[]> {
  const records = await loadRecords(db, shop);
  if (records?.retention === undefined) return [];
  const parsed = sectionSchemas.retention.safeParse(records.retention);
  if (!parsed.success) throw new ValidationError('The retention rules in your records have problems; fix them before Lawfully deletes anything by them.');
  return parsed.data;
}

/** Counts what is past its keeping time and writes it down as a dry run; deletes nothing. */
export async function planRetention(deps: AppDeps, shop: string): Promise<RetentionRunView> {
  const { db, clock } = deps;
  const now = clock.now();
  const rules = await retentionRules(db, shop);
  const cut = cutoffs(rules, now);
  const kinds = {} as Record<RetentionKind, KindReport>;
  for (const kind of RETENTION_KINDS) {
    const cutoff = cut[kind];
    kinds[kind] = { count: await expiredRows(db, shop, cutoff).count(), field: cutoff.field, cutoff: cutoff.before.toISOString(), rule: cutoff.rule };
  }
  const report: RetentionReport = { generatedAt: now.toISOString(), kinds, ...(await shopifyFindings(deps, shop, rules, now)) };
  const row = await db.retentionRun.create({ data: { shop, createdAt: now, status: 'dry_run', report: report as unknown as Prisma.InputJsonValue } });
  return view(row);
}

async function findRun(db: Db, shop: string, id: string): Promise<RetentionRunRow> {
  const row = await db.retentionRun.findFirst({ where: { id, shop } });
  if (!row) throw new NotFoundError('No such retention run');
  return row;
}

/**
 * Deletes what a dry run found, once. The cutoff per kind is the earlier of the run's and the one
 * today's rules give: a rule lengthened since the dry run is respected, and nothing is deleted
 * that the merchant did not see in the run. The run is marked applied before deleting, so two
 * clicks (or an automatic and a manual apply) can never both delete.
 */
export async function applyRetention(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  shop: string,
  runId: string,
  actor: string,
  { batchSize = DELETE_BATCH }: { batchSize?: number } = {},
): Promise<RetentionRunView> {
  const { db, clock } = deps;
  const run = await findRun(db, shop, runId);
  if (!OPEN_STATUSES.includes(run.status as RunStatus)) throw new ConflictError(`This retention run is ${run.status.replace('_', ' ')}; only a dry run can be applied, and only once.`);
  const now = clock.now();
  const current = cutoffs(await retentionRules(db, shop), now);
  const claimed = await db.retentionRun.updateMany({
    where: { id: runId, shop, status: { in: OPEN_STATUSES } },
    data: { status: 'applied', approvedBy: run.approvedBy ?? actor, appliedAt: now },
  });
  if (claimed.count !== 1) throw new ConflictError('This retention run was applied or discarded a moment ago.');

  const report = run.report as unknown as RetentionReport;
  const deleted = {} as Record<RetentionKind, number>;
  for (const kind of RETENTION_KINDS) {
    const planned = new Date(report.kinds[kind].cutoff);
    const before = planned < current[kind].before ? planned : current[kind].before;
    deleted[kind] = await deleteExpired(db, shop, { kind, before }, batchSize);
    await recordAudit(db, {
      shop,
      actor,
      action: 'retention.deleted',
      subject: `retention-run:${runId}`,
      details: { kind, count: deleted[kind], cutoff: before.toISOString(), rule: report.kinds[kind].rule.why },
      at: now,
    });
  }
  return view(await db.retentionRun.update({ where: { id: runId }, data: { deleted } }));
}

/** The merchant decides a dry run is not to be applied. */
export async function discardRetention(deps: Pick<AppDeps, 'db' | 'clock'>, shop: string, runId: string, actor: string): Promise<RetentionRunView> {
  const { db, clock } = deps;
  const run = await findRun(db, shop, runId);
  const { count } = await db.retentionRun.updateMany({ where: { id: runId, shop, status: { in: OPEN_STATUSES } }, data: { status: 'discarded' } });
  if (count !== 1) throw new ConflictError(`This retention run is ${run.status.replace('_', ' ')}; only a dry run can be discarded.`);
  await recordAudit(db, { shop, actor, action: 'retention.discarded', subject: `retention-run:${runId}`, at: clock.now() });
  return view(await findRun(db, shop, runId));
}

/** The latest runs, newest first, without their reports (which can be long). */
export async function listRetentionRuns(db: Db, shop: string) {
  return db.retentionRun.findMany({
    where: { shop },
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: { id: true, createdAt: true, status: true, approvedBy: true, appliedAt: true, deleted: true },
  });
}

export async function getRetentionRun(db: Db, shop: string, runId: string): Promise<RetentionRunView> {
  return view(await findRun(db, shop, runId));
}
