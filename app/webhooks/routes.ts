// POST /webhooks: the one endpoint shopify.app.toml names for the compliance topics and
// app/uninstalled. HMAC is checked over the raw bytes (so no JSON parser runs before it);
// a missing or wrong signature is 401, as Shopify's app review requires.
import type { IncomingHttpHeaders } from 'node:http';
import express, { Router } from 'express';
import type { AppDeps } from '../platform/deps.ts';
import { NotFoundError, UnauthorizedError, ValidationError } from '../platform/errors.ts';
import { parseInput } from '../platform/validation.ts';
import { isShopDomain } from '../platform/shop-domain.ts';
import { payloadSchemas, topicFromHeader, type Payload } from './payloads.ts';
import { createLedger } from './ledger.ts';

/**
 * The headers @shopify/shopify-api reads from a webhook, spelled as it spells them. It
 * canonicalises every header name on each of its dozen lookups a delivery, so it is handed only
 * these, in its spelling, which spares it rewriting them (about a tenth of its time).
 */
const SHOPIFY_HEADERS = ['Hmac-Sha256', 'Topic', 'Shop-Domain', 'Api-Version', 'Webhook-Id', 'Name', 'Triggered-At', 'Event-Id'].map(
  (name) => [`x-shopify-${name.toLowerCase()}`, `X-Shopify-${name}`] as const,
);

export function shopifyHeaders(incoming: IncomingHttpHeaders): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, canonical] of SHOPIFY_HEADERS) {
    const value = incoming[name];
    if (typeof value === 'string') headers[canonical] = value;
  }
  return headers;
}

export function webhookRoutes(deps: AppDeps) {
  const router = Router();
  const ledger = createLedger(deps);
  router.post('/webhooks', express.text({ type: () => true, limit: '2mb' }), async (req, res) => {
    const rawBody = typeof req.body === 'string' ? req.body : '';
    const headers = shopifyHeaders(req.headers);
    const check = await deps.shopify.api.webhooks.validate({ rawBody, rawRequest: { method: req.method, url: req.url, headers }, rawResponse: res });
    if (!check.valid) {
      if (check.reason === 'missing_hmac' || check.reason === 'invalid_hmac')
        throw new UnauthorizedError('The webhook signature (X-Shopify-Hmac-Sha256) is missing or does not match the body.');
      if (check.reason === 'missing_headers' && 'missingHeaders' in check)
        throw new ValidationError(`Missing webhook headers: ${check.missingHeaders.join(', ')}`);
      throw new ValidationError('The webhook has no body.');
    }
    if (!isShopDomain(check.domain))
      throw new ValidationError('X-Shopify-Shop-Domain is not a *.myshopify.com domain.', { 'X-Shopify-Shop-Domain': 'must be a *.myshopify.com domain' });
    const topic = topicFromHeader(check.topic);
    if (!topic) throw new NotFoundError(`Lawfully does not handle the webhook topic "${req.get('X-Shopify-Topic') ?? check.topic}".`);

    let json: unknown;
    try {
      json = JSON.parse(rawBody);
    } catch {
      throw new ValidationError('The webhook body is not valid JSON.');
    }
    const payload = parseInput(payloadSchemas[topic], json);
    const payloadShop = 'shop_domain' in payload ? payload.shop_domain : undefined;
    if (payloadShop && payloadShop !== check.domain) {
      throw new ValidationError('shop_domain in the body does not match X-Shopify-Shop-Domain.', { shop_domain: 'does not match the shop header' });
    }

    const outcome = await ledger.record({
      shop: check.domain,
      topic,
      webhookId: check.webhookId,
      eventId: ('eventId' in check && check.eventId) || check.webhookId,
      triggeredAt: check.triggeredAt && !Number.isNaN(Date.parse(check.triggeredAt)) ? new Date(check.triggeredAt) : undefined,
      apiVersion: check.apiVersion,
      // app/uninstalled carries the shop owner's name, email and phone: the ledger keeps the ids.
      rawBody:
        topic === 'app/uninstalled'
          ? JSON.stringify({ id: (payload as Payload<'app/uninstalled'>).id, myshopify_domain: (payload as Payload<'app/uninstalled'>).myshopify_domain })
          : rawBody,
      customerId: topic === 'customers/data_request' || topic === 'customers/redact' ? (payload as Payload<'customers/redact'>).customer.id : undefined,
    });
    res.locals.shop = check.domain;
    res.status(200).json({ received: true, duplicate: outcome === 'duplicate' });
  });
  return router;
}
