// The store's name as shoppers know it ("Lawfully Demo Prints"), for their pages and mails,
// rather than its myshopify domain. Asked from Shopify (`shop { name }`) the first time it is
// needed and kept on the Shop row; the domain stands in while Shopify cannot be asked.
import type { AppDeps } from '../platform/deps.ts';
import type { Prisma } from '../platform/db/index.ts';

const SHOP_NAME_QUERY = `#graphql
  query LawfullyShopName { shop { name } }`;

/** The name kept on the Shop row, without asking Shopify (for code inside a transaction). */
export async function keptStoreName(db: Pick<Prisma.TransactionClient, 'shop'>, shop: string): Promise<string> {
  const row = await db.shop.findUnique({ where: { domain: shop }, select: { name: true } });
  return row?.name?.trim() || shop;
}

/** The store's name: the kept one, else Shopify's (then kept), else the domain. */
export async function storeName(deps: Pick<AppDeps, 'db' | 'adminApi' | 'log'>, shop: string): Promise<string> {
  const row = await deps.db.shop.findUnique({ where: { domain: shop }, select: { name: true } });
  if (row?.name?.trim()) return row.name.trim();
  try {
    const { shop: data } = await deps.adminApi.forShop(shop).request<{ shop: { name?: string | null } }>(SHOP_NAME_QUERY);
    const name = data.name?.trim();
    if (!name) return shop;
    // Only an installed shop has a row to keep it on; the name is not personal data.
    await deps.db.shop.updateMany({ where: { domain: shop }, data: { name } });
    return name;
  } catch (error) {
    deps.log.warn({ err: error, shop }, 'could not ask Shopify for the store’s name; the shop’s domain is shown instead');
    return shop;
  }
}
