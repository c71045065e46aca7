// The app's Shopify Admin GraphQL client: @shopify/shopify-api's client with the shop's offline
// session, plus what every caller needs — waiting out THROTTLED answers (Shopify's leaky bucket,
// https://shopify.dev/docs/api/usage/limits) and walking cursor pagination.
import type { Session, Shopify } from '@shopify/shopify-api';
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

export interface AdminApiOptions {
  shopify: Shopify;
  loadOfflineSession: (shop: string) => Promise<Session | undefined>;
  clock: Clock;
  sleep?: (ms: number) => Promise<void>;
  maxThrottleRetries?: number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How long until the bucket holds `cost` points again (plus a little slack), capped at 10 s. */
export function throttleWaitMs(cost: number, status: ThrottleStatus | undefined): number {
  if (!status || status.restoreRate <= 0) return 1000;
  const missing = Math.max(cost - status.currentlyAvailable, 1);
  return Math.min(Math.ceil((missing / status.restoreRate) * 1000) + 50, 10_000);
}

export function createAdminApi({ shopify, loadOfflineSession, sleep = realSleep, maxThrottleRetries = 6 }: AdminApiOptions) {
  return {
    forShop(shop: string) {
      async function request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
        const session = await loadOfflineSession(shop);
        if (!session?.accessToken) throw new UpstreamError(`No Shopify access for ${shop}: the merchant must open Lawfully from the Shopify admin once.`);
        const client = new shopify.clients.Graphql({ session });
        for (let attempt = 0; ; attempt++) {
          try {
            const response = await client.request(query, { variables });
            return response.data as T;
          } catch (error) {
            const body = (error as { body?: { errors?: { graphQLErrors?: GraphqlErrorLike[] }; extensions?: { cost?: { requestedQueryCost?: number; throttleStatus?: ThrottleStatus } } } }).body;
            const graphQLErrors = body?.errors?.graphQLErrors ?? [];
            const throttled = graphQLErrors.some((e) => e.extensions?.code === 'THROTTLED');
            if (throttled && attempt < maxThrottleRetries) {
              const cost = body?.extensions?.cost;
              await sleep(throttleWaitMs(cost?.requestedQueryCost ?? 50, cost?.throttleStatus));
              continue;
            }
            const codes = graphQLErrors.map((e) => e.extensions?.code ?? e.message).join(', ');
            throw new UpstreamError(
              throttled ? `Shopify kept throttling requests for ${shop}; try again later.` : `Shopify refused the request for ${shop}${codes ? ` (${codes})` : ''}.`,
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
            | { nodes?: N[]; edges?: Array<{ node: N }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } }
            | null
            | undefined;
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

      return { request, paginate, mutate };
    },
  };
}
