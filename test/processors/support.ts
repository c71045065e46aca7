// The app with the vendor stand-ins (Stripe, Klaviyo, Mailchimp) reached by the official SDKs, a
// mailbox, and a logger whose every line is kept, so tests can look for keys in the logs.
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { createLogger } from '../../app/platform/logging.ts';
import { connectPreviewProcessors, STAND_IN_KEYS } from '../../app/preview/vendors-api/index.ts';
import { createTestApp, SHOP_A } from '../support/app.ts';

export { STAND_IN_KEYS, SHOP_A };

export async function createProcessorsApp() {
  const logLines: string[] = [];
  const log = createLogger(
    'debug',
    new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        logLines.push(chunk.toString('utf8'));
        done();
      },
    }),
  );
  const t = await createTestApp({ mailbox: true, vendors: true, installed: true, log });
  return Object.assign(t, {
    logLines,
    /** examples/seed-store.json as the shop's records: Stripe, PayPal, Shopify and Google Analytics as processors */
    saveSeedRecords: async (extraProcessors: object[] = []) => {
      const profile = JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')) as { processors: object[] };
      profile.processors.push(...extraProcessors);
      await t.deps.db.recordsProfile.upsert({
        where: { shop: SHOP_A },
        create: { shop: SHOP_A, profile: profile as never, updatedAt: t.clock.now(), updatedBy: 'test' },
        update: { profile: profile as never },
      });
    },
    connectAll: () => connectPreviewProcessors(t.deps, SHOP_A),
    redact: (customerNumber: number) =>
      t.deliver('customers/redact', {
        shop_id: 1,
        shop_domain: SHOP_A,
        customer: { id: 7000000000 + customerNumber, email: `customer${String(customerNumber)}@example.com`, phone: null },
        orders_to_redact: [],
      }),
  });
}

export type ProcessorsApp = Awaited<ReturnType<typeof createProcessorsApp>>;

/** Klaviyo as the register names it, receiving the marketing categories. */
export const KLAVIYO = {
  id: 'klaviyo',
  name: 'Klaviyo',
  service: 'Email marketing',
  kind: 'marketing_providers',
  categories: ['email', 'contact_details'],
  country: 'US',
  safeguard: { type: 'dpf' },
};
