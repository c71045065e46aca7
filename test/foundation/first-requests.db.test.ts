// A shop's first requests arrive together: the admin's first page load fires several API calls,
// its first shoppers choose cookies and ask for their data, on more than one instance of the app.
// None of them may fail because another is creating the same shop, session or counter.
// (Several instances only on PostgreSQL: the SQLite default is one instance, one connection.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Express } from 'express';
import { useTestApp } from '../support/app.ts';
import { assembleDeps } from '../../app/assemble.ts';
import { createApp } from '../../app/server.ts';
import { openDatabase, type Db } from '../../app/platform/db/index.ts';

const ADMIN_READS = [
  '/api/audit',
  '/api/records',
  '/api/policy/versions',
  '/api/requests',
  '/api/consent',
  '/api/consent/stats',
  '/api/retention/runs',
  '/api/retention/settings',
  '/api/jobs',
];

describe("a new shop's first requests", () => {
  const t = useTestApp();
  let secondDb: Db | undefined;
  let instances: Express[];
  beforeAll(() => {
    // A second instance: its own database client and connections, the same database.
    secondDb = t.database.kind === 'postgres' ? openDatabase(t.database.url) : undefined;
    instances = [t.app, secondDb ? createApp(assembleDeps({ config: t.deps.config, db: secondDb, clock: t.clock, log: t.deps.log })) : t.app];
  });
  afterAll(() => secondDb?.$disconnect());

  it('all succeed when they arrive at once, from the admin and the storefront', async () => {
    for (const shop of ['first-a.myshopify.com', 'first-b.myshopify.com', 'first-c.myshopify.com']) {
      const auth = await t.auth(shop);
      const calls = [
        ...ADMIN_READS.flatMap((path, i) =>
          [0, 1].map((n) =>
            request(instances[(i + n) % 2]!)
              .get(path)
              .set('Authorization', auth),
          ),
        ),
        ...[0, 1, 2, 3].map((n) =>
          request(instances[n % 2]!)
            .post(t.proxyUrl('/consent', { shop }))
            .set('X-Forwarded-For', `198.51.100.${n}`)
            .send({ consentId: `first-visitor-${n}`, granted: ['analytics'] }),
        ),
        ...[0, 1].map((n) =>
          request(instances[n % 2]!)
            .post(t.proxyUrl('/requests', { shop }))
            .set('X-Forwarded-For', `203.0.113.${n}`)
            .set('Accept', 'application/json')
            .send({ type: 'access', email: `first-${n}@example.com` }),
        ),
      ];
      const statuses = (await Promise.all(calls)).map((res) => res.status);
      expect(
        statuses.filter((status) => status >= 300),
        shop,
      ).toEqual([]);
      expect(await t.deps.db.shop.count({ where: { domain: shop } })).toBe(1);
      expect(await t.deps.db.session.count({ where: { shop } })).toBe(1);
    }
  });
});
