// Builds the app's dependencies from configuration; used by the entry point and by tests.
import type { Config } from './platform/config.ts';
import type { Db } from './platform/db/index.ts';
import type { Clock } from './platform/clock.ts';
import type { Logger } from './platform/logging.ts';
import type { AppDeps } from './platform/deps.ts';
import { createShopify } from './platform/shopify.ts';
import { createAdminApi } from './platform/admin-api.ts';
import { recordInstall } from './platform/shops.ts';
import { createJobSignal } from './jobs/signal.ts';
import { createMailer } from './mail/mailer.ts';

export function assembleDeps({
  config,
  db,
  clock,
  log,
  sleep,
  smtpUrl = config.smtpUrl,
  vendorEndpoints,
}: {
  config: Config;
  db: Db;
  clock: Clock;
  log: Logger;
  /** how the Admin API client waits out throttling; tests pass one that moves a fake clock */
  sleep?: (ms: number) => Promise<void>;
  /** where mail goes; the local preview and the tests pass their loopback SMTP sink */
  smtpUrl?: string;
  /** where processor vendors' APIs are reached; the local preview passes its stand-ins */
  vendorEndpoints?: AppDeps['vendorEndpoints'];
}): AppDeps {
  const shopify = createShopify(config, db, log, { afterAuth: (shop) => recordInstall(db, shop, clock.now()) });
  const adminApi = createAdminApi({
    shopify: shopify.api,
    loadOfflineSession: (shop: string) => shopify.config.sessionStorage.loadSession(shopify.api.session.getOfflineId(shop)),
    clock,
    sleep,
  });
  return { config, db, shopify, adminApi, clock, log, jobs: createJobSignal(), mailer: createMailer({ smtpUrl, from: config.mailFrom }), vendorEndpoints };
}
