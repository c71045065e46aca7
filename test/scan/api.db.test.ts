// The scan's admin API without a browser run: a missing Chromium fails the scan with a message
// naming the variable to set, the storefront password is stored sealed, the weekly rescan only
// follows a merchant's own first scan, and scan history is pruned to a year but keeps the latest.
import { describe, expect, it } from 'vitest';
import { SHOP_A, useTestApp } from '../support/app.ts';
import { enqueueJob } from '../../app/jobs/queue.ts';
import { SCAN_WEEKLY_JOB, scanJobHandlers } from '../../app/scan/jobs.ts';
import { purgeOldScans } from '../../app/scan/store.ts';
import { addDays, DAY_MS } from '../../app/platform/time.ts';

describe('the scan API', () => {
  const t = useTestApp({ env: { LAWFULLY_CHROMIUM_PATH: '/nowhere/chromium' } });
  const runJobs = () => t.runJobs(scanJobHandlers(t.deps));

  it('fails a scan with a message naming LAWFULLY_CHROMIUM_PATH when Chromium is not there', async () => {
    const started = await t.api('post', '/api/scans');
    expect(started.status).toBe(202);
    await runJobs();
    const { body } = await t.api('get', `/api/scans/${started.body.scan.id as string}`);
    expect(body.scan.status).toBe('failed');
    expect(body.scan.error).toContain('/nowhere/chromium');
    expect(body.scan.error).toContain('LAWFULLY_CHROMIUM_PATH');
    expect((await t.api('get', '/api/scans')).body.scans[0].id).toBe(started.body.scan.id);
    expect((await t.api('get', '/api/scans/latest')).body.scan).toBeNull();
  });

  it('keeps the storefront password sealed and only says that there is one', async () => {
    const saved = await t.api('put', '/api/scans/settings', { password: 'opensesame', weekly: false });
    expect(saved.status).toBe(200);
    expect(saved.body.settings).toEqual({ weekly: false, hasPassword: true });
    const row = await t.deps.db.scanSettings.findUniqueOrThrow({ where: { shop: SHOP_A } });
    expect(row.storefrontPassword).not.toContain('opensesame');
    expect(JSON.stringify((await t.api('get', '/api/scans/settings')).body)).not.toContain('opensesame');
    expect((await t.api('put', '/api/scans/settings', { password: null, weekly: true })).body.settings).toEqual({ weekly: true, hasPassword: false });
  });

  it('answers 400 for settings it does not know', async () => {
    const refused = await t.api('put', '/api/scans/settings', { weekly: 'often' });
    expect(refused.status).toBe(400);
    expect(refused.body.fields.weekly).toMatch(/every week/);
  });

  it('rescans weekly only a shop whose latest scan is a week old', async () => {
    const weekly = () => enqueueJob(t.deps.db, { shop: SHOP_A, kind: SCAN_WEEKLY_JOB, payload: {}, runAt: t.clock.now() });
    const scans = () => t.deps.db.storefrontScan.count({ where: { shop: SHOP_A } });
    const before = await scans();
    await weekly();
    await runJobs();
    expect(await scans()).toBe(before); // the latest scan is from today
    t.clock.advance(7 * DAY_MS);
    await weekly();
    await runJobs();
    expect(await scans()).toBe(before + 1);
    const latest = await t.deps.db.storefrontScan.findFirstOrThrow({ where: { shop: SHOP_A }, orderBy: { createdAt: 'desc' } });
    expect(latest.trigger).toBe('weekly');
  });

  it('deletes scans older than a year but keeps the latest finished one', async () => {
    const shop = 'history.myshopify.com';
    const now = t.clock.now();
    const old = addDays(now, -400);
    await t.deps.db.storefrontScan.createMany({
      data: [
        { id: 'old-done-1', shop, trigger: 'weekly', status: 'done', createdAt: addDays(old, -7), finishedAt: addDays(old, -7) },
        { id: 'old-done-2', shop, trigger: 'weekly', status: 'done', createdAt: old, finishedAt: old },
        { id: 'old-failed', shop, trigger: 'weekly', status: 'failed', createdAt: addDays(old, 1), finishedAt: addDays(old, 1) },
      ],
    });
    expect(await purgeOldScans(t.deps.db, shop, now)).toBe(2);
    expect((await t.deps.db.storefrontScan.findMany({ where: { shop } })).map((s) => s.id)).toEqual(['old-done-2']);
  });
});
