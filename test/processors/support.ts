// The app with the vendor stand-ins (Stripe, Klaviyo, Mailchimp) reached by the official SDKs, a
// mailbox, and a logger whose every line is kept, so tests can look for keys in the logs.
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import request from 'supertest';
import { createApp } from '../../app/server.ts';
import { previewRoutes } from '../../app/preview/index.ts';
import { createLogger } from '../../app/platform/logging.ts';
import { startMailSink } from '../../app/preview/mail-sink.ts';
import { startVendorApis, connectPreviewProcessors, STAND_IN_KEYS } from '../../app/preview/vendors-api/index.ts';
import { runDueJobs } from '../../app/jobs/runner.ts';
import { jobHandlers } from '../../app/background.ts';
import type { AppDeps } from '../../app/platform/deps.ts';
import { createTestApp, SHOP_A } from '../support/app.ts';
import { signWebhook } from '../support/webhooks.ts';

export { STAND_IN_KEYS, SHOP_A };

export async function createProcessorsApp() {
  const mailbox = await startMailSink();
  const t = await createTestApp({ smtpUrl: mailbox.url });
  const vendors = await startVendorApis(t.standIn.seed(SHOP_A));
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
  const deps: AppDeps = { ...t.deps, log, vendorEndpoints: vendors.endpoints };
  const app = createApp(deps, previewRoutes(deps, { standIn: t.standIn }));
  const auth = async () => `Bearer ${await t.tokenFor(SHOP_A)}`;
  await request(app)
    .get('/api/requests')
    .set('Authorization', await auth());

  const api = async (method: 'get' | 'post' | 'put' | 'delete', path: string, body?: object) => {
    const call = request(app)
      [method](path)
      .set('Authorization', await auth());
    return body ? call.send(body) : call;
  };
  return {
    ...t,
    app,
    deps,
    mailbox,
    vendors,
    logLines,
    api,
    runJobs: () => runDueJobs({ db: deps.db, clock: t.clock, log, handlers: jobHandlers(deps) }),
    /** examples/seed-store.json as the shop's records: Stripe, PayPal, Shopify and Google Analytics as processors */
    saveSeedRecords: async (extraProcessors: object[] = []) => {
      const profile = JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')) as { processors: object[] };
      profile.processors.push(...extraProcessors);
      await deps.db.recordsProfile.upsert({
        where: { shop: SHOP_A },
        create: { shop: SHOP_A, profile: profile as never, updatedAt: t.clock.now(), updatedBy: 'test' },
        update: { profile: profile as never },
      });
    },
    connectAll: () => connectPreviewProcessors(deps, SHOP_A),
    redact: async (customerNumber: number) => {
      const payload = {
        shop_id: 1,
        shop_domain: SHOP_A,
        customer: { id: 7000000000 + customerNumber, email: `customer${String(customerNumber)}@example.com`, phone: null },
        orders_to_redact: [],
      };
      const signed = signWebhook({ topic: 'customers/redact', shop: SHOP_A, payload, secret: deps.config.apiSecret });
      return request(app).post('/webhooks').set(signed.headers).send(signed.body);
    },
    close: async () => {
      await t.close();
      await Promise.all([mailbox.stop(), vendors.stop()]);
    },
  };
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
