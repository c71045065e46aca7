// Retention sweeps: a dry run that counts what Lawfully holds past its keeping time (and lists,
// for the merchant, Shopify customers inactive beyond their rule), then — once applied by the
// merchant or automatically — deletes exactly that, in batches, with an audit event per kind.
// Orders and Shopify customers are never deleted here: they are the merchant's, in Shopify.
import type { AppDeps } from '../platform/deps.ts';
import type { Db, Prisma } from '../platform/db/index.ts';
import { ConflictError, NotFoundError, UpstreamError, ValidationError } from '../platform/errors.ts';
import type { JobHandlers } from '../jobs/runner.ts';
import { enqueueJob } from '../jobs/queue.ts';
import { recordAudit } from '../audit/log.ts';
import { loadRecords } from '../records/store.ts';
import { sectionSchemas, type RetentionRule } from '../records/profile.ts';
import {
  CLOSED_REQUEST_STATUSES,
  RETENTION_KINDS,
  addPeriod,
  cutoffs,
  inactivityCutoff,
  isInactive,
  lastActivity,
  orderCutoff,
  type Cutoff,
  type Period,
  type RetentionKind,
  type RuleSource,
} from './select.ts';

export const RETENTION_JOB = 'retention.sweep';
export const RUN_STATUSES = ['dry_run', 'approved', 'applied', 'discarded'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
const OPEN_STATUSES: RunStatus[] = ['dry_run', 'approved'];

/** Ids selected per round: memory stays flat however many rows expire. */
export const DELETE_BATCH = 5_000;
/**
 * Ids per DELETE statement. SQLite binds at most 999 values per statement, and Prisma's query
 * compiler refuses a longer `in` list (P2029) rather than splitting it; a round's statements
 * share one transaction, so a round still costs one commit.
 */
export const IDS_PER_STATEMENT = 900;

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}
/** The report lists at most this many inactive customers (the count is always complete). */
export const CUSTOMER_LIST_LIMIT = 5_000;

// ---------------------------------------------------------------- the report

export interface KindReport {
  count: number;
  field: Cutoff['field'];
  cutoff: string;
  rule: RuleSource;
}

export interface InactiveCustomer {
  /** Shopify's customer id (gid); never an email or a name */
  id: string;
  createdAt: string;
  lastActivityAt: string;
  numberOfOrders: number;
  lastOrderAt: string | null;
  /** the customer has orders under the order rule's minimum period until then: erase contact details, not the orders */
  ordersProtectedUntil: string | null;
}

export interface RetentionReport {
  generatedAt: string;
  kinds: Record<RetentionKind, KindReport>;
  orders: {
    /** Lawfully never deletes orders; the merchant may not erase these yet either */
    deletedByLawfully: 0;
    cutoff: string | null;
    rule: RuleSource | null;
    /** orders created on or after the cutoff (null when Shopify could not be asked or there is no order rule) */
    protected: number | null;
  };
  customers: {
    inactiveBefore: string | null;
    rule: RuleSource | null;
    /** all inactive customers found; `listed` holds at most CUSTOMER_LIST_LIMIT of them */
    count: number | null;
    listed: InactiveCustomer[];
    truncated: boolean;
  };
  shopify: { reached: boolean; problem?: string };
}

export type RetentionRunRow = Awaited<ReturnType<Db['retentionRun']['findFirstOrThrow']>>;
export type RetentionRunView = Omit<RetentionRunRow, 'report' | 'deleted' | 'status'> & {
  status: RunStatus;
  report: RetentionReport;
  deleted: Record<RetentionKind, number> | null;
};

const view = (row: RetentionRunRow): RetentionRunView => row as unknown as RetentionRunView;

// ---------------------------------------------------------------- rules and rows

