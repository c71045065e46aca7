// The vendors' view of the demo shop's customers: some paid with Stripe, some are Klaviyo
// profiles, some are on the Mailchimp newsletter. customer1@example.com is in all three, so the
// tour (and the tests) always have one person every stand-in knows.
import type { ShopSeed } from '../standin/demo-shop.ts';

export interface StripeCustomer {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  created: number;
  address: { city: string | null; postal_code: string | null; country: string | null; line1: string | null; line2: null; state: string | null };
  cards: Array<{ id: string; brand: string; last4: string; exp_month: number; exp_year: number }>;
  charges: Array<{ id: string; amount: number; currency: string; created: number; description: string }>;
}

export interface KlaviyoProfile {
  id: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  created: string;
}

export interface VendorData {
  stripe: Map<string, StripeCustomer>;
  klaviyo: Map<string, KlaviyoProfile>;
  /** audience id → subscriber hashes */
  mailchimp: Map<string, Set<string>>;
}

const BRANDS = ['visa', 'mastercard', 'amex'];
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

export function vendorData(shop: ShopSeed, subscriberHash: (email: string) => string): VendorData {
  const newsletter = new Set<string>();
  const data: VendorData = { stripe: new Map(), klaviyo: new Map(), mailchimp: new Map([['demo-newsletter', newsletter]]) };
  shop.customers.forEach((customer, index) => {
    if (!customer.email) return;
    const name = [customer.firstName, customer.lastName].filter(Boolean).join(' ');
    if (index % 2 === 0) {
      const id = `cus_demo${String(customer.id)}`;
      const orders = shop.orders.filter((order) => order.customerId === customer.id);
      data.stripe.set(id, {
        id,
        email: customer.email,
        name,
        phone: customer.phone,
        created: seconds(customer.createdAt),
        address: {
          line1: customer.address.address1 ?? null,
          line2: null,
          city: customer.address.city ?? null,
          postal_code: customer.address.zip ?? null,
          state: customer.address.province ?? null,
          country: customer.address.countryCodeV2 ?? null,
        },
        cards: [
          {
            id: `pm_demo${String(customer.id)}`,
            brand: BRANDS[index % BRANDS.length] ?? 'visa',
            last4: String(4242 + index).slice(-4),
            exp_month: 1 + (index % 12),
            exp_year: 2027 + (index % 4),
          },
        ],
        charges: orders.map((order) => ({
          id: `ch_demo${String(order.id)}`,
          amount: Math.round(Number(order.total) * 100),
          currency: 'eur',
          created: seconds(order.createdAt),
          description: `Order ${order.name}`,
        })),
      });
    }
    if (index % 3 === 0) {
      const id = `01DEMO${String(customer.id)}`;
      data.klaviyo.set(id, {
        id,
        email: customer.email,
        first_name: customer.firstName,
        last_name: customer.lastName,
        created: customer.createdAt.toISOString(),
      });
    }
    if (index % 4 === 0) newsletter.add(subscriberHash(customer.email));
  });
  return data;
}
