// Changes to the records are in the audit log with what changed, and saves made at the same
// moment do not overwrite each other. Every kind of entry reads as a sentence.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, SHOP_A, useTestApp } from '../support/app.ts';
import { appSources } from '../support/sources.ts';
import { auditSentence, hasSentence } from '../../app/audit/sentences.ts';
import { sectionNames } from '../../app/records/profile.ts';

const seed = JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8'));

describe('the records audit trail', () => {
  const t = useTestApp();
  const put = (section: string, body: object) => t.api('put', `/api/records/${section}`, body);
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
    const save = (section: string, body: object) => t.api('put', `/api/records/${section}`, body, { shop: 'first-save.myshopify.com' });
    const results = await Promise.all([save('inventory', seed.inventory), save('cookies', seed.cookies)]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const saved = (await t.deps.db.recordsProfile.findUnique({ where: { shop: 'first-save.myshopify.com' } }))!.profile as Record<string, unknown>;
    expect(Object.keys(saved).sort()).toEqual(['cookies', 'inventory']);
  });
});

/** The codes an action template stands for: `records.${section}.updated`, `request.${input.status}`. */
const TEMPLATES: Record<string, string[]> = {
  'records.${section}.updated': sectionNames.map((section) => `records.${section}.updated`),
  'request.${input.status}': ['verified', 'in_progress', 'completed', 'rejected'].map((status) => `request.${status}`),
};

describe('the audit log in sentences', () => {
  it('has a sentence for every action code written anywhere in app/', () => {
    const written = new Set<string>();
    const templates = new Set<string>();
    let writers = 0;
    for (const file of appSources()) {
      const source = readFileSync(file, 'utf8');
      if (!/recordAudit\(/.test(source) || file.startsWith(join('app', 'audit'))) continue;
      writers++;
      // action: 'policy.published' in a recordAudit call, or audit(res, 'request.extended', …) through a route's helper
      for (const [, code] of source.matchAll(/\baction: '([a-z_.]+)'/g)) written.add(code!);
      for (const [, code] of source.matchAll(/\baudit\(res, '([a-z_.]+)'/g)) written.add(code!);
      for (const [, template] of source.matchAll(/\baction: `([^`]+)`/g)) templates.add(template!);
      // a writer that picks its code from a table keeps the table in a constant named AUDIT_…
      for (const [, table] of source.matchAll(/\bAUDIT\w* = \{([^}]*)\}/g))
        for (const [, code] of table!.matchAll(/'([a-z_]+(?:\.[a-z_]+)+)'/g)) written.add(code!);
      for (const [, template] of source.matchAll(/\baudit\(res, `([^`]+)`/g)) templates.add(template!);
    }
    expect(writers).toBeGreaterThanOrEqual(5);
    expect(written.size).toBeGreaterThanOrEqual(10);
    for (const template of templates) {
      expect(TEMPLATES, `the action template ${template} is written in app/: list the codes it stands for here`).toHaveProperty([template]);
      for (const code of TEMPLATES[template]!) written.add(code);
    }
    expect([...written].filter((code) => !hasSentence(code))).toEqual([]);
  });

  it('writes requests, retention and jobs as sentences with their numbers, not as codes', () => {
    expect(auditSentence('request.extended', { days: 30 })).toBe('Extended the deadline of a request by 30 days');
    expect(auditSentence('request.in_progress', null)).toBe('Started working on a request');
    expect(auditSentence('retention.deleted', { kind: 'consentRecords', count: 1 })).toBe('Deleted 1 consent record past the retention period');
    expect(auditSentence('retention.settings_changed', { automatic: true })).toMatch(/^Turned on automatic retention/);
    expect(auditSentence('policy.published', { version: 3 })).toBe('Published version 3 of the privacy policy');
    expect(auditSentence('job.retried', undefined)).toBe('Retried a failed background job');
    expect(auditSentence('records.automatedDecisions.updated', {})).toBe('Changed the automated decisions');
  });

  it('serves each entry with its sentence', async () => {
    const t = await createTestApp();
    try {
      expect((await t.api('put', '/api/records/security', seed.security)).status).toBe(200);
      const res = await t.api('get', '/api/audit');
      expect(res.status).toBe(200);
      expect(res.body.events[0]).toMatchObject({ action: 'records.security.updated', sentence: 'Changed the security measures' });
    } finally {
      await t.close();
    }
  });
});
