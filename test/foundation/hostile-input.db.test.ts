// Whatever a client sends — ids that cannot exist, odd query strings, any JSON — every admin and
// app-proxy route answers it without a 5xx, and a refused request changes nothing. Property-based
// (fast-check): a few hundred generated requests per run, on SQLite and PostgreSQL.
import { beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import fc from 'fast-check';
import { useTestApp, SHOP_A } from '../support/app.ts';
import { proxyUrl } from '../support/proxy.ts';
import { ADMIN_ROUTES, fillPath, PROXY_ROUTES } from '../support/routes.ts';
import { Prisma } from '../../app/platform/db/generated/sqlite/client.ts';

type Method = 'get' | 'post' | 'put';

/** Field names the routes read, so that generated bodies and queries reach past the first check. */
const KNOWN_KEYS = [
  'status',
  'reason',
  'days',
  'text',
  'type',
  'email',
  'details',
  'locale',
  'consentId',
  'granted',
  'denied',
  'policyVersion',
  'before',
  'limit',
  'from',
  'to',
  'format',
  'shop',
  'controller',
  'processors',
  'outcome',
];

const NUL = '\0';
/** Lone surrogates become U+FFFD, as a browser's URL encoder does. */
const wellFormed = (s: string) => s.replace(/\p{Cs}/gu, '\uFFFD');
const oddString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 8 }).map((s) => `${s}${NUL}${s}`),
  fc.string({ unit: 'grapheme-ascii', minLength: 300, maxLength: 3000 }),
  fc.constantFrom('', '.', '..', '%', 'null', '0', '-1', '1e999', '__proto__', 'constructor', ' ', 'r1', 'json', 'csv', 'controller'),
);
/** A path segment: an odd string percent-encoded, or raw bytes no encoder would write. */
const segment = fc.oneof(
  { weight: 4, arbitrary: oddString.map((s) => encodeURIComponent(wellFormed(s))) },
  { weight: 1, arbitrary: fc.constantFrom('%00', 'a%00b', '%zz', '%E0%A4%A', '%C0%80', '%FF', '%2e%2e') },
);
const query = fc.dictionary(fc.oneof(fc.constantFrom(...KNOWN_KEYS), fc.string({ maxLength: 8 })), oddString.map(wellFormed), { maxKeys: 4 });
const jsonValue = fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' });
const body = fc.oneof(jsonValue, fc.dictionary(fc.constantFrom(...KNOWN_KEYS), jsonValue, { maxKeys: 5 }));

describe('hostile input', () => {
  const t = useTestApp();
  beforeAll(async () => {
    // The shop's session and row exist, as for any shop that has opened the app once.
    expect((await t.api('get', '/api/audit')).status).toBe(200);
  });

  /** Rows per table, except the rate-limit counters (counting is their job). */
  async function rowCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const model of Object.values(Prisma.ModelName)) {
      if (model === 'RateLimitCounter') continue;
      const delegate = (t.deps.db as unknown as Record<string, { count(): Promise<number> }>)[model.charAt(0).toLowerCase() + model.slice(1)]!;
      counts[model] = await delegate.count();
    }
    return counts;
  }

  async function send(method: Method, url: string, json: unknown, headers: Record<string, string>) {
    const req = request(t.app)[method](url).set(headers);
    return method === 'get' ? req : req.set('Content-Type', 'application/json').send(json === undefined ? 'null' : JSON.stringify(json));
  }

  async function expectNoFailureAndNoWriteWhenRefused(method: Method, url: string, json: unknown, headers: Record<string, string>) {
    const before = await rowCounts();
    const res = await send(method, url, json, headers);
    const what = `${method.toUpperCase()} ${url.slice(0, 200)} → ${res.status} ${res.text.slice(0, 200)}`;
    expect(res.status, what).toBeLessThan(500);
    if (res.status >= 400) expect(await rowCounts(), what).toEqual(before);
  }

  it('answers every admin API route without a 5xx, and a refused request writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ADMIN_ROUTES), fc.array(segment, { minLength: 2, maxLength: 2 }), query, body, async (route, segments, q, json) => {
        const [method, template] = route.split(' ') as [string, string];
        const search = new URLSearchParams(q).toString();
        await expectNoFailureAndNoWriteWhenRefused(method.toLowerCase() as Method, `${fillPath(template, segments)}${search ? `?${search}` : ''}`, json, {
          Authorization: await t.auth(),
        });
      }),
      { numRuns: 120 },
    );
  });

  it('answers every app-proxy route without a 5xx, signed or not, and a refused request writes nothing', async () => {
    const secret = t.deps.config.apiSecret;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PROXY_ROUTES), segment, query, body, fc.boolean(), fc.ipV4(), async (route, token, q, json, signed, ip) => {
        const [method, template] = route.split(' ') as [string, string];
        const path = fillPath(template, [token]);
        const url = signed ? proxyUrl(path, { shop: SHOP_A, secret, extra: q }) : `/proxy${path}?${new URLSearchParams({ ...q, shop: SHOP_A })}`;
        await expectNoFailureAndNoWriteWhenRefused(method.toLowerCase() as Method, url, json, { 'X-Forwarded-For': ip, Accept: 'application/json' });
      }),
      { numRuns: 80 },
    );
  });

  it('answers 400 to a NUL character in an id, a query or a body, and 404 to an id too long to exist', async () => {
    const get = (path: string) => t.api('get', path);
    expect((await get('/api/requests/r1%00')).status).toBe(400);
    expect((await get('/api/retention/runs/x%00y')).status).toBe(400);
    expect((await get('/api/jobs?status=%00')).status).toBe(400);
    expect((await t.api('post', '/api/requests/r1/notes', { text: `note${NUL}` })).status).toBe(400);
    expect((await get(`/api/requests/${'r'.repeat(5000)}`)).status).toBe(404);
    expect((await t.api('post', `/api/jobs/${'j'.repeat(5000)}/retry`)).status).toBe(404);
  });
});
