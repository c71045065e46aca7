// Erasure (Art. 17): what Lawfully holds is erased at once; Shopify is asked to erase the
// customer, and may hold the erasure because of a recent order (the request then stays open).
import type { Prisma } from '../../platform/db/index.ts';
import { anonymiseRequests, closeRequestsOfErasedPerson, eraseLawfullyData, openRequestsOf } from '../erase.ts';
import { requestShopifyErasure } from '../shopify-customer.ts';
import { SHOPIFY_ERASURE_STEP } from '../shopify-erasure.ts';
import type { ShopperOutcome } from '../messages.ts';
import { keptFor } from '../erasure-kept.ts';
import type { Fulfilled, Fulfilment } from './fulfilment.ts';

export async function eraseCustomer({ deps, shop, request, customerId, now, step }: Fulfilment): Promise<Fulfilled> {
  const counts = await deps.db.$transaction((tx) =>
    eraseLawfullyData(tx, shop, { shopifyCustomerId: customerId, emailHash: request.emailHash, keepOpenRequests: true }),
  );
  await step('lawfully.erase', 'lawfully', 'ok', { ...counts });
  // The shopper is told what is kept and why (Art. 17(3)(b)), from the records' retention rules.
  const kept = await keptFor(deps.db, shop);
  if (!customerId) {
    await step(SHOPIFY_ERASURE_STEP, 'shopify', 'skipped', { reason: 'No Shopify customer with this email' });
    return { outcome: { kind: 'erased_no_customer', kept } };
  }
  const shopify = await requestShopifyErasure(deps, shop, customerId, now);
  if (shopify.held && shopify.heldUntil) {
    await step(SHOPIFY_ERASURE_STEP, 'shopify', 'held', {
      heldUntil: shopify.heldUntil.toISOString().slice(0, 10),
      reason: 'The customer ordered in the last 180 days; Shopify erases them after that.',
    });
    return { outcome: { kind: 'erasure_held', until: shopify.heldUntil, kept }, complete: false };
  }
  await step(SHOPIFY_ERASURE_STEP, 'shopify', 'ok', { requested: true });
  return { outcome: { kind: 'erased', kept } };
}

/**
 * A completed erasure keeps nothing of the person, not even on the request that asked for it.
 * Their other open requests close with it (the person is told), since nothing is left to answer
 * them with; while Shopify holds the erasure they stay open and answerable, and customers/redact
 * closes them when it comes. Runs in the transaction that completes the request.
 */
export async function closeWithErasure(
  tx: Prisma.TransactionClient,
  { deps, shop, request, customerId, now }: Fulfilment,
  actor: string,
  erased: ShopperOutcome,
) {
  const others = await openRequestsOf(tx, deps.config.encryptionKey, shop, { shopifyCustomerId: customerId, emailHash: request.emailHash }, request.id);
  await anonymiseRequests(tx, shop, [request.id, ...others.map((other) => other.id)]);
  await closeRequestsOfErasedPerson(tx, deps.config.encryptionKey, shop, others, {
    now,
    actor,
    erased,
    completedMessage: 'Closed with the person’s other erasure request, fulfilled at the same time.',
    supersededReason: 'Superseded: the person’s data was erased (their erasure request was fulfilled).',
  });
}
