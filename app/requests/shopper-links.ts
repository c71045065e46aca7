// Links sent to shoppers (confirmation, download): where they point, and how their one-time
// tokens are kept (only a hash, so that the database alone opens nothing).
import { createHash } from 'node:crypto';
import type { AppDeps } from '../platform/deps.ts';

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Links in mails to shoppers go through the shop's domain and Shopify's app proxy. */
export function storefrontLink({ config }: Pick<AppDeps, 'config'>, shop: string, path: string): string {
  const base = config.mode === 'preview' ? config.appUrl : `https://${shop}`;
  return `${base}/apps/lawfully/${path}`;
}
