// Guards the admin JSON API: every /api request needs a valid App Bridge session token
// (signed with the app secret, for this app, not expired). The first request of a shop
// exchanges the token for an offline access token (Shopify-managed installation).
import type { NextFunction, Request, Response } from 'express';
import { Router } from 'express';
import type { AppDeps } from '../platform/deps.ts';
import { UnauthorizedError } from '../platform/errors.ts';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      /** The authenticated shop's domain; the only shop any /api query may touch. */
      shop: string;
      /** Who acts, for the audit log: "merchant:<staff user id>". */
      actor: string;
    }
  }
}

export function sessionGuard({ shopify }: Pick<AppDeps, 'shopify'>) {
  const router = Router();
  router.use(async (req: Request, res: Response, next: NextFunction) => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token) throw new UnauthorizedError('A session token is required (Authorization: Bearer …).');
    try {
      const payload = await shopify.api.session.decodeSessionToken(token);
      res.locals.actor = `merchant:${payload.sub}`;
    } catch {
      throw new UnauthorizedError('The session token is invalid or expired.');
    }
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
