// Builds app-proxy URLs signed the way Shopify signs them (hex HMAC-SHA256 of the sorted query).
import { signProxyQuery } from '../../app/preview/app-proxy.ts';

export function proxyUrl(
  path: string,
  {
    shop,
    secret,
    customerId = '',
    timestamp = Math.floor(Date.now() / 1000),
    extra = {},
  }: { shop: string; secret: string; customerId?: string; timestamp?: number; extra?: Record<string, string> },
): string {
  return `/proxy${path}?${signProxyQuery(secret, { ...extra, shop, logged_in_customer_id: customerId, path_prefix: '/apps/lawfully', timestamp: String(timestamp) })}`;
}
