// Local stand-ins for the Stripe, Klaviyo and Mailchimp APIs, on one loopback port (their paths
// do not overlap: /v1, /api, /3.0), seeded with the demo shop's customers. The official SDKs
// reach them through their own host/base-path settings (VendorEndpoints). A key other than the
// stand-in's is refused with the vendor's 401; tests can make a vendor fail on purpose.
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import { API_VENDORS, type ApiVendor, type VendorEndpoints } from '../../processors/connector.ts';
import { loadConnections, saveConnection } from '../../processors/connections.ts';
import type { AppDeps } from '../../platform/deps.ts';
import type { ShopSeed } from '../standin/demo-shop.ts';
import { vendorData } from './seed.ts';
import { stripeApi } from './stripe.ts';
import { klaviyoApi } from './klaviyo.ts';
import { mailchimpApi } from './mailchimp.ts';

/** The keys the stand-ins accept (the preview connects the demo shop's processors with them). */
export const STAND_IN_KEYS: Record<ApiVendor, string> = {
  stripe: 'sk_test_lawfully_preview_4242',
  klaviyo: 'pk_lawfully_preview_7a1b',
  mailchimp: 'lawfullypreview0000000000000000-us1',
};

const vendorOf = (path: string): ApiVendor | undefined =>
  path.startsWith('/v1/') ? 'stripe' : path.startsWith('/api/') ? 'klaviyo' : path.startsWith('/3.0/') ? 'mailchimp' : undefined;

/** The key a request carries, read the way each vendor expects it. */
function keyOf(vendor: ApiVendor, req: Request): string | undefined {
  const header = req.get('authorization') ?? '';
  if (vendor === 'stripe') return /^Bearer (.+)$/.exec(header)?.[1];
  if (vendor === 'klaviyo') return /^Klaviyo-API-Key (.+)$/.exec(header)?.[1];
  const basic = /^Basic (.+)$/.exec(header)?.[1];
  return basic ? Buffer.from(basic, 'base64').toString('utf8').split(':').slice(1).join(':') : undefined;
}

const UNAUTHORIZED: Record<ApiVendor, unknown> = {
  stripe: { error: { type: 'invalid_request_error', message: 'Invalid API Key provided.' } },
  klaviyo: {
    errors: [{ status: 401, code: 'not_authenticated', title: 'Authentication credentials were not provided.', detail: 'Missing or invalid private key.' }],
  },
  mailchimp: {
    type: 'https://mailchimp.com/developer/marketing/docs/errors/',
    title: 'API Key Invalid',
    status: 401,
    detail: "Your API key may be invalid, or you've attempted to access the wrong datacenter.",
  },
};

export interface VendorApis {
  endpoints: Required<VendorEndpoints>;
  data: ReturnType<typeof vendorData>;
  /** calls received per vendor (path and status), for tests and the preview's curious */
  calls: Array<{ vendor: ApiVendor; method: string; path: string; status: number }>;
  /** the next `times` calls to `vendor` answer `status` */
  failNext(vendor: ApiVendor, status: number, times?: number): void;
  stop(): Promise<void>;
}

export async function startVendorApis(shop: ShopSeed): Promise<VendorApis> {
  const data = vendorData(shop, (email) => createHash('md5').update(email.toLowerCase()).digest('hex'));
  const faults = new Map<ApiVendor, { status: number; times: number }>();
  const calls: VendorApis['calls'] = [];
  const app = express();
  app.use(express.json({ type: ['application/json', 'application/vnd.api+json'] }), express.urlencoded({ extended: true }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    const vendor = vendorOf(req.path);
    if (!vendor) return res.status(404).json({ error: 'No such vendor API here' });
    res.on('finish', () => calls.push({ vendor, method: req.method, path: req.path, status: res.statusCode }));
    const fault = faults.get(vendor);
    if (fault && fault.times > 0) {
      fault.times -= 1;
      return res.status(fault.status).json({ error: { type: 'api_error', message: 'Something went wrong on the stand-in (on purpose).' } });
    }
    if (keyOf(vendor, req) !== STAND_IN_KEYS[vendor]) return res.status(401).json(UNAUTHORIZED[vendor]);
    next();
  });
  app.use(stripeApi(data), klaviyoApi(data), mailchimpApi(data));

  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  // Never what keeps the process alive: it ends with the preview.
  server.unref();
  const base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  return {
    endpoints: { stripe: base, klaviyo: base, mailchimp: `${base}/3.0` },
    data,
    calls,
    failNext: (vendor, status, times = 1) => faults.set(vendor, { status, times }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The preview's processors come connected: the demo shop's Stripe, Klaviyo and Mailchimp use the
 * stand-ins' keys (a key the merchant pasted meanwhile is kept), so the tour shows tasks done.
 */
export async function connectPreviewProcessors(deps: Pick<AppDeps, 'db' | 'config' | 'clock'>, shop: string) {
  const connected = new Set((await loadConnections(deps.db, shop)).filter((row) => row.keyEncrypted).map((row) => row.processorId));
  for (const vendor of API_VENDORS) if (!connected.has(vendor)) await saveConnection(deps, shop, vendor, { key: STAND_IN_KEYS[vendor] });
}
