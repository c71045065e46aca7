// Erasure of what Lawfully itself holds about one person (customers/redact, Art. 17 requests).
// Consent proofs tied to the customer and export packages are deleted; earlier requests are
// anonymised (kept as proof that they were answered, with nothing left that identifies anyone);
// webhook payloads naming the customer are replaced by a redaction marker.
import { Prisma } from '../platform/db/generated/sqlite/client.ts';

type Tx = Pick<Prisma.TransactionClient, 'consentRecord' | 'dataSubjectRequest' | 'exportPackage' | 'requestEvent' | 'webhookDelivery'>;

export interface ErasureSubject {
  shopifyCustomerId?: string | null;
  emailHash?: string | null;
  /** salted hash of the customer id, as the webhook ledger stores it */
  customerRef?: string | null;
  /** the delivery being processed; other deliveries are redacted only once processed themselves */
  currentDeliveryId?: string;
}

export interface ErasureCounts {
  consentRecords: number;
  requestsAnonymised: number;
  exportPackages: number;
  notes: number;
  webhookPayloads: number;
}

export const REDACTED_PAYLOAD = '{"redacted":true}';

export async function eraseLawfullyData(tx: Tx, shop: string, subject: ErasureSubject): Promise<ErasureCounts> {
  const who = [
    ...(subject.shopifyCustomerId ? [{ shopifyCustomerId: subject.shopifyCustomerId }] : []),
    ...(subject.emailHash ? [{ emailHash: subject.emailHash }] : []),
  ];
  const consentRecords = subject.shopifyCustomerId
    ? (await tx.consentRecord.deleteMany({ where: { shop, shopifyCustomerId: subject.shopifyCustomerId } })).count
    : 0;
  let requestsAnonymised = 0;
  let exportPackages = 0;
  let notes = 0;
  if (who.length) {
    const ids = (await tx.dataSubjectRequest.findMany({ where: { shop, OR: who }, select: { id: true } })).map((r) => r.id);
    if (ids.length) {
      exportPackages = (await tx.exportPackage.deleteMany({ where: { shop, requestId: { in: ids } } })).count;
      notes = (await tx.requestEvent.deleteMany({ where: { shop, requestId: { in: ids }, kind: 'note' } })).count;
      requestsAnonymised = (
        await tx.dataSubjectRequest.updateMany({
          where: { shop, id: { in: ids } },
          data: { shopifyCustomerId: null, emailHash: null, emailEncrypted: null, details: Prisma.DbNull, verificationHash: null },
        })
      ).count;
    }
  }
  const webhookPayloads = subject.customerRef
    ? (
        await tx.webhookDelivery.updateMany({
          where: { shop, customerRef: subject.customerRef, OR: [{ processedAt: { not: null } }, ...(subject.currentDeliveryId ? [{ id: subject.currentDeliveryId }] : [])] },
          data: { payload: REDACTED_PAYLOAD, customerRef: null },
        })
      ).count
    : 0;
  return { consentRecords, requestsAnonymised, exportPackages, notes, webhookPayloads };
}
