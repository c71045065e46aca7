// Stripe through its official SDK: customers found by email (exact match, as Stripe's list
// filter does), deleted with customers.del; for access, the customer, their payment methods
// summarised (brand, last four digits, expiry: never a full number) and their charges.
// https://docs.stripe.com/api/customers/list, /api/customers/delete, /api/payment_methods/customer_list, /api/charges/list
import Stripe from 'stripe';
import { vendorFailure, type Connector, type Subject } from './connector.ts';

/** What Stripe's SDK needs to reach a stand-in instead of api.stripe.com. */
function clientOptions(baseUrl?: string) {
  // The job runner retries with backoff: the SDK must not retry on its own as well.
  const options = { maxNetworkRetries: 0, timeout: 20_000, telemetry: false };
  if (!baseUrl) return options;
  const url = new URL(baseUrl);
  return { ...options, host: url.hostname, port: url.port, protocol: url.protocol.replace(':', '') as 'http' | 'https' };
}

async function call<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Stripe.errors.StripeConnectionError) throw vendorFailure('stripe', undefined, true);
    if (error instanceof Stripe.errors.StripeError) throw vendorFailure('stripe', error.statusCode);
    throw error;
  }
}

export function stripeConnector(key: string, baseUrl?: string): Connector {
  const stripe = new Stripe(key, clientOptions(baseUrl));
  const customersOf = (subject: Subject) => call(() => stripe.customers.list({ email: subject.email, limit: 100 })).then((page) => page.data);

  return {
    async erase(subject) {
      const found = await customersOf(subject);
      for (const customer of found) await call(() => stripe.customers.del(customer.id));
      const ids = found.map((customer) => customer.id);
      return {
        found: ids.length > 0,
        ids,
        evidence: ids.length ? `Stripe deleted customer ${ids.join(', ')}.` : 'Not found there: Stripe has no customer with this email.',
      };
    },

    async export(subject) {
      const customers = await customersOf(subject);
      const data = [];
      for (const customer of customers) {
        const methods = await call(() => stripe.customers.listPaymentMethods(customer.id, { limit: 100 }));
        const charges = await call(() => stripe.charges.list({ customer: customer.id, limit: 100 }));
        data.push({
          customer: {
            id: customer.id,
            email: customer.email,
            name: customer.name,
            phone: customer.phone,
            address: customer.address,
            created: new Date(customer.created * 1000).toISOString(),
          },
          paymentMethods: methods.data.map((method) => ({
            id: method.id,
            type: method.type,
            ...(method.card
              ? { brand: method.card.brand, last4: method.card.last4, expiry: `${String(method.card.exp_month).padStart(2, '0')}/${method.card.exp_year}` }
              : {}),
          })),
          charges: charges.data.map((charge) => ({
            id: charge.id,
            amount: charge.amount / 100,
            currency: charge.currency.toUpperCase(),
            status: charge.status,
            created: new Date(charge.created * 1000).toISOString(),
            description: charge.description,
          })),
        });
      }
      const ids = customers.map((customer) => customer.id);
      return {
        found: ids.length > 0,
        ids,
        data: ids.length ? { customers: data } : null,
        evidence: ids.length
          ? `Stripe's data on customer ${ids.join(', ')} added to the export package.`
          : 'Not found there: Stripe has no customer with this email.',
      };
    },

    async test() {
      await call(() => stripe.customers.list({ limit: 1 }));
      return 'Stripe accepted the key.';
    },
  };
}
