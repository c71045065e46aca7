// Builds the real app for a test: a real database (SQLite or PostgreSQL, see databases.ts),
// the Admin API stand-in behind the real Shopify client, and a fixed clock; and signs what
// reaches it the way Shopify would (session tokens, app-proxy queries, webhooks).
import type { Express } from 'express';
import { afterAll, beforeAll } from 'vitest';
import request from 'supertest';
import { loadConfig } from '../../app/platform/config.ts';
import { createLogger, type Logger } from '../../app/platform/logging.ts';
import { fixedClock } from '../../app/platform/clock.ts';
import { assembleDeps } from '../../app/assemble.ts';
import { createApp } from '../../app/server.ts';
import { installStandIn, previewRoutes } from '../../app/preview/index.ts';
import { startVendorApis, type VendorApis } from '../../app/preview/vendors-api/index.ts';
import { signSessionToken } from '../../app/auth/session-token.ts';
import { runDueJobs, type JobHandlers } from '../../app/jobs/runner.ts';
import { jobHandlers } from '../../app/background.ts';
import type { AppDeps } from '../../app/platform/deps.ts';
import { createTestDatabase, type TestDatabase } from './databases.ts';
import { startMailSink, type MailSink } from '../../app/preview/mail-sink.ts';
import { proxyUrl } from './proxy.ts';
import { signWebhook } from './webhooks.ts';

export const SHOP_A = 'lawfully-demo.myshopify.com';

export interface TestAppOptions {
  /** the app's fixed clock starts here */
  now?: string;
  env?: Record<string, string>;
  database?: TestDatabase;
  /** a real SMTP sink receives the app's mail (`t.mailbox`) */
  mailbox?: boolean;
  /** the Stripe, Klaviyo and Mailchimp stand-ins the official SDKs reach (`t.vendors`) */
  vendors?: boolean;
  /** shops whose admin was opened once, so Lawfully holds their offline token (true: SHOP_A) */
  installed?: boolean | string[];
  /** the app's logger (silent unless given) */
  log?: Logger;
}

type ApiMethod = 'get' | 'post' | 'put' | 'delete';
type Signed = { shop?: string };

export interface TestApp {
  app: Express;
  deps: AppDeps;
  database: TestDatabase;
  clock: ReturnType<typeof fixedClock>;
  standIn: ReturnType<typeof installStandIn>;
  /** the stand-in's own clock (its throttling bucket); the app's Admin API client advances it instead of sleeping */
  standInClock: ReturnType<typeof fixedClock>;
  /** a fresh, valid session token for the shop (signed with the app secret, as Shopify would) */
  tokenFor(shop?: string, options?: { userId?: string }): Promise<string>;
  /** the Authorization header App Bridge sends: `Bearer` and a fresh session token */
  auth(shop?: string, options?: { userId?: string }): Promise<string>;
  /** an admin API call as the shop's merchant (SHOP_A unless named), with a fresh session token */
  api(method: ApiMethod, path: string, body?: object, options?: Signed & { userId?: string }): Promise<request.Response>;
  /** a /proxy URL signed as Shopify's app proxy signs it, for SHOP_A unless named */
  proxyUrl(path: string, options?: Omit<Parameters<typeof proxyUrl>[1], 'secret' | 'shop'> & Signed): string;
  /** delivers a webhook signed with the app's secret to /webhooks, from SHOP_A unless named */
  deliver(
    topic: string,
    payload: unknown,
    options?: Omit<Parameters<typeof signWebhook>[0], 'topic' | 'payload' | 'secret' | 'shop'> & Signed,
  ): Promise<request.Response>;
  /** opens the shop's admin once, so Lawfully holds its offline token (token exchange) */
  install(shop?: string): Promise<void>;
  /** runs every due job once with the app's handlers (or the ones given) and the fixed clock */
  runJobs(handlers?: JobHandlers): Promise<number>;
  close(): Promise<void>;
}

/** The parts only some tests ask for, typed as present when they asked. */
export type TestAppWith<O extends TestAppOptions> = TestApp &
  (O extends { mailbox: true } ? { mailbox: MailSink } : unknown) &
  (O extends { vendors: true } ? { vendors: VendorApis } : unknown);

