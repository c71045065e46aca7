// The storefront scan end to end: the merchant starts it over the admin API, the job drives real
// headless Chromium through the preview storefront (its vendors answered by the local stand-in),
// and the result names the ungated Hotjar snippet, files its cookies through the Open Cookie
// Database and the tracker list, offers them for the Cookies record, and flags the vendors
// missing from the processor register.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from '../support/app.ts';
import { runDueJobs } from '../../app/jobs/runner.ts';
import { startVendorStandIn, type VendorStandIn } from '../../app/preview/vendors/host.ts';
import type { ScanView } from '../../app/scan/store.ts';
import { scanJobHandlers, type ScanOptions } from '../../app/scan/jobs.ts';

const seed = JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8'));

describe('scanning the preview storefront', () => {
  let t: TestApp;
  let server: Server;
  let vendors: VendorStandIn;
  let scanOptions: ScanOptions;
  let scan: ScanView;
  const runJobs = (options: ScanOptions = scanOptions, deps = t.deps) =>
    runDueJobs({ db: deps.db, clock: deps.clock, log: deps.log, handlers: scanJobHandlers(deps, options) });

  beforeAll(async () => {
    t = await createTestApp();
    expect((await t.api('post', '/api/records/import', seed)).status).toBe(200);
    expect((await t.api('post', '/api/policy/publish', {})).status).toBe(201);
    server = t.app.listen(0);
    vendors = await startVendorStandIn();
    const port = (server.address() as AddressInfo).port;
    scanOptions = { storefrontUrl: () => `http://localhost:${port}/preview/storefront`, chromiumArgs: vendors.chromiumArgs };

    const started = await t.api('post', '/api/scans');
    expect(started.status).toBe(202);
    expect(started.body.scan).toMatchObject({ status: 'queued', trigger: 'merchant', result: null });
    await runJobs();
    const finished = await t.api('get', `/api/scans/${started.body.scan.id as string}`);
    expect(finished.status).toBe(200);
    scan = finished.body.scan;
  }, 90_000);
  afterAll(async () => {
    // Each may be missing when the setup failed early.
    const [listening, standIn, app] = [server as Server | undefined, vendors as VendorStandIn | undefined, t as TestApp | undefined];
    if (listening) await new Promise((closed) => listening.close(closed));
    await standIn?.stop();
    await app?.close();
  });

  it('visits three times and finishes', () => {
    expect(scan.error).toBeNull();
    expect(scan.status).toBe('done');
    expect(scan.result!.visits.map((v) => v.name)).toEqual(['before_choice', 'after_reject', 'after_accept']);
    expect(scan.result!.visits.find((v) => v.name === 'after_accept')!.bannerFound).toBe(true);
    expect(scan.durationMs).toBeGreaterThan(0);
  });

  it('finds the ungated Hotjar snippet, with the inline script that loaded it', () => {
    const accepted = scan.result!.visits.find((v) => v.name === 'after_accept')!;
    const loader = accepted.requests.find((r) => r.host === 'static.hotjar.com');
    expect(loader).toMatchObject({ url: 'https://static.hotjar.com/c/hotjar-3141592.js', type: 'script' });
    expect(loader!.initiator).toMatch(/inline script in the page/);
    expect(accepted.requests.find((r) => r.host === 'in.hotjar.com')?.initiator).toBe('https://script.hotjar.com/modules.lawfully-standin.js');
    expect(scan.result!.thirdParties).toContainEqual(expect.objectContaining({ host: 'static.hotjar.com', vendor: 'Hotjar', category: 'analytics' }));
  });

  it('finds no leak before a choice or after Reject: the banner’s blocker holds the untagged Hotjar snippet until Accept', () => {
    expect(scan.result!.leaks).toEqual([]);
    for (const name of ['before_choice', 'after_reject'] as const) {
      const visit = scan.result!.visits.find((v) => v.name === name)!;
      expect(
        visit.requests.map((r) => r.host),
        name,
      ).toEqual([]);
      expect(
        visit.cookies.map((c) => c.name),
        name,
      ).not.toContain('_hjSessionUser_3141592');
    }
  });

  it('sees the embed’s hold on tags written in the HTML, and that the preview’s HTML has none left to hold: the setting may go off', () => {
    expect(scan.result!.visits.map((v) => v.holdsHtmlTags)).toEqual([true, true, true]);
    expect(scan.result!.htmlHold).toBe('turn_off');
  });

  it('files Hotjar’s cookies under analytics and offers them for the Cookies record, with the Open Cookie Database’s purpose', () => {
    const additions = scan.result!.additions;
    const user = additions.find((a) => a.name === '_hjSessionUser_3141592');
    expect(user).toMatchObject({ category: 'analytics', provider: 'Hotjar' });
    expect(user!.purpose).toMatch(/Hotjar User ID/);
    expect(additions.map((a) => a.name)).toContain('_hjSession_3141592');
    expect(additions.map((a) => a.name)).toContain('_fbp');
    // Already in the record ("_ga" and "_ga_<container-id>"): not offered again.
    expect(additions.map((a) => a.name)).not.toContain('_ga');
    expect(additions.map((a) => a.name)).not.toContain('_ga_LAWFULLY01');
    expect(scan.result!.cookies.find((c) => c.name === '_ga_LAWFULLY01')).toMatchObject({ inRecord: true, source: 'record' });
  });

  it('flags Hotjar and Meta as missing from the processor register, not Google Analytics', () => {
    const missing = scan.result!.missingVendors.map((v) => v.vendor);
    expect(missing).toEqual(expect.arrayContaining(['Hotjar', 'Meta']));
    expect(missing).not.toContain('Google Analytics');
  });

  it('adds an offered cookie to the Cookies record through the records API, and the next scan no longer offers it', async () => {
    const records = (await t.api('get', '/api/records')).body.records;
    const addition = scan.result!.additions.find((a) => a.name === '_hjSessionUser_3141592')!;
    expect((await t.api('put', '/api/records/cookies', [...records.cookies, addition])).status).toBe(200);
    const again = await t.api('post', '/api/scans');
    expect(again.status, JSON.stringify(again.body)).toBe(202);
    await runJobs();
    const next: ScanView = (await t.api('get', `/api/scans/${again.body.scan.id as string}`)).body.scan;
    expect(next.result!.additions.map((a) => a.name)).not.toContain('_hjSessionUser_3141592');
    expect(next.result!.cookies.find((c) => c.name === '_hjSessionUser_3141592')).toMatchObject({ inRecord: true });
    expect(next.newLeaks).toBe(0);
  }, 60_000);

  it('lists every leak with what to do, the ones before any choice first', () => {
    for (const leak of scan.result!.leaks) expect(leak.advice).toMatch(/data-lawfully-category="(analytics|marketing|preferences)"/);
    const order = scan.result!.leaks.map((l) => l.visit);
    expect([...order].sort()).toEqual(order);
  });

  it('answers 404 for another shop’s scan', async () => {
    const other = await request(t.app)
      .get(`/api/scans/${scan.id}`)
      .set('Authorization', await t.auth('other-store.myshopify.com'));
    expect(other.status).toBe(404);
  });
});
