// Rate limits for the storefront endpoints (express-rate-limit): one per visitor (hash of the IP,
// IPv6 by its /56 network; the address itself is never kept) and one per shop, refused with 429
// and Retry-After. On PostgreSQL every instance counts in the same table (rate-limit-store.ts);
// on the single-instance SQLite default, in memory.
//
// A visitor's limit sits far below the shop's, and the visitor's is checked first, so a refused
// visitor adds nothing to the shop's count: one visitor can never use up a shop's cap. The shop's
// window is short, so a flood from many visitors is refused for minutes, not for the hour a
// visitor's own limit lasts.
import type { NextFunction, Request, Response } from 'express';
import { ipKeyGenerator, MemoryStore, rateLimit } from 'express-rate-limit';
import { createHash } from 'node:crypto';
import type { AppDeps } from './deps.ts';
import { RateLimitedError } from './errors.ts';
import { DatabaseRateLimitStore } from './rate-limit-store.ts';

export interface Window {
  limit: number;
  windowMs: number;
}

export type Refused = { scope: 'visitor' | 'shop'; retryAfterSeconds: number };

export interface StorefrontLimit {
  /** names the counters ("requests", "consent") and the English refusal */
  name: string;
  perVisitor: Window;
  perShop: Window;
  /** what the refused shopper reads, in their language; English otherwise */
  refusal?: (req: Request, refused: Refused) => string;
}

export function visitorKey(req: Request, res: Response): string {
  return `${res.locals.shop}:${createHash('sha256')
    .update(`lawfully:${ipKeyGenerator(req.ip ?? '')}`)
    .digest('hex')
    .slice(0, 32)}`;
}

const englishRefusal =
  (name: string) =>
  (_req: Request, { scope }: Refused) =>
    scope === 'visitor' ? `Too many ${name} from this device; try again later.` : `This shop is receiving too many ${name}; try again later.`;

export function storefrontLimits(
  { config, db }: Pick<AppDeps, 'config' | 'db'>,
  { name, perVisitor, perShop, refusal = englishRefusal(name) }: StorefrontLimit,
) {
  const storeFor = (scope: Refused['scope']) => (config.databaseKind === 'postgres' ? new DatabaseRateLimitStore(db, `${name}:${scope}:`) : new MemoryStore());
  const refuse = (scope: Refused['scope']) => (req: Request, _res: Response, next: NextFunction) => {
    const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil(((resetTime?.getTime() ?? Date.now() + (scope === 'visitor' ? perVisitor : perShop).windowMs) - Date.now()) / 1000),
    );
    next(new RateLimitedError(refusal(req, { scope, retryAfterSeconds }), retryAfterSeconds, scope));
  };
  return [
    rateLimit({
      ...perVisitor,
      store: storeFor('visitor'),
      keyGenerator: visitorKey,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      handler: refuse('visitor'),
    }),
    rateLimit({
      ...perShop,
      store: storeFor('shop'),
      keyGenerator: (_req, res) => res.locals.shop,
      standardHeaders: false,
      legacyHeaders: false,
      handler: refuse('shop'),
    }),
  ];
}
