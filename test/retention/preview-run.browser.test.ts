// The local preview as a newcomer runs it (`npm start`, no Shopify credentials): with the example
// records imported, a retention run on the demo shop lists the inactive customers by name, and
// applying it gives each included customer an outcome, done by the preview's own job runner
// through the Admin API stand-in (real time, throttling on).
// Named .browser.test.ts as the other tests that start the preview (test/support/browser.ts): its
// start takes ~25 s, so it stays out of the pure tests of `npm run test:unit`.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { startPreview, type RunningPreview } from '../support/browser.ts';
import type { ListedCustomer } from '../../app/retention/report.ts';

describe('a retention run in the local preview', () => {
  let preview: RunningPreview;
  let token: string;

  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${preview.baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { run: { id: string; status: string; report: { customers: { listed: ListedCustomer[] } } } },
    };
  };

  beforeAll(async () => {
    preview = await startPreview();
    token = await (await fetch(`${preview.baseUrl}/preview/session-token`)).text();
  }, 90_000);
  afterAll(() => preview.stop());

  it('lists the demo shop’s inactive customers by name, and applying gives each an outcome from Shopify', async () => {
    expect((await call('POST', '/api/records/import', JSON.parse(readFileSync('examples/seed-store.json', 'utf8')))).status).toBe(200);
    const dry = await call('POST', '/api/retention/runs');
    expect(dry.status).toBe(201);
    const listed = dry.body.run.report.customers.listed;
    expect(listed.length).toBeGreaterThan(5);
    for (const customer of listed) {
      expect(customer.name).toMatch(/^\p{L}+ \p{L}+$/u);
      expect(customer.adminUrl).toBe(`https://admin.shopify.com/store/lawfully-demo/customers/${customer.id.split('/').pop() ?? ''}`);
    }
    const leftOut = listed[0]!.id;
    expect((await call('POST', `/api/retention/runs/${dry.body.run.id}/apply`, { excluded: [leftOut] })).status).toBe(200);

    const run = await vi.waitUntil(
      async () => {
        const latest = (await call('GET', `/api/retention/runs/${dry.body.run.id}`)).body.run;
        return latest.status === 'applied' ? latest : undefined;
      },
      { timeout: 60_000, interval: 250 },
    );
    const outcomes = run.report.customers.listed;
    expect(outcomes.find((c) => c.id === leftOut)).toMatchObject({ included: false });
    const included = outcomes.filter((c) => c.id !== leftOut);
    expect(included.every((c) => (c.numberOfOrders === 0 ? c.outcome === 'deleted' : c.outcome === 'erased' || c.outcome === 'held'))).toBe(true);
    expect(outcomes.every((c) => !c.name)).toBe(true);
  }, 90_000);
});
