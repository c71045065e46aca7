// The local preview, all of it: the Admin API stand-in with the demo shop, reached through the
// real @shopify/shopify-api client (its fetch is routed to the stand-in), a clean slate for the
// demo shop's sessions (the stand-in issues new access tokens at every start), the mail sink, and
// the one router of preview-only routes that createApp mounts. Only app/main.ts and the tests
// import this folder; no production module does (test/foundation/preview-boundary.test.ts).
import { createRequire } from 'node:module';
import { Router } from 'express';
import { setAbstractFetchFunc } from '@shopify/shopify-api/runtime';
import type { Config } from '../platform/config.ts';
import { PREVIEW_SHOP } from '../platform/config.ts';
import type { Db } from '../platform/db/index.ts';
import type { Clock } from '../platform/clock.ts';
import type { Logger } from '../platform/logging.ts';
import { recordInstall } from '../platform/shops.ts';
import { createAdminApiStandIn } from './standin/index.ts';
import { demoShop } from './standin/demo-shop.ts';
import { routeToStandIn } from './standin/route-to-standin.ts';
import { startMailSink, type MailSink } from './mail-sink.ts';
import type { AdminApiStandIn } from './standin/index.ts';
import type { AppDeps } from '../platform/deps.ts';
import { sessionGuard } from '../auth/session-guard.ts';
import { previewAppProxy } from './app-proxy.ts';
import { previewSessionRoutes } from './session.ts';
import { previewWebhookRoutes } from './webhook-routes.ts';
import { storefrontPreviewRouter } from './storefront-routes.ts';
import { mailboxRouter } from './mailbox-page.ts';
import { connectPreviewProcessors, startVendorApis } from './vendors-api/index.ts';
import { startVendorStandIn } from './vendors/host.ts';
import { restorePublishedPolicy } from './published-policy.ts';

/** What the preview-only routes need: the stand-in's data and the local mailbox. */
export interface PreviewParts {
  standIn: AdminApiStandIn;
  mailbox?: MailSink;
}

/** `clock` drives the stand-in's throttling; the demo shop's history ends at `demoNow`. */
export function installStandIn(config: Pick<Config, 'apiKey' | 'apiSecret'>, clock: Clock, demoNow = clock.now()) {
  const standIn = createAdminApiStandIn({ apiKey: config.apiKey, apiSecret: config.apiSecret, shops: [demoShop({ now: demoNow })], clock });
  const routed = routeToStandIn(standIn.fetch) as never;
  // @shopify/shopify-app-express has no "exports" map, so Node loads its CommonJS build, which
  // uses the CommonJS copy of @shopify/shopify-api's runtime: both copies must be routed.
  setAbstractFetchFunc(routed);
  (createRequire(import.meta.url)('@shopify/shopify-api/runtime') as { setAbstractFetchFunc: typeof setAbstractFetchFunc }).setAbstractFetchFunc(routed);
  return standIn;
}

/**
 * Every preview-only route, as the one router createApp mounts (before /proxy, since the app-proxy
 * stand-in rewrites /apps/lawfully/* to a signed /proxy/* URL): the app proxy, /preview/* (App
 * Bridge and session-token stand-ins, demo storefront, mailbox) and /api/preview/* behind the
 * same session-token guard as the rest of /api.
 */
export function previewRoutes(deps: AppDeps, parts: PreviewParts) {
  const router = Router();
  router.use(previewAppProxy(deps));
  router.use('/api/preview', sessionGuard(deps), previewWebhookRoutes(deps, parts.standIn));
  router.use('/preview', previewSessionRoutes(deps));
  router.use('/preview', storefrontPreviewRouter(deps, parts));
  if (parts.mailbox) router.use('/preview', mailboxRouter(parts.mailbox));
  return router;
}

export async function startPreviewServices({ config, db, clock, log }: { config: Config; db: Db; clock: Clock; log: Logger }) {
  const standIn = installStandIn(config, clock);
  await db.session.deleteMany({ where: { shop: PREVIEW_SHOP } });
  await recordInstall(db, PREVIEW_SHOP, clock.now());
  // What the admin says is live is what the preview storefront shows, after a restart too.
  await restorePublishedPolicy(db, standIn, PREVIEW_SHOP).catch((error: unknown) => {
    log.warn(
      { shop: PREVIEW_SHOP, err: error instanceof Error ? error.message : String(error) },
      'the published policy could not be restored to the storefront preview',
    );
  });
  const mailbox = await startMailSink();
  // Stand-ins for the processors' APIs (Stripe, Klaviyo, Mailchimp); the demo shop's processors come connected to them.
  const vendorApis = await startVendorApis(standIn.seed(PREVIEW_SHOP));
  await connectPreviewProcessors({ db, config, clock }, PREVIEW_SHOP);
  // The storefront scan visits the preview storefront, its vendors answered by a local stand-in.
  // Without the openssl command (its certificate), the scan runs and the vendors' requests fail.
  const vendors = await startVendorStandIn().catch((error: unknown) => {
    log.warn({ err: error instanceof Error ? error.message : String(error) }, 'the vendor stand-in did not start (is openssl installed?)');
    return undefined;
  });
  return {
    standIn,
    mailbox,
    urls: [['Mailbox', '/preview/mail']] as Array<[string, string]>,
    vendorEndpoints: vendorApis.endpoints,
    scan: { storefrontUrl: () => `http://localhost:${config.port}/preview/storefront`, chromiumArgs: vendors?.chromiumArgs ?? [] },
    stop: async () => {
      await Promise.all([mailbox.stop(), vendors?.stop()]);
    },
  };
}
