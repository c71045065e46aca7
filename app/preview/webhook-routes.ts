// Local preview only: lets the merchant see a compliance webhook arrive, signed exactly as
// Shopify signs it and delivered to the app's own /webhooks endpoint over HTTP.
import { Router } from 'express';
import { createHmac, randomUUID } from 'node:crypto';
import type { AppDeps } from '../platform/deps.ts';
import { ConflictError } from '../platform/errors.ts';
import { PREVIEW_SHOP } from '../platform/config.ts';
import type { AdminApiStandIn as StandIn } from './standin/index.ts';

export function previewWebhookRoutes({ config }: Pick<AppDeps, 'config'>, standIn: StandIn) {
  const router = Router();
  router.post('/simulate-data-request', async (req, res) => {
    const seed = standIn.seed(PREVIEW_SHOP);
    const orderIdsOf = (id: number) => seed.orders.filter((o) => o.customerId === id).map((o) => o.id);
    const customers = seed.customers.filter((c) => orderIdsOf(c.id).length > 0);
    const customer = customers[Math.floor(Math.random() * customers.length)];
    if (!customer) throw new ConflictError('The demo shop has no customer with orders to send a webhook about.');
    const body = JSON.stringify({
      shop_id: 1,
      shop_domain: PREVIEW_SHOP,
      orders_requested: orderIdsOf(customer.id),
      customer: { id: customer.id, email: customer.email, phone: null },
      data_request: { id: Math.floor(Math.random() * 1e6) },
    });
    const answer = await fetch(`${req.protocol}://${req.get('host')}/webhooks`, {
      method: 'POST',
      body,
      headers: {
        'Content-Type': 'application/json',
        'X-Shopify-Topic': 'customers/data_request',
        'X-Shopify-Shop-Domain': PREVIEW_SHOP,
        'X-Shopify-API-Version': '2025-10',
        'X-Shopify-Webhook-Id': randomUUID(),
        'X-Shopify-Event-Id': randomUUID(),
        'X-Shopify-Triggered-At': new Date().toISOString(),
        'X-Shopify-Hmac-Sha256': createHmac('sha256', config.apiSecret).update(body).digest('base64'),
      },
    });
    res.status(answer.status).json({ delivered: answer.ok });
  });
  return router;
}