export async function createTestApp<O extends TestAppOptions>(options: O = {} as O): Promise<TestAppWith<O>> {
  const database = options.database ?? (await createTestDatabase());
  const clock = fixedClock(options.now ?? '2026-11-25T10:00:00Z');
  const config = loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', ...options.env });
  const log = options.log ?? createLogger('silent');
  const standInClock = fixedClock('2026-01-01T00:00:00Z');
  const standIn = installStandIn(config, standInClock, clock.now());
  const mailbox = options.mailbox ? await startMailSink() : undefined;
  const vendors = options.vendors ? await startVendorApis(standIn.seed(SHOP_A)) : undefined;
  const deps = assembleDeps({
    config,
    db: database.db,
    clock,
    log,
    sleep: (ms) => {
      standInClock.advance(ms);
      return Promise.resolve();
    },
    smtpUrl: mailbox?.url,
    vendorEndpoints: vendors?.endpoints,
  });
  const app = createApp(deps, previewRoutes(deps, { standIn }));
  // Session tokens are checked against the real time by @shopify/shopify-api, not the test clock.
  const tokenFor: TestApp['tokenFor'] = (shop = SHOP_A, { userId } = {}) => signSessionToken({ shop, apiKey: config.apiKey, secret: config.apiSecret, userId });
  const auth: TestApp['auth'] = async (shop, signer) => `Bearer ${await tokenFor(shop, signer)}`;
  const t: TestApp = {
    app,
    deps,
    database,
    clock,
    standIn,
    standInClock,
    tokenFor,
    auth,
    api: async (method, path, body, { shop, userId } = {}) => {
      const call = request(app)
        [method](path)
        .set('Authorization', await auth(shop, { userId }));
      return body === undefined ? call : call.send(body);
    },
    proxyUrl: (path, { shop = SHOP_A, ...rest } = {}) => proxyUrl(path, { ...rest, shop, secret: config.apiSecret }),
    deliver: (topic, payload, { shop = SHOP_A, ...rest } = {}) => {
      const signed = signWebhook({ ...rest, topic, shop, payload, secret: config.apiSecret });
      return request(app).post('/webhooks').set(signed.headers).send(signed.body).then();
    },
    install: async (shop) => {
      const res = await t.api('get', '/api/requests', undefined, { shop });
      if (res.status !== 200) throw new Error(`opening the admin of ${shop ?? SHOP_A} answered ${String(res.status)}`);
    },
    runJobs: (handlers = jobHandlers(deps)) => runDueJobs({ db: deps.db, clock, log: deps.log, handlers }),
    close: async () => {
      await database.drop();
      await Promise.all([mailbox?.stop(), vendors?.stop()]);
    },
  };
  const installed = options.installed === true ? [SHOP_A] : options.installed || [];
  for (const shop of installed) await t.install(shop);
  return Object.assign(t, mailbox && { mailbox }, vendors && { vendors });
}

/**
 * The test app of a describe block: built before its tests, closed after them. Read its parts
 * inside tests and hooks (it does not exist yet while the block is being collected).
 */
export function useTestApp<O extends TestAppOptions>(options: O = {} as O): TestAppWith<O> {
  let current: TestAppWith<O> | undefined;
  beforeAll(async () => {
    current = await createTestApp(options);
  });
  afterAll(() => current?.close());
  return new Proxy({} as TestAppWith<O>, {
    get: (_, part) => {
      if (!current) throw new Error(`the test app is built in beforeAll: read ${String(part)} inside a test or a hook`);
      return Reflect.get(current, part) as unknown;
    },
  });
}

/** For a describe block: a fresh database made in beforeAll and dropped in afterAll; read `t.db` inside tests and hooks. */
export function useTestDatabase(): TestDatabase {
  let current: TestDatabase | undefined;
  beforeAll(async () => {
    current = await createTestDatabase();
  });
  afterAll(() => current?.drop());
  const made = () => {
    if (!current) throw new Error('the test database is made in beforeAll: read it inside a test or a hook');
    return current;
  };
  return {
    get kind() {
      return made().kind;
    },
    get url() {
      return made().url;
    },
    get db() {
      return made().db;
    },
    drop: () => made().drop(),
  };
}

/** The same app as `t`, on its database, configured as when running against Shopify (not the preview). */
export function createShopifyModeApp(t: TestApp): Express {
  const config = loadConfig({
    DATABASE_URL: t.database.url,
    LOG_LEVEL: 'silent',
    SHOPIFY_API_KEY: 'real-key',
    SHOPIFY_API_SECRET: 'real-secret',
    SHOPIFY_APP_URL: 'https://lawfully.example.com',
    LAWFULLY_ENCRYPTION_KEY: 'b'.repeat(64),
  });
  return createApp(assembleDeps({ config, db: t.database.db, clock: t.clock, log: t.deps.log }));
}
