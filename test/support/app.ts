// Builds the real app for a test: a real database (SQLite or PostgreSQL, see databases.ts),
// the Admin API stand-in behind the real Shopify client, and a fixed clock.
import type { Express } from 'express';
import request from 'supertest';
import { loadConfig } from '../../app/platform/config.ts';
import { createLogger } from '../../app/platform/logging.ts';
import { fixedClock } from '../../app/platform/clock.ts';
import { assembleDeps } from '../../app/assemble.ts';
import { createApp } from '../../app/server.ts';
import { installStandIn, previewRoutes } from '../../app/preview/index.ts';
import { signSessionToken } from '../../app/auth/session-token.ts';
import type { AppDeps } from '../../app/platform/deps.ts';
import { createTestDatabase, type TestDatabase } from './databases.ts';
import { startMailSink, type MailSink } from '../../app/preview/mail-sink.ts';

export const SHOP_A = 'lawfully-demo.myshopify.com';

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
  close(): Promise<void>;
}

export async function createTestApp(options: { now?: string; env?: Record<string, string>; database?: TestDatabase; smtpUrl?: string } = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const clock = fixedClock(options.now ?? '2026-11-25T10:00:00Z');
  const config = loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', ...options.env });
  const log = createLogger('silent');
  const standInClock = fixedClock('2026-01-01T00:00:00Z');
  const standIn = installStandIn(config, standInClock, clock.now());
  const deps = assembleDeps({
    config,
    db: database.db,
    clock,
    log,
    sleep: (ms) => {
      standInClock.advance(ms);
      return Promise.resolve();
    },
    smtpUrl: options.smtpUrl,
  });
  return {
    app: createApp(deps, previewRoutes(deps, { standIn })),
    deps,
    database,
    clock,
    standIn,
    standInClock,
    // Session tokens are checked against the real time by @shopify/shopify-api, not the test clock.
    tokenFor: (shop = SHOP_A, { userId } = {}) => signSessionToken({ shop, apiKey: config.apiKey, secret: config.apiSecret, userId }),
    close: () => database.drop(),
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

/**
 * The app with a real SMTP sink receiving its mail, and SHOP_A installed (the admin opened once,
 * so Lawfully holds its offline token). close() stops the sink too.
 */
export async function createInstalledAppWithMailbox(): Promise<TestApp & { mailbox: MailSink }> {
  const mailbox = await startMailSink();
  const t = await createTestApp({ smtpUrl: mailbox.url });
  await request(t.app)
    .get('/api/requests')
    .set('Authorization', `Bearer ${await t.tokenFor(SHOP_A)}`);
  return {
    ...t,
    mailbox,
    close: async () => {
      await t.close();
      await mailbox.stop();
    },
  };
}
