// Requests from the storefront reach Lawfully through Shopify's app proxy, which signs the query
// (shop, logged_in_customer_id, path_prefix, timestamp) with the app secret. Nothing in the
// request is trusted before the signature and its timestamp window are checked.
// shopify.dev/docs/apps/build/online-store/app-proxies/authenticate-app-proxies
import type { NextFunction, Request, Response } from 'express';
import type { AppDeps } from '../platform/deps.ts';
import { UnauthorizedError, ValidationError } from '../platform/errors.ts';
import { isShopDomain } from '../platform/shop-domain.ts';

export function proxyAuth({ shopify }: Pick<AppDeps, 'shopify'>) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const query = new URLSearchParams(req.url.split('?')[1] ?? '');
    const shop = query.get('shop');
    if (shop !== null && !isShopDomain(shop))
      throw new ValidationError('The shop parameter is not a *.myshopify.com domain.', { shop: 'must be a *.myshopify.com domain' });
    let valid = false;
    try {
      valid = await shopify.api.utils.validateHmac(query, { signator: 'appProxy' });
    } catch (error) {
      // missing signature, missing/stale timestamp, repeated parameters
      throw new UnauthorizedError(`This request did not come through the shop's app proxy: ${(error as Error).message}`);
    }
    if (!valid) throw new UnauthorizedError('The app proxy signature does not match.');
    if (!shop) throw new UnauthorizedError('The signed request names no shop.');
    res.locals.shop = shop;
    res.locals.customerId = query.get('logged_in_customer_id') || null;
    next();
  };
}
