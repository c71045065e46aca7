// Builds the HTTP app from its capabilities. No module state: everything comes from deps,
// so tests build as many apps as they like against real databases and a fixed clock.
import express, { Router, type RequestHandler } from 'express';
import helmet from 'helmet';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppDeps } from './platform/deps.ts';
import { isDatabaseReachable } from './platform/db/index.ts';
import { errorHandler, notFound } from './platform/http.ts';
import { refuseNulCharacters } from './platform/input-guard.ts';
import { requestLog } from './platform/logging.ts';
import { sessionGuard } from './auth/session-guard.ts';
import { auditRouter } from './audit/routes.ts';
import { adminPage } from './admin-page.ts';
import { webhookRoutes } from './webhooks/routes.ts';
import { requestsRouter } from './requests/routes.ts';
import { jobsRouter } from './jobs/routes.ts';
import { processorsRouter } from './processors/routes.ts';
import { proxyAuth } from './storefront/proxy-auth.ts';
import { storefrontRequestRoutes } from './requests/storefront-routes.ts';
import { recordsRouter } from './records/routes.ts';
import { policyRouter } from './policy/routes.ts';
import { policyProxyRoutes } from './policy/proxy-routes.ts';
import { consentProxyRoutes, consentRouter } from './consent/routes.ts';
import { retentionRouter } from './retention/routes.ts';
import { scansRouter } from './scan/routes.ts';

const RESERVED_PREFIXES = /^\/(api|proxy|apps|webhooks|preview|assets|healthz|readyz)(\/|$)/;
const webDist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'web');

/**
 * `preview`: the local preview's routes (app/preview, built by app/main.ts or the tests), mounted
 * only when no Shopify credentials are configured. This module never imports app/preview.
 */
export function createApp(deps: AppDeps, preview?: RequestHandler) {
  const { config, db, shopify, log } = deps;
  const app = express();
  app.disable('x-powered-by');
  // Only the hops we know of: the leftmost X-Forwarded-For entries are whatever the client wrote,
  // and the visitor rate limits and the consent log's IP hash key on the address.
  app.set('trust proxy', config.trustProxy);
  app.use(requestLog(log));
  app.use(securityHeaders());
  app.use(refuseNulCharacters);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ok = await isDatabaseReachable(db);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'database unreachable' });
  });

  // Webhooks are verified over the raw bytes, so they are mounted before any JSON parser.
  // --- webhook routes (capabilities add theirs here) ---
  app.use(webhookRoutes(deps));

  // The local preview's routes, before /proxy: its stand-in for Shopify's app proxy turns
  // /apps/lawfully/* on the preview storefront into signed /proxy/* requests.
  if (config.mode === 'preview' && preview) app.use(preview);

  // App-proxy routes (storefront → Shopify → us), verified by the proxy signature.
  const proxy = Router();
  proxy.use(proxyAuth(deps));
  // --- proxy routes (capabilities add theirs here) ---
  proxy.use(storefrontRequestRoutes(deps));
  proxy.use(consentProxyRoutes(deps));
  proxy.use(policyProxyRoutes(deps));
  app.use('/proxy', proxy);

  // The embedded admin's JSON API: session token required, everything scoped to res.locals.shop.
  const api = Router();
  api.use(sessionGuard(deps));
  api.use(express.json({ limit: '1mb' }), refuseNulCharacters);
  api.use('/audit', auditRouter(deps));
  // --- admin API routes (capabilities add theirs here) ---
  api.use('/records', recordsRouter(deps));
  api.use('/policy', policyRouter(deps));
  api.use('/requests', requestsRouter(deps));
  api.use('/consent', consentRouter(deps));
  api.use('/retention', retentionRouter(deps));
  api.use('/scans', scansRouter(deps));
  api.use('/processors', processorsRouter(deps));
  api.use('/jobs', jobsRouter(deps));
  app.use('/api', api);

  if (existsSync(join(webDist, 'assets'))) app.use('/assets', express.static(join(webDist, 'assets'), { immutable: true, maxAge: '1y' }));
  const indexHtml = existsSync(join(webDist, 'index.html')) ? readFileSync(join(webDist, 'index.html'), 'utf8') : undefined;
  // The admin is a single-page app: a browser asking for one of its pages gets the page.
  const isAdminPage = (req: express.Request) => req.path === '/' || (!RESERVED_PREFIXES.test(req.path) && Boolean(req.headers.accept?.includes('text/html')));
  app.get('/{*path}', (req, _res, next) => next(isAdminPage(req) ? undefined : 'route'), shopify.cspHeaders(), adminPage(deps, indexHtml));

  app.use(notFound);
  app.use(errorHandler(log));
  return app;
}

/**
 * helmet's headers (HSTS, X-Content-Type-Options, Referrer-Policy…), less the three that would
 * break what works: its Content-Security-Policy (each HTML page sets its own frame-ancestors, for
 * the shop that frames it: frameAncestors() in platform/http.ts, shopify.cspHeaders() for the
 * admin; a default policy would also block App Bridge from cdn.shopify.com), X-Frame-Options
 * (it cannot name admin.shopify.com, so it would stop Shopify framing the admin), and the
 * Cross-Origin-Opener-Policy (the admin's windows opened by Shopify's admin keep their opener).
 * The referrer policy is the browsers' own default, stated: a page's one-time link never leaves
 * the site in a Referer, and a storefront page served through Shopify's proxy behaves as before.
 */
function securityHeaders() {
  return helmet({
    contentSecurityPolicy: false,
    frameguard: false,
    crossOriginOpenerPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
}
