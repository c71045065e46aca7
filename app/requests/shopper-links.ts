// Links sent to shoppers (confirmation, download): where they point, and how their one-time
// tokens are kept (only a hash, so that the database alone opens nothing).
import { createHash } from 'node:crypto';
import type { AppDeps } from '../platform/deps.ts';
import { REQUEST_TYPES } from './rights.ts';

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Several rights asked in one submission are one request each under one confirmation link. Each
 * request keeps its own hash (the column is unique): the first the token's, the n-th that of
 * "token#n"; a link can stand for at most one request per right.
 */
export const memberTokenHash = (token: string, index: number) => tokenHash(index === 0 ? token : `${token}#${index}`);

/** Every hash a confirmation token may stand for. */
export const groupTokenHashes = (token: string) => REQUEST_TYPES.map((_type, index) => memberTokenHash(token, index));

/** Links in mails to shoppers go through the shop's domain and Shopify's app proxy. */
export function storefrontLink({ config }: Pick<AppDeps, 'config'>, shop: string, path: string): string {
  const base = config.mode === 'preview' ? config.appUrl : `https://${shop}`;
  return `${base}/apps/lawfully/${path}`;
}

/** Where a page's form posts: the same app proxy path on whichever host served the page. */
export const proxyPath = (path: string) => `/apps/lawfully/${path}`;
