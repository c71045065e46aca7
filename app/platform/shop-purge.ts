// Deletes every row a shop has in every table (shop/redact, GDPR Art. 17 for the merchant).
// SHOP_TABLES must name every model with a shop column: test/webhooks/shop-redact checks the
// list against the Prisma schema, so a new table cannot be forgotten here.
import type { Db } from './db/index.ts';

/** Children before parents (foreign keys); the Shop row last. */
export const SHOP_TABLES = [
  'processorTask',
  'processorConnection',
  'requestStep',
  'requestEvent',
  'exportPackage',
  'dataSubjectRequest',
  'consentRecord',
  'consentSettings',
  'policyVersion',
  'recordsProfile',
  'auditEvent',
  'retentionCustomer',
  'retentionRun',
  'retentionSettings',
  'storefrontScan',
  'scanSettings',
  'job',
  'webhookDelivery',
  'session',
] as const;

export type PurgeCounts = Record<(typeof SHOP_TABLES)[number] | 'shop', number>;

export async function purgeShop(db: Db, shop: string): Promise<PurgeCounts> {
  const counts = {} as PurgeCounts;
  await db.$transaction(async (tx) => {
    for (const table of SHOP_TABLES) {
      const delegate = tx[table] as unknown as { deleteMany(args: { where: { shop: string } }): Promise<{ count: number }> };
      counts[table] = (await delegate.deleteMany({ where: { shop } })).count;
    }
    counts.shop = (await tx.shop.deleteMany({ where: { domain: shop } })).count;
  });
  return counts;
}
