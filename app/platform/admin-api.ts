// The app's Shopify Admin GraphQL client: @shopify/shopify-api's client with the shop's offline
// session, plus what every caller needs — pacing queries by the bucket Shopify last reported and
// waiting out THROTTLED answers (Shopify's leaky bucket,
// https://shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits), walking cursor pagination,
// and bulk query operations (https://shopify.dev/docs/api/usage/bulk-operations/queries).
import type { Session, Shopify } from '@shopify/shopify-api';
import { abstractFetch } from '@shopify/shopify-api/runtime';
import type { Clock } from './clock.ts';
import { UpstreamError } from './errors.ts';

interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

interface GraphqlErrorLike {
  message?: string;
  extensions?: { code?: string };
}

interface QueryCost {
  requestedQueryCost?: number;
  actualQueryCost?: number | null;
  throttleStatus?: ThrottleStatus;
}

export interface AdminApiOptions {
  shopify: Shopify;
  loadOfflineSession: (shop: string) => Promise<Session | undefined>;
  clock: Clock;
  sleep?: (ms: number) => Promise<void>;
  maxThrottleRetries?: number;
  /** fetches a bulk operation's result URL; by default the same fetch as the Shopify client (the preview routes it to the stand-in) */
  download?: (url: string) => Promise<Response>;
}

/** What a bulk query gave: its JSONL objects, or why it could not run now. */
export type BulkQueryOutcome = { ran: true; objects: Array<Record<string, unknown>> } | { ran: false; reason: string };

const BULK_RUN_QUERY = `#graphql
  mutation LawfullyBulkQuery($query: String!) {
    bulkOperationRunQuery(query: $query) { bulkOperation { id status } userErrors { field message code } }
  }`;
const CURRENT_BULK_OPERATION = `#graphql
  query LawfullyCurrentBulkOperation { currentBulkOperation(type: QUERY) { id status query } }`;
const BULK_OPERATION = `#graphql
  query LawfullyBulkOperation($id: ID!) { node(id: $id) { ... on BulkOperation { id status errorCode objectCount url } } }`;

/** Polling a bulk operation: first after 250 ms, then 1.5 times longer each time up to 3 s; give up after 30 minutes. */
const BULK_POLL_FIRST_MS = 250;
const BULK_POLL_MAX_MS = 3000;
const BULK_MAX_WAIT_MS = 30 * 60_000;
/** Added to a computed wait for the bucket, for the rounding of currentlyAvailable. */
const PACING_SLACK_MS = 10;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How long until the bucket holds `cost` points again (plus a little slack), capped at 10 s. */
export function throttleWaitMs(cost: number, status: ThrottleStatus | undefined): number {
  if (!status || status.restoreRate <= 0) return 1000;
  const missing = Math.max(cost - status.currentlyAvailable, 1);
  return Math.min(Math.ceil((missing / status.restoreRate) * 1000) + 50, 10_000);
}

