// What Shopify holds under the retention rules, found for a dry run: customers inactive beyond
// their rule (to be erased once the merchant applies the run) and orders still under the order
// rule's minimum period (never deleted: Shopify keeps them when it erases a customer).
import type { AppDeps } from '../platform/deps.ts';
import { UpstreamError } from '../platform/errors.ts';
import type { RetentionRule } from '../records/profile.ts';
import { OPEN_STATUSES } from '../requests/rights.ts';
import { inactivityCutoff, isInactive, lastActivity, orderCutoff } from './select.ts';
import type { RetentionReport } from './report.ts';

const CUSTOMERS_QUERY = `#graphql
  query RetentionCustomers($first: Int!, $after: String, $query: String) {
    customers(first: $first, after: $after, query: $query) {
      nodes {
        id firstName lastName createdAt updatedAt numberOfOrders lastOrder { createdAt }
        emailMarketingConsent { marketingState } smsMarketingConsent { marketingState }
      }
      pageInfo { hasNextPage endCursor }
    }
  }`;

const ORDERS_QUERY = `#graphql
  query RetentionOrders($first: Int!, $after: String, $query: String) {
    orders(first: $first, after: $after, query: $query) {
      nodes { id }
      pageInfo { hasNextPage endCursor }
    }
  }`;

/** The Admin API's shape of a customer, as far as retention reads it. */
export interface CustomerNode {
  id: string;
  firstName?: string | null;
  lastName?: string | null;
  createdAt: string;
  updatedAt: string;
  numberOfOrders: string;
  lastOrder: { createdAt: string } | null;
  emailMarketingConsent?: { marketingState: string } | null;
  smsMarketingConsent?: { marketingState: string } | null;
}

/** An inactive customer to erase, with the name the merchant will review (sealed before it is stored). */
export interface Candidate {
  customerId: string;
  name: string | null;
  numberOfOrders: number;
  lastOrderAt: Date | null;
  lastActivityAt: Date;
}

export type ShopifyFindings = Pick<RetentionReport, 'orders' | 'customers' | 'shopify'> & { candidates: Candidate[] };

/** Email or SMS marketing the customer subscribed to: their contact details still serve a purpose they agreed to. */
export const isSubscribed = (c: Pick<CustomerNode, 'emailMarketingConsent' | 'smsMarketingConsent'>) =>
  ['SUBSCRIBED', 'PENDING'].includes(c.emailMarketingConsent?.marketingState ?? '') ||
  ['SUBSCRIBED', 'PENDING'].includes(c.smsMarketingConsent?.marketingState ?? '');

const numericId = (id: string) => id.slice(id.lastIndexOf('/') + 1);

/**
 * Who is left alone although inactive: customers with a request still open in Lawfully (it is
 * answered first), and customers an earlier run already asked Shopify to erase or delete.
 */
async function leftAlone(deps: Pick<AppDeps, 'db'>, shop: string) {
  const open = await deps.db.dataSubjectRequest.findMany({
    where: { shop, status: { in: [...OPEN_STATUSES, 'unverified'] }, shopifyCustomerId: { not: null } },
    select: { shopifyCustomerId: true },
  });
  const asked = await deps.db.retentionCustomer.findMany({ where: { shop, outcome: { in: ['erased', 'deleted', 'held'] } }, select: { customerId: true } });
  return {
    openRequest: new Set(open.flatMap((r) => (r.shopifyCustomerId ? [numericId(r.shopifyCustomerId)] : []))),
    alreadyAsked: new Set(asked.map((r) => r.customerId)),
  };
}

export async function shopifyFindings(deps: Pick<AppDeps, 'adminApi' | 'db'>, shop: string, rules: RetentionRule[], now: Date): Promise<ShopifyFindings> {
  const orders = orderCutoff(rules, now);
  const inactivity = inactivityCutoff(rules, now);
  const result: ShopifyFindings = {
    orders: { deletedByLawfully: 0, cutoff: orders?.before.toISOString() ?? null, rule: orders?.rule ?? null, protected: null },
    customers: { inactiveBefore: inactivity?.before.toISOString() ?? null, rule: inactivity?.rule ?? null, count: null, listed: [], truncated: false },
    shopify: { reached: true },
    candidates: [],
  };
  const api = deps.adminApi.forShop(shop);
  try {
    if (inactivity) {
      const skip = await leftAlone(deps, shop);
      const leftOut = { subscribed: 0, openRequest: 0, alreadyErased: 0 };
      // Shopify narrows by last update (an order updates its customer); isInactive checks the rest.
      const query = `updated_at:<'${inactivity.before.toISOString()}'`;
      for await (const customer of api.paginate<CustomerNode>(CUSTOMERS_QUERY, { first: 100, query }, 'customers')) {
        if (!isInactive(customer, now, inactivity.period)) continue;
        if (isSubscribed(customer)) leftOut.subscribed += 1;
        else if (skip.openRequest.has(numericId(customer.id))) leftOut.openRequest += 1;
        else if (skip.alreadyAsked.has(customer.id)) leftOut.alreadyErased += 1;
        else result.candidates.push(candidate(customer));
      }
      result.customers.count = result.candidates.length;
      result.customers.leftOut = leftOut;
    }
    if (orders) {
      // Needs the read_all_orders scope to see past Shopify's default 60-day window.
      result.orders.protected = 0;
      const query = `created_at:>='${orders.before.toISOString()}'`;
      for await (const _order of api.paginate<{ id: string }>(ORDERS_QUERY, { first: 250, query }, 'orders')) result.orders.protected += 1;
    }
  } catch (error) {
    // Lawfully's own rows do not depend on Shopify: the run goes on and says what is missing.
    if (!(error instanceof UpstreamError)) throw error;
    result.shopify = { reached: false, problem: error.message };
    result.customers = { ...result.customers, count: null, listed: [], truncated: false };
    result.candidates = [];
    result.orders.protected = null;
  }
  return result;
}

function candidate(customer: CustomerNode): Candidate {
  const name = [customer.firstName, customer.lastName].filter((part) => part?.trim()).join(' ');
  return {
    customerId: customer.id,
    name: name || null,
    numberOfOrders: Number(customer.numberOfOrders),
    lastOrderAt: customer.lastOrder?.createdAt ? new Date(customer.lastOrder.createdAt) : null,
    lastActivityAt: lastActivity(customer),
  };
}
