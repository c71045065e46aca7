// Requests from the storefront reach Lawfully through Shopify's app proxy, which signs the query
// (shop, logged_in_customer_id, path_prefix, timestamp) with the app secret. Nothing in the
// request is trusted before the signature and its timestamp window are checked.
// shopify.dev/docs/apps/build/online-store/app-proxies/authenticate-app-proxies
import type { NextFunction, Request, Response } from 'express';
import type { AppDeps } from '../platform/deps.ts';
import { UnauthorizedError } from '../platform/errors.ts';

const SHOP_DOMAIN = /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      customerId?: string | null;
    }
  }
}

export function proxyAuth({ shopify }: Pick<AppDeps, 'shopify'>) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const query = new URLSearchParams(req.url.split('?')[1] ?? '');
    let valid = false;
    try {
      valid = await shopify.api.utils.validateHmac(query, { signator: 'appProxy' });
    } catch (error) {
      // missing signature, missing/stale timestamp, repeated parameters
      throw new UnauthorizedError(`This request did not come through the shop's app proxy: ${(error as Error).message}`);
    }
    if (!valid) throw new UnauthorizedError('The app proxy signature does not match.');
    const shop = query.get('shop') ?? '';
    if (!SHOP_DOMAIN.test(shop)) throw new UnauthorizedError('The signed request names no valid shop.');
    res.locals.shop = shop;
    res.locals.customerId = query.get('logged_in_customer_id') || null;
    next();
  };
}
