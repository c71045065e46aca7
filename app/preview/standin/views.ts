// The stand-in's query resolvers: the shop, its customers and orders (as Shopify shapes them,
// with search and relay pagination), the app installation's metafields and bulk operations.
import type { Clock } from '../../platform/clock.ts';
import { bulkOperationView } from './bulk-operations.ts';
import { connection, gid, numericId, type PageArgs } from './connection.ts';
import type { StandInCustomer, StandInOrder } from './demo-shop.ts';
import { matchesSearch } from './search-query.ts';
import type { ShopState, StandInMetafield } from './state.ts';

export interface ViewContext {
  clock: Clock;
  /** a bulk operation reads whole connections */
  bulk: boolean;
  resultUrl: (key: string) => string;
}

export function shopViews(state: ShopState, { clock, bulk, resultUrl }: ViewContext) {
  const { seed } = state;
  const page = <T extends { id: number | string }, V>(items: T[], args: PageArgs, view: (item: T) => V) => connection(items, args, view, bulk);
  const money = (amount: string) => ({ amount, currencyCode: seed.currencyCode });
  const customerById = (id: number) => seed.customers.find((c) => c.id === id);
  const ordersOf = (customer: StandInCustomer) => seed.orders.filter((o) => o.customerId === customer.id);
  const marketing = (state: string | undefined, at: Date | null | undefined) =>
    state ? { marketingState: state, marketingOptInLevel: state === 'SUBSCRIBED' ? 'SINGLE_OPT_IN' : null, consentUpdatedAt: at?.toISOString() ?? null } : null;

  const customerView = (c: StandInCustomer): Record<string, unknown> => {
    const orders = ordersOf(c);
    return {
      id: gid('Customer', c.id),
      email: c.email,
      firstName: c.firstName,
      lastName: c.lastName,
      displayName: [c.firstName, c.lastName].filter(Boolean).join(' ') || c.email || 'Customer',
      phone: c.phone,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
      state: c.state,
      tags: c.tags,
      numberOfOrders: String(orders.length),
      amountSpent: money(orders.reduce((sum, o) => sum + Number(o.total), 0).toFixed(2)),
      defaultAddress: c.address,
      lastOrder: () => {
        const last = orders.at(-1);
        return last ? orderView(last) : null;
      },
      emailMarketingConsent: marketing(c.marketingState, c.marketingUpdatedAt),
      // Shopify answers null for a customer without a phone number.
      smsMarketingConsent: c.phone ? marketing(c.smsMarketingState ?? 'NOT_SUBSCRIBED', null) : null,
      orders: (args: PageArgs) => page(orders, args, orderView),
    };
  };
  const orderView = (o: StandInOrder): Record<string, unknown> => ({
    id: gid('Order', o.id),
    name: o.name,
    createdAt: o.createdAt.toISOString(),
    processedAt: o.createdAt.toISOString(),
    email: o.email,
    totalPriceSet: { shopMoney: money(o.total) },
    customer: () => {
      const buyer = o.customerId ? customerById(o.customerId) : undefined;
      return buyer ? customerView(buyer) : null;
    },
    shippingAddress: o.shippingAddress,
    lineItems: (args: PageArgs) => page(o.lineItems, args, (li) => ({ ...li, id: gid('LineItem', li.id) })),
  });
  const installationId = gid('AppInstallation', `${seed.domain.split('.')[0]}-lawfully`);
  const metafieldView = (m: StandInMetafield) => ({ ...m, updatedAt: m.updatedAt.toISOString() });

  return {
    installationId,
    customerById,
    customerView,
    metafieldView,
    ordersOf,
    query: {
      shop: () => ({
        id: gid('Shop', seed.domain.length * 1000003),
        name: seed.name,
        email: seed.email,
        contactEmail: seed.contactEmail,
        myshopifyDomain: seed.domain,
        currencyCode: seed.currencyCode,
        billingAddress: seed.billingAddress,
      }),
      customers: (args: PageArgs & { query?: string }) =>
        page(
          seed.customers.filter((c) =>
            matchesSearch(args.query, { id: c.id, email: c.email, created_at: c.createdAt, updated_at: c.updatedAt, country: c.address.countryCodeV2 }),
          ),
          args,
          customerView,
        ),
      customer: ({ id }: { id: string }) => {
        const c = customerById(numericId(id));
        return c ? customerView(c) : null;
      },
      orders: (args: PageArgs & { query?: string }) =>
        page(
          seed.orders.filter((o) => matchesSearch(args.query, { id: o.id, customer_id: o.customerId, email: o.email, created_at: o.createdAt })),
          args,
          orderView,
        ),
      order: ({ id }: { id: string }) => {
        const o = seed.orders.find((x) => x.id === numericId(id));
        return o ? orderView(o) : null;
      },
      currentAppInstallation: () => ({
        id: installationId,
        app: { id: gid('App', 4242), title: 'Lawfully' },
        metafield: ({ namespace = '$app', key }: { namespace?: string; key: string }) => {
          const m = state.metafields.get(`${namespace}.${key}`);
          return m ? metafieldView(m) : null;
        },
        metafields: (args: PageArgs & { namespace?: string }) =>
          page(
            [...state.metafields.values()].filter((m) => !args.namespace || m.namespace === args.namespace),
            args,
            metafieldView,
          ),
      }),
      currentBulkOperation: ({ type = 'QUERY' }: { type?: string }) => {
        const latest = type === 'QUERY' ? state.bulkOperations.at(-1) : undefined;
        return latest ? bulkOperationView(latest, clock.now(), resultUrl) : null;
      },
      node: ({ id }: { id: string }) => {
        const operation = state.bulkOperations.find((o) => o.id === id);
        return operation ? bulkOperationView(operation, clock.now(), resultUrl) : null;
      },
    },
  };
}

export type ShopViews = ReturnType<typeof shopViews>;
