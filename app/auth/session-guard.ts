// Guards the admin JSON API: every /api request needs a valid App Bridge session token
// (signed with the app secret, for this app, not expired). The first request of a shop
// exchanges the token for an offline access token (Shopify-managed installation).
import type { NextFunction, Request, Response } from 'express';
import { Router } from 'express';
import type { JwtPayload } from '@shopify/shopify-api';
import type { AppDeps } from '../platform/deps.ts';
import { UnauthorizedError } from '../platform/errors.ts';
import { isShopDomain } from '../platform/shop-domain.ts';

/**
 * The shop a verified session token speaks for, or null. Shopify's tokens always carry `exp`, and
 * name the shop twice: `iss` (https://<shop>/admin) and `dest` (https://<shop>)
 * (shopify.dev/docs/apps/build/authentication-authorization/session-tokens). The library checks
 * only the signature, audience and times, then exchanges the token with whatever host `dest`
 * names; a token that differs from Shopify's shape is refused before any call goes out.
 */
export function tokenShop(payload: Partial<JwtPayload>): string | null {
  if (typeof payload.exp !== 'number') return null;
  const shop = typeof payload.dest === 'string' ? /^https:\/\/([^/]+)$/.exec(payload.dest)?.[1] : undefined;
  if (!isShopDomain(shop) || payload.iss !== `https://${shop}/admin`) return null;
  return shop;
}

export function sessionGuard({ shopify }: Pick<AppDeps, 'shopify'>) {
  const router = Router();
  router.use(async (req: Request, res: Response, next: NextFunction) => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token) throw new UnauthorizedError('A session token is required (Authorization: Bearer …).');
    let payload: JwtPayload;
    try {
      payload = await shopify.api.session.decodeSessionToken(token);
    } catch {
      throw new UnauthorizedError('The session token is invalid or expired.');
    }
    if (!tokenShop(payload)) throw new UnauthorizedError('The session token does not name one shop as Shopify does (exp, iss, dest).');
    res.locals.actor = `merchant:${payload.sub}`;
    next();
  });
  router.use(shopify.validateAuthenticatedSession());
  router.use((_req: Request, res: Response, next: NextFunction) => {
    const session = res.locals.shopify?.session;
    if (!session) throw new UnauthorizedError('No session for this shop.');
    res.locals.shop = session.shop;
    next();
  });
  return router;
}
