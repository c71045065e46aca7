// customers/data_request: the customer asked the store for their data (GDPR Art. 15). Lawfully
// puts an access request in the merchant's inbox, due 30 days after receipt, and assembles the
// export package. The package goes to the merchant, never into the webhook reply.
import type { AppDeps } from '../../platform/deps.ts';
import { encrypt, normaliseEmail, saltedHash } from '../../platform/crypto.ts';
import { shopSalt } from '../../platform/shops.ts';
import { addDays } from '../../platform/time.ts';
import type { ClaimedJob } from '../../jobs/queue.ts';
import { createRequest, addStep, addEvent } from '../../requests/store.ts';
import { dueDate } from '../../requests/deadlines.ts';
import { assembleExport, summarise } from '../../requests/export-package.ts';
import { EXPORT_RETENTION_DAYS, exportColumn } from '../../requests/exports.ts';
import { OPEN_STATUSES } from '../../requests/rights.ts';
import { holdUnredacted, loadDelivery, minimisedPayload } from './delivery.ts';

const ERASED_MEANWHILE = 'Superseded: the customer was erased by Shopify (customers/redact) while the export was being assembled.';

export function customersDataRequest(deps: AppDeps) {
  const { db, clock, config } = deps;
  return async (job: ClaimedJob) => {
    const loaded = await loadDelivery(db, 'customers/data_request', job.payload);
    if (!loaded) return;
    const { delivery, payload } = loaded;
    const shop = delivery.shop;

    // One request per delivery, even when this job runs again after a crash.
    let request = await db.dataSubjectRequest.findUnique({ where: { webhookDeliveryId: delivery.id } });
    if (!request) {
      const email = payload.customer.email ? normaliseEmail(payload.customer.email) : null;
      const salt = await shopSalt(db, shop);
      request = await db.$transaction(async (tx) =>
        !(await holdUnredacted(tx, delivery))
          ? null // erased by customers/redact since the job started: nothing to answer
          : createRequest(
              tx,
              {
                shop,
                type: 'access',
                source: 'shopify_webhook',
                // Shopify verified the customer before sending the request.
                status: 'verified',
                receivedAt: delivery.receivedAt,
                verifiedAt: delivery.receivedAt,
                dueAt: dueDate(delivery.receivedAt),
                shopifyCustomerId: payload.customer.id,
                emailHash: email ? saltedHash(salt, email) : null,
                emailEncrypted: email ? encrypt(config.encryptionKey, email) : null,
                details: { ordersRequested: payload.orders_requested, shopifyDataRequestId: payload.data_request?.id ?? null },
                webhookDeliveryId: delivery.id,
              },
              'shopify',
            ),
      );
      if (!request) return;
    }
    if (await db.exportPackage.count({ where: { requestId: request.id } })) {
      await db.webhookDelivery.update({ where: { id: delivery.id }, data: { processedAt: clock.now(), payload: minimisedPayload(payload) } });
      return;
    }

    const content = await assembleExport(
      deps,
      shop,
      { shopifyCustomerId: payload.customer.id, emailHash: request.emailHash, ordersRequested: payload.orders_requested },
      { excludeRequestId: request.id },
    );
    const now = clock.now();
    await db.$transaction(async (tx) => {
      if (!(await holdUnredacted(tx, delivery))) {
        // customers/redact erased the customer while the package was being assembled: it is
        // not kept, and the request (anonymised by the erasure) closes if it is still open.
        await tx.dataSubjectRequest.updateMany({
          where: { id: request.id, status: { in: OPEN_STATUSES } },
          data: { status: 'rejected', closedAt: now, finalisedBy: 'system', rejectionReason: ERASED_MEANWHILE },
        });
        return;
      }
      await tx.exportPackage.create({
        data: {
          shop,
          requestId: request.id,
          content: exportColumn(content),
          summary: summarise(content),
          createdAt: now,
          expiresAt: addDays(now, EXPORT_RETENTION_DAYS),
        },
      });
      await addStep(tx, {
        shop,
        requestId: request.id,
        action: 'export.assemble',
        system: 'shopify',
        result: 'ok',
        at: now,
        details: {
          customerRecord: Boolean(content.shopify.customer),
          orders: content.shopify.orders.length,
          consentRecords: content.lawfully.consentRecords.length,
          earlierRequests: content.lawfully.requests.length,
        },
      });
      await tx.dataSubjectRequest.update({ where: { id: request.id }, data: { status: 'in_progress' } });
      await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { processedAt: now, payload: minimisedPayload(payload) } });
      await addEvent(tx, {
        shop,
        requestId: request.id,
        actor: 'system',
        kind: 'export_ready',
        message: 'Export package assembled; download it and send it to the customer.',
        at: now,
      });
    });
  };
}
