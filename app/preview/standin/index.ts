// A local stand-in for the parts of the Shopify Admin GraphQL API that Lawfully uses, for the
// local preview and the tests. It answers like Shopify: the documented shapes, relay cursor
// pagination, access tokens obtained by token exchange, cost-based throttling (the requested cost
// is taken up front, the unused part refunded; THROTTLED when the bucket is short) and bulk query
// operations with their JSONL results. In-memory: the preview starts with a fresh demo shop every time.
import { buildSchema, graphql, graphqlSync, parse, type GraphQLError } from 'graphql';
import { jwtVerify } from 'jose';
import { randomBytes } from 'node:crypto';
import type { Clock } from '../../platform/clock.ts';
import { typeDefs } from './schema.ts';
import { actualQueryCost, requestedQueryCost } from './cost.ts';
import { bulkOperationView, bulkQueryProblem, jsonlBody, toJsonl, type BulkOperationRecord } from './bulk-operations.ts';
import { createBucket, STANDARD_BUCKET, type BucketOptions } from './bucket.ts';
import type { ShopSeed, StandInCustomer, StandInOrder } from './demo-shop.ts';
import { matchesSearch } from './search-query.ts';

const schema = buildSchema(typeDefs);
const MAX_SINGLE_QUERY_COST = 1000;

export interface StandInCall {
  shop: string;
  kind: 'query' | 'mutation';
  /** the root fields asked for, e.g. ["customerRequestDataErasure"] */
  fields: string[];
  variables: Record<string, unknown>;
  /** what the bucket was charged up front, and what it kept after the refund */
  requestedQueryCost: number;
  actualQueryCost: number;
}

interface ShopState {
  seed: ShopSeed;
  bucket: ReturnType<typeof createBucket>;
  metafields: Map<string, { id: string; namespace: string; key: string; type: string; value: string; updatedAt: Date }>;
  policies: Map<string, { body: string; updatedAt: Date }>;
  erasureRequests: Array<{ customerId: string; at: Date }>;
  bulkOperations: BulkOperationRecord[];
}

const gid = (type: string, id: number | string) => `gid://shopify/${type}/${id}`;
const numericId = (value: string) => Number(/(\d+)$/.exec(value)?.[1] ?? NaN);
const userError = (field: string[], message: string) => ({ field, message });

interface PageArgs {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
  reverse?: boolean;
}

/**
 * Relay connection over an ordered list; cursors are opaque (base64 of the node's id). A bulk
 * operation reads `everything`: page sizes do not apply there.
 */
function connection<T extends { id: number | string }, V>(items: T[], args: PageArgs, view: (item: T) => V, everything = false) {
  if (everything) args = { reverse: args.reverse, first: items.length };
  else if (args.first === undefined && args.last === undefined) throw new Error('you must provide one of first or last');
  const size = args.first ?? args.last!;
  if (size > 250 && !everything) throw new Error('The maximum number of items you can request is 250.');
  const ordered = args.reverse ? [...items].reverse() : items;
  const cursorOf = (item: T) => Buffer.from(`cursor:${item.id}`).toString('base64url');
  const indexOf = (cursor: string) => ordered.findIndex((item) => cursorOf(item) === cursor);
  let start = args.after ? indexOf(args.after) + 1 : 0;
  let end = args.before ? indexOf(args.before) : ordered.length;
  if (args.first !== undefined) end = Math.min(end, start + args.first);
  else start = Math.max(start, end - args.last!);
  const page = ordered.slice(start, end);
  return {
    edges: page.map((item) => ({ cursor: cursorOf(item), node: view(item) })),
    nodes: page.map(view),
    pageInfo: {
      hasNextPage: end < ordered.length,
      hasPreviousPage: start > 0,
      startCursor: page[0] ? cursorOf(page[0]) : null,
      endCursor: page.at(-1) ? cursorOf(page.at(-1)!) : null,
    },
  };
}

