// Erasure of what Lawfully itself holds about one person (customers/redact, Art. 17 requests).
// Consent proofs tied to the customer and export packages are deleted; earlier requests are
// anonymised (kept as proof that they were answered, with nothing left that identifies anyone);
// webhook payloads naming the customer are replaced by a redaction marker.
import { Prisma } from '../platform/db/generated/sqlite/client.ts';

type Tx = Pick<Prisma.TransactionClient, 'consentRecord' | 'dataSubjectRequest' | 'exportPackage' | 'requestEvent' | 'requestStep' | 'webhookDelivery'>;

export interface ErasureSubject {
  shopifyCustomerId?: string | null;
  emailHash?: string | null;
  /** salted hash of the customer id, as the webhook ledger stores it */
  customerRef?: string | null;
  /** the delivery being processed; other deliveries are redacted only once processed themselves */
  currentDeliveryId?: string;
  /**
   * the erasure request being fulfilled: left as it is until it closes, since retrying a failed
   * Shopify call and matching Shopify's customers/redact after a hold both need its identifiers
   */
  keepRequestId?: string;
}

export interface ErasureCounts {
  consentRecords: number;
  requestsAnonymised: number;
  exportPackages: number;
  notes: number;
  webhookPayloads: number;
}

export const REDACTED_PAYLOAD = '{"redacted":true}';

/** Trail entries whose text Lawfully writes itself and that never name anyone. */
const NEUTRAL_EVENT_KINDS = ['received', 'status_changed', 'expired'];

/**
 * Strips the requests down to their proof: type, status, dates, the kinds and times of what
 * happened. Identifiers, free text (notes, reasons, outcome messages) and error details go.
 */
export async function anonymiseRequests(tx: Tx, shop: string, ids: string[]): Promise<Omit<ErasureCounts, 'consentRecords' | 'webhookPayloads'>> {
  if (!ids.length) return { requestsAnonymised: 0, exportPackages: 0, notes: 0 };
  const exportPackages = (await tx.exportPackage.deleteMany({ where: { shop, requestId: { in: ids } } })).count;
  const notes = (await tx.requestEvent.deleteMany({ where: { shop, requestId: { in: ids }, kind: 'note' } })).count;
  await tx.requestEvent.updateMany({ where: { shop, requestId: { in: ids }, kind: { notIn: NEUTRAL_EVENT_KINDS } }, data: { message: null, details: Prisma.DbNull } });
  // A failed call's error text can quote what Shopify was sent; counts and dates of the others stay.
  await tx.requestStep.updateMany({ where: { shop, requestId: { in: ids }, result: 'failed' }, data: { details: Prisma.DbNull } });
  const requestsAnonymised = (
    await tx.dataSubjectRequest.updateMany({
      where: { shop, id: { in: ids } },
      data: { shopifyCustomerId: null, emailHash: null, emailEncrypted: null, details: Prisma.DbNull, verificationHash: null, rejectionReason: null, extensionReason: null },
    })
  ).count;
  return { requestsAnonymised, exportPackages, notes };
}

export async function eraseLawfullyData(tx: Tx, shop: string, subject: ErasureSubject): Promise<ErasureCounts> {
  const who = [
    ...(subject.shopifyCustomerId ? [{ shopifyCustomerId: subject.shopifyCustomerId }] : []),
    ...(subject.emailHash ? [{ emailHash: subject.emailHash }] : []),
  ];
  // Consent proofs name a customer id at most: a guest's choice is tied to a random browser id.
  const consentRecords = subject.shopifyCustomerId
    ? (await tx.consentRecord.deleteMany({ where: { shop, shopifyCustomerId: subject.shopifyCustomerId } })).count
    : 0;
  const ids = who.length
    ? (await tx.dataSubjectRequest.findMany({ where: { shop, OR: who, ...(subject.keepRequestId ? { id: { not: subject.keepRequestId } } : {}) }, select: { id: true } })).map((r) => r.id)
    : [];
  const anonymised = await anonymiseRequests(tx, shop, ids);
  const webhookPayloads = subject.customerRef
    ? (
        await tx.webhookDelivery.updateMany({
          where: { shop, customerRef: subject.customerRef, OR: [{ processedAt: { not: null } }, ...(subject.currentDeliveryId ? [{ id: subject.currentDeliveryId }] : [])] },
          data: { payload: REDACTED_PAYLOAD, customerRef: null },
        })
      ).count
    : 0;
  return { consentRecords, ...anonymised, webhookPayloads };
}
