// Retention sweeps on a real database with a fixed clock (2026-11-25): what a dry run counts, what
// applying deletes, what it never touches, and who may see or apply a run.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SHOP_A, useTestApp } from '../support/app.ts';
import { recordInstall } from '../../app/platform/shops.ts';
import { applyRetention, planRetention } from '../../app/retention/runs.ts';
import { retentionJobHandlers } from '../../app/retention/sweep.ts';
import { enqueueDueJobs, SCHEDULE } from '../../app/jobs/schedule.ts';
import { jobKinds } from '../../app/jobs/kinds.ts';
import type { RetentionReport } from '../../app/retention/report.ts';
import type { RetentionRule } from '../../app/records/profile.ts';

const SHOP_B = 'other-store.myshopify.com';
const SHOP_C = 'batch-store.myshopify.com';
const NOW = '2026-11-25T10:00:00Z';
const seedRules = (JSON.parse(readFileSync('examples/seed-store.json', 'utf8')) as { retention: RetentionRule[] }).retention;

// With the seed's rules at NOW: consent records before 2024-11-25T10:00Z, requests closed before
// 2023-11-25T10:00Z, export packages and unverified links expired before NOW.
const at = (iso: string) => new Date(iso);

describe('retention sweeps', () => {
  // Installed: opening the admin once gives Lawfully its offline access token (token exchange).
  const t = useTestApp({ now: NOW, installed: true });

  const counts = async (shop: string) => ({
    consentRecords: await t.deps.db.consentRecord.count({ where: { shop } }),
    requests: await t.deps.db.dataSubjectRequest.count({ where: { shop } }),
    exportPackages: await t.deps.db.exportPackage.count({ where: { shop } }),
    requestSteps: await t.deps.db.requestStep.count({ where: { shop } }),
  });

  async function seedShop(shop: string) {
    const { db } = t.deps;
    await db.recordsProfile.create({ data: { shop, profile: { retention: seedRules }, updatedAt: at(NOW), updatedBy: 'test' } });
    const consent = (createdAt: string, i: number) => ({
      shop,
      consentId: `v-${shop}-${i}`,
      granted: 'analytics',
      denied: 'marketing',
      createdAt: at(createdAt),
    });
    await db.consentRecord.createMany({
      data: [
        consent('2020-03-01T00:00:00Z', 1), // expired
        consent('2023-06-15T00:00:00Z', 2), // expired
        consent('2024-11-25T09:59:59Z', 3), // expired by one second
        consent('2024-11-25T10:00:00Z', 4), // exactly at the cutoff: kept
        consent('2026-11-01T00:00:00Z', 5), // kept
      ],
    });
    const dsr = (data: { type?: string; source?: string; status: string; closedAt?: string; verificationExpiresAt?: string; emailEncrypted?: string }) =>
      db.dataSubjectRequest.create({
        data: {
          shop,
          type: data.type ?? 'access',
          source: data.source ?? 'merchant',
          status: data.status,
          receivedAt: at('2020-01-01T00:00:00Z'),
          closedAt: data.closedAt ? at(data.closedAt) : null,
          verificationExpiresAt: data.verificationExpiresAt ? at(data.verificationExpiresAt) : null,
          emailEncrypted: data.emailEncrypted ?? null,
        },
      });
    // closed long enough ago: deleted, with their trail
    const oldCompleted = await dsr({ status: 'completed', closedAt: '2023-01-01T00:00:00Z' });
    await dsr({ status: 'rejected', closedAt: '2022-05-01T00:00:00Z' });
    await dsr({ status: 'expired', closedAt: '2023-11-25T09:00:00Z' });
    await db.requestStep.create({ data: { shop, requestId: oldCompleted.id, action: 'export.assemble', system: 'lawfully', result: 'ok' } });
    await db.requestEvent.create({ data: { shop, requestId: oldCompleted.id, actor: 'system', kind: 'completed' } });
    // kept: closed recently, or still open however old
    await dsr({ status: 'completed', closedAt: '2024-01-01T00:00:00Z' });
    await dsr({ status: 'rejected', closedAt: '2026-10-01T00:00:00Z' });
    const open = await dsr({ status: 'in_progress' });
    // unverified storefront requests: two links expired, one still valid, and one the daily
    // round already marked expired (it holds the email the shopper typed)
    await dsr({ type: 'erasure', source: 'storefront', status: 'unverified', verificationExpiresAt: '2026-11-24T10:00:00Z' });
    await dsr({
      type: 'access',
      source: 'storefront',
      status: 'expired',
      closedAt: '2026-11-21T10:00:00Z',
      verificationExpiresAt: '2026-11-20T10:00:00Z',
      emailEncrypted: 'sealed-email',
    });
    await dsr({ type: 'erasure', source: 'storefront', status: 'unverified', verificationExpiresAt: '2025-02-01T00:00:00Z' });
    await dsr({ type: 'erasure', source: 'storefront', status: 'unverified', verificationExpiresAt: '2026-11-26T10:00:00Z' });
    // export packages of the open request: two expired, one still downloadable
    const pkg = (expiresAt: string) => ({
      shop,
      requestId: open.id,
      content: {},
      summary: 'export',
      createdAt: at('2026-11-01T00:00:00Z'),
      expiresAt: at(expiresAt),
    });
    await db.exportPackage.createMany({ data: [pkg('2026-11-08T00:00:00Z'), pkg('2026-11-25T09:59:00Z'), pkg('2026-12-01T00:00:00Z')] });
  }

  beforeAll(async () => {
    await seedShop(SHOP_A);
    await seedShop(SHOP_B);
  });

  let runId: string;
  let report: RetentionReport;

  it('reports exact counts per kind, with the cutoff and the rule behind each, and deletes nothing', async () => {
    const before = await counts(SHOP_A);
    const res = await t.api('post', '/api/retention/runs');
    expect(res.status).toBe(201);
    expect(res.body.run.status).toBe('dry_run');
    runId = res.body.run.id;
    report = res.body.run.report;
    expect(report.kinds.consentRecords).toMatchObject({
      count: 3,
      cutoff: '2024-11-25T10:00:00.000Z',
      rule: { basis: 'rule', trigger: 'until_consent_withdrawn_or_inactivity' },
    });
    expect(report.kinds.closedRequests).toMatchObject({ count: 3, cutoff: '2023-11-25T10:00:00.000Z', rule: { basis: 'default' } });
    expect(report.kinds.exportPackages).toMatchObject({ count: 2, cutoff: '2026-11-25T10:00:00.000Z', rule: { basis: 'expiry' } });
    expect(report.kinds.unverifiedRequests).toMatchObject({ count: 3, cutoff: '2026-11-25T10:00:00.000Z' });
    expect(await counts(SHOP_A)).toEqual(before);
  });

  it('never proposes orders, and counts the orders still inside the 5-year minimum', () => {
    expect(Object.keys(report.kinds).sort()).toEqual(['closedRequests', 'consentRecords', 'exportPackages', 'unverifiedRequests']);
    const cutoff = at('2021-11-25T10:00:00Z');
    const inPeriod = t.standIn.seed(SHOP_A).orders.filter((o) => o.createdAt >= cutoff).length;
    expect(inPeriod).toBeGreaterThan(0);
    expect(report.orders).toMatchObject({
      deletedByLawfully: 0,
      cutoff: cutoff.toISOString(),
      protected: inPeriod,
      rule: { category: 'order_details', period: { amount: 5, unit: 'years' } },
    });
  });

  it('lists the demo shop customers inactive for 2 years and not subscribed to marketing, none who ordered within them', () => {
    const seed = t.standIn.seed(SHOP_A);
    const cutoff = at('2024-11-25T10:00:00Z');
    const orderedRecently = new Set(seed.orders.filter((o) => o.customerId && o.createdAt >= cutoff).map((o) => o.customerId));
    const inactive = seed.customers.filter((c) => c.createdAt < cutoff && c.updatedAt < cutoff && !orderedRecently.has(c.id));
    const subscribed = (c: (typeof inactive)[number]) => c.marketingState === 'SUBSCRIBED' || (c.phone !== null && c.smsMarketingState === 'SUBSCRIBED');
    const expected = inactive.filter((c) => !subscribed(c)).map((c) => `gid://shopify/Customer/${c.id}`);
    expect(report.customers.leftOut?.subscribed).toBe(inactive.length - expected.length);
    expect(expected.length).toBeGreaterThan(0);
    expect(report.customers.count).toBe(expected.length);
    expect(report.customers.listed.map((c) => c.id).sort()).toEqual(expected.sort());
    for (const customer of report.customers.listed) {
      expect(orderedRecently.has(Number(customer.id.split('/').pop()))).toBe(false);
      expect(new Date(customer.lastActivityAt) < cutoff).toBe(true);
      if (customer.lastOrderAt) expect(customer.ordersProtectedUntil).not.toBeNull();
    }
    expect(JSON.stringify(report)).not.toMatch(/@/);
  });

  it('applies the run: deletes exactly the expired rows, leaves the other shop alone and writes an audit event per kind with its count', async () => {
    const otherShopBefore = await counts(SHOP_B);
    const res = await t.api('post', `/api/retention/runs/${runId}/apply`);
    expect(res.status).toBe(200);
    // Lawfully's own rows go at once; the Shopify customers are the retention.apply job's (shopify-runs.db.test.ts).
    expect(res.body.run).toMatchObject({ status: 'applying', approvedBy: expect.stringMatching(/^merchant:/), appliedAt: '2026-11-25T10:00:00.000Z' });
    expect(res.body.run.deleted).toEqual({ consentRecords: 3, closedRequests: 3, exportPackages: 2, unverifiedRequests: 3 });

    const { db } = t.deps;
    expect((await db.consentRecord.findMany({ where: { shop: SHOP_A }, orderBy: { createdAt: 'asc' } })).map((r) => r.createdAt.toISOString())).toEqual([
      '2024-11-25T10:00:00.000Z',
      '2026-11-01T00:00:00.000Z',
    ]);
    const left = await db.dataSubjectRequest.findMany({ where: { shop: SHOP_A }, select: { status: true, closedAt: true, verificationExpiresAt: true } });
    expect(left).toHaveLength(4);
    expect(left.filter((r) => r.status === 'unverified').map((r) => r.verificationExpiresAt?.toISOString())).toEqual(['2026-11-26T10:00:00.000Z']);
    expect(await db.dataSubjectRequest.count({ where: { shop: SHOP_A, emailEncrypted: { not: null } } })).toBe(0);
    expect((await db.exportPackage.findMany({ where: { shop: SHOP_A } })).map((p) => p.expiresAt.toISOString())).toEqual(['2026-12-01T00:00:00.000Z']);
    expect(await db.requestStep.count({ where: { shop: SHOP_A } })).toBe(0);
    expect(await db.requestEvent.count({ where: { shop: SHOP_A } })).toBe(0);
    expect(await counts(SHOP_B)).toEqual(otherShopBefore);

    const audit = await db.auditEvent.findMany({ where: { shop: SHOP_A, action: 'retention.deleted' } });
    expect(audit.map((e) => e.details).sort((a, b) => (a as { kind: string }).kind.localeCompare((b as { kind: string }).kind))).toEqual([
      expect.objectContaining({ kind: 'closedRequests', count: 3 }),
      expect.objectContaining({ kind: 'consentRecords', count: 3 }),
      expect.objectContaining({ kind: 'exportPackages', count: 2 }),
      expect.objectContaining({ kind: 'unverifiedRequests', count: 3 }),
    ]);
    expect(audit.every((e) => e.subject === `retention-run:${runId}` && e.actor.startsWith('merchant:'))).toBe(true);
  });

  it('answers 409 when the same run is applied again, and deletes nothing more', async () => {
    const before = await counts(SHOP_A);
    const res = await t.api('post', `/api/retention/runs/${runId}/apply`);
    expect(res.status).toBe(409);
    expect(await counts(SHOP_A)).toEqual(before);
    expect(await t.deps.db.auditEvent.count({ where: { shop: SHOP_A, action: 'retention.deleted' } })).toBe(4);
  });

  it("answers 404 for another shop's run, whatever is asked of it", async () => {
    const theirs = await planRetention(t.deps, SHOP_B);
    // Lawfully never got Shopify access for that shop: its own rows are still counted.
    expect(theirs.report.shopify.reached).toBe(false);
    expect(theirs.report.kinds.consentRecords.count).toBe(3);
    for (const [method, path] of [
      ['get', ''],
      ['post', '/apply'],
      ['post', '/discard'],
    ] as const) {
      const res = await t.api(method, `/api/retention/runs/${theirs.id}${path}`);
      expect(res.status).toBe(404);
    }
    const list = await t.api('get', '/api/retention/runs');
    expect(list.body.runs.map((r: { id: string }) => r.id)).not.toContain(theirs.id);
    expect((await t.deps.db.retentionRun.findUnique({ where: { id: theirs.id } }))!.status).toBe('dry_run');
  });

  it('discards a dry run, which then cannot be applied', async () => {
    const created = await t.api('post', '/api/retention/runs');
    const id = created.body.run.id;
    expect(created.body.run.report.kinds.consentRecords.count).toBe(0);
    expect((await t.api('post', `/api/retention/runs/${id}/discard`)).body.run.status).toBe('discarded');
    expect((await t.api('post', `/api/retention/runs/${id}/apply`)).status).toBe(409);
    expect((await t.api('get', `/api/retention/runs/${id}`)).body.run.status).toBe('discarded');
  });

  it('deletes in batches until every expired row is gone', async () => {
    const { db } = t.deps;
    await db.recordsProfile.create({ data: { shop: SHOP_C, profile: { retention: seedRules }, updatedAt: at(NOW), updatedBy: 'test' } });
    await db.consentRecord.createMany({
      data: Array.from({ length: 7 }, (_, i) => ({
        shop: SHOP_C,
        consentId: `b-${i}`,
        granted: '',
        denied: 'analytics',
        createdAt: at('2021-01-01T00:00:00Z'),
      })),
    });
    const run = await planRetention(t.deps, SHOP_C);
    const applied = await applyRetention(t.deps, SHOP_C, run.id, 'merchant:1', { batchSize: 2 });
    expect(applied.deleted?.consentRecords).toBe(7);
    expect(await db.consentRecord.count({ where: { shop: SHOP_C } })).toBe(0);
  });

  it('refuses settings that are not a yes or no', async () => {
    const res = await t.api('put', '/api/retention/settings', { automatic: 'sometimes' });
    expect(res.status).toBe(400);
    expect(res.body.fields).toHaveProperty('automatic');
  });

  it('schedules one daily sweep per installed shop, and applies it at once when the merchant chose automatic', async () => {
    const { db } = t.deps;
    expect((await t.api('get', '/api/retention/settings')).body.settings.automatic).toBe(false);
    const put = await t.api('put', '/api/retention/settings', { automatic: true });
    expect(put.body.settings.automatic).toBe(true);
    await recordInstall(db, SHOP_A, t.clock.now());
    await recordInstall(db, SHOP_B, t.clock.now());
    await db.shop.update({ where: { domain: SHOP_B }, data: { uninstalledAt: t.clock.now() } });
    await db.consentRecord.create({ data: { shop: SHOP_A, consentId: 'late', granted: '', denied: 'analytics', createdAt: at('2022-01-01T00:00:00Z') } });

    const retentionOnly = SCHEDULE.filter((entry) => entry.kind === jobKinds.retentionSweep);
    const scheduleRetention = (deps: typeof t.deps) => enqueueDueJobs(deps, retentionOnly);
    const first = await scheduleRetention(t.deps);
    expect(await db.job.findMany({ where: { id: { in: first } }, select: { shop: true, kind: true } })).toContainEqual({
      shop: SHOP_A,
      kind: 'retention.sweep',
    });
    expect(await db.job.count({ where: { shop: SHOP_B, kind: 'retention.sweep' } })).toBe(0);
    expect(await scheduleRetention(t.deps)).toEqual([]);

    await t.runJobs(retentionJobHandlers(t.deps));
    const latest = await db.retentionRun.findFirst({ where: { shop: SHOP_A, approvedBy: 'system' }, orderBy: { createdAt: 'desc' } });
    expect(latest).toMatchObject({ status: 'applied', deleted: expect.objectContaining({ consentRecords: 1 }) });
    expect(await db.consentRecord.count({ where: { shop: SHOP_A, consentId: 'late' } })).toBe(0);

    // Still within the day: no new sweep; a day later, one.
    t.clock.advance(3_600_000);
    expect(await scheduleRetention(t.deps)).toEqual([]);
    t.clock.advance(23 * 3_600_000);
    expect((await scheduleRetention(t.deps)).length).toBeGreaterThanOrEqual(1);
  });
});
