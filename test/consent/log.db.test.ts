// The consent log: signed choices from the storefront, the merchant's view, counts and CSV.
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { useTestApp, SHOP_A } from '../support/app.ts';

describe('the consent log', () => {
  const t = useTestApp();
  const url = (customerId = '') => t.proxyUrl('/consent', { customerId });
  const choose = (body: object, customerId = '', ip = '198.51.100.7') => request(t.app).post(url(customerId)).set('X-Forwarded-For', ip).send(body);

  it('stores a signed choice as proof: granted, denied, policy version, time, salted IP hash, customer id', async () => {
    const res = await choose(
      { consentId: 'visitor-0001', granted: ['necessary', 'analytics'], policyVersion: 3, consentVersion: 2, locale: 'lv' },
      '7000000005',
    );
    expect(res.status).toBe(201);
    const row = await t.deps.db.consentRecord.findUnique({ where: { id: res.body.recorded } });
    expect(row).toMatchObject({
      shop: SHOP_A,
      granted: 'analytics',
      denied: 'preferences,marketing',
      policyVersion: 3,
      consentVersion: 2,
      locale: 'lv',
      shopifyCustomerId: '7000000005',
      createdAt: t.clock.now(),
    });
    expect(row!.ipHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.ipHash).not.toContain('198.51.100.7');
  });

  it('records a later refusal of everything as a withdrawal', async () => {
    await choose({ consentId: 'visitor-0001', granted: [] });
    const rows = await t.deps.db.consentRecord.findMany({ where: { consentId: 'visitor-0001' }, orderBy: { createdAt: 'asc' } });
    expect(rows.at(-1)).toMatchObject({ source: 'withdrawal', granted: '' });
  });

  it('refuses unsigned requests with 401 and bad input with 400 naming the field', async () => {
    expect((await request(t.app).post(`/proxy/consent?shop=${SHOP_A}`).send({ consentId: 'visitor-0002', granted: [] })).status).toBe(401);
    const bad = await choose({ consentId: 'x', granted: ['tracking'] });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['consentId', 'granted.0']);
  });

  it('limits each visitor to 30 choices in ten minutes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) statuses.push((await choose({ consentId: 'visitor-busy', granted: [] }, '', '198.51.100.99')).status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(30);
    expect(statuses.slice(-2)).toEqual([429, 429]);
    // Writing another address in front of X-Forwarded-For does not make a new visitor.
    const spoofed = await request(t.app).post(url()).set('X-Forwarded-For', '192.0.2.1, 198.51.100.99').send({ consentId: 'visitor-busy', granted: [] });
    expect(spoofed.status).toBe(429);
  });

  it('shows the merchant the log, the counts per day and category, and a CSV export', async () => {
    const log = await t.api('get', '/api/consent');
    expect(log.body.records.length).toBeGreaterThanOrEqual(3);
    const stats = await t.api('get', '/api/consent/stats?days=7');
    expect(stats.body.days).toEqual([expect.objectContaining({ day: '2026-11-25', analyticsGranted: 1, marketingDenied: stats.body.days[0].choices })]);
    const csv = await t.api('get', '/api/consent/export.csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toBe('createdAt,consentId,granted,denied,policyVersion,consentVersion,locale,source,shopifyCustomerId,ipHash');
    expect(lines).toHaveLength(Number(stats.body.days[0].choices) + 1);
  });

  it('records taking back any one category as a withdrawal, and a new grant as a choice', async () => {
    const sources: string[] = [];
    for (const granted of [['analytics', 'marketing'], ['analytics'], ['analytics', 'preferences']]) {
      t.clock.advance(1000);
      const res = await choose({ consentId: 'visitor-0003', granted });
      sources.push((await t.deps.db.consentRecord.findUnique({ where: { id: res.body.recorded } }))!.source);
    }
    expect(sources).toEqual(['banner', 'withdrawal', 'banner']);
  });
});
