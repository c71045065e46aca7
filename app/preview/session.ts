// Local-preview-only routes: sign the demo shop's session tokens and stand in for the two
// App Bridge calls the admin makes, since no Shopify admin frames the page here.
// Never mounted when Shopify credentials are configured (see createApp in app/server.ts).
import { Router } from 'express';
import type { AppDeps } from '../platform/deps.ts';
import { PREVIEW_SHOP } from '../platform/config.ts';
import { signSessionToken } from '../auth/session-token.ts';

const appBridgeStandIn = (shop: string) => `// Local preview: stands in for Shopify's App Bridge (idToken, toast).
window.shopify = {
  config: { shop: ${JSON.stringify(shop)} },
  idToken: function () { return fetch('/preview/session-token').then(function (r) { return r.text(); }); },
  toast: { show: function (message) { var el = document.createElement('div'); el.textContent = message; el.setAttribute('role', 'status');
    el.style.cssText = 'position:fixed;bottom:24px;left:50%;transform:translateX(-50%);background:#303030;color:#fff;padding:10px 16px;border-radius:8px;z-index:1000';
    document.body.appendChild(el); setTimeout(function () { el.remove(); }, 3000); } },
};
`;

export function previewSessionRoutes({ config, clock }: Pick<AppDeps, 'config' | 'clock'>) {
  const router = Router();
  router.get('/app-bridge.js', (_req, res) => {
    res.type('js').send(appBridgeStandIn(PREVIEW_SHOP));
  });
  router.get('/session-token', async (_req, res) => {
    res.type('text').send(await signSessionToken({ shop: PREVIEW_SHOP, apiKey: config.apiKey, secret: config.apiSecret, now: clock.now() }));
  });
  return router;
}
