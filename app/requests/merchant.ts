// Where Lawfully writes to the merchant: the privacy contact of the controller profile, else the
// shop's own email from Shopify.
import type { AppDeps } from '../platform/deps.ts';
import { loadRecords } from '../records/store.ts';

export async function merchantEmail(deps: Pick<AppDeps, 'db' | 'adminApi' | 'log'>, shop: string): Promise<string | null> {
  const records = await loadRecords(deps.db, shop);
  if (records?.controller?.contactEmail) return records.controller.contactEmail;
  try {
    const data = await deps.adminApi.forShop(shop).request<{ shop: { email: string } }>(`#graphql\n query LawfullyShopEmail { shop { email } }`);
    return data.shop.email;
  } catch {
    deps.log.warn({ shop }, 'no merchant email known: new-request mail not sent');
    return null;
  }
}
