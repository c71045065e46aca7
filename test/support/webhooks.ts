// Signs webhook deliveries the way Shopify does (HMAC-SHA256 of the raw body, base64, with the
// app's secret), so tests send real signed requests through the real verification.
import { createHmac, randomUUID } from 'node:crypto';

export interface SignedWebhook {
  body: string;
  headers: Record<string, string>;
}

export function signWebhook({
  topic,
  shop,
  payload,
  secret,
  eventId = randomUUID(),
  webhookId = randomUUID(),
  rawBody,
}: {
  topic: string;
  shop: string;
  payload?: unknown;
  secret: string;
  eventId?: string;
  webhookId?: string;
  /** send these exact bytes instead of JSON.stringify(payload) */
  rawBody?: string;
}): SignedWebhook {
  const body = rawBody ?? JSON.stringify(payload);
  return {
    body,
    headers: {
      'Content-Type': 'application/json',
      'X-Shopify-Topic': topic,
      'X-Shopify-Shop-Domain': shop,
      'X-Shopify-API-Version': '2025-10',
      'X-Shopify-Webhook-Id': webhookId,
      'X-Shopify-Event-Id': eventId,
      'X-Shopify-Triggered-At': '2026-11-25T09:59:58.000Z',
      'X-Shopify-Hmac-Sha256': createHmac('sha256', secret).update(body, 'utf8').digest('base64'),
    },
  };
}

export const dataRequestPayload = (shop: string, customerId: number | string, orders: Array<number | string> = []) => ({
  shop_id: 954889,
  shop_domain: shop,
  orders_requested: orders,
  customer: { id: customerId, email: `customer${Number(customerId) - 7000000000}@example.com`, phone: null },
  data_request: { id: 9999 },
});

export const redactPayload = (shop: string, customerId: number | string, orders: Array<number | string> = []) => ({
  shop_id: 954889,
  shop_domain: shop,
  customer: { id: customerId, email: `customer${Number(customerId) - 7000000000}@example.com`, phone: '+37120001234' },
  orders_to_redact: orders,
});

export const shopRedactPayload = (shop: string) => ({ shop_id: 954889, shop_domain: shop });
