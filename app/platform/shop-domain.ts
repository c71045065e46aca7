// What a shop's name looks like wherever one arrives from outside (session tokens, webhooks, the
// app proxy, the admin's ?shop=): a permanent *.myshopify.com domain, one DNS label before it.
// Anything else is refused before it reaches the database or leads to a call to that host.

const SHOP_DOMAIN = /^[a-z0-9][a-z0-9-]{0,62}\.myshopify\.com$/;

export function isShopDomain(value: unknown): value is string {
  return typeof value === 'string' && SHOP_DOMAIN.test(value);
}