export function createAdminApi({
  shopify,
  loadOfflineSession,
  clock,
  sleep = realSleep,
  maxThrottleRetries = 6,
  download = (url) => abstractFetch(url),
}: AdminApiOptions) {
  // The bucket of each shop as Shopify last reported it, and the requested cost of each query text:
  // a query waits until the bucket holds its cost, instead of being sent only to be THROTTLED.
  const buckets = new Map<string, { status: ThrottleStatus; at: number }>();
  const requestedCosts = new Map<string, number>();
  const note = (shop: string, query: string, cost: QueryCost | undefined) => {
    if (cost?.throttleStatus) buckets.set(shop, { status: cost.throttleStatus, at: clock.now().getTime() });
    if (typeof cost?.requestedQueryCost === 'number') requestedCosts.set(query, cost.requestedQueryCost);
  };
  const waitForBucket = async (shop: string, query: string) => {
    const reading = buckets.get(shop);
    const cost = requestedCosts.get(query);
    if (!reading || cost === undefined) return;
    const { maximumAvailable, currentlyAvailable, restoreRate } = reading.status;
    if (restoreRate <= 0 || cost > maximumAvailable) return;
    const available = Math.min(maximumAvailable, currentlyAvailable + ((clock.now().getTime() - reading.at) / 1000) * restoreRate);
    if (available < cost) await sleep(Math.ceil(((cost - available) / restoreRate) * 1000) + PACING_SLACK_MS);
  };

  return {
    forShop(shop: string) {
      async function request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
        const session = await loadOfflineSession(shop);
        if (!session?.accessToken) throw new UpstreamError(`No Shopify access for ${shop}: the merchant must open Lawfully from the Shopify admin once.`);
        const client = new shopify.clients.Graphql({ session });
        for (let attempt = 0; ; attempt++) {
          await waitForBucket(shop, query);
          try {
            const response = await client.request(query, { variables });
            note(shop, query, (response.extensions as { cost?: QueryCost } | undefined)?.cost);
            return response.data as T;
          } catch (error) {
            const body = (error as { body?: { errors?: { graphQLErrors?: GraphqlErrorLike[] }; extensions?: { cost?: QueryCost } } }).body;
            const graphQLErrors = body?.errors?.graphQLErrors ?? [];
            const throttled = graphQLErrors.some((e) => e.extensions?.code === 'THROTTLED');
            note(shop, query, body?.extensions?.cost);
            if (throttled && attempt < maxThrottleRetries) {
              const cost = body?.extensions?.cost;
              await sleep(throttleWaitMs(cost?.requestedQueryCost ?? 50, cost?.throttleStatus));
              continue;
            }
            const codes = graphQLErrors.map((e) => e.extensions?.code ?? e.message).join(', ');
            throw new UpstreamError(
              throttled
                ? `Shopify kept throttling requests for ${shop}; try again later.`
                : `Shopify refused the request for ${shop}${codes ? ` (${codes})` : ''}.`,
              { codes: graphQLErrors.map((e) => e.extensions?.code).filter(Boolean) },
              { cause: error },
            );
          }
        }
      }

      /**
       * Every node of a connection, page by page; `path` names the connection, e.g. "customer.orders".
       * `startAfter` continues a connection whose first page came with another query.
       */
      async function* paginate<N>(query: string, variables: Record<string, unknown>, path: string, startAfter: string | null = null): AsyncGenerator<N> {
        let after: string | null = startAfter;
        do {
          const data: Record<string, unknown> = await request(query, { ...variables, after });
          const conn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key], data) as
            { nodes?: N[]; edges?: Array<{ node: N }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } | null | undefined;
          if (!conn) return;
          for (const node of conn.nodes ?? conn.edges?.map((e) => e.node) ?? []) yield node;
          after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
        } while (after);
      }

      /** Runs a mutation and raises its userErrors as an UpstreamError naming the fields. */
      async function mutate<T extends Record<string, unknown>>(query: string, variables: Record<string, unknown>, field: string): Promise<T> {
        const data = await request<Record<string, T & { userErrors?: Array<{ field?: string[]; message: string }> }>>(query, variables);
        const payload = data[field];
        const userErrors = payload?.userErrors ?? [];
        if (userErrors.length) {
          throw new UpstreamError(`Shopify refused ${field}: ${userErrors.map((e) => e.message).join('; ')}`, { userErrors });
        }
        return payload as T;
      }

      /**
       * Runs a bulk query and answers the objects of its JSONL result, nested connections' nodes
       * with `__parentId`. When another bulk query holds the shop (one at a time in API 2025-10) it
       * does not wait: it answers `ran: false`, unless that one is the same query (a re-run of this
       * job after a crash), which it then follows.
       */
      async function bulkQuery(query: string): Promise<BulkQueryOutcome> {
        type Started = { bulkOperationRunQuery: { bulkOperation: { id: string } | null; userErrors: Array<{ message: string; code?: string | null }> } };
        const started = (await request<Started>(BULK_RUN_QUERY, { query })).bulkOperationRunQuery;
        let id = started.bulkOperation?.id;
        if (!id) {
          if (!started.userErrors.some((e) => e.code === 'OPERATION_IN_PROGRESS')) {
            throw new UpstreamError(`Shopify refused the bulk query for ${shop}: ${started.userErrors.map((e) => e.message).join('; ')}`, {
              userErrors: started.userErrors,
            });
          }
          const { currentBulkOperation: current } = await request<{ currentBulkOperation: { id: string; status: string; query: string } | null }>(
            CURRENT_BULK_OPERATION,
          );
          if (current?.query !== query) return { ran: false, reason: 'another bulk query is running for this shop' };
          id = current.id;
        }

        type Operation = { status: string; errorCode: string | null; objectCount: string; url: string | null };
        let waited = 0;
        for (let interval = BULK_POLL_FIRST_MS; ; interval = Math.min(interval * 1.5, BULK_POLL_MAX_MS)) {
          const { node: operation } = await request<{ node: Operation | null }>(BULK_OPERATION, { id });
          if (!operation) throw new UpstreamError(`Shopify lost the bulk operation ${id} for ${shop}.`);
          if (operation.status === 'COMPLETED') {
            if (!operation.url) return { ran: true, objects: [] }; // Shopify gives no file when nothing matched
            const response = await download(operation.url);
            if (!response.ok) throw new UpstreamError(`The result of bulk operation ${id} for ${shop} could not be downloaded (HTTP ${response.status}).`);
            const text = await response.text();
            return {
              ran: true,
              objects: text
                .split('\n')
                .filter((line) => line.trim())
                .map((line) => JSON.parse(line) as Record<string, unknown>),
            };
          }
          if (!['CREATED', 'RUNNING'].includes(operation.status)) {
            throw new UpstreamError(
              `Shopify's bulk operation ${id} for ${shop} ended ${operation.status}${operation.errorCode ? ` (${operation.errorCode})` : ''}.`,
            );
          }
          if (waited >= BULK_MAX_WAIT_MS)
            throw new UpstreamError(`Shopify's bulk operation ${id} for ${shop} was not done after ${BULK_MAX_WAIT_MS / 60_000} minutes.`);
          await sleep(interval);
          waited += interval;
        }
      }

      return { request, paginate, mutate, bulkQuery };
    },
  };
}
