// The export package of an access or portability request (GDPR Art. 15, 20) and of Shopify's
// customers/data_request: what Lawfully holds about the person and their Shopify data, as JSON
// (machine-readable, Art. 20(1)), as CSV, and with a short human-readable summary; beside the
// data, what Art. 15 requires the shopper be told (access-facts.ts), in their language. Shopify's
// paging plumbing (pageInfo, cursors, edges/nodes wrappers) is not the person's data and is left out.
import { stringify } from 'csv-stringify/sync';
import type { AppDeps } from '../platform/deps.ts';
import type { JsonObject } from '../platform/json-column.ts';
import { loadRecords } from '../records/store.ts';
import { accessFacts, type AccessFacts } from './access-facts.ts';

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
  /** Art. 15(1)(a)-(h), 15(2): purposes, categories, recipients, retention, sources, rights; absent in packages made before it existed */
  about?: AccessFacts;
  shopify: { customer: JsonObject | null; orders: JsonObject[] };
  lawfully: {
    consentRecords: JsonObject[];
    requests: JsonObject[];
  };
  /** what each processor asked by API returned, by processor id (added by app/processors/run-task.ts) */
  processors?: Record<string, ProcessorExport>;
}

export interface ProcessorExport {
  name: string;
  retrievedAt: string;
  found: boolean;
  data: JsonObject | null;
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

// Each order costs 6 points and 1 a line (https://shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits).
// Shopify takes the requested cost (every page full: 25 orders of 10 lines, 403 points) before the
// query runs and refunds the rest: what it keeps is what the orders hold, whatever the page size.
// The requested cost still has to be in the bucket at each call, and a smaller one lets the last
// pages go out sooner; 25 × 10 keeps it at a fifth of the standard bucket (2000) with 40 calls
// for 1000 orders. Orders of more than ten lines get the rest with a second query.
const ORDER_FIELDS = `id name createdAt processedAt email
          totalPriceSet { shopMoney { amount currencyCode } }
          shippingAddress { ${ADDRESS} }`;
const LINE_FIELDS = 'title quantity';
const ORDERS_QUERY = `#graphql
  query LawfullyExportOrders($id: ID!, $after: String) {
    customer(id: $id) {
      orders(first: 25, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes {
          ${ORDER_FIELDS}
          lineItems(first: 10) { nodes { ${LINE_FIELDS} } pageInfo { hasNextPage endCursor } }
        }
      }
    }
  }`;

// A customer with more orders than config.exportBulkAboveOrders (250 unless EXPORT_BULK_ABOVE_ORDERS
// says otherwise; 250 orders page in about 20 s at the standard 100 points a second) is exported
// with a bulk operation: it costs no bucket points and Shopify pages for us
// (https://shopify.dev/docs/api/usage/bulk-operations/queries).
const bulkOrdersQuery = (customerNumericId: string) => `{
  orders(query: "customer_id:${customerNumericId}") {
    edges { node {
      ${ORDER_FIELDS}
      lineItems { edges { node { ${LINE_FIELDS} } } }
    } }
  }
}`;

// An order with more than ten lines: the rest, 250 a page.
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

type Api = ReturnType<AppDeps['adminApi']['forShop']>;
type Order = Record<string, unknown> & { id: string; createdAt: string; lineItems: { nodes: unknown[] } };

const customerGid = (id: string) => (id.startsWith('gid://') ? id : `gid://shopify/Customer/${id}`);
const numericId = (gid: string) => gid.split('/').pop() ?? gid;

/** The customer's orders page by page, each with all its lines. */
async function pagedOrders(api: Api, customerId: string): Promise<Order[]> {
  const orders: Order[] = [];
  for await (const order of api.paginate<Record<string, unknown>>(ORDERS_QUERY, { id: customerGid(customerId) }, 'customer.orders')) {
    const lines = order.lineItems as LineItemPage;
    if (lines.pageInfo.hasNextPage) {
      for await (const line of api.paginate(MORE_LINE_ITEMS_QUERY, { id: order.id }, 'order.lineItems', lines.pageInfo.endCursor ?? null))
        lines.nodes.push(line);
    }
    orders.push({ ...order, lineItems: { nodes: lines.nodes } } as Order);
  }
  return orders;
}

/** The customer's orders from a bulk operation's JSONL: orders, then lines naming their order in `__parentId`. */
async function bulkOrders(api: Api, customerId: string): Promise<Order[] | null> {
  const outcome = await api.bulkQuery(bulkOrdersQuery(numericId(customerId)));
  if (!outcome.ran) return null;
  const orders = new Map<string, Order>();
  for (const object of outcome.objects) if (!('__parentId' in object)) orders.set(String(object.id), { ...(object as Order), lineItems: { nodes: [] } });
  for (const { __parentId, ...line } of outcome.objects) if (typeof __parentId === 'string') orders.get(__parentId)?.lineItems.nodes.push(line);
  return [...orders.values()];
}

/** The same order whichever way it came: its fields in one order, its lines as a list. */
function packagedOrder(order: Order): JsonObject {
  const { lineItems, ...fields } = order;
  return withoutPlumbing({ ...fields, lineItems: lineItems.nodes }) as JsonObject;
}

const PLUMBING = new Set(['pageInfo', 'cursor', '__typename']);

/** A GraphQL answer as data: no paging fields, and a connection (edges/node or nodes) as a plain list. */
export function withoutPlumbing(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPlumbing);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([key]) => !PLUMBING.has(key));
  const [only] = entries;
  if (entries.length === 1 && only && (only[0] === 'edges' || only[0] === 'nodes') && Array.isArray(only[1])) {
    return (only[1] as unknown[]).map((item) => withoutPlumbing(only[0] === 'edges' ? (item as { node?: unknown } | null)?.node : item));
  }
  return Object.fromEntries(entries.map(([key, inner]) => [key, withoutPlumbing(inner)]));
}

