// The bodies of the webhooks Lawfully subscribes to, as Shopify documents them
// (shopify.dev/docs/apps/build/compliance/privacy-law-compliance). Ids arrive as numbers or
// strings; they are kept as strings.
import { z } from 'zod';

const id = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/, 'must be a numeric id')]).transform(String);
const shopFields = { shop_id: id, shop_domain: z.string().min(1) };
const customer = z.object({ id, email: z.string().nullish(), phone: z.string().nullish() });

export const payloadSchemas = {
  'customers/data_request': z.object({
    ...shopFields,
    customer,
    orders_requested: z.array(id).default([]),
    data_request: z.object({ id }).optional(),
  }),
  'customers/redact': z.object({ ...shopFields, customer, orders_to_redact: z.array(id).default([]) }),
  'shop/redact': z.object(shopFields),
  'app/uninstalled': z.object({ id: id.optional(), myshopify_domain: z.string().optional() }).loose(),
} as const;

export type Topic = keyof typeof payloadSchemas;
export type Payload<T extends Topic> = z.output<(typeof payloadSchemas)[T]>;

export const TOPICS = Object.keys(payloadSchemas) as Topic[];

/** @shopify/shopify-api reports topics as stored (CUSTOMERS_DATA_REQUEST); map back. */
export function topicFromHeader(stored: string): Topic | undefined {
  const normal = stored.toLowerCase();
  return TOPICS.find((topic) => topic === normal || topic.replace('/', '_') === normal);
}
