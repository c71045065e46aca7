// The vendors' stand-in host: one local HTTPS server answering for Google's, Meta's and Hotjar's
// hostnames (scripts.ts), so the preview storefront's snippets load and beacon without the
// internet. Its certificate is self-signed, made at start with the openssl command line (Node
// cannot issue certificates by itself). Only the scan's Chromium reaches it: its host resolver
// maps the vendors' names to this server and it ignores certificate errors (chromiumArgs). A
// newcomer's own browser asks the real hosts and, offline, simply fails; the page is unaffected.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VENDOR_HOSTS, vendorAnswer } from './scripts.ts';

export interface VendorStandIn {
  port: number;
  /** for the scan's Chromium: the vendors' hostnames resolve to this server, its certificate is accepted */
  chromiumArgs: string[];
  /** every request it answered, as "host path" */
  hits: string[];
  stop(): Promise<void>;
}

/** A throwaway self-signed certificate for the vendors' names (also the blocker test's tracker hosts). */
export function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'lawfully-vendors-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '7',
        '-subj',
        '/CN=Lawfully vendor stand-in',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startVendorStandIn(): Promise<VendorStandIn> {
  const hits: string[] = [];
  const server: Server = createServer(selfSignedCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    hits.push(`${host} ${url.pathname}`);
    const origin = req.headers.origin;
    if (req.method === 'OPTIONS') {
      res
        .writeHead(204, {
          'Access-Control-Allow-Origin': origin ?? '*',
          'Access-Control-Allow-Methods': 'GET, POST',
          'Access-Control-Allow-Headers': 'content-type',
        })
        .end();
      return;
    }
    const answer = vendorAnswer(host, url.pathname);
    if (!answer) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not served by the vendor stand-in');
      return;
    }
    res.writeHead(answer.status, {
      'Content-Type': answer.type,
      'Cache-Control': 'no-store',
      ...(answer.cors ? { 'Access-Control-Allow-Origin': origin ?? '*' } : {}),
    });
    res.end(answer.body);
    req.resume();
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    chromiumArgs: [`--host-resolver-rules=${VENDOR_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ')}`, '--ignore-certificate-errors'],
    hits,
    stop: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
