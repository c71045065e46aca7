// The processor tasks in the admin, in a real browser against the local preview: the inbox counts
// the requests waiting on processors, the request page lists its tasks and the merchant confirms
// one with evidence; the processor dialog shows a connector's connection without its key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { openDesktopPage, PREVIEW_START_TIMEOUT_MS, screenshot, startPreviewInBrowser, stopPreviewInBrowser, type RunningPreview } from '../support/browser.ts';

describe('processor tasks in the admin', () => {
  let preview: RunningPreview;
  let browser: Browser;
  beforeAll(async () => {
    ({ preview, browser } = await startPreviewInBrowser());
  }, PREVIEW_START_TIMEOUT_MS);
  afterAll(() => stopPreviewInBrowser(browser, preview));

  it('lists a request’s processor tasks, counts it in the inbox and confirms a task with evidence', async () => {
    const token = await (await fetch(`${preview.baseUrl}/preview/session-token`)).text();
    const call = (method: string, path: string, body?: unknown) =>
      fetch(`${preview.baseUrl}${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    expect((await call('POST', '/api/records/import', JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')))).ok).toBe(
      true,
    );
    expect((await call('POST', '/api/preview/simulate-data-request', {})).ok).toBe(true);
    // The webhook's request is recorded once the app has answered Shopify.
    const firstRequest = async () => ((await (await call('GET', '/api/requests')).json()) as { requests: Array<{ id: string }> }).requests[0]?.id;
    await expect.poll(firstRequest).toBeDefined();
    const requestId = (await firstRequest())!;
    expect((await call('POST', '/api/processors/tasks', { requestId, processorId: 'paypal', method: 'manual' })).status).toBe(201);

    const { page, errors } = await openDesktopPage(browser);
    await page.goto(preview.adminUrl);
    // Home names the open requests under what needs attention (Shopify's request is on track).
    await page.getByText(/^\d+ requests? waits? for your answer$/).waitFor();
    await page.getByRole('link', { name: 'Open the requests' }).waitFor();
    await page.getByRole('link', { name: 'Requests', exact: true }).click();
    await page.getByText('1 request waits on processors').waitFor();

    await page.getByRole('button', { name: 'Access' }).first().click();
    await page.getByRole('heading', { name: 'Processors', exact: true }).waitFor();
    await page.getByText('PayPal', { exact: true }).waitFor();
    await page.getByText('Pending', { exact: true }).first().waitFor();
    await screenshot(page, 'processors-request-tasks');

    await page.getByRole('button', { name: 'Mark confirmed' }).first().click();
    await page.getByRole('dialog').getByLabel('Evidence').fill('PayPal answered on 29 Nov, case PP-7');
    await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(/PayPal answered on 29 Nov, case PP-7/).waitFor();
    await page.getByText('Confirmed', { exact: true }).waitFor();
    expect(errors).toEqual([]);
  }, 60_000);

  it('shows a connector’s connection in the processor dialog, never its key', async () => {
    const { page, errors } = await openDesktopPage(browser);
    await page.goto(preview.adminUrl);
    await page.getByRole('link', { name: 'Processors' }).first().click();
    await page.getByRole('row').filter({ hasText: 'Stripe' }).first().getByRole('button').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('API connection').waitFor();
    await dialog.getByText(/^(Connected|Not connected)/).waitFor();
    expect(await dialog.getByLabel(/API key/).getAttribute('type')).toBe('password');
    expect(await dialog.getByLabel(/API key/).inputValue()).toBe('');
    // A pasted key is saved, emptied from the field and shown only by its last characters; the test answers in words.
    await dialog.getByLabel(/API key/).fill('sk_test_browser4242');
    await dialog.getByRole('button', { name: 'Save key' }).click();
    await dialog.getByText('Connected · key …4242').waitFor();
    await expect.poll(() => dialog.getByLabel(/API key/).inputValue()).toBe('');
    expect(await dialog.textContent()).not.toContain('sk_test_browser4242');
    await dialog.getByRole('button', { name: 'Test connection' }).click();
    await dialog.getByText(/The connection (works|failed)/).waitFor();
    await screenshot(page, 'processors-connection');
    expect(errors).toEqual([]);
  }, 60_000);
});