export async function assembleExport(
  { db, adminApi, clock, config }: Pick<AppDeps, 'db' | 'adminApi' | 'clock' | 'config'>,
  shop: string,
  subject: ExportSubject,
  {
    excludeRequestId,
    bulkAboveOrders = config.exportBulkAboveOrders,
    locale,
  }: { excludeRequestId?: string; bulkAboveOrders?: number; locale?: string | null } = {},
): Promise<ExportContent> {
  let customer: JsonObject | null = null;
  let orders: JsonObject[] = [];
  if (subject.shopifyCustomerId) {
    const api = adminApi.forShop(shop);
    const found = (await api.request<{ customer: JsonObject | null }>(CUSTOMER_QUERY, { id: customerGid(subject.shopifyCustomerId) })).customer;
    customer = found && (withoutPlumbing(found) as JsonObject);
    const wanted = subject.ordersRequested ? new Set(subject.ordersRequested.map((id) => numericId(id))) : undefined;
    if (customer && wanted?.size !== 0) {
      // When another bulk query holds the shop, paging gives the same orders, only slower.
      const many = Number(customer.numberOfOrders ?? 0) > bulkAboveOrders;
      const found = (many ? await bulkOrders(api, subject.shopifyCustomerId) : null) ?? (await pagedOrders(api, subject.shopifyCustomerId));
      orders = found
        .filter((order) => !wanted || wanted.has(numericId(order.id)))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || Number(numericId(a.id)) - Number(numericId(b.id)))
        .map(packagedOrder);
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
    about: accessFacts(await loadRecords(db, shop), locale),
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
  const about = content.about
    ? ' With it: why and on what legal basis the data is processed, who receives it, how long it is kept, where it comes from, and your rights (GDPR Art. 15), under "about".'
    : '';
  return `Personal data held for this person by ${content.shop}, generated ${content.generatedAt.slice(0, 10)}: ${parts.join(', ')}.${about}`;
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
    rows.push([section, item, path, typeof value === 'string' ? value : value === null || value === undefined ? '' : JSON.stringify(value)]);
  };
  if (content.shopify.customer) flatten('shopify.customer', '1', content.shopify.customer, '');
  content.shopify.orders.forEach((order, i) => flatten('shopify.orders', typeof order.name === 'string' ? order.name : String(i + 1), order, ''));
  content.lawfully.consentRecords.forEach((record, i) => flatten('lawfully.consentRecords', String(i + 1), record, ''));
  content.lawfully.requests.forEach((request, i) => flatten('lawfully.requests', String(i + 1), request, ''));
  // What Art. 15 requires besides the data: its own sections, one per item ("about.purposes"…).
  for (const [key, value] of Object.entries(content.about ?? {})) {
    if (Array.isArray(value)) value.forEach((entry, i) => flatten(`about.${key}`, String(i + 1), entry, ''));
    else flatten(`about.${key}`, '1', value, '');
  }
  return stringify(rows);
}
