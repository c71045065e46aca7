// Stripe's REST API as the official SDK calls it, for the demo shop's customers: list customers
// by email, delete one, list a customer's payment methods and charges, with Stripe's shapes and
// error bodies. https://docs.stripe.com/api/customers, /api/payment_methods, /api/charges
import { Router, type Response } from 'express';
import type { VendorData, StripeCustomer } from './seed.ts';

const list = (url: string, data: unknown[]) => ({ object: 'list', url, has_more: false, data });

const customerObject = (customer: StripeCustomer) => ({
  id: customer.id,
  object: 'customer',
  email: customer.email,
  name: customer.name,
  phone: customer.phone,
  address: customer.address,
  created: customer.created,
  livemode: false,
  metadata: {},
});

const missing = (res: Response, id: string) =>
  res.status(404).json({ error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such customer: '${id}'`, param: 'id' } });

export function stripeApi(data: VendorData) {
  const router = Router();
  router.get('/v1/customers', (req, res) => {
    const email = typeof req.query.email === 'string' ? req.query.email : undefined;
    const limit = Math.min(Number(req.query.limit ?? 10) || 10, 100);
    const found = [...data.stripe.values()].filter((customer) => email === undefined || customer.email === email).slice(0, limit);
    res.json(list('/v1/customers', found.map(customerObject)));
  });
  router.delete('/v1/customers/:id', (req, res) => {
    if (!data.stripe.delete(req.params.id)) return missing(res, req.params.id);
    res.json({ id: req.params.id, object: 'customer', deleted: true });
  });
  router.get('/v1/customers/:id/payment_methods', (req, res) => {
    const customer = data.stripe.get(req.params.id);
    if (!customer) return missing(res, req.params.id);
    res.json(
      list(
        `/v1/customers/${customer.id}/payment_methods`,
        customer.cards.map((card) => ({
          id: card.id,
          object: 'payment_method',
          type: 'card',
          customer: customer.id,
          card: { brand: card.brand, last4: card.last4, exp_month: card.exp_month, exp_year: card.exp_year, country: customer.address.country },
        })),
      ),
    );
  });
  router.get('/v1/charges', (req, res) => {
    const customer = typeof req.query.customer === 'string' ? data.stripe.get(req.query.customer) : undefined;
    res.json(
      list(
        '/v1/charges',
        (customer?.charges ?? []).map((charge) => ({ ...charge, object: 'charge', customer: customer?.id, status: 'succeeded', paid: true, livemode: false })),
      ),
    );
  });
  return router;
}