/** The shop's retention rules; a sweep refuses to run on rules that do not validate (it would guess). */
export async function retentionRules(db: Db, shop: string): Promise<RetentionRule[]> {
  const records = await loadRecords(db, shop);
  if (records?.retention === undefined) return [];
  const parsed = sectionSchemas.retention.safeParse(records.retention);
  if (!parsed.success) throw new ValidationError('The retention rules in your records have problems; fix them before Lawfully deletes anything by them.');
  return parsed.data;
}

/**
 * The rows of one kind past its cutoff, and how to delete a batch of them by id. The ids come
 * from a query scoped to the shop; the DELETEs name ids alone, because with `shop` beside them
 * SQLite's planner walks the shop's whole index for every statement.
 */

/** A storefront request whose shopper never clicked the confirmation link. */
const NEVER_CONFIRMED = { source: 'storefront', verifiedAt: null, status: { in: ['unverified', 'expired'] } } satisfies Prisma.DataSubjectRequestWhereInput;

function expiredRows(db: Db, shop: string, cutoff: Pick<Cutoff, 'kind' | 'before'>) {
  const ids = (rows: Array<{ id: string }>) => rows.map((row) => row.id);
  const sum = (results: Array<{ count: number }>) => results.reduce((total, r) => total + r.count, 0);
  const removeRequests = (requestIds: string[]) =>
    db.$transaction(async (tx) => {
      let count = 0;
      for (const chunk of chunks(requestIds, IDS_PER_STATEMENT)) {
        // The children cascade in the schema too; deleting them explicitly keeps this independent of the driver's foreign-key setting.
        const children = { requestId: { in: chunk } };
        await tx.requestStep.deleteMany({ where: children });
        await tx.requestEvent.deleteMany({ where: children });
        await tx.exportPackage.deleteMany({ where: children });
        count += (await tx.dataSubjectRequest.deleteMany({ where: { id: { in: chunk } } })).count;
      }
      return count;
    });
  switch (cutoff.kind) {
    case 'consentRecords': {
      const where: Prisma.ConsentRecordWhereInput = { shop, createdAt: { lt: cutoff.before } };
      return {
        count: () => db.consentRecord.count({ where }),
        nextIds: (take: number) => db.consentRecord.findMany({ where, select: { id: true }, take }).then(ids),
        remove: (batch: string[]) => db.$transaction(chunks(batch, IDS_PER_STATEMENT).map((chunk) => db.consentRecord.deleteMany({ where: { id: { in: chunk } } }))).then(sum),
      };
    }
    case 'exportPackages': {
      const where: Prisma.ExportPackageWhereInput = { shop, expiresAt: { lt: cutoff.before } };
      return {
        count: () => db.exportPackage.count({ where }),
        nextIds: (take: number) => db.exportPackage.findMany({ where, select: { id: true }, take }).then(ids),
        remove: (batch: string[]) => db.$transaction(chunks(batch, IDS_PER_STATEMENT).map((chunk) => db.exportPackage.deleteMany({ where: { id: { in: chunk } } }))).then(sum),
      };
    }
    case 'unverifiedRequests': {
      // Still waiting, or already marked expired by the daily round: never confirmed either way.
      const where: Prisma.DataSubjectRequestWhereInput = { ...NEVER_CONFIRMED, shop, verificationExpiresAt: { lt: cutoff.before } };
      return {
        count: () => db.dataSubjectRequest.count({ where }),
        nextIds: (take: number) => db.dataSubjectRequest.findMany({ where, select: { id: true }, take }).then(ids),
        remove: removeRequests,
      };
    }
    case 'closedRequests': {
      const where: Prisma.DataSubjectRequestWhereInput = { shop, status: { in: [...CLOSED_REQUEST_STATUSES] }, closedAt: { lt: cutoff.before }, NOT: NEVER_CONFIRMED };
      return {
        count: () => db.dataSubjectRequest.count({ where }),
        nextIds: (take: number) => db.dataSubjectRequest.findMany({ where, select: { id: true }, take }).then(ids),
        remove: removeRequests,
      };
    }
  }
}

