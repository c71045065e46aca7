// customers/redact: the store asked (10 days after the customer's erasure request, or six months
// after their last order) that the customer's data be erased. Lawfully erases what it holds and
// records the request as completed; the proof kept names no one, only counts and the ledger event.
// The customer's open requests close with it, and each shopper is told in their language:
// erasures as done, anything else as superseded. Every processor that received the customer's
// data is asked too (GDPR Art. 19): those connected by API at once, the others by mail.
import type { AppDeps } from '../../platform/deps.ts';
import type { ClaimedJob } from '../../jobs/queue.ts';
import { normaliseEmail, saltedHash } from '../../platform/crypto.ts';
import { shopSalt } from '../../platform/shops.ts';
import { createRequest, addStep, addEvent } from '../../requests/store.ts';
import { closeRequestsOfErasedPerson, eraseLawfullyData, openRequestsOf } from '../../requests/erase.ts';
import { cancelMailsTo } from '../../mail/mailer.ts';
import { customerRef } from '../ledger.ts';
import { loadDelivery } from './delivery.ts';
import { addDays } from '../../platform/time.ts';
import { askProcessors, planFanOut } from '../../processors/fan-out.ts';

const SUPERSEDED = 'Superseded: the customer was erased by Shopify (customers/redact).';

/** Shopify asks apps to complete customers/redact within 30 days of receiving it (shopify.dev, privacy law compliance). */
const REDACT_DAYS = 30;

export function customersRedact(deps: AppDeps) {
  const { db, clock, config, jobs } = deps;
  return async (job: ClaimedJob) => {
    const loaded = await loadDelivery(db, 'customers/redact', job.payload);
    if (!loaded) return;
    const { delivery, payload } = loaded;
    if (await db.dataSubjectRequest.findUnique({ where: { webhookDeliveryId: delivery.id }, select: { id: true } })) return;
    const shop = delivery.shop;
    const emailHash = payload.customer.email ? saltedHash(await shopSalt(db, shop), normaliseEmail(payload.customer.email)) : null;
    const now = clock.now();
    // Read before the transaction (records and connections); the tasks commit with the request.
    const planned = await planFanOut(deps, shop, 'erasure');
    const subject = payload.customer.email ? { email: payload.customer.email, shopifyCustomerId: payload.customer.id } : null;

    const processorJobs = await db.$transaction(async (tx) => {
      // The customer's open requests (and where to tell them) are read before the erasure removes
      // what names them.
      const open = await openRequestsOf(tx, config.encryptionKey, shop, { shopifyCustomerId: payload.customer.id, emailHash });
      const counts = await eraseLawfullyData(tx, shop, {
        shopifyCustomerId: payload.customer.id,
        emailHash,
        customerRef: customerRef(config.encryptionKey, shop, payload.customer.id),
        currentDeliveryId: delivery.id,
        at: now,
      });
      // Mails still waiting to go to them (a confirmation link, a deadline notice) are withdrawn.
      const mailsWithdrawn = payload.customer.email ? await cancelMailsTo(tx, config.encryptionKey, shop, payload.customer.email, now) : 0;
      // Erasures (Shopify was holding them for a recent order, or not yet fulfilled) are done now
      // that Shopify erased the customer; anything else asked of a customer who no longer exists
      // cannot be answered, and would otherwise sit in the inbox as overdue.
      await closeRequestsOfErasedPerson(tx, config.encryptionKey, shop, open, {
        now,
        actor: 'shopify',
        erased: { kind: 'erased' },
        completedMessage: 'Shopify erased the customer (customers/redact); Lawfully erased what it held.',
        supersededReason: SUPERSEDED,
      });
      const request = await createRequest(
        tx,
        {
          shop,
          type: 'erasure',
          source: 'shopify_webhook',
          status: 'completed',
          receivedAt: delivery.receivedAt,
          verifiedAt: delivery.receivedAt,
          dueAt: delivery.receivedAt,
          webhookDeliveryId: delivery.id,
          details: { ordersToRedact: payload.orders_to_redact.length },
        },
        'shopify',
      );
      await addStep(tx, {
        shop,
        requestId: request.id,
        action: 'lawfully.erase',
        system: 'lawfully',
        result: 'ok',
        details: { ...counts, mailsWithdrawn },
        at: now,
      });
      await addStep(tx, {
        shop,
        requestId: request.id,
        action: 'lawfully.orders',
        system: 'lawfully',
        result: 'skipped',
        at: now,
        details: { ordersToRedact: payload.orders_to_redact.length, note: 'Lawfully keeps no copy of orders; Shopify erases the orders themselves.' },
      });
      await tx.dataSubjectRequest.update({ where: { id: request.id }, data: { closedAt: now, finalisedBy: 'system' } });
      await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { processedAt: now } });
      await addEvent(tx, {
        shop,
        requestId: request.id,
        actor: 'system',
        kind: 'completed',
        message: 'Everything Lawfully held about the customer was erased.',
        at: now,
      });
      return askProcessors(tx, deps, {
        shop,
        requestId: request.id,
        dueAt: addDays(delivery.receivedAt, REDACT_DAYS),
        subject,
        planned,
        actor: 'shopify',
        now,
      });
    });
    // The shoppers' mails and the processors' tasks were queued in the transaction; the runner may start now.
    jobs.dispatch(processorJobs);
  };
}
