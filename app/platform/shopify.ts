// The one place Shopify is configured: @shopify/shopify-app-express over @shopify/shopify-api,
// embedded, token exchange (Shopify-managed installation), sessions stored through Prisma.
import { ApiVersion, LogSeverity } from '@shopify/shopify-api';
import { shopifyApp } from '@shopify/shopify-app-express';
import { PrismaSessionStorage } from '@shopify/shopify-app-session-storage-prisma';
import type { Config } from './config.ts';
import type { Db } from './db/index.ts';
import type { Logger } from './logging.ts';

export const API_VERSION = ApiVersion.October25;

export function createShopify(config: Config, db: Db, log: Logger, hooks: { afterAuth?: (shop: string) => Promise<void> } = {}) {
  const appUrl = new URL(config.appUrl);
  return shopifyApp({
    api: {
      apiKey: config.apiKey,
      apiSecretKey: config.apiSecret,
      scopes: [...config.scopes],
      hostName: appUrl.host,
      hostScheme: appUrl.protocol === 'http:' ? 'http' : 'https',
      apiVersion: API_VERSION,
      isEmbeddedApp: true,
      logger: {
        level: LogSeverity.Warning,
        // The library's messages can quote request data; keep only their text at warn level.
        log: (severity, message) => {
          if (severity <= LogSeverity.Warning) log.warn({ source: 'shopify-api' }, message);
          return Promise.resolve();
        },
      },
    },
    auth: { path: '/auth', callbackPath: '/auth/callback' },
    webhooks: { path: '/webhooks' },
    sessionStorage: new PrismaSessionStorage(db as never),
    future: { tokenExchange: true },
    hooks: { afterAuth: async ({ session }) => hooks.afterAuth?.(session.shop) },
  });
}

export type ShopifyApp = ReturnType<typeof createShopify>;