/** Deletes every expired row of one kind, one batch of ids at a time; returns how many went. */
async function deleteExpired(db: Db, shop: string, cutoff: Pick<Cutoff, 'kind' | 'before'>, batchSize: number): Promise<number> {
  const rows = expiredRows(db, shop, cutoff);
  let deleted = 0;
  for (;;) {
    const batch = await rows.nextIds(batchSize);
    if (batch.length === 0) return deleted;
    const removed = await rows.remove(batch);
    deleted += removed;
    // A short batch was the last; an empty delete means someone else got there first (never loop on it).
    if (batch.length < batchSize || removed === 0) return deleted;
    // SQLite answers synchronously: let HTTP requests and timers through between rounds.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

// ---------------------------------------------------------------- Shopify: customers and orders

const CUSTOMERS_QUERY = `#graphql
  query RetentionCustomers($first: Int!, $after: String, $query: String) {
    customers(first: $first, after: $after, query: $query) {
      nodes { id createdAt updatedAt numberOfOrders lastOrder { createdAt } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

const ORDERS_QUERY = `#graphql
  query RetentionOrders($first: Int!, $after: String, $query: String) {
    orders(first: $first, after: $after, query: $query) {
      nodes { id }
      pageInfo { hasNextPage endCursor }
    }
  }`;

interface CustomerNode {
  id: string;
  createdAt: string;
  updatedAt: string;
  numberOfOrders: string;
  lastOrder: { createdAt: string } | null;
}

async function shopifyFindings(deps: AppDeps, shop: string, rules: RetentionRule[], now: Date): Promise<Pick<RetentionReport, 'orders' | 'customers' | 'shopify'>> {
  const orders = orderCutoff(rules, now);
  const inactivity = inactivityCutoff(rules, now);
  const result: Pick<RetentionReport, 'orders' | 'customers' | 'shopify'> = {
    orders: { deletedByLawfully: 0, cutoff: orders?.before.toISOString() ?? null, rule: orders?.rule ?? null, protected: null },
    customers: { inactiveBefore: inactivity?.before.toISOString() ?? null, rule: inactivity?.rule ?? null, count: null, listed: [], truncated: false },
    shopify: { reached: true },
  };
  const api = deps.adminApi.forShop(shop);
  try {
    if (inactivity) {
      result.customers.count = 0;
      // Shopify narrows by last update (an order updates its customer); isInactive checks the rest.
      const query = `updated_at:<'${inactivity.before.toISOString()}'`;
      for await (const customer of api.paginate<CustomerNode>(CUSTOMERS_QUERY, { first: 100, query }, 'customers')) {
        if (!isInactive(customer, now, inactivity.period)) continue;
        result.customers.count += 1;
        if (result.customers.listed.length < CUSTOMER_LIST_LIMIT) result.customers.listed.push(inactiveCustomer(customer, orders?.rule.period ?? null));
        else result.customers.truncated = true;
      }
    }
    if (orders) {
      // Needs the read_all_orders scope to see past Shopify's default 60-day window.
      result.orders.protected = 0;
      const query = `created_at:>='${orders.before.toISOString()}'`;
      for await (const _order of api.paginate<{ id: string }>(ORDERS_QUERY, { first: 250, query }, 'orders')) result.orders.protected += 1;
    }
  } catch (error) {
    // Lawfully's own rows do not depend on Shopify: the run goes on and says what is missing.
    if (!(error instanceof UpstreamError)) throw error;
    result.shopify = { reached: false, problem: error.message };
    result.customers = { ...result.customers, count: null, listed: [], truncated: false };
    result.orders.protected = null;
  }
  return result;
}

function inactiveCustomer(customer: CustomerNode, orderPeriod: Period | null): InactiveCustomer {
  const lastOrderAt = customer.lastOrder?.createdAt ? new Date(customer.lastOrder.createdAt) : null;
  return {
    id: customer.id,
    createdAt: new Date(customer.createdAt).toISOString(),
    lastActivityAt: lastActivity(customer).toISOString(),
    numberOfOrders: Number(customer.numberOfOrders),
    lastOrderAt: lastOrderAt?.toISOString() ?? null,
    ordersProtectedUntil: lastOrderAt && orderPeriod ? addPeriod(lastOrderAt, orderPeriod).toISOString() : null,
  };
}

// ---------------------------------------------------------------- runs

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

// ---------------------------------------------------------------- settings

export async function getRetentionSettings(db: Db, shop: string): Promise<{ automatic: boolean; updatedAt: Date | null }> {
  const row = await db.retentionSettings.findUnique({ where: { shop } });
  return { automatic: row?.automatic ?? false, updatedAt: row?.updatedAt ?? null };
}

export async function saveRetentionSettings(deps: Pick<AppDeps, 'db' | 'clock'>, shop: string, actor: string, settings: { automatic: boolean }) {
  const now = deps.clock.now();
  await deps.db.$transaction(async (tx) => {
    await tx.retentionSettings.upsert({ where: { shop }, create: { shop, automatic: settings.automatic, updatedAt: now }, update: { automatic: settings.automatic, updatedAt: now } });
    await recordAudit(tx, { shop, actor, action: 'retention.settings_changed', subject: 'retention-settings', details: { automatic: settings.automatic }, at: now });
  });
  return getRetentionSettings(deps.db, shop);
}

// ---------------------------------------------------------------- background work

/** 'retention.sweep': a dry run, applied at once when the merchant chose automatic retention. */
export function retentionJobHandlers(deps: AppDeps): JobHandlers {
  return {
    [RETENTION_JOB]: async (job) => {
      const run = await planRetention(deps, job.shop);
      if ((await getRetentionSettings(deps.db, job.shop)).automatic) await applyRetention(deps, job.shop, run.id, 'system');
    },
  };
}

/** A shop gets a new sweep when it has none waiting and none started within this time. */
const SWEEP_GAP_MS = 23 * 3_600_000;

/**
 * Enqueues one sweep per installed shop that has none queued or running and none in the last
 * day. Returns the ids of the jobs it enqueued.
 */
export async function scheduleRetention(deps: Pick<AppDeps, 'db' | 'clock' | 'jobs'>): Promise<string[]> {
  const { db, clock, jobs } = deps;
  const now = clock.now();
  const shops = await db.shop.findMany({ where: { uninstalledAt: null }, select: { domain: true } });
  const enqueued: string[] = [];
  for (const { domain: shop } of shops) {
    const pending = await db.job.findFirst({
      where: { shop, kind: RETENTION_JOB, OR: [{ status: { in: ['queued', 'running'] } }, { runAt: { gt: new Date(now.getTime() - SWEEP_GAP_MS) } }] },
      select: { id: true },
    });
    if (pending) continue;
    enqueued.push(await enqueueJob(db, { shop, kind: RETENTION_JOB, payload: {}, runAt: now, maxAttempts: 3 }));
  }
  if (enqueued.length) jobs.dispatch(enqueued);
  return enqueued;
}

/**
 * Schedules sweeps from now on: checks at once and then every `checkEveryMs` (an hour), and
 * scheduleRetention keeps each shop to one sweep a day. Checking hourly rather than waiting a
 * day means a process restarted more often than daily (deploys) still sweeps every day.
 * Returns a stop function that waits for a check in progress.
 */
export function startRetentionSchedule(deps: AppDeps, { checkEveryMs = 3_600_000 }: { checkEveryMs?: number } = {}): () => Promise<void> {
  let inFlight: Promise<unknown> = Promise.resolve();
  const check = () => {
    inFlight = scheduleRetention(deps).catch((error: unknown) => deps.log.warn({ err: error instanceof Error ? error.message : String(error) }, 'retention scheduling failed'));
  };
  check();
  const timer = setInterval(check, checkEveryMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await inFlight;
  };
}
