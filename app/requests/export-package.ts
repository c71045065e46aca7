// The export package of an access or portability request (GDPR Art. 15, 20) and of Shopify's
// customers/data_request: what Lawfully holds about the person and their Shopify data, as JSON
// (machine-readable, Art. 20(1)), as CSV, and with a short human-readable summary.
import { stringify } from 'csv-stringify/sync';
import type { AppDeps } from '../platform/deps.ts';

export const EXPORT_FORMAT = 'lawfully-export/1';

export interface ExportSubject {
  shopifyCustomerId?: string | null;
  emailHash?: string | null;
  /** order ids Shopify asked for (customers/data_request's orders_requested); all orders when absent */
  ordersRequested?: string[];
}

export interface ExportContent {
  format: typeof EXPORT_FORMAT;
  shop: string;
  generatedAt: string;
  shopify: { customer: Record<string, unknown> | null; orders: Array<Record<string, unknown>> };
  lawfully: {
    consentRecords: Array<Record<string, unknown>>;
    requests: Array<Record<string, unknown>>;
  };
}

const ADDRESS = 'address1 address2 city zip province country countryCodeV2 company phone';

const CUSTOMER_QUERY = `#graphql
  query LawfullyExportCustomer($id: ID!) {
    customer(id: $id) {
      id email firstName lastName displayName phone createdAt updatedAt state tags numberOfOrders
      amountSpent { amount currencyCode }
      defaultAddress { ${ADDRESS} }
      emailMarketingConsent { marketingState marketingOptInLevel consentUpdatedAt }
    }
  }`;

// Ten orders of fifty lines a page keeps the requested cost near 520 points, half of Shopify's
// 1000-point single-query limit (shopify.dev/docs/api/usage/limits#graphql-admin-api-rate-limits).
const ORDERS_QUERY = `#graphql
  query LawfullyExportOrders($id: ID!, $after: String) {
    customer(id: $id) {
      orders(first: 10, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes {
          id name createdAt processedAt email
          totalPriceSet { shopMoney { amount currencyCode } }
          shippingAddress { ${ADDRESS} }
          lineItems(first: 50) { nodes { title quantity } pageInfo { hasNextPage endCursor } }
        }
      }
    }
  }`;

// An order with more than fifty lines: the rest, 250 a page.
const MORE_LINE_ITEMS_QUERY = `#graphql
  query LawfullyExportLineItems($id: ID!, $after: String) {
    order(id: $id) {
      lineItems(first: 250, after: $after) { pageInfo { hasNextPage endCursor } nodes { title quantity } }
    }
  }`;

interface LineItemPage {
  nodes: unknown[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

const customerGid = (id: string) => (id.startsWith('gid://') ? id : `gid://shopify/Customer/${id}`);
const numericId = (gid: string) => gid.split('/').pop()!;

export async function assembleExport(
  { db, adminApi, clock }: Pick<AppDeps, 'db' | 'adminApi' | 'clock'>,
  shop: string,
  subject: ExportSubject,
  { excludeRequestId }: { excludeRequestId?: string } = {},
): Promise<ExportContent> {
  let customer: Record<string, unknown> | null = null;
  const orders: Array<Record<string, unknown>> = [];
  if (subject.shopifyCustomerId) {
    const api = adminApi.forShop(shop);
    const gid = customerGid(subject.shopifyCustomerId);
    customer = (await api.request<{ customer: Record<string, unknown> | null }>(CUSTOMER_QUERY, { id: gid })).customer;
    if (customer) {
      const wanted = subject.ordersRequested ? new Set(subject.ordersRequested.map((id) => numericId(String(id)))) : undefined;
      for await (const order of api.paginate<Record<string, unknown>>(ORDERS_QUERY, { id: gid }, 'customer.orders')) {
        if (wanted && !wanted.has(numericId(String(order.id)))) continue;
        const lines = order.lineItems as LineItemPage | undefined;
        if (lines?.pageInfo.hasNextPage) {
          for await (const line of api.paginate(MORE_LINE_ITEMS_QUERY, { id: order.id }, 'order.lineItems', lines.pageInfo.endCursor ?? null)) lines.nodes.push(line);
        }
        orders.push(order);
      }
    }
  }

  const who = [
    ...(subject.shopifyCustomerId ? [{ shopifyCustomerId: numericId(subject.shopifyCustomerId) }] : []),
    ...(subject.emailHash ? [{ emailHash: subject.emailHash }] : []),
  ];
  const consentRecords = subject.shopifyCustomerId
    ? await db.consentRecord.findMany({
        where: { shop, shopifyCustomerId: numericId(subject.shopifyCustomerId) },
        orderBy: { createdAt: 'asc' },
        select: { consentId: true, granted: true, denied: true, policyVersion: true, locale: true, source: true, createdAt: true },
      })
    : [];
  const requests = who.length
    ? await db.dataSubjectRequest.findMany({
        where: { shop, OR: who, ...(excludeRequestId ? { id: { not: excludeRequestId } } : {}) },
        orderBy: { receivedAt: 'asc' },
        select: { id: true, type: true, source: true, status: true, receivedAt: true, closedAt: true },
      })
    : [];

  return {
    format: EXPORT_FORMAT,
    shop,
    generatedAt: clock.now().toISOString(),
    shopify: { customer, orders },
    lawfully: {
      consentRecords: consentRecords.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
      requests: requests.map((r) => ({ ...r, receivedAt: r.receivedAt.toISOString(), closedAt: r.closedAt?.toISOString() ?? null })),
    },
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function summarise(content: ExportContent): string {
  const parts = [
    content.shopify.customer ? 'the Shopify customer record (name, contact details, address, marketing consent)' : 'no Shopify customer record',
    plural(content.shopify.orders.length, 'order'),
    plural(content.lawfully.consentRecords.length, 'cookie consent record'),
    plural(content.lawfully.requests.length, 'earlier privacy request'),
  ];
  return `Personal data held for this person by ${content.shop}, generated ${content.generatedAt.slice(0, 10)}: ${parts.join(', ')}.`;
}

/** One row per value: section, item, field (dotted path), value. Opens in any spreadsheet. */
export function exportToCsv(content: ExportContent): string {
  const rows: string[][] = [['section', 'item', 'field', 'value']];
  const flatten = (section: string, item: string, value: unknown, path: string) => {
    if (value !== null && typeof value === 'object') {
      const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
      for (const [key, inner] of entries) flatten(section, item, inner, path ? `${path}.${key}` : key);
      return;
    }
    rows.push([section, item, path, value === null || value === undefined ? '' : String(value)]);
  };
  if (content.shopify.customer) flatten('shopify.customer', '1', content.shopify.customer, '');
  content.shopify.orders.forEach((order, i) => flatten('shopify.orders', String(order.name ?? i + 1), order, ''));
  content.lawfully.consentRecords.forEach((record, i) => flatten('lawfully.consentRecords', String(i + 1), record, ''));
  content.lawfully.requests.forEach((request, i) => flatten('lawfully.requests', String(i + 1), request, ''));
  return stringify(rows);
}
