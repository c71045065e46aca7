// Retention runs: a dry run that counts what Lawfully holds past its keeping time and lists the
// Shopify customers inactive beyond their rule, then — once applied by the merchant or
// automatically — deletes exactly those rows, in batches, with an audit event per kind, and hands
// the customers to the retention.apply job, which erases them through Shopify
// (shopify-erasures.ts). Orders are never deleted: Shopify keeps them when it erases a customer.
import { minimumConsentProofMonths } from '../consent/settings.ts';
import type { AppDeps } from '../platform/deps.ts';
import type { Db } from '../platform/db/index.ts';
import { ConflictError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { recordAudit } from '../audit/log.ts';
import { enqueueJob } from '../jobs/queue.ts';
import { jobKinds } from '../jobs/kinds.ts';
import { loadRecords } from '../records/store.ts';
import { sectionSchemas, type RetentionRule } from '../records/profile.ts';
import { RETENTION_KINDS, cutoffs, type RetentionKind } from './select.ts';
import { jsonColumn, readEnumColumn, readJsonColumn } from '../platform/json-column.ts';
import {
  deletedCountsSchema,
  retentionReportSchema,
  type KindReport,
  type RetentionReport,
  type RetentionRunRow,
  type RetentionRunSummary,
  type RetentionRunView,
  RUN_STATUSES,
  type RunStatus,
} from './report.ts';
import { DELETE_BATCH, deleteExpired, expiredRows } from './expired-rows.ts';
import { shopifyFindings } from './shopify-findings.ts';
import { excludeCustomers, listedCustomers, storeCandidates, wipeNames } from './customers.ts';

const OPEN_STATUSES: RunStatus[] = ['dry_run', 'approved'];

const runStatusOf = (row: { id: string; status: string }) => readEnumColumn(RUN_STATUSES, row.status, { table: 'RetentionRun', column: 'status', id: row.id });

type Deps = Pick<AppDeps, 'db' | 'clock' | 'config'>;

/** The shop's retention rules; a sweep refuses to run on rules that do not validate (it would guess). */
export async function retentionRules(db: Db, shop: string): Promise<RetentionRule[]> {
  const records = await loadRecords(db, shop);
  if (records?.retention === undefined) return [];
  const parsed = sectionSchemas.retention.safeParse(records.retention);
  if (!parsed.success) throw new ValidationError('The retention rules in your records have problems; fix them before Lawfully deletes anything by them.');
  return parsed.data;
}

/** The run as the merchant sees it: the stored report with the run's customers (names opened while the run is open). */
async function view(deps: Deps, row: RetentionRunRow): Promise<RetentionRunView> {
  const report = storedReport(row);
  const deleted = readJsonColumn(deletedCountsSchema, row.deleted, { table: 'RetentionRun', column: 'deleted', id: row.id });
  const customers = await listedCustomers(deps.db, deps.config.encryptionKey, row.shop, row.id, report.orders.rule?.period ?? null);
  return { ...row, status: runStatusOf(row), deleted, report: { ...report, customers: { ...report.customers, ...customers } } };
}

const storedReport = (row: Pick<RetentionRunRow, 'id' | 'report'>): RetentionReport =>
  readJsonColumn(retentionReportSchema, row.report, { table: 'RetentionRun', column: 'report', id: row.id });

/** Counts what is past its keeping time and writes it down as a dry run; deletes nothing. */
export async function planRetention(deps: Deps & Pick<AppDeps, 'adminApi'>, shop: string): Promise<RetentionRunView> {
  const { db, clock } = deps;
  const now = clock.now();
  const rules = await retentionRules(db, shop);
  const cut = cutoffs(rules, now, await minimumConsentProofMonths(db, shop));
  const kinds = {} as Record<RetentionKind, KindReport>;
  for (const kind of RETENTION_KINDS) {
    const cutoff = cut[kind];
    kinds[kind] = { count: await expiredRows(db, shop, cutoff).count(), field: cutoff.field, cutoff: cutoff.before.toISOString(), rule: cutoff.rule };
  }
  const { candidates, ...findings } = await shopifyFindings(deps, shop, rules, now);
  const report: RetentionReport = { generatedAt: now.toISOString(), kinds, ...findings };
  const row = await db.$transaction(async (tx) => {
    const created = await tx.retentionRun.create({ data: { shop, createdAt: now, status: 'dry_run', report: jsonColumn(retentionReportSchema, report) } });
    await storeCandidates(tx, deps.config.encryptionKey, shop, created.id, candidates);
    return created;
  });
  return view(deps, row);
}

async function findRun(db: Db, shop: string, id: string): Promise<RetentionRunRow> {
  const row = await db.retentionRun.findFirst({ where: { id, shop } });
  if (!row) throw new NotFoundError('No such retention run');
  return row;
}

/**
 * Applies a dry run, once. Lawfully's own rows: the cutoff per kind is the earlier of the run's
 * and the one today's rules give (a rule lengthened since the dry run is respected, and nothing
 * is deleted that the merchant did not see in the run). Shopify's customers: those listed and not
 * `excluded` are erased by the retention.apply job, enqueued with the claim. The run is claimed
 * before anything is deleted, so two clicks (or an automatic and a manual apply) never both act.
 */
export async function applyRetention(
  deps: Deps & Partial<Pick<AppDeps, 'jobs'>>,
  shop: string,
  runId: string,
  actor: string,
  { batchSize = DELETE_BATCH, excluded = [] }: { batchSize?: number; excluded?: string[] } = {},
): Promise<RetentionRunView> {
  const { db, clock } = deps;
  const run = await findRun(db, shop, runId);
  if (!OPEN_STATUSES.includes(runStatusOf(run)))
    throw new ConflictError(`This retention run is ${run.status.replace('_', ' ')}; only a dry run can be applied, and only once.`);
  const report = storedReport(run); // read before the claim: a report that does not fit changes nothing
  const now = clock.now();
  const current = cutoffs(await retentionRules(db, shop), now, await minimumConsentProofMonths(db, shop));
  const jobId = await db.$transaction(async (tx) => {
    const claimed = await tx.retentionRun.updateMany({
      where: { id: runId, shop, status: { in: OPEN_STATUSES } },
      data: { status: 'applying', approvedBy: run.approvedBy ?? actor, appliedAt: now },
    });
    if (claimed.count !== 1) throw new ConflictError('This retention run was applied or discarded a moment ago.');
    await excludeCustomers(tx, shop, runId, excluded);
    if ((await tx.retentionCustomer.count({ where: { runId, shop, included: true } })) === 0) {
      await tx.retentionRun.update({ where: { id: runId }, data: { status: 'applied' } });
      await wipeNames(tx, runId);
      return undefined;
    }
    return enqueueJob(tx, { shop, kind: jobKinds.retentionApply, payload: { runId }, runAt: now });
  });

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
  await db.retentionRun.update({ where: { id: runId }, data: { deleted } });
  if (jobId) deps.jobs?.dispatch([jobId]);
  return view(deps, await findRun(db, shop, runId));
}

/** The retention.apply job is done with every customer: the run is applied, and no name is kept. */
export async function finishRun(deps: Pick<AppDeps, 'db' | 'clock'>, shop: string, runId: string) {
  const { db, clock } = deps;
  await db.$transaction(async (tx) => {
    const { count } = await tx.retentionRun.updateMany({ where: { id: runId, shop, status: 'applying' }, data: { status: 'applied' } });
    await wipeNames(tx, runId);
    if (count !== 1) return;
    const grouped = await tx.retentionCustomer.groupBy({ by: ['outcome'], where: { runId, shop, outcome: { not: null } }, _count: { _all: true } });
    const details: Record<string, number> = Object.fromEntries(grouped.map((g): [string, number] => [g.outcome ?? 'none', g._count._all]));
    await recordAudit(tx, { shop, actor: 'system', action: 'retention.customers', subject: `retention-run:${runId}`, details, at: clock.now() });
  });
}

/** The merchant decides a dry run is not to be applied. */
export async function discardRetention(deps: Deps, shop: string, runId: string, actor: string): Promise<RetentionRunView> {
  const { db, clock } = deps;
  const run = await findRun(db, shop, runId);
  const { count } = await db.retentionRun.updateMany({ where: { id: runId, shop, status: { in: OPEN_STATUSES } }, data: { status: 'discarded' } });
  if (count !== 1) throw new ConflictError(`This retention run is ${run.status.replace('_', ' ')}; only a dry run can be discarded.`);
  await wipeNames(db, runId);
  await recordAudit(db, { shop, actor, action: 'retention.discarded', subject: `retention-run:${runId}`, at: clock.now() });
  return view(deps, await findRun(db, shop, runId));
}

/** The latest runs, newest first, without their reports (which can be long). */
export async function listRetentionRuns(db: Db, shop: string): Promise<RetentionRunSummary[]> {
  const rows = await db.retentionRun.findMany({
    where: { shop },
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: { id: true, createdAt: true, status: true, approvedBy: true, appliedAt: true, deleted: true },
  });
  return rows.map((row) => ({
    ...row,
    status: runStatusOf(row),
    deleted: readJsonColumn(deletedCountsSchema, row.deleted, { table: 'RetentionRun', column: 'deleted', id: row.id }),
  }));
}

export async function getRetentionRun(deps: Deps, shop: string, runId: string): Promise<RetentionRunView> {
  return view(deps, await findRun(deps.db, shop, runId));
}

/** The stored run, for the apply job. */
export function storedRun(db: Db, shop: string, runId: string) {
  return findRun(db, shop, runId);
}
