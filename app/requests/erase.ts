// Erasure of what Lawfully itself holds about one person (customers/redact, Art. 17 requests).
// Consent proofs tied to the customer and export packages are deleted; earlier requests are
// anonymised (kept as proof that they were answered, with nothing left that identifies anyone);
// webhook payloads naming the customer are replaced by a redaction marker. The person's open
// requests close with the erasure, and the person is told why.
import { Prisma } from '../platform/db/generated/sqlite/client.ts';
import { forgetRetentionCustomer } from '../retention/customers.ts';
import { openSealed } from '../platform/crypto.ts';
import { queueMail } from '../mail/mailer.ts';
import { addEvent, requestTypeOf } from './store.ts';
import { outcomeMail, type ShopperOutcome } from './messages.ts';
import { OPEN_STATUSES, type RequestType } from './rights.ts';
import type { Db } from '../platform/db/index.ts';
import { loadRecords } from '../records/store.ts';
import { keptAfterErasure } from './erasure-kept.ts';
import { keptStoreName } from './store-name.ts';
import { WITHDRAWN_EXPORT } from './exports.ts';

type Tx = Pick<
  Prisma.TransactionClient,
  | 'consentRecord'
  | 'dataSubjectRequest'
  | 'exportPackage'
  | 'job'
  | 'recordsProfile'
  | 'requestEvent'
  | 'requestStep'
  | 'retentionCustomer'
  | 'shop'
  | 'webhookDelivery'
>;

export interface ErasureSubject {
  shopifyCustomerId?: string | null;
  emailHash?: string | null;
  /** salted hash of the customer id, as the webhook ledger stores it */
  customerRef?: string | null;
  /**
   * the delivery being processed. With keepOpenRequests, other deliveries are redacted only once
   * processed themselves; otherwise every delivery naming the customer is, whatever its state
   */
  currentDeliveryId?: string;
  /** when the erasure happens: a delivery redacted before its job ran counts as processed then */
  at?: Date;
  /**
   * an erasure request is being fulfilled: the person's open requests (that erasure among them)
   * are left as they are until it closes, since retrying a failed Shopify call, matching
   * Shopify's customers/redact after a hold and answering the others all need their identifiers
   */
  keepOpenRequests?: boolean;
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
  // A download link already sent stays answerable until it expires: its package loses the data
  // and says it was withdrawn because the data was erased (not "unknown link"); retention deletes
  // it at its expiry. Packages only the merchant downloads go at once.
  const withdrawn = (
    await tx.exportPackage.updateMany({
      where: { shop, requestId: { in: ids }, downloadHash: { not: null } },
      data: { content: WITHDRAWN_EXPORT, summary: '' },
    })
  ).count;
  const exportPackages = withdrawn + (await tx.exportPackage.deleteMany({ where: { shop, requestId: { in: ids }, downloadHash: null } })).count;
  const notes = (await tx.requestEvent.deleteMany({ where: { shop, requestId: { in: ids }, kind: 'note' } })).count;
  await tx.requestEvent.updateMany({
    where: { shop, requestId: { in: ids }, kind: { notIn: NEUTRAL_EVENT_KINDS } },
    data: { message: null, details: Prisma.DbNull },
  });
  // A failed call's error text can quote what Shopify was sent; counts and dates of the others stay.
  await tx.requestStep.updateMany({ where: { shop, requestId: { in: ids }, result: 'failed' }, data: { details: Prisma.DbNull } });
  const requestsAnonymised = (
    await tx.dataSubjectRequest.updateMany({
      where: { shop, id: { in: ids } },
      data: {
        shopifyCustomerId: null,
        emailHash: null,
        emailEncrypted: null,
        details: Prisma.DbNull,
        verificationHash: null,
        rejectionReason: null,
        extensionReason: null,
      },
    })
  ).count;
  return { requestsAnonymised, exportPackages, notes };
}

/**
 * Replaces the ledger's copies of the customer's webhooks by a redaction marker. A full erasure
 * (customers/redact) takes every delivery, also one whose job has not run: that job then finds
 * nothing to do (loadDelivery), so no export is ever built for a person already erased. This
 * runs first in the erasure's transaction: it locks those rows, so a data_request job finishing
 * at the same moment either commits before (and its request is anonymised below) or sees the
 * marker and stops (see customers-data-request.ts).
 */
