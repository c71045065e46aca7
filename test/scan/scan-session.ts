// What the browser-driven scan tests share: the example store imported and its policy published,
// a local server for the storefront the scan's Chromium visits, the vendors' stand-in, the admin
// API called with a fresh session token each time (a token lives a minute, a scan a while), and a
// merchant's scan run to its end through the job.
import { expect } from 'vitest';
import request from 'supertest';
import { readFileSync } from 'node:fs';
import type { RequestListener, Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from '../support/app.ts';
import { startVendorStandIn, type VendorStandIn } from '../../app/preview/vendors/host.ts';
import { scanJobHandlers, type ScanOptions } from '../../app/scan/jobs.ts';
import type { ScanView } from '../../app/scan/store.ts';

const seed = JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8'));

export interface ScanSession {
  t: TestApp;
  vendors: VendorStandIn;
  /** the local storefront server's port */
  port: number;
  api(method: 'get' | 'put' | 'post', path: string, body?: object): Promise<request.Response>;
  /** runs the jobs that are due with the scan's handlers (the storefront and Chromium options given) */
  runJobs(options: ScanOptions): Promise<unknown>;
  /** the merchant starts a scan; it runs to its end; its view as the admin reads it */
  scanToEnd(options: ScanOptions): Promise<ScanView>;
  close(): Promise<void>;
}

/** `serve` wraps the app for the storefront server (by default the app itself, with its preview storefront). */
export async function openScanSession(serve: (app: TestApp['app'], port: () => number) => RequestListener = (app) => app): Promise<ScanSession> {
  const t = await createTestApp();
  let server: Server | undefined;
  let vendors: VendorStandIn | undefined;
  const api: ScanSession['api'] = (method, path, body) => t.api(method, path, body);
  const runJobs = (options: ScanOptions) => t.runJobs(scanJobHandlers(t.deps, options));
  const close = async () => {
    const listening = server;
    if (listening) await new Promise((closed) => listening.close(closed));
    await vendors?.stop();
    await t.close();
  };
  try {
    expect((await api('post', '/api/records/import', seed)).status).toBe(200);
    expect((await api('post', '/api/policy/publish', {})).status).toBe(201);
    const port = () => (server!.address() as AddressInfo).port;
    server = createServer(serve(t.app, port)).listen(0);
    await new Promise((listening) => server!.once('listening', listening));
    vendors = await startVendorStandIn();
  } catch (error) {
    await close();
    throw error;
  }
  return {
    t,
    vendors,
    port: (server.address() as AddressInfo).port,
    api,
    runJobs,
    scanToEnd: async (options) => {
      const started = await api('post', '/api/scans');
      expect(started.status, JSON.stringify(started.body)).toBe(202);
      await runJobs(options);
      const finished = await api('get', `/api/scans/${started.body.scan.id as string}`);
      expect(finished.status).toBe(200);
      return finished.body.scan as ScanView;
    },
    close,
  };
}
