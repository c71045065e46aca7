// Loads the ledger row a webhook job refers to and reads its payload with the topic's schema.
import { z } from 'zod';
import type { Db, Prisma } from '../../platform/db/index.ts';
import { readJsonText } from '../../platform/json-column.ts';
import { REDACTED_PAYLOAD } from '../../requests/erase.ts';
import { payloadSchemas, type Payload, type Topic } from '../payloads.ts';

/** What a webhook job carries: the ledger row to process (written by ledger.ts). */
export const webhookJobPayload = z.object({ deliveryId: z.string().min(1) });

export async function loadDelivery<T extends Topic>(db: Db, topic: T, jobPayload: unknown) {
  const { deliveryId } = webhookJobPayload.parse(jobPayload);
  const delivery = await db.webhookDelivery.findUnique({ where: { id: deliveryId } });
  // purged since (shop/redact) or erased (customers/redact ran): nothing left to do
  if (!delivery || delivery.payload === REDACTED_PAYLOAD) return undefined;
  const payload = readJsonText(payloadSchemas[topic], delivery.payload, { table: 'WebhookDelivery', column: 'payload', id: delivery.id }) as Payload<T>;
  return { delivery, payload };
}

/**
 * What the ledger keeps of a customer webhook once it is processed: the ids that prove what was
 * asked and when, without the email or phone (the request holds the encrypted email it needs).
 */
export function minimisedPayload(payload: Payload<'customers/data_request'> | Payload<'customers/redact'>): string {
  return JSON.stringify({ ...payload, customer: { id: payload.customer.id } });
}

/**
 * Holds the delivery's row for the caller's transaction (a write that changes nothing) and says
 * whether its customer is still there: false once customers/redact has erased them, however far
 * the job had come. The erasure takes the same row first, so the two never interleave.
 */
export async function holdUnredacted(tx: Pick<Prisma.TransactionClient, 'webhookDelivery'>, delivery: { id: string; webhookId: string }): Promise<boolean> {
  const { count } = await tx.webhookDelivery.updateMany({
    where: { id: delivery.id, NOT: { payload: REDACTED_PAYLOAD } },
    data: { webhookId: delivery.webhookId },
  });
  return count === 1;
}
