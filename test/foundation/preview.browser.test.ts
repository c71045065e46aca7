import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { collectPageErrors, launchBrowser, screenshot, startPreview, type RunningPreview } from '../support/browser.ts';

describe('the local preview in a browser', () => {
  let preview: RunningPreview | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    preview = await startPreview();
    browser = await launchBrowser();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  it('prints the admin and storefront URLs', () => {
    expect(preview!.adminUrl).toMatch(/^http:\/\/localhost:\d+\/\?shop=lawfully-demo\.myshopify\.com$/);
    expect(preview!.storefrontUrl).toMatch(/^http:\/\/localhost:\d+\/preview\/storefront$/);
  });

  it('loads the admin, signed in as the demo shop, with no console errors', async () => {
    const page = await browser!.newPage();
    const errors = collectPageErrors(page);
    await page.goto(preview!.adminUrl);
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'foundation-admin');
    expect(errors).toEqual([]);
  });

  it('loads the storefront preview page with no console errors', async () => {
    const page = await browser!.newPage();
    const errors = collectPageErrors(page);
    const response = await page.goto(preview!.storefrontUrl);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'foundation-storefront');
    expect(errors).toEqual([]);
  });
});