async function redactLedger(tx: Tx, shop: string, subject: ErasureSubject): Promise<number> {
  if (!subject.customerRef) return 0;
  const rows = { shop, customerRef: subject.customerRef };
  const redacted = { payload: REDACTED_PAYLOAD, customerRef: null };
  // Processed rows and the delivery being processed (which is marked processed by its handler).
  const processed = { OR: [{ processedAt: { not: null } }, ...(subject.currentDeliveryId ? [{ id: subject.currentDeliveryId }] : [])] };
  const done = async () => (await tx.webhookDelivery.updateMany({ where: { ...rows, ...processed }, data: redacted })).count;
  if (subject.keepOpenRequests) return done();
  // Pending rows count as processed now. (Each statement names its rows itself: on PostgreSQL a
  // delivery committed between the two is seen by the second, and must not be left redacted
  // but unprocessed; it is a new delivery, handled by its own job.)
  const pending = (
    await tx.webhookDelivery.updateMany({
      where: { ...rows, processedAt: null, ...(subject.currentDeliveryId ? { id: { not: subject.currentDeliveryId } } : {}) },
      data: { ...redacted, processedAt: subject.at ?? new Date() },
    })
  ).count;
  return pending + (await done());
}

export async function eraseLawfullyData(tx: Tx, shop: string, subject: ErasureSubject): Promise<ErasureCounts> {
  const webhookPayloads = await redactLedger(tx, shop, subject);
  const who = [
    ...(subject.shopifyCustomerId ? [{ shopifyCustomerId: subject.shopifyCustomerId }] : []),
    ...(subject.emailHash ? [{ emailHash: subject.emailHash }] : []),
  ];
  // Consent proofs name a customer id at most: a guest's choice is tied to a random browser id.
  const consentRecords = subject.shopifyCustomerId
    ? (await tx.consentRecord.deleteMany({ where: { shop, shopifyCustomerId: subject.shopifyCustomerId } })).count
    : 0;
  const ids = who.length
    ? (
        await tx.dataSubjectRequest.findMany({
          where: { shop, OR: who, ...(subject.keepOpenRequests ? { status: { notIn: OPEN_STATUSES } } : {}) },
          select: { id: true },
        })
      ).map((r) => r.id)
    : [];
  const anonymised = await anonymiseRequests(tx, shop, ids);
  // A retention run that listed the customer keeps no name of theirs, nor plans to ask about them again.
  if (subject.shopifyCustomerId) await forgetRetentionCustomer(tx, shop, subject.shopifyCustomerId);
  return { consentRecords, ...anonymised, webhookPayloads };
}

/** An open request of a person about to be erased, with the address to tell them at. */
export interface OpenRequestOfPerson {
  id: string;
  type: RequestType;
  locale: string | null;
  email: string | null;
}

/** The person's open requests, read (email decrypted) before anonymisation removes how to reach them. */
export async function openRequestsOf(
  tx: Tx,
  key: Buffer,
  shop: string,
  subject: Pick<ErasureSubject, 'shopifyCustomerId' | 'emailHash'>,
  exceptId?: string,
): Promise<OpenRequestOfPerson[]> {
  const who = [
    ...(subject.shopifyCustomerId ? [{ shopifyCustomerId: subject.shopifyCustomerId }] : []),
    ...(subject.emailHash ? [{ emailHash: subject.emailHash }] : []),
  ];
  if (!who.length) return [];
  const rows = await tx.dataSubjectRequest.findMany({
    where: { shop, status: { in: OPEN_STATUSES }, OR: who, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true, type: true, locale: true, emailEncrypted: true },
  });
  return rows.map(({ emailEncrypted, ...row }) => ({ ...row, type: requestTypeOf(row), email: openSealed(key, emailEncrypted) }));
}

/**
 * Closes the open requests of a person who was just erased, and tells them in their language:
 * an erasure is done; anything else cannot be answered any more (nothing is left to send or
 * change) and would otherwise sit in the inbox until overdue.
 */
export async function closeRequestsOfErasedPerson(
  tx: Tx,
  key: Buffer,
  shop: string,
  open: OpenRequestOfPerson[],
  closing: { now: Date; actor: string; erased: ShopperOutcome; completedMessage: string; supersededReason: string },
) {
  const { now, actor } = closing;
  if (!open.length) return;
  // Inside the transaction: the store's name as kept, and what the erasure keeps, from the records.
  const store = await keptStoreName(tx, shop);
  const erased =
    'kept' in closing.erased && closing.erased.kept ? closing.erased : { ...closing.erased, kept: keptAfterErasure(await loadRecords(tx as Db, shop)) };
  for (const { id, type, locale, email } of open) {
    const erasure = type === 'erasure';
    await tx.dataSubjectRequest.update({
      where: { id },
      data: erasure
        ? { status: 'completed', closedAt: now, finalisedBy: actor }
        : { status: 'rejected', closedAt: now, finalisedBy: actor, rejectionReason: closing.supersededReason },
    });
    await addEvent(tx, {
      shop,
      requestId: id,
      actor,
      kind: erasure ? 'completed' : 'rejected',
      message: erasure ? closing.completedMessage : closing.supersededReason,
      at: now,
    });
    if (email) await queueMail(tx, key, shop, { to: email, ...outcomeMail(store, type, erasure ? erased : { kind: 'superseded' }, locale) }, now);
  }
}
