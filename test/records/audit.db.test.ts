// Changes to the records are in the audit log with what changed, and saves made at the same
// moment do not overwrite each other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { readFileSync } from 'node:fs';
import { createTestApp, SHOP_A, type TestApp } from '../support/app.ts';

const seed = JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8'));

describe('the records audit trail', () => {
  let t: TestApp;
  let auth: string;
  beforeAll(async () => {
    t = await createTestApp();
    auth = `Bearer ${await t.tokenFor(SHOP_A)}`;
  });
  afterAll(() => t.close());
  const put = (section: string, body: object) => request(t.app).put(`/api/records/${section}`).set('Authorization', auth).send(body);
  const lastAudit = async (action: string) => (await t.deps.db.auditEvent.findFirst({ where: { shop: SHOP_A, action }, orderBy: { createdAt: 'desc' } }))!;

  it('names the processors added, removed and edited, and the controller fields edited, not their values', async () => {
    const [first, second, third] = seed.processors;
    expect((await put('processors', [first, second])).status).toBe(200);
    t.clock.advance(1000);
    expect((await put('processors', [{ ...first, service: `${first.service} (payments)` }, third])).status).toBe(200);
    expect((await lastAudit('records.processors.updated')).details).toEqual({ added: [third.name], removed: [second.name], edited: [first.name] });

    expect((await put('controller', seed.controller)).status).toBe(200);
    t.clock.advance(1000);
    expect((await put('controller', { ...seed.controller, contactEmail: 'privacy@demo-prints.lv' })).status).toBe(200);
    const audit = await lastAudit('records.controller.updated');
    expect(audit).toMatchObject({ actor: expect.stringMatching(/^merchant:/), subject: 'records:controller', details: { fields: ['contactEmail'] } });
    expect(JSON.stringify(audit.details)).not.toContain('@');
  });

  it('keeps both of two sections saved at the same moment', async () => {
    const results = await Promise.all([put('inventory', seed.inventory), put('cookies', seed.cookies), put('security', seed.security)]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    const saved = (await t.deps.db.recordsProfile.findUnique({ where: { shop: SHOP_A } }))!.profile as Record<string, unknown>;
    expect(saved.inventory).toEqual(seed.inventory);
    expect(saved.cookies).toEqual(seed.cookies);
    expect(saved.security).toEqual(seed.security);
    expect(saved.processors).toBeDefined();
  });

  it('keeps both of the very first two sections a new shop saves at the same moment', async () => {
    const other = `Bearer ${await t.tokenFor('first-save.myshopify.com')}`;
    const save = (section: string, body: object) => request(t.app).put(`/api/records/${section}`).set('Authorization', other).send(body);
    const results = await Promise.all([save('inventory', seed.inventory), save('cookies', seed.cookies)]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const saved = (await t.deps.db.recordsProfile.findUnique({ where: { shop: 'first-save.myshopify.com' } }))!.profile as Record<string, unknown>;
    expect(Object.keys(saved).sort()).toEqual(['cookies', 'inventory']);
  });
});
