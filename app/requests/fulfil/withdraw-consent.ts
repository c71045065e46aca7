// Withdrawing consent (Art. 7(3)): a consent record denying every optional category, and the
// Shopify customer unsubscribed from marketing.
import { unsubscribeFromMarketing } from '../shopify-customer.ts';
import type { Fulfilled, Fulfilment } from './fulfilment.ts';

export async function withdrawConsent({ deps, shop, request, customerId, now, step }: Fulfilment): Promise<Fulfilled> {
  if (customerId) {
    await deps.db.consentRecord.create({
      data: {
        shop,
        consentId: `request:${request.id}`,
        granted: '',
        denied: 'preferences,analytics,marketing',
        shopifyCustomerId: customerId,
        source: 'request',
        createdAt: now,
      },
    });
    await step('lawfully.consent.withdraw', 'lawfully', 'ok');
    await unsubscribeFromMarketing(deps, shop, customerId, now);
    await step('shopify.marketingConsent.revoke', 'shopify', 'ok');
  } else {
    await step('lawfully.consent.withdraw', 'lawfully', 'skipped', {
      reason: 'No Shopify customer with this email; cookie consent is withdrawn in the browser',
    });
  }
  return { outcome: { kind: 'consent_withdrawn' } };
}
