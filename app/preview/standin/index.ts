// A local stand-in for the parts of the Shopify Admin GraphQL API that Lawfully uses, for the
// local preview and the tests. It answers like Shopify: the documented shapes, relay cursor
// pagination, access tokens obtained by token exchange, cost-based throttling (the requested cost
// is taken up front, the unused part refunded; THROTTLED when the bucket is short) and bulk query
// operations with their JSONL results. In-memory: the preview starts with a fresh demo shop every time.
// Resolvers: views.ts (queries), mutations.ts; token exchange: token-exchange.ts.
import { buildSchema, graphql, graphqlSync, Kind, OperationTypeNode, parse, type GraphQLError, type OperationDefinitionNode } from 'graphql';
import { randomBytes } from 'node:crypto';
import type { Clock } from '../../platform/clock.ts';
import { typeDefs } from './schema.ts';
import { actualQueryCost, requestedQueryCost } from './cost.ts';
import { bulkOperationView, bulkQueryProblem, jsonlBody, toJsonl, type BulkOperationRecord } from './bulk-operations.ts';
import { createBucket, STANDARD_BUCKET, type BucketOptions } from './bucket.ts';
import type { ShopSeed } from './demo-shop.ts';
import { gid } from './connection.ts';
import type { ShopState, StandInCall } from './state.ts';
import { shopViews } from './views.ts';
import { shopMutations } from './mutations.ts';
import { tokenExchange } from './token-exchange.ts';

export type { StandInCall } from './state.ts';

const schema = buildSchema(typeDefs);
const MAX_SINGLE_QUERY_COST = 1000;

export interface StandInOptions {
  apiKey: string;
  apiSecret: string;
  shops: ShopSeed[];
  /** drives the throttling bucket */
  clock: Clock;
  /** the date Shopify's holds are measured from (an order in the last 180 days); the bucket's clock by default */
  calendar?: Clock;
  bucket?: BucketOptions;
}

