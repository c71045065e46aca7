// What the app is built from. createApp(deps) takes these; tests pass a real database and a fixed clock.
import type { Config } from './config.ts';
import type { Db } from './db/index.ts';
import type { ShopifyApp } from './shopify.ts';
import type { Clock } from './clock.ts';
import type { Logger } from './logging.ts';
import type { createAdminApi } from './admin-api.ts';
import type { JobSignal } from '../jobs/signal.ts';
import type { Mailer } from '../mail/mailer.ts';

export type AdminApi = ReturnType<typeof createAdminApi>;

export interface AppDeps {
  config: Config;
  db: Db;
  shopify: ShopifyApp;
  adminApi: AdminApi;
  clock: Clock;
  log: Logger;
  /** tells this process's job runner that new jobs were committed */
  jobs: JobSignal;
  mailer: Mailer;
  /** where processor vendors' APIs are reached instead of their own hosts (the local preview's stand-ins); absent in production */
  vendorEndpoints?: Partial<Record<'stripe' | 'klaviyo' | 'mailchimp', string>>;
}
