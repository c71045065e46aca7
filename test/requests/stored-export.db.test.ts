// Export packages are read back through their schema (app/requests/exports.ts): a package that no
// longer fits is refused by name, a withdrawn one is said to be withdrawn, and the request itself
// stays readable either way.
import { describe, expect, it } from 'vitest';
import { SHOP_A, useTestApp } from '../support/app.ts';
import { DAY_MS } from '../../app/platform/time.ts';
import { storedExport } from '../../app/requests/exports.ts';
import { StoredDataError } from '../../app/platform/errors.ts';

describe('stored export packages', () => {
  const t = useTestApp();

  async function requestWithPackage(content: object) {
    const now = t.clock.now();
    const request = await t.deps.db.dataSubjectRequest.create({
      data: { shop: SHOP_A, type: 'access', source: 'storefront', status: 'in_progress', receivedAt: now, dueAt: new Date(now.getTime() + 30 * DAY_MS) },
    });
    const pkg = await t.deps.db.exportPackage.create({
      data: { shop: SHOP_A, requestId: request.id, content, summary: 'Personal data', expiresAt: new Date(now.getTime() + 30 * DAY_MS) },
    });
    return { request, pkg };
  }

  it('refuses a package whose content no longer fits, naming the row but not the data, and still shows the request', async () => {
    const { request, pkg } = await requestWithPackage({
      format: 'lawfully-export/1',
      shop: SHOP_A,
      generatedAt: '2026-01-01T00:00:00.000Z',
      shopify: { customer: { email: 'ada@example.com' }, orders: 'not a list' },
      lawfully: { consentRecords: [], requests: [] },
    });
    const download = await t.api('get', `/api/requests/${request.id}/export.json`);
    expect(download.status).toBe(500);
    expect(JSON.stringify(download.body)).not.toContain('ada@example.com');
    expect(() => storedExport(pkg)).toThrow(
      new StoredDataError(`ExportPackage.content of row ${pkg.id} does not fit its schema: shopify.orders: Invalid input: expected array, received string.`),
    );
    const page = await t.api('get', `/api/requests/${request.id}`);
    expect(page.status).toBe(200);
    expect(page.body.request.id).toBe(request.id);
  });

  it('says a withdrawn package was withdrawn (the person was erased)', async () => {
    const { request } = await requestWithPackage({ withdrawn: 'erased' });
    const download = await t.api('get', `/api/requests/${request.id}/export.csv`);
    expect(download.status).toBe(410);
    expect(download.body.error).toMatch(/withdrawn/);
  });
});