export function createAdminApiStandIn({ apiKey, apiSecret, shops, clock, calendar = clock, bucket = STANDARD_BUCKET }: StandInOptions) {
  const states = new Map<string, ShopState>();
  const tokens = new Map<string, string>(); // access token → shop
  const calls: StandInCall[] = [];
  const callListeners = new Set<(call: StandInCall) => void>();
  let throttledCalls = 0;
  const bulkResults = new Map<string, BulkOperationRecord>(); // result key → operation

  const addShop = (seed: ShopSeed) => {
    states.set(seed.domain, {
      seed,
      bucket: createBucket(bucket, clock),
      metafields: new Map(),
      policies: new Map(),
      erasureRequests: [],
      deletedCustomers: [],
      bulkOperations: [],
    });
  };
  shops.forEach(addShop);

  function views(state: ShopState, { bulk = false } = {}) {
    const shopViewsOf = shopViews(state, { clock, bulk, resultUrl: resultUrl(state.seed.domain) });
    return {
      ...shopViewsOf.query,
      ...shopMutations(state, shopViewsOf, calendar),
      bulkOperationRunQuery: ({ query }: { query: string }) => runBulkQuery(state, query),
    };
  }

  const resultUrl = (shop: string) => (key: string) => `https://${shop}/standin/bulk-operation-results/${key}.jsonl`;

  function runBulkQuery(state: ShopState, query: string) {
    const invalid = (message: string) => ({ bulkOperation: null, userErrors: [{ field: ['query'], message, code: 'INVALID' }] });
    const current = state.bulkOperations.at(-1);
    if (current && bulkOperationView(current, clock.now(), resultUrl(state.seed.domain)).status !== 'COMPLETED') {
      return {
        bulkOperation: null,
        userErrors: [
          { field: null, message: `A bulk query operation for this app and shop is already in progress: ${current.id}.`, code: 'OPERATION_IN_PROGRESS' },
        ],
      };
    }
    let document;
    try {
      document = parse(query);
    } catch (error) {
      return invalid((error as GraphQLError).message);
    }
    const problem = bulkQueryProblem(schema, document);
    if (problem) return invalid(problem);
    const result = graphqlSync({ schema, source: query, rootValue: views(state, { bulk: true }) });
    if (result.errors?.length || !result.data) return invalid(result.errors?.map((e) => e.message).join('; ') ?? 'The query returned nothing.');
    const { lines, rootObjectCount } = toJsonl(schema, document, result.data);
    const operation: BulkOperationRecord = {
      id: gid('BulkOperation', 720000 + bulkResults.size + 1),
      query,
      createdAt: clock.now(),
      lines,
      rootObjectCount,
      resultKey: randomBytes(16).toString('hex'),
    };
    state.bulkOperations.push(operation);
    bulkResults.set(operation.resultKey, operation);
    return { bulkOperation: bulkOperationView(operation, clock.now(), resultUrl(state.seed.domain)), userErrors: [] };
  }

  /** GET of a result URL: like Shopify's signed storage URLs, it needs no access token. */
  function bulkResult(url: URL): Response {
    const key = /^\/standin\/bulk-operation-results\/([0-9a-f]+)\.jsonl$/.exec(url.pathname)?.[1];
    const operation = key ? bulkResults.get(key) : undefined;
    if (!operation) return new Response('Not Found', { status: 404 });
    return new Response(jsonlBody(operation), { headers: { 'Content-Type': 'application/jsonl' } });
  }

  async function graphqlEndpoint(shop: string, request: Request): Promise<Response> {
    const state = states.get(shop);
    const token = request.headers.get('x-shopify-access-token');
    if (!state) return Response.json({ errors: 'Not Found' }, { status: 404 });
    if (!token || tokens.get(token) !== shop) {
      return Response.json({ errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' }, { status: 401 });
    }
    const body = (await request.json().catch(() => null)) as { query?: string; variables?: Record<string, unknown> } | null;
    if (!body?.query) return Response.json({ errors: { query: 'Required parameter missing or invalid' } }, { status: 400 });
    let document;
    try {
      document = parse(body.query);
    } catch (error) {
      return Response.json({ errors: [{ message: (error as GraphQLError).message }] });
    }
    const variables = body.variables ?? {};
    const cost = requestedQueryCost(schema, document, variables);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const kind = operation?.operation === OperationTypeNode.MUTATION ? 'mutation' : 'query';
    const fields = operation ? operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])) : [];
    if (cost > MAX_SINGLE_QUERY_COST) {
      return Response.json({
        errors: [
          {
            message: `Query cost is ${cost}, which exceeds the single query max cost limit (${MAX_SINGLE_QUERY_COST}).`,
            extensions: { code: 'MAX_COST_EXCEEDED', cost, maxCost: MAX_SINGLE_QUERY_COST },
          },
        ],
      });
    }
    // Shopify takes the requested cost before running the query and refunds what it did not use.
    if (!state.bucket.take(cost)) {
      throttledCalls += 1;
      return Response.json({
        errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' } }],
        extensions: { cost: { requestedQueryCost: cost, actualQueryCost: null, throttleStatus: state.bucket.status() } },
      });
    }
    const result = await graphql({ schema, source: body.query, rootValue: views(state), variableValues: variables });
    const actual = Math.min(cost, actualQueryCost(schema, document, variables, result.data));
    state.bucket.refund(cost - actual);
    const call: StandInCall = { shop, kind, fields, variables, requestedQueryCost: cost, actualQueryCost: actual };
    calls.push(call);
    for (const listener of callListeners) listener(call);
    return Response.json({
      ...(result.errors ? { errors: result.errors.map((e) => ({ message: e.message, locations: e.locations, path: e.path })) } : {}),
      ...(result.data !== undefined ? { data: result.data } : {}),
      extensions: { cost: { requestedQueryCost: cost, actualQueryCost: actual, throttleStatus: state.bucket.status() } },
    });
  }

  /** A fetch() that answers as the shop's Admin API would; no socket involved. */
  async function standInFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const shop = url.hostname;
    if (request.method === 'POST' && url.pathname === '/admin/oauth/access_token')
      return tokenExchange({ apiKey, apiSecret, states, tokens, addShop }, shop, request);
    if (request.method === 'POST' && /^\/admin\/api\/[^/]+\/graphql\.json$/.test(url.pathname)) return graphqlEndpoint(shop, request);
    if (request.method === 'GET' && url.pathname.startsWith('/standin/bulk-operation-results/')) return bulkResult(url);
    return Response.json({ errors: 'Not Found' }, { status: 404 });
  }

  const stateOf = (shop: string) => {
    const state = states.get(shop);
    if (!state) throw new Error(`The stand-in has no shop ${shop}`);
    return state;
  };

  return {
    fetch: standInFetch,
    calls,
    /** how many queries were refused with THROTTLED */
    throttledCalls: () => throttledCalls,
    addShop,
    /** what Lawfully asked Shopify to erase in that shop */
    erasureRequests: (shop: string) => stateOf(shop).erasureRequests,
    /** the customers customerDelete removed from that shop */
    deletedCustomers: (shop: string) => stateOf(shop).deletedCustomers,
    /** called after each answered query or mutation (a test may stop a run at a given point) */
    onCall(listener: (call: StandInCall) => void) {
      callListeners.add(listener);
      return () => callListeners.delete(listener);
    },
    metafield: (shop: string, namespace: string, key: string) => stateOf(shop).metafields.get(`${namespace}.${key}`),
    /** Sets an app-owned metafield as metafieldsSet would (the preview restores what was published before a restart). */
    setMetafield(shop: string, metafield: { namespace: string; key: string; type: string; value: string }) {
      const state = stateOf(shop);
      const shopViewsOf = shopViews(state, { clock, bulk: false, resultUrl: resultUrl(shop) });
      const { metafieldsSet } = shopMutations(state, shopViewsOf, calendar);
      const { userErrors } = metafieldsSet({ metafields: [{ ownerId: shopViewsOf.installationId, ...metafield }] });
      if (userErrors.length) throw new Error(`metafieldsSet: ${userErrors.map((e) => e.message).join(' ')}`);
    },
    policy: (shop: string, type = 'PRIVACY_POLICY') => stateOf(shop).policies.get(type),
    seed: (shop: string) => stateOf(shop).seed,
    bulkOperations: (shop: string) => stateOf(shop).bulkOperations,
    throttleStatus: (shop: string) => stateOf(shop).bucket.status(),
  };
}

export type AdminApiStandIn = ReturnType<typeof createAdminApiStandIn>;
