// Lawfully's own rows past their keeping time (consent records, export packages, requests):
// how many there are, and deleting them in batches of ids.
import type { Db, Prisma } from '../platform/db/index.ts';
import { CLOSED_REQUEST_STATUSES, type Cutoff } from './select.ts';

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

/** A storefront request whose shopper never clicked the confirmation link. */
const NEVER_CONFIRMED = { source: 'storefront', verifiedAt: null, status: { in: ['unverified', 'expired'] } } satisfies Prisma.DataSubjectRequestWhereInput;

/** The expired rows of one kind: how many, the next batch of ids, and deleting a batch (answers how many went). */
export interface ExpiredRows {
  count(): Promise<number>;
  nextIds(take: number): Promise<string[]>;
  remove(batch: string[]): Promise<number>;
}

const idsOf = (rows: Array<{ id: string }>) => rows.map((row) => row.id);

/** The part of a Prisma model's API used to delete rows that nothing else refers to, by id. */
interface DeletableById<Where> {
  count(args: { where: Where }): Prisma.PrismaPromise<number>;
  findMany(args: { where: Where; select: { id: true }; take: number }): Prisma.PrismaPromise<Array<{ id: string }>>;
  deleteMany(args: { where: { id: { in: string[] } } }): Prisma.PrismaPromise<Prisma.BatchPayload>;
}

/**
 * Rows counted, listed and deleted by id: a batch is deleted in statements of IDS_PER_STATEMENT ids,
 * in one transaction. That deletion suits rows no other table refers to; requests replace `remove`.
 */
function rowsById<Where>(db: Db, model: DeletableById<Where>, where: Where): ExpiredRows {
  return {
    count: () => model.count({ where }),
    nextIds: (take) => model.findMany({ where, select: { id: true }, take }).then(idsOf),
    remove: async (batch) => {
      const results = await db.$transaction(chunks(batch, IDS_PER_STATEMENT).map((chunk) => model.deleteMany({ where: { id: { in: chunk } } })));
      return results.reduce((total, r) => total + r.count, 0);
    },
  };
}

/**
 * The rows of one kind past its cutoff, and how to delete a batch of them by id. The ids come
 * from a query scoped to the shop; the DELETEs name ids alone, because with `shop` beside them
 * SQLite's planner walks the shop's whole index for every statement.
 */
export function expiredRows(db: Db, shop: string, cutoff: Pick<Cutoff, 'kind' | 'before'>): ExpiredRows {
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
  // Counted and listed as any other rows; removed with what refers to them.
  const requests = (where: Prisma.DataSubjectRequestWhereInput): ExpiredRows => ({
    ...rowsById(db, db.dataSubjectRequest, where),
    remove: removeRequests,
  });
  switch (cutoff.kind) {
    case 'consentRecords':
      return rowsById(db, db.consentRecord, { shop, createdAt: { lt: cutoff.before } });
    case 'exportPackages':
      return rowsById(db, db.exportPackage, { shop, expiresAt: { lt: cutoff.before } });
    case 'unverifiedRequests':
      // Still waiting, or already marked expired by the daily round: never confirmed either way.
      return requests({ ...NEVER_CONFIRMED, shop, verificationExpiresAt: { lt: cutoff.before } });
    case 'closedRequests':
      return requests({ shop, status: { in: [...CLOSED_REQUEST_STATUSES] }, closedAt: { lt: cutoff.before }, NOT: NEVER_CONFIRMED });
  }
}

/** Deletes every expired row of one kind, one batch of ids at a time; returns how many went. */
export async function deleteExpired(db: Db, shop: string, cutoff: Pick<Cutoff, 'kind' | 'before'>, batchSize: number): Promise<number> {
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
