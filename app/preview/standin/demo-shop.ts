// The demo shop of the local preview and the tests: a small Latvian store with a few hundred
// customers and orders over six years — some in the EU, some not, some inactive for years,
// some who ordered in the last 180 days; the retention run of the preview lists the inactive ones
// by name. Pseudo-random with a fixed seed: every run is the same.
import { DAY_MS } from '../../platform/time.ts';

export interface StandInAddress {
  address1?: string;
  city?: string;
  zip?: string;
  province?: string;
  country?: string;
  countryCodeV2?: string;
  company?: string;
  phone?: string;
}

export interface StandInCustomer {
  id: number;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  createdAt: Date;
  updatedAt: Date;
  state: 'ENABLED' | 'DISABLED' | 'INVITED' | 'DECLINED';
  tags: string[];
  address: StandInAddress;
  marketingState: 'SUBSCRIBED' | 'NOT_SUBSCRIBED' | 'UNSUBSCRIBED';
  marketingUpdatedAt: Date | null;
  /** SMS marketing, for a customer with a phone number (NOT_SUBSCRIBED when absent) */
  smsMarketingState?: 'SUBSCRIBED' | 'NOT_SUBSCRIBED' | 'UNSUBSCRIBED';
}

export interface StandInOrder {
  id: number;
  name: string;
  createdAt: Date;
  customerId: number | null;
  email: string | null;
  total: string;
  lineItems: Array<{ id: number; title: string; quantity: number }>;
  shippingAddress: StandInAddress;
}

export interface ShopSeed {
  domain: string;
  name: string;
  email: string;
  contactEmail: string;
  currencyCode: string;
  billingAddress: StandInAddress;
  customers: StandInCustomer[];
  orders: StandInOrder[];
}

function itemAt<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new RangeError(`No item ${index} in a list of ${list.length}`);
  return item;
}

/** mulberry32: a tiny seeded PRNG, so the demo data is the same at every start. */
function seededRandom(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Anna', 'Jānis', 'Līga', 'Mārtiņš', 'Sophie', 'Lukas', 'Emma', 'Noah', 'Olivia', 'Liam', 'Chloé', 'Hugo', 'Ilze', 'Kārlis', 'Mia', 'Ben'];
const LAST = ['Bērziņa', 'Kalniņš', 'Ozola', 'Müller', 'Schmidt', 'Martin', 'Bernard', 'Smith', 'Jones', 'Brown', 'Liepa', 'Dubois', 'Taylor', 'Wilson'];
const PLACES: StandInAddress[] = [
  { city: 'Rīga', zip: 'LV-1050', country: 'Latvia', countryCodeV2: 'LV' },
  { city: 'Liepāja', zip: 'LV-3401', country: 'Latvia', countryCodeV2: 'LV' },
  { city: 'Berlin', zip: '10115', country: 'Germany', countryCodeV2: 'DE' },
  { city: 'Lyon', zip: '69001', country: 'France', countryCodeV2: 'FR' },
  { city: 'Tallinn', zip: '10111', country: 'Estonia', countryCodeV2: 'EE' },
  { city: 'Vilnius', zip: '01100', country: 'Lithuania', countryCodeV2: 'LT' },
  { city: 'London', zip: 'SW1A 1AA', country: 'United Kingdom', countryCodeV2: 'GB' },
  { city: 'Austin', zip: '73301', province: 'Texas', country: 'United States', countryCodeV2: 'US' },
  { city: 'Toronto', zip: 'M5H 2N2', province: 'Ontario', country: 'Canada', countryCodeV2: 'CA' },
];
const PRODUCTS = ['Photo print 20×30', 'Canvas 40×60', 'Photo book', 'Framed print', 'Gift card', 'Calendar'];

export function demoShop({ now = new Date(), customers = 300, orders = 600, domain = 'lawfully-demo.myshopify.com' } = {}): ShopSeed {
  const random = seededRandom(20250610);
  const pick = <T>(list: T[]): T => itemAt(list, Math.floor(random() * list.length));
  const sixYears = 6 * 365 * DAY_MS;

  const people: StandInCustomer[] = Array.from({ length: customers }, (_, i) => {
    const firstName = pick(FIRST);
    const lastName = pick(LAST);
    const createdAt = new Date(now.getTime() - sixYears + random() * (sixYears - 30 * DAY_MS));
    const subscribed = random() < 0.4;
    return {
      id: 7000000001 + i,
      email: `customer${i + 1}@example.com`,
      firstName,
      lastName,
      phone: random() < 0.3 ? `+3712000${String(1000 + i).slice(-4)}` : null,
      createdAt,
      updatedAt: createdAt,
      state: 'ENABLED',
      tags: [],
      address: { ...pick(PLACES), address1: `${1 + Math.floor(random() * 120)} Example street` },
      marketingState: subscribed ? 'SUBSCRIBED' : 'NOT_SUBSCRIBED',
      marketingUpdatedAt: subscribed ? createdAt : null,
      // Every seventh customer with a phone takes SMS marketing (no draw: the rest of the data stays as it was).
      ...(i % 7 === 3 ? { smsMarketingState: 'SUBSCRIBED' as const } : {}),
    };
  });

  const sales: StandInOrder[] = Array.from({ length: orders }, (_, i) => {
    // One order in eight is a guest checkout; the rest belong to a customer, after they signed up.
    const buyer = random() < 0.125 ? null : pick(people);
    const start = buyer ? buyer.createdAt.getTime() : now.getTime() - sixYears;
    const createdAt = new Date(start + random() * (now.getTime() - start - DAY_MS));
    const lineItems = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, j) => ({
      id: 9100000000 + i * 10 + j,
      title: pick(PRODUCTS),
      quantity: 1 + Math.floor(random() * 2),
    }));
    return {
      id: 5500000001 + i,
      name: `#${1001 + i}`,
      createdAt,
      customerId: buyer?.id ?? null,
      email: buyer?.email ?? `guest${i + 1}@example.com`,
      total: (9 + random() * 180).toFixed(2),
      lineItems,
      shippingAddress: buyer?.address ?? pick(PLACES),
    };
  });
  sales.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  for (const order of sales) {
    const buyer = people.find((p) => p.id === order.customerId);
    if (buyer && buyer.updatedAt < order.createdAt) buyer.updatedAt = order.createdAt;
  }

  return {
    domain,
    name: 'Lawfully Demo Prints',
    email: 'owner@example.com',
    contactEmail: 'info@example.com',
    currencyCode: 'EUR',
    billingAddress: { address1: 'Buļļu iela 45B', city: 'Rīga', zip: 'LV-1067', country: 'Latvia', countryCodeV2: 'LV', company: 'Demo Prints SIA' },
    customers: people,
    orders: sales,
  };
}

