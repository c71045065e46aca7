// The Shopify side of requests: the email of a logged-in customer's account, finding the
// customer, asking Shopify to erase them, flagging them and revoking their email marketing
// consent, through the Admin GraphQL API.
import type { AppDeps } from '../platform/deps.ts';
import { addDays } from '../platform/time.ts';

const FIND = `#graphql
  query LawfullyFindCustomer($query: String!) { customers(first: 1, query: $query) { nodes { id } } }`;
const EMAIL = `#graphql
  query LawfullyCustomerEmail($id: ID!) { customer(id: $id) { id email } }`;
const CUSTOMER = `#graphql
  query LawfullyCustomerState($id: ID!) { customer(id: $id) { id tags lastOrder { createdAt } } }`;
const ERASE = `#graphql
  mutation LawfullyErase($customerId: ID!) { customerRequestDataErasure(customerId: $customerId) { customerId userErrors { field message } } }`;
const TAGS = `#graphql
  mutation LawfullyTag($input: CustomerInput!) { customerUpdate(input: $input) { customer { id tags } userErrors { field message } } }`;
const UNSUBSCRIBE = `#graphql
  mutation LawfullyUnsubscribe($input: CustomerEmailMarketingConsentUpdateInput!) {
    customerEmailMarketingConsentUpdate(input: $input) { customer { id } userErrors { field message } }
  }`;

export const customerGid = (id: string) => (id.startsWith('gid://') ? id : `gid://shopify/Customer/${id}`);
export const numericCustomerId = (id: string) => id.slice(id.lastIndexOf('/') + 1);

/** Shopify holds an erasure while the customer has an order in the last 180 days. */
export const SHOPIFY_ERASURE_HOLD_DAYS = 180;

/**
 * The email address on the customer's Shopify account: null when Shopify knows no such customer
 * or the account has no email. Throws (UpstreamError) when Shopify cannot be asked.
 */
export async function accountEmail(deps: Pick<AppDeps, 'adminApi'>, shop: string, customerId: string): Promise<string | null> {
  const data = await deps.adminApi.forShop(shop).request<{ customer: { email: string | null } | null }>(EMAIL, { id: customerGid(customerId) });
  return data.customer?.email || null;
}

export async function findCustomerIdByEmail(deps: Pick<AppDeps, 'adminApi'>, shop: string, email: string): Promise<string | null> {
  const data = await deps.adminApi
    .forShop(shop)
    .request<{ customers: { nodes: Array<{ id: string }> } }>(FIND, { query: `email:"${email.replace(/"/g, '')}"` });
  const id = data.customers.nodes[0]?.id;
  return id ? numericCustomerId(id) : null;
}

export async function requestShopifyErasure(deps: Pick<AppDeps, 'adminApi'>, shop: string, customerId: string, now: Date) {
  const api = deps.adminApi.forShop(shop);
  const state = await api.request<{ customer: { lastOrder: { createdAt: string } | null } | null }>(CUSTOMER, { id: customerGid(customerId) });
  await api.mutate(ERASE, { customerId: customerGid(customerId) }, 'customerRequestDataErasure');
  const lastOrder = state.customer?.lastOrder ? new Date(state.customer.lastOrder.createdAt) : null;
  const heldUntil = lastOrder ? addDays(lastOrder, SHOPIFY_ERASURE_HOLD_DAYS) : null;
  return { held: Boolean(heldUntil && heldUntil > now), heldUntil };
}

export async function flagCustomer(deps: Pick<AppDeps, 'adminApi'>, shop: string, customerId: string, tag: string) {
  const api = deps.adminApi.forShop(shop);
  const state = await api.request<{ customer: { tags: string[] } | null }>(CUSTOMER, { id: customerGid(customerId) });
  const tags = [...new Set([...(state.customer?.tags ?? []), tag])];
  await api.mutate(TAGS, { input: { id: customerGid(customerId), tags } }, 'customerUpdate');
}

export async function unsubscribeFromMarketing(deps: Pick<AppDeps, 'adminApi'>, shop: string, customerId: string, now: Date) {
  await deps.adminApi.forShop(shop).mutate(
    UNSUBSCRIBE,
    {
      input: {
        customerId: customerGid(customerId),
        emailMarketingConsent: { marketingState: 'UNSUBSCRIBED', marketingOptInLevel: 'SINGLE_OPT_IN', consentUpdatedAt: now.toISOString() },
      },
    },
    'customerEmailMarketingConsentUpdate',
  );
}
