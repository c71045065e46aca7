// Restriction (Art. 18) and objection (Art. 21): the Shopify customer is tagged so that staff see
// it, and unsubscribed from marketing.
import { flagCustomer, unsubscribeFromMarketing } from '../shopify-customer.ts';
import type { Fulfilled, Fulfilment } from './fulfilment.ts';

export async function restrictProcessing({ deps, shop, type, customerId, now, step }: Fulfilment): Promise<Fulfilled> {
  const tag = type === 'restriction' ? 'lawfully-restricted' : 'lawfully-objected';
  if (customerId) {
    await flagCustomer(deps, shop, customerId, tag);
    await step('shopify.customer.flag', 'shopify', 'ok', { tag });
    await unsubscribeFromMarketing(deps, shop, customerId, now);
    await step('shopify.marketingConsent.revoke', 'shopify', 'ok');
  } else {
    await step('shopify.customer.flag', 'shopify', 'skipped', { reason: 'No Shopify customer with this email' });
  }
  return { outcome: { kind: type === 'restriction' ? 'restricted' : 'objected' } };
}
