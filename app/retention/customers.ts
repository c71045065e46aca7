// The inactive customers of a run as stored (RetentionCustomer) and as the merchant sees them:
// names sealed with the app's key at rest, opened only in the answer to the merchant, wiped once
// a customer has an outcome; a link to each customer in the Shopify admin; include / exclude.
import type { Db, Prisma } from '../platform/db/index.ts';
import { encrypt, openSealed } from '../platform/crypto.ts';
import { addPeriod, type Period } from './select.ts';
import type { Candidate } from './shopify-findings.ts';
import type { CustomerOutcome, ListedCustomer, RetentionReport } from './report.ts';

/** A view lists at most this many customers (the count is always complete). */
export const CUSTOMER_LIST_LIMIT = 5_000;
const ROWS_PER_INSERT = 500;

export async function storeCandidates(tx: Prisma.TransactionClient, key: Buffer, shop: string, runId: string, candidates: Candidate[]) {
  for (let i = 0; i < candidates.length; i += ROWS_PER_INSERT) {
    await tx.retentionCustomer.createMany({
      data: candidates.slice(i, i + ROWS_PER_INSERT).map((c) => ({
        shop,
        runId,
        customerId: c.customerId,
        numberOfOrders: c.numberOfOrders,
        lastOrderAt: c.lastOrderAt,
        lastActivityAt: c.lastActivityAt,
        nameSealed: c.name ? encrypt(key, c.name) : null,
      })),
    });
  }
}

/** The customer's page in the Shopify admin (https://admin.shopify.com/store/<handle>/customers/<id>). */
export function adminCustomerUrl(shop: string, customerId: string): string {
  return `https://admin.shopify.com/store/${shop.replace(/\.myshopify\.com$/, '')}/customers/${customerId.slice(customerId.lastIndexOf('/') + 1)}`;
}

/** The run's customers for the merchant, names opened, with outcome counts. */
export async function listedCustomers(
  db: Db,
  key: Buffer,
  shop: string,
  runId: string,
  orderPeriod: Period | null,
): Promise<Pick<RetentionReport['customers'], 'listed' | 'truncated' | 'outcomes'>> {
  const rows = await db.retentionCustomer.findMany({ where: { runId, shop }, orderBy: { lastActivityAt: 'asc' }, take: CUSTOMER_LIST_LIMIT + 1 });
  const grouped = await db.retentionCustomer.groupBy({ by: ['outcome'], where: { runId, shop, outcome: { not: null } }, _count: { _all: true } });
  const outcomes: Partial<Record<CustomerOutcome, number>> = Object.fromEntries(grouped.map((g): [string, number] => [g.outcome ?? 'none', g._count._all]));
  const listed = rows.slice(0, CUSTOMER_LIST_LIMIT).map((row): ListedCustomer => ({
    id: row.customerId,
    ...(row.outcome ? {} : { name: openSealed(key, row.nameSealed) }),
    adminUrl: adminCustomerUrl(shop, row.customerId),
    lastActivityAt: row.lastActivityAt.toISOString(),
    numberOfOrders: row.numberOfOrders,
    lastOrderAt: row.lastOrderAt?.toISOString() ?? null,
    ordersProtectedUntil: row.lastOrderAt && orderPeriod ? addPeriod(row.lastOrderAt, orderPeriod).toISOString() : null,
    included: row.included,
    ...(row.outcome ? { outcome: row.outcome as CustomerOutcome } : {}),
    ...(row.heldUntil ? { heldUntil: row.heldUntil.toISOString() } : {}),
    ...(row.reason ? { reason: row.reason } : {}),
  }));
  return { listed, truncated: rows.length > CUSTOMER_LIST_LIMIT, outcomes };
}

/** The merchant's choice before applying: everyone listed is included unless named here. */
export async function excludeCustomers(tx: Prisma.TransactionClient, shop: string, runId: string, excluded: string[]) {
  await tx.retentionCustomer.updateMany({ where: { runId, shop }, data: { included: true } });
  for (let i = 0; i < excluded.length; i += ROWS_PER_INSERT) {
    await tx.retentionCustomer.updateMany({ where: { runId, shop, customerId: { in: excluded.slice(i, i + ROWS_PER_INSERT) } }, data: { included: false } });
  }
}

/** Once the run is applied no name is kept, not even of those left out. */
export async function wipeNames(db: Pick<Prisma.TransactionClient, 'retentionCustomer'>, runId: string) {
  await db.retentionCustomer.updateMany({ where: { runId, nameSealed: { not: null } }, data: { nameSealed: null } });
}

/**
 * customers/redact for a customer a run lists: their name goes at once, and a run not yet
 * applied forgets them (Shopify erases them anyway). Rows with an outcome keep the id as proof.
 */
export async function forgetRetentionCustomer(tx: Pick<Prisma.TransactionClient, 'retentionCustomer'>, shop: string, customerId: string) {
  const gid = customerId.startsWith('gid://') ? customerId : `gid://shopify/Customer/${customerId}`;
  await tx.retentionCustomer.deleteMany({ where: { shop, customerId: gid, outcome: null, attemptedAt: null } });
  await tx.retentionCustomer.updateMany({ where: { shop, customerId: gid }, data: { nameSealed: null } });
}
