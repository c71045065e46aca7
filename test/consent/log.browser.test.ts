// The whole path of a consent choice in the local preview: the published policy's banner on the
// storefront, Shopify's app proxy (stood in for, with the same signature), the consent log the
// merchant reads — and the policy block in the shopper's language.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { collectPageErrors, screenshot, usePreviewInBrowser } from '../support/browser.ts';

const seed = JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8'));

describe('consent choices from the storefront preview to the consent log', () => {
  const running = usePreviewInBrowser();
  let token: string;
  const api = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${running.preview.baseUrl}${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    });
    expect(res.ok, `${path} answered ${res.status}`).toBe(true);
    return res.json();
  };
  beforeAll(async () => {
    token = await (await fetch(`${running.preview.baseUrl}/preview/session-token`)).text();
    await api('/api/records/import', { method: 'POST', body: JSON.stringify(seed) });
    await api('/api/policy/publish', { method: 'POST', body: JSON.stringify({}) });
  });

  it('logs accepting and then withdrawing, with the policy version, and shows them to the merchant', async () => {
    const page = await running.browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(running.preview.storefrontUrl);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __lawfullyAnalyticsRan?: number }).__lawfullyAnalyticsRan ?? 0)).toBe(1);
    await page.getByRole('button', { name: 'Privacy settings' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Reject all' }).click();

    await expect.poll(async () => (await api('/api/consent')).records.length).toBe(2);
    const { records } = await api('/api/consent');
    expect(records.map((r: { granted: string }) => r.granted)).toEqual(['', 'preferences,analytics,marketing']);
    expect(records[0]).toMatchObject({ source: 'withdrawal', policyVersion: 1 });

    await page.goto(running.preview.adminUrl);
    await page.getByRole('link', { name: 'Consent log' }).click();
    await page.getByText('withdrawal').first().waitFor();
    await screenshot(page, 'consent-log');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders the published policy in the shopper’s language with its date', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.preview.storefrontUrl}?locale=lv`);
    await expect.poll(() => page.locator('section[aria-label="Privacy policy"]').textContent()).toContain('Privātuma politika');
    await expect.poll(() => page.locator('section[aria-label="Privacy policy"]').textContent()).toContain('2026');
    await page.close();
  });
});
