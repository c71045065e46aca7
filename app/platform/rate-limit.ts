// Rate limits for the storefront endpoints (express-rate-limit, in memory per instance): one per
// visitor (hash of the IP, IPv6 by its /56 network; the address itself is never kept) and one per shop, refused with 429 and Retry-After.
import type { Request, Response, NextFunction } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { createHash } from 'node:crypto';
import { RateLimitedError } from './errors.ts';

export function visitorKey(req: Request, res: Response): string {
  return `${res.locals.shop}:${createHash('sha256').update(`lawfully:${ipKeyGenerator(req.ip ?? '')}`).digest('hex').slice(0, 32)}`;
}

export function storefrontLimits({ perVisitor, perShop, windowMs, what }: { perVisitor: number; perShop: number; windowMs: number; what: string }) {
  const refuse = (message: string) => (_req: Request, _res: Response, next: NextFunction) => next(new RateLimitedError(message, Math.ceil(windowMs / 1000)));
  return [
    rateLimit({ windowMs, limit: perVisitor, keyGenerator: visitorKey, standardHeaders: 'draft-7', legacyHeaders: false, handler: refuse(`Too many ${what} from this device; try again later.`) }),
    rateLimit({ windowMs, limit: perShop, keyGenerator: (_req, res) => `shop:${res.locals.shop}`, standardHeaders: false, legacyHeaders: false, handler: refuse(`This shop is receiving too many ${what}; try again later.`) }),
  ];
}
