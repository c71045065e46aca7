import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { collectPageErrors, screenshot, usePreviewInBrowser } from '../support/browser.ts';

describe('the local preview in a browser', () => {
  const running = usePreviewInBrowser();

  it('prints the admin and storefront URLs', () => {
    expect(running.preview.adminUrl).toMatch(/^http:\/\/localhost:\d+\/\?shop=lawfully-demo\.myshopify\.com$/);
    expect(running.preview.storefrontUrl).toMatch(/^http:\/\/localhost:\d+\/preview\/storefront$/);
  });

  it('loads the admin, signed in as the demo shop, with no console errors', async () => {
    const page = await running.browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(running.preview.adminUrl);
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'foundation-admin');
    expect(errors).toEqual([]);
  });

  it('loads the storefront preview page with no console errors', async () => {
    const page = await running.browser.newPage();
    const errors = collectPageErrors(page);
    const response = await page.goto(running.preview.storefrontUrl);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'foundation-storefront');
    expect(errors).toEqual([]);
  });

  it('holds the storefront’s trackers before a policy is published, then shows the banner, which links the published policy', async () => {
    const page = await running.browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(running.preview.storefrontUrl);
    await page.waitForLoadState('networkidle');
    // Only the merchant looks at it yet: the theme editor's notice, no banner, and the untagged Hotjar snippet held.
    expect(await page.getByText('the cookie banner appears once you publish').isVisible()).toBe(true);
    expect(await page.locator('.lf-banner').count()).toBe(0);
    expect(await page.locator('script[data-lf-held="analytics"][src*="hotjar"]').count()).toBe(1);

    const api = async (path: string, body: unknown) => {
      const token = await (await fetch(`${running.preview.baseUrl}/preview/session-token`)).text();
      const res = await fetch(`${running.preview.baseUrl}${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return res.status;
    };
    expect(await api('/api/records/import', JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')))).toBe(200);
    expect(await api('/api/policy/publish', {})).toBe(201);

    await page.reload();
    const banner = page.locator('.lf-banner');
    await banner.waitFor();
    expect(await page.locator('script[data-lf-held="analytics"][src*="hotjar"]').count()).toBe(1);
    const link = banner.getByRole('link');
    expect(await link.getAttribute('href')).toBe('/apps/lawfully/policy?locale=en');
    await link.click();
    await page.getByRole('heading', { name: 'Privacy Policy', level: 1 }).waitFor();
    expect(errors).toEqual([]);
  });

  it('scans the storefront from the admin as a merchant does: no leak, Hotjar’s cookies offered, and the HTML hold may go off', async () => {
    const page = await running.browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(running.preview.adminUrl);
    await page.getByRole('link', { name: 'Storefront scan' }).click();
    await page.getByRole('button', { name: 'Scan my storefront' }).click();
    await page.getByText('Your theme writes no tracker script or pixel in its HTML').waitFor({ timeout: 90_000 });
    expect(await page.getByText('“Hold tracker tags written in the theme’s HTML”', { exact: false }).first().isVisible()).toBe(true);
    expect(await page.getByText('_hjSessionUser_3141592').first().isVisible()).toBe(true);
    await screenshot(page, 'foundation-scan');
    expect(errors).toEqual([]);
  }, 120_000);
});
