// The live policy never goes stale silently: after publishing, a change to the records shows as an
// unpublished change with a diff until the next publish; each past version downloads in each
// language and format, and all of them as one zip archive. Over HTTP, on a real database.
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { useTestApp, SHOP_A } from '../support/app.ts';

const seed = JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')) as Record<string, unknown> & {
  controller: Record<string, unknown>;
  inventory: { categories: Array<Record<string, unknown>> };
};
const SHOP_B = 'stale-check-other.myshopify.com';

type Status = {
  published: { version: number; lastUpdated: string } | null;
  recordsComplete: boolean;
  unpublishedChanges: boolean;
  comparison: { changedLocales: string[]; locale: string; changes: Array<{ added: boolean; removed: boolean; value: string }> } | null;
  completeness: Array<{ article: string; status: string; detail: string; fix?: string }>;
};

/** Content-Disposition as Express writes it: the file name is quoted only where it needs to be. */
const attachment = (filename: string) => `attachment; filename=${filename}`;

/** Reads a binary response body (supertest leaves application/zip unparsed otherwise). */
const binary = (res: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('unpublished changes, version downloads and the archive', () => {
  const t = useTestApp({ now: '2026-03-02T09:00:00Z' });
  const status = async (query = '') => (await t.api('get', `/api/policy/status${query}`)).body as Status;

  it('before the records are complete: nothing published, no comparison, and the missing articles named with their page', async () => {
    const res = await t.api('get', '/api/policy/status');
    expect(res.status).toBe(200);
    const body = res.body as Status;
    expect(body).toMatchObject({ published: null, recordsComplete: false, unpublishedChanges: false, comparison: null });
    expect(body.completeness.find((line) => line.article === '13(1)(a)')).toMatchObject({ status: 'missing', fix: 'controller' });
  });

  it('after publishing, the records and the live policy agree', async () => {
    // Four languages, whatever the example store publishes in: the archive's size depends on it.
    expect((await t.api('post', '/api/records/import', { ...seed, policy: { locales: ['en', 'de', 'fr', 'lv'] } })).status).toBe(200);
    expect((await t.api('post', '/api/policy/publish', {})).status).toBe(201);
    const body = await status();
    expect(body.published).toMatchObject({ version: 1, lastUpdated: '2026-03-02' });
    expect(body.recordsComplete).toBe(true);
    expect(body.unpublishedChanges).toBe(false);
    expect(body.comparison?.changedLocales).toEqual([]);
  });

  it('does not count a new day as a change: the live version keeps its own date', async () => {
    t.clock.set('2026-03-09T09:00:00Z');
    expect((await status()).unpublishedChanges).toBe(false);
  });

  it('shows a records change as unpublished, with the removed and added lines in the language asked for', async () => {
    const controller = { ...seed.controller, contactEmail: 'privacy@aiden.example' };
    expect((await t.api('put', '/api/records/controller', controller)).status).toBe(200);
    const body = await status('?locale=de');
    expect(body.unpublishedChanges).toBe(true);
    expect(body.comparison?.changedLocales).toEqual(['en', 'de', 'fr', 'lv']);
    expect(body.comparison?.locale).toBe('de');
    const removed = body
      .comparison!.changes.filter((c) => c.removed)
      .map((c) => c.value)
      .join('');
    const added = body
      .comparison!.changes.filter((c) => c.added)
      .map((c) => c.value)
      .join('');
    expect(removed).toContain('info@img-expert.com');
    expect(added).toContain('privacy@aiden.example');
    expect(added).not.toContain('info@img-expert.com');
  });

  it('shows a language dropped from the policy as a change in that language, every line removed', async () => {
    expect((await t.api('put', '/api/records/policy', { locales: ['en', 'de', 'fr'] })).status).toBe(200);
    const body = await status('?locale=lv');
    expect(body.comparison?.changedLocales).toContain('lv');
    expect(body.comparison?.locale).toBe('lv');
    expect(body.comparison?.changes.every((c) => c.removed)).toBe(true);
    expect((await t.api('put', '/api/records/policy', { locales: ['en', 'de', 'fr', 'lv'] })).status).toBe(200);
  });

  it('is up to date again once the change is published', async () => {
    expect((await t.api('post', '/api/policy/publish', {})).status).toBe(201);
    const body = await status();
    expect(body.published?.version).toBe(2);
    expect(body.unpublishedChanges).toBe(false);
  });

  it('downloads a past version in each format with its type and a file name', async () => {
    const html = await t.api('get', '/api/policy/versions/1/download?locale=fr&format=html');
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['content-disposition']).toBe(attachment('privacy-policy-v1-2026-03-02-fr.html'));
    expect(html.headers['content-security-policy']).toContain(`frame-ancestors https://${SHOP_A}`);
    expect(html.text).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(html.text).toContain('<title>Politique de confidentialité – v1</title>');
    expect(html.text).toContain('info@img-expert.com');

    const md = await t.api('get', '/api/policy/versions/1/download?locale=de&format=md');
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.headers['content-disposition']).toBe(attachment('privacy-policy-v1-2026-03-02-de.md'));
    expect(md.text).toMatch(/^# Datenschutzerklärung/);

    const text = await t.api('get', '/api/policy/versions/2/download?locale=lv&format=text');
    expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(text.headers['content-disposition']).toBe(attachment('privacy-policy-v2-2026-03-09-lv.txt'));
    expect(text.text).toContain('privacy@aiden.example');
  });

  it('answers 404 for a version or a language that was never published', async () => {
    expect((await t.api('get', '/api/policy/versions/9/download?locale=en&format=md')).status).toBe(404);
    expect((await t.api('get', '/api/policy/versions/1/download?locale=pl&format=md')).status).toBe(404);
  });

  it('downloads every version as one zip: a folder per version with each language and format, and a manifest', async () => {
    const res = await request(t.app)
      .get('/api/policy/versions/archive')
      .set('Authorization', await t.auth())
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toBe(attachment(`privacy-policy-versions-${SHOP_A}.zip`));
    const files = unzipSync(new Uint8Array(res.body as Buffer));
    const names = Object.keys(files).filter((name) => !name.endsWith('/'));
    expect(names).toHaveLength(2 * 4 * 3 + 1);
    expect(names).toContain('v1-2026-03-02/privacy-policy-en.html');
    expect(names).toContain('v2-2026-03-09/privacy-policy-lv.txt');
    expect(strFromU8(files['v1-2026-03-02/privacy-policy-en.md']!)).toContain('info@img-expert.com');
    expect(strFromU8(files['v2-2026-03-09/privacy-policy-en.md']!)).toContain('privacy@aiden.example');
    const manifest = JSON.parse(strFromU8(files['versions.json']!)) as { versions: Array<{ version: number; lastUpdated: string; locales: string[] }> };
    expect(manifest.versions.map((v) => [v.version, v.lastUpdated])).toEqual([
      [1, '2026-03-02'],
      [2, '2026-03-09'],
    ]);
    expect(manifest.versions[0]!.locales).toEqual(['en', 'de', 'fr', 'lv']);
  });

  it('gives another shop neither the versions nor the archive of this one', async () => {
    expect((await t.api('get', '/api/policy/versions/1/download?locale=en&format=md', undefined, { shop: SHOP_B })).status).toBe(404);
    expect((await t.api('get', '/api/policy/versions/archive', undefined, { shop: SHOP_B })).status).toBe(404);
    expect((await t.api('get', '/api/policy/status', undefined, { shop: SHOP_B })).body).toMatchObject({ published: null, unpublishedChanges: false });
  });
});
