// The stand-in's mutations, with Shopify's documented behaviour: metafields and the shop's privacy
// policy; a customer's erasure (accepted, and held until 180 days after a recent order), deletion
// (refused for a customer with orders), marketing consent and details.
import type { Clock } from '../../platform/clock.ts';
import { DAY_MS } from '../../platform/time.ts';
import { gid, numericId, userError } from './connection.ts';
import type { StandInCustomer } from './demo-shop.ts';
import type { ShopState } from './state.ts';
import type { ShopViews } from './views.ts';

/** Shopify holds an erasure while the customer has an order in the last 180 days (help.shopify.com, "Erasing a customer's personal data"). */
export const ERASURE_HOLD_DAYS = 180;

function isJson(value: string): boolean {
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}

export function shopMutations(state: ShopState, views: ShopViews, clock: Clock) {
  const { customerById, customerView, metafieldView, installationId, ordersOf } = views;
  const { seed } = state;
  return {
    metafieldsSet: ({ metafields }: { metafields: Array<{ ownerId: string; namespace?: string; key: string; type?: string; value: string }> }) => {
      if (metafields.length > 25) return { metafields: null, userErrors: [userError(['metafields'], 'Exceeded the maximum metafields input limit of 25.')] };
      const errors = metafields.flatMap((m, i) => [
        ...(m.ownerId !== installationId ? [userError(['metafields', String(i), 'ownerId'], 'Owner does not exist.')] : []),
        ...(!m.type ? [userError(['metafields', String(i), 'type'], "Type can't be blank.")] : []),
        ...(m.type === 'json' && !isJson(m.value) ? [userError(['metafields', String(i), 'value'], 'Value is invalid JSON.')] : []),
      ]);
      if (errors.length) return { metafields: null, userErrors: errors };
      const saved = metafields.map((m, i) => {
        const namespace = m.namespace ?? '$app';
        const existing = state.metafields.get(`${namespace}.${m.key}`);
        const row = {
          id: existing?.id ?? gid('Metafield', 800000 + state.metafields.size + i),
          namespace,
          key: m.key,
          type: m.type ?? '',
          value: m.value,
          updatedAt: clock.now(),
        };
        state.metafields.set(`${namespace}.${m.key}`, row);
        return metafieldView(row);
      });
      return { metafields: saved, userErrors: [] };
    },
    shopPolicyUpdate: ({ shopPolicy }: { shopPolicy: { type: string; body: string } }) => {
      if (!shopPolicy.body.trim()) return { shopPolicy: null, userErrors: [userError(['shopPolicy', 'body'], "Body can't be blank")] };
      const updatedAt = clock.now();
      state.policies.set(shopPolicy.type, { body: shopPolicy.body, updatedAt });
      const slug = shopPolicy.type.toLowerCase().replace(/_/g, '-');
      return {
        shopPolicy: {
          id: gid('ShopPolicy', slug.length * 97),
          type: shopPolicy.type,
          title: slug.replace(/-/g, ' '),
          body: shopPolicy.body,
          url: `https://${seed.domain}/policies/${slug}`,
          updatedAt: updatedAt.toISOString(),
        },
        userErrors: [],
      };
    },
    // Shopify accepts the request and erases later; with an order in the last 180 days it holds
    // the erasure until 180 days after that order (the mutation's answer is the same).
    customerRequestDataErasure: ({ customerId }: { customerId: string }) => {
      const customer = customerById(numericId(customerId));
      if (!customer) return { customerId: null, userErrors: [{ ...userError(['customerId'], 'Customer does not exist'), code: 'DOES_NOT_EXIST' }] };
      const lastOrder = ordersOf(customer).at(-1);
      const heldUntil =
        lastOrder && lastOrder.createdAt.getTime() + ERASURE_HOLD_DAYS * DAY_MS > clock.now().getTime()
          ? new Date(lastOrder.createdAt.getTime() + ERASURE_HOLD_DAYS * DAY_MS)
          : null;
      state.erasureRequests.push({ customerId, at: clock.now(), heldUntil });
      return { customerId, userErrors: [] };
    },
    // "You can only delete customers who haven't placed any orders" (customerDelete, Admin API).
    customerDelete: ({ input }: { input: { id: string } }) => {
      const customer = customerById(numericId(input.id));
      if (!customer) return { deletedCustomerId: null, shop: views.query.shop(), userErrors: [userError(['id'], 'Customer does not exist')] };
      if (ordersOf(customer).length > 0)
        return {
          deletedCustomerId: null,
          shop: views.query.shop(),
          userErrors: [userError(['id'], 'Customer can’t be deleted because they have associated orders')],
        };
      seed.customers.splice(seed.customers.indexOf(customer), 1);
      state.deletedCustomers.push({ customerId: input.id, at: clock.now() });
      return { deletedCustomerId: input.id, shop: views.query.shop(), userErrors: [] };
    },
    customerEmailMarketingConsentUpdate: ({ input }: { input: { customerId: string; emailMarketingConsent: { marketingState: string } } }) => {
      const c = customerById(numericId(input.customerId));
      if (!c) return { customer: null, userErrors: [userError(['input', 'customerId'], 'Customer not found')] };
      c.marketingState = input.emailMarketingConsent.marketingState as StandInCustomer['marketingState'];
      c.marketingUpdatedAt = clock.now();
      c.updatedAt = clock.now();
      return { customer: customerView(c), userErrors: [] };
    },
    customerUpdate: ({ input }: { input: { id?: string; tags?: string[]; firstName?: string; lastName?: string; email?: string; phone?: string } }) => {
      const c = input.id ? customerById(numericId(input.id)) : undefined;
      if (!c) return { customer: null, userErrors: [userError(['id'], 'Customer does not exist')] };
      if (input.tags) c.tags = [...input.tags];
      if (input.firstName !== undefined) c.firstName = input.firstName;
      if (input.lastName !== undefined) c.lastName = input.lastName;
      if (input.email !== undefined) c.email = input.email;
      if (input.phone !== undefined) c.phone = input.phone;
      c.updatedAt = clock.now();
      return { customer: customerView(c), userErrors: [] };
    },
  };
}