export interface StandInOptions {
  apiKey: string;
  apiSecret: string;
  shops: ShopSeed[];
  clock: Clock;
  bucket?: BucketOptions;
}

export function createAdminApiStandIn({ apiKey, apiSecret, shops, clock, bucket = STANDARD_BUCKET }: StandInOptions) {
  const states = new Map<string, ShopState>();
  const tokens = new Map<string, string>(); // access token → shop
  const calls: StandInCall[] = [];
  let throttledCalls = 0;
  const bulkResults = new Map<string, BulkOperationRecord>(); // result key → operation

  const addShop = (seed: ShopSeed) => {
    states.set(seed.domain, { seed, bucket: createBucket(bucket, clock), metafields: new Map(), policies: new Map(), erasureRequests: [], bulkOperations: [] });
  };
  shops.forEach(addShop);

  function views(state: ShopState, { bulk = false } = {}) {
    const { seed } = state;
    const page = <T extends { id: number | string }, V>(items: T[], args: PageArgs, view: (item: T) => V) => connection(items, args, view, bulk);
    const money = (amount: string) => ({ amount, currencyCode: seed.currencyCode });
    const customerById = (id: number) => seed.customers.find((c) => c.id === id);
    const ordersOf = (customer: StandInCustomer) => seed.orders.filter((o) => o.customerId === customer.id);

    const customerView = (c: StandInCustomer): Record<string, unknown> => {
      const orders = ordersOf(c);
      return {
        id: gid('Customer', c.id),
        email: c.email,
        firstName: c.firstName,
        lastName: c.lastName,
        displayName: [c.firstName, c.lastName].filter(Boolean).join(' ') || c.email || 'Customer',
        phone: c.phone,
        createdAt: c.createdAt.toISOString(),
        updatedAt: c.updatedAt.toISOString(),
        state: c.state,
        tags: c.tags,
        numberOfOrders: String(orders.length),
        amountSpent: money(orders.reduce((sum, o) => sum + Number(o.total), 0).toFixed(2)),
        defaultAddress: c.address,
        lastOrder: () => (orders.at(-1) ? orderView(orders.at(-1)!) : null),
        emailMarketingConsent: { marketingState: c.marketingState, marketingOptInLevel: c.marketingState === 'SUBSCRIBED' ? 'SINGLE_OPT_IN' : null, consentUpdatedAt: c.marketingUpdatedAt?.toISOString() ?? null },
        orders: (args: PageArgs) => page(orders, args, orderView),
      };
    };
    const orderView = (o: StandInOrder): Record<string, unknown> => ({
      id: gid('Order', o.id),
      name: o.name,
      createdAt: o.createdAt.toISOString(),
      processedAt: o.createdAt.toISOString(),
      email: o.email,
      totalPriceSet: { shopMoney: money(o.total) },
      customer: () => (o.customerId ? (customerById(o.customerId) ? customerView(customerById(o.customerId)!) : null) : null),
      shippingAddress: o.shippingAddress,
      lineItems: (args: PageArgs) => page(o.lineItems, args, (li) => ({ ...li, id: gid('LineItem', li.id) })),
    });
    const installationId = gid('AppInstallation', `${seed.domain.split('.')[0]}-lawfully`);
    const metafieldView = (m: ShopState['metafields'] extends Map<string, infer M> ? M : never) => ({ ...m, updatedAt: m.updatedAt.toISOString() });

    const root = {
      shop: () => ({
        id: gid('Shop', seed.domain.length * 1000003),
        name: seed.name,
        email: seed.email,
        contactEmail: seed.contactEmail,
        myshopifyDomain: seed.domain,
        currencyCode: seed.currencyCode,
        billingAddress: seed.billingAddress,
      }),
      customers: (args: PageArgs & { query?: string }) =>
        page(seed.customers.filter((c) => matchesSearch(args.query, { id: c.id, email: c.email, created_at: c.createdAt, updated_at: c.updatedAt, country: c.address.countryCodeV2 })), args, customerView),
      customer: ({ id }: { id: string }) => {
        const c = customerById(numericId(id));
        return c ? customerView(c) : null;
      },
      orders: (args: PageArgs & { query?: string }) =>
        page(seed.orders.filter((o) => matchesSearch(args.query, { id: o.id, customer_id: o.customerId, email: o.email, created_at: o.createdAt })), args, orderView),
      order: ({ id }: { id: string }) => {
        const o = seed.orders.find((x) => x.id === numericId(id));
        return o ? orderView(o) : null;
      },
      currentAppInstallation: () => ({
        id: installationId,
        app: { id: gid('App', 4242), title: 'Lawfully' },
        metafield: ({ namespace = '$app', key }: { namespace?: string; key: string }) => {
          const m = state.metafields.get(`${namespace}.${key}`);
          return m ? metafieldView(m) : null;
        },
        metafields: (args: PageArgs & { namespace?: string }) =>
          page([...state.metafields.values()].filter((m) => !args.namespace || m.namespace === args.namespace), args, metafieldView),
      }),
      metafieldsSet: ({ metafields }: { metafields: Array<{ ownerId: string; namespace?: string; key: string; type?: string; value: string }> }) => {
        if (metafields.length > 25) return { metafields: null, userErrors: [userError(['metafields'], 'Exceeded the maximum metafields input limit of 25.')] };
        const errors = metafields.flatMap((m, i) => [
          ...(m.ownerId !== installationId ? [userError(['metafields', String(i), 'ownerId'], 'Owner does not exist.')] : []),
          ...(!m.type ? [userError(['metafields', String(i), 'type'], 'Type can\'t be blank.')] : []),
          ...(m.type === 'json' && !isJson(m.value) ? [userError(['metafields', String(i), 'value'], 'Value is invalid JSON.')] : []),
        ]);
        if (errors.length) return { metafields: null, userErrors: errors };
        const saved = metafields.map((m, i) => {
          const namespace = m.namespace ?? '$app';
          const existing = state.metafields.get(`${namespace}.${m.key}`);
          const row = { id: existing?.id ?? gid('Metafield', 800000 + state.metafields.size + i), namespace, key: m.key, type: m.type!, value: m.value, updatedAt: clock.now() };
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
          shopPolicy: { id: gid('ShopPolicy', slug.length * 97), type: shopPolicy.type, title: slug.replace(/-/g, ' '), body: shopPolicy.body, url: `https://${seed.domain}/policies/${slug}`, updatedAt: updatedAt.toISOString() },
          userErrors: [],
        };
      },
      currentBulkOperation: ({ type = 'QUERY' }: { type?: string }) => {
        const latest = type === 'QUERY' ? state.bulkOperations.at(-1) : undefined;
        return latest ? bulkOperationView(latest, clock.now(), resultUrl(seed.domain)) : null;
      },
      node: ({ id }: { id: string }) => {
        const operation = state.bulkOperations.find((o) => o.id === id);
        return operation ? bulkOperationView(operation, clock.now(), resultUrl(seed.domain)) : null;
      },
      bulkOperationRunQuery: ({ query }: { query: string }) => runBulkQuery(state, query),
      customerRequestDataErasure: ({ customerId }: { customerId: string }) => {
        if (!customerById(numericId(customerId))) return { customerId: null, userErrors: [{ ...userError(['customerId'], 'Customer does not exist'), code: 'DOES_NOT_EXIST' }] };
        state.erasureRequests.push({ customerId, at: clock.now() });
        return { customerId, userErrors: [] };
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
    return root;
  }

  const resultUrl = (shop: string) => (key: string) => `https://${shop}/standin/bulk-operation-results/${key}.jsonl`;

  function runBulkQuery(state: ShopState, query: string) {
    const invalid = (message: string) => ({ bulkOperation: null, userErrors: [{ field: ['query'], message, code: 'INVALID' }] });
    const current = state.bulkOperations.at(-1);
    if (current && bulkOperationView(current, clock.now(), resultUrl(state.seed.domain)).status !== 'COMPLETED') {
      return { bulkOperation: null, userErrors: [{ field: null, message: `A bulk query operation for this app and shop is already in progress: ${current.id}.`, code: 'OPERATION_IN_PROGRESS' }] };
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
    const { lines, rootObjectCount } = toJsonl(schema, document, result.data as Record<string, unknown>);
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
    const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
    const kind = operation && 'operation' in operation && operation.operation === 'mutation' ? 'mutation' : 'query';
    const fields = operation && 'selectionSet' in operation ? operation.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : [])) : [];
    if (cost > MAX_SINGLE_QUERY_COST) {
      return Response.json({
        errors: [{ message: `Query cost is ${cost}, which exceeds the single query max cost limit (${MAX_SINGLE_QUERY_COST}).`, extensions: { code: 'MAX_COST_EXCEEDED', cost, maxCost: MAX_SINGLE_QUERY_COST } }],
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
    const actual = Math.min(cost, actualQueryCost(schema, document, variables, result.data as Record<string, unknown> | null | undefined));
    state.bucket.refund(cost - actual);
    calls.push({ shop, kind, fields, variables, requestedQueryCost: cost, actualQueryCost: actual });
    return Response.json({
      ...(result.errors ? { errors: result.errors.map((e) => ({ message: e.message, locations: e.locations, path: e.path })) } : {}),
      ...(result.data !== undefined ? { data: result.data } : {}),
      extensions: { cost: { requestedQueryCost: cost, actualQueryCost: actual, throttleStatus: state.bucket.status() } },
    });
  }

  /** POST /admin/oauth/access_token with the token-exchange grant (https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/token-exchange). */
  async function tokenExchange(shop: string, request: Request): Promise<Response> {
    const body = (await request.json().catch(() => ({}))) as Record<string, string>;
    if (body.client_id !== apiKey || body.client_secret !== apiSecret) {
      return Response.json({ error: 'invalid_client', error_description: 'Client credentials are invalid' }, { status: 401 });
    }
    if (body.grant_type !== 'urn:ietf:params:oauth:grant-type:token-exchange' || !body.subject_token) {
      return Response.json({ error: 'invalid_request' }, { status: 400 });
    }
    try {
      const { payload } = await jwtVerify(body.subject_token, new TextEncoder().encode(apiSecret), { audience: apiKey });
      if (payload.dest !== `https://${shop}`) throw new Error('token for another shop');
    } catch {
      return Response.json({ error: 'invalid_subject_token', error_description: 'Session token is invalid' }, { status: 400 });
    }
    if (!states.has(shop)) addShop({ domain: shop, name: shop.split('.')[0]!, email: `owner@${shop}`, contactEmail: `info@${shop}`, currencyCode: 'EUR', billingAddress: {}, customers: [], orders: [] });
    const accessToken = `shpat_${randomBytes(16).toString('hex')}`;
    tokens.set(accessToken, shop);
    return Response.json({ access_token: accessToken, scope: 'read_customers,write_customers,read_orders,write_legal_policies,write_app_proxy,write_customer_data_erasure' });
  }

  /** A fetch() that answers as the shop's Admin API would; no socket involved. */
  async function standInFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const shop = url.hostname;
    if (request.method === 'POST' && url.pathname === '/admin/oauth/access_token') return tokenExchange(shop, request);
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
    metafield: (shop: string, namespace: string, key: string) => stateOf(shop).metafields.get(`${namespace}.${key}`),
    policy: (shop: string, type = 'PRIVACY_POLICY') => stateOf(shop).policies.get(type),
    seed: (shop: string) => stateOf(shop).seed,
    bulkOperations: (shop: string) => stateOf(shop).bulkOperations,
    throttleStatus: (shop: string) => stateOf(shop).bucket.status(),
  };
}

export type AdminApiStandIn = ReturnType<typeof createAdminApiStandIn>;

function isJson(value: string): boolean {
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}
