// customers/redact: the store asked (10 days after the customer's erasure request, or six months
// after their last order) that the customer's data be erased. Lawfully erases what it holds and
// records the request as completed; the proof kept names no one, only counts and the ledger event.
import type { AppDeps } from '../../platform/deps.ts';
import type { ClaimedJob } from '../../jobs/queue.ts';
import { normaliseEmail, saltedHash } from '../../platform/crypto.ts';
import { shopSalt } from '../../platform/shops.ts';
import { createRequest, addStep, addEvent } from '../../requests/store.ts';
import { eraseLawfullyData } from '../../requests/erase.ts';
import { customerRef } from '../ledger.ts';
import { loadDelivery } from './delivery.ts';

export function customersRedact({ db, clock, config }: AppDeps) {
  return async (job: ClaimedJob) => {
    const loaded = await loadDelivery(db, 'customers/redact', job.payload);
    if (!loaded) return;
    const { delivery, payload } = loaded;
    if (await db.dataSubjectRequest.findUnique({ where: { webhookDeliveryId: delivery.id }, select: { id: true } })) return;
    const shop = delivery.shop;
    const email = payload.customer.email ? normaliseEmail(payload.customer.email) : null;
    const salt = await shopSalt(db, shop);
    const now = clock.now();

    await db.$transaction(async (tx) => {
      // Erasures Shopify was holding (a recent order) are done now that Shopify erased the customer.
      const held = await tx.dataSubjectRequest.findMany({ where: { shop, type: 'erasure', status: 'in_progress', shopifyCustomerId: payload.customer.id }, select: { id: true } });
      for (const { id } of held) {
        await tx.dataSubjectRequest.update({ where: { id }, data: { status: 'completed', closedAt: now, finalisedBy: 'shopify' } });
        await addEvent(tx, { shop, requestId: id, actor: 'shopify', kind: 'completed', message: 'Shopify erased the customer (customers/redact).', at: now });
      }
      const counts = await eraseLawfullyData(tx, shop, {
        shopifyCustomerId: payload.customer.id,
        emailHash: email ? saltedHash(salt, email) : null,
        customerRef: customerRef(config.encryptionKey, shop, payload.customer.id),
        currentDeliveryId: delivery.id,
      });
      const request = await createRequest(
        tx,
        { shop, type: 'erasure', source: 'shopify_webhook', status: 'completed', receivedAt: delivery.receivedAt, verifiedAt: delivery.receivedAt, dueAt: delivery.receivedAt, webhookDeliveryId: delivery.id, details: { ordersToRedact: payload.orders_to_redact.length } },
        'shopify',
      );
      await addStep(tx, { shop, requestId: request.id, action: 'lawfully.erase', system: 'lawfully', result: 'ok', details: { ...counts }, at: now });
      await addStep(tx, {
        shop, requestId: request.id, action: 'lawfully.orders', system: 'lawfully', result: 'skipped', at: now,
        details: { ordersToRedact: payload.orders_to_redact.length, note: 'Lawfully keeps no copy of orders; Shopify erases the orders themselves.' },
      });
      await tx.dataSubjectRequest.update({ where: { id: request.id }, data: { closedAt: now, finalisedBy: 'system' } });
      await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { processedAt: now } });
      await addEvent(tx, { shop, requestId: request.id, actor: 'system', kind: 'completed', message: 'Everything Lawfully held about the customer was erased.', at: now });
    });
  };
}
