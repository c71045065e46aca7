// Serves the embedded admin's HTML. Against Shopify it loads App Bridge from Shopify's CDN (it must
// be the first script, per Shopify's App Bridge docs); in the local preview, where the admin is
// not framed by Shopify, a small stand-in provides the two App Bridge calls the admin uses.
import type { Request, Response } from 'express';
import type { AppDeps } from './platform/deps.ts';
import { ValidationError } from './platform/errors.ts';
import { PREVIEW_SHOP } from './platform/config.ts';
import { isShopDomain } from './platform/shop-domain.ts';

const missingBuild = `<!doctype html><meta charset="utf-8"><title>Lawfully</title>
<p>The admin has not been built yet: run <code>npm run build</code> (npm start does it for you).</p>`;

export function adminPage({ config }: Pick<AppDeps, 'config'>, indexHtml: string | undefined) {
  return (req: Request, res: Response) => {
    const shop = req.query.shop ?? (config.mode === 'preview' ? PREVIEW_SHOP : undefined);
    if (!isShopDomain(shop)) throw new ValidationError('Open Lawfully from your Shopify admin (the shop parameter is missing or invalid).');
    const head =
      config.mode === 'preview'
        ? `<meta name="shopify-api-key" content="${config.apiKey}"><script src="/preview/app-bridge.js"></script>`
        : `<meta name="shopify-api-key" content="${config.apiKey}"><script src="https://cdn.shopify.com/shopifycloud/app-bridge.js"></script>`;
    res.type('html').send((indexHtml ?? missingBuild).replace('<!--app-bridge-->', head));
  };
}
