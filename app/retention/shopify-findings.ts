// What Shopify holds under the retention rules: customers inactive beyond their rule (listed for
// the merchant) and orders still under the order rule's minimum period. Lawfully deletes neither.
import type { AppDeps } from '../platform/deps.ts';
import { UpstreamError } from '../platform/errors.ts';
import type { RetentionRule } from '../records/profile.ts';
import { addPeriod, inactivityCutoff, isInactive, lastActivity, orderCutoff, type Period } from './select.ts';
import type { InactiveCustomer, RetentionReport } from './report.ts';

/** The report lists at most this many inactive customers (the count is always complete). */
export const CUSTOMER_LIST_LIMIT = 5_000;

const CUSTOMERS_QUERY = `#graphql
  query RetentionCustomers($first: Int!, $after: String, $query: String) {
    customers(first: $first, after: $after, query: $query) {
      nodes { id createdAt updatedAt numberOfOrders lastOrder { createdAt } }
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

interface CustomerNode {
  id: string;
  createdAt: string;
  updatedAt: string;
  numberOfOrders: string;
  lastOrder: { createdAt: string } | null;
}

export async function shopifyFindings(deps: AppDeps, shop: string, rules: RetentionRule[], now: Date): Promise<Pick<RetentionReport, 'orders' | 'customers' | 'shopify'>> {
  const orders = orderCutoff(rules, now);
  const inactivity = inactivityCutoff(rules, now);
  const result: Pick<RetentionReport, 'orders' | 'customers' | 'shopify'> = {
    orders: { deletedByLawfully: 0, cutoff: orders?.before.toISOString() ?? null, rule: orders?.rule ?? null, protected: null },
    customers: { inactiveBefore: inactivity?.before.toISOString() ?? null, rule: inactivity?.rule ?? null, count: null, listed: [], truncated: false },
    shopify: { reached: true },
  };
  const api = deps.adminApi.forShop(shop);
  try {
    if (inactivity) {
      result.customers.count = 0;
      // Shopify narrows by last update (an order updates its customer); isInactive checks the rest.
      const query = `updated_at:<'${inactivity.before.toISOString()}'`;
      for await (const customer of api.paginate<CustomerNode>(CUSTOMERS_QUERY, { first: 100, query }, 'customers')) {
        if (!isInactive(customer, now, inactivity.period)) continue;
        result.customers.count += 1;
        if (result.customers.listed.length < CUSTOMER_LIST_LIMIT) result.customers.listed.push(inactiveCustomer(customer, orders?.rule.period ?? null));
        else result.customers.truncated = true;
      }
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
    result.orders.protected = null;
  }
  return result;
}

function inactiveCustomer(customer: CustomerNode, orderPeriod: Period | null): InactiveCustomer {
  const lastOrderAt = customer.lastOrder?.createdAt ? new Date(customer.lastOrder.createdAt) : null;
  return {
    id: customer.id,
    createdAt: new Date(customer.createdAt).toISOString(),
    lastActivityAt: lastActivity(customer).toISOString(),
    numberOfOrders: Number(customer.numberOfOrders),
    lastOrderAt: lastOrderAt?.toISOString() ?? null,
    ordersProtectedUntil: lastOrderAt && orderPeriod ? addPeriod(lastOrderAt, orderPeriod).toISOString() : null,
  };
}