/** A shop with no customers or orders, for tests about other tenants. */
export function emptyShop(domain: string, name = domain.split('.')[0] ?? domain): ShopSeed {
  return { domain, name, email: `owner@${domain}`, contactEmail: `info@${domain}`, currencyCode: 'EUR', billingAddress: {}, customers: [], orders: [] };
}

/**
 * Adds a customer with `orders` orders to a shop (large exports: tests and bench:dsar). One to
 * three lines an order, and every fiftieth order has fourteen, longer than an export's first page
 * of lines. The same every time.
 */
export function addCustomerWithOrders(seed: ShopSeed, { orders, now = new Date() }: { orders: number; now?: Date }): StandInCustomer {
  const random = seededRandom(orders);
  const nextCustomerId = Math.max(7000000000, ...seed.customers.map((c) => c.id)) + 1;
  const nextOrderId = Math.max(5500000000, ...seed.orders.map((o) => o.id)) + 1;
  const nextLineId = Math.max(9100000000, ...seed.orders.flatMap((o) => o.lineItems.map((l) => l.id))) + 1;
  const createdAt = new Date(now.getTime() - 3 * 365 * DAY_MS);
  const customer: StandInCustomer = {
    id: nextCustomerId,
    email: `customer${nextCustomerId - 7000000000}@example.com`,
    firstName: 'Ilze',
    lastName: 'Liepa',
    phone: null,
    createdAt,
    updatedAt: now,
    state: 'ENABLED',
    tags: [],
    address: { ...itemAt(PLACES, 0), address1: '12 Example street' },
    marketingState: 'NOT_SUBSCRIBED',
    marketingUpdatedAt: null,
  };
  seed.customers.push(customer);
  let lineId = nextLineId;
  for (let i = 0; i < orders; i++) {
    const lines = (i + 1) % 50 === 0 ? 14 : 1 + Math.floor(random() * 3);
    seed.orders.push({
      id: nextOrderId + i,
      name: `#${nextOrderId - 5500000000 + 1000 + i}`,
      createdAt: new Date(createdAt.getTime() + ((i + 1) / (orders + 1)) * (now.getTime() - createdAt.getTime() - DAY_MS)),
      customerId: customer.id,
      email: customer.email,
      total: (9 + random() * 180).toFixed(2),
      lineItems: Array.from({ length: lines }, () => ({
        id: lineId++,
        title: itemAt(PRODUCTS, Math.floor(random() * PRODUCTS.length)),
        quantity: 1 + Math.floor(random() * 2),
      })),
      shippingAddress: customer.address,
    });
  }
  return customer;
}
