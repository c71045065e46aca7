// A shopper's erasure request from end to end in the local preview: the storefront form, the
// confirmation link in the mailbox (real SMTP), the merchant completing it in the admin, and
// Lawfully asking Shopify (the Admin API stand-in) to erase the customer.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { collectPageErrors, screenshot, usePreviewInBrowser } from '../support/browser.ts';
import { DAY_MS } from '../../app/platform/time.ts';

describe('a shopper’s erasure request, end to end', () => {
  const running = usePreviewInBrowser();

  it('goes from the storefront form to Shopify’s erasure, with the mailbox link in between', async () => {
    const { customers } = (await (await fetch(`${running.preview.baseUrl}/preview/demo-customers.json`)).json()) as {
      customers: Array<{ id: number; email: string; orders: number; lastOrderAt: string | null }>;
    };
    // A customer whose last order is older than 180 days, so Shopify does not hold the erasure.
    const shopper = customers.find((c) => c.orders > 0 && Date.now() - Date.parse(c.lastOrderAt!) > 200 * DAY_MS)!;

    // The merchant has published a policy (the banner and the policy block show it).
    const token = await (await fetch(`${running.preview.baseUrl}/preview/session-token`)).text();
    const post = (path: string, body: unknown) =>
      fetch(`${running.preview.baseUrl}${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post('/api/records/import', JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')))).ok).toBe(true);
    expect((await post('/api/policy/publish', {})).status).toBe(201);

    const page = await running.browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(running.preview.storefrontUrl);
    await page.getByRole('button', { name: 'Reject all' }).click();
    // Two rights in one submission: one request each, under one confirmation.
    await page.getByLabel('What would you like to do?').selectOption(['access', 'erasure']);
    await page.getByLabel('Your email address').fill(shopper.email);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Check your inbox');
    await screenshot(page, 'journey-storefront-request');

    await expect
      .poll(async () => (await (await fetch(`${running.preview.baseUrl}/preview/mail.json`)).json()).mails.length, { timeout: 15_000 })
      .toBeGreaterThan(0);
    await page.goto(`${running.preview.baseUrl}/preview/mail`);
    await page
      .getByRole('link', { name: /\/apps\/lawfully\/verify\// })
      .first()
      .click();
    // Opening the link confirms nothing: the shopper presses the button.
    await page.getByRole('heading', { name: 'Confirm your request' }).waitFor();
    await page.getByText('Access (Art. 15) and Erasure (Art. 17)').waitFor();
    await page.getByRole('banner').getByText('Lawfully Demo Prints').waitFor();
    await screenshot(page, 'journey-confirm-page');
    await page.getByRole('button', { name: 'Confirm my request' }).click();
    await page.getByRole('heading', { name: 'Request confirmed' }).waitFor();

    await page.goto(running.preview.adminUrl);
    await page.getByRole('link', { name: 'Requests', exact: true }).click();
    await page.getByRole('button', { name: 'Erasure' }).first().click();
    await page.getByRole('heading', { name: 'Erasure request' }).waitFor();
    await screenshot(page, 'journey-admin-request');
    await page.getByRole('button', { name: 'Erase the customer’s data' }).click();
    // It cannot be undone: the merchant types the word before the button works.
    await page.getByText('This cannot be undone').waitFor();
    expect(await page.getByRole('button', { name: 'Erase permanently' }).isDisabled()).toBe(true);
    await page.getByLabel('Type ERASE to confirm').fill('ERASE');
    await page.getByRole('button', { name: 'Erase permanently' }).click();
    await page.getByText('Completed').first().waitFor();
    await page.getByText('Asked Shopify to erase the customer').waitFor();
    await screenshot(page, 'journey-admin-completed');

    const { calls } = (await (await fetch(`${running.preview.baseUrl}/preview/shopify-calls.json`)).json()) as {
      calls: Array<{ fields: string[]; variables: { customerId?: string } }>;
    };
    expect(calls).toContainEqual(
      expect.objectContaining({ fields: ['customerRequestDataErasure'], variables: { customerId: `gid://shopify/Customer/${shopper.id}` } }),
    );
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
  it('shows an erasure Shopify holds as held until its date, never as done or overdue', async () => {
    const { customers } = (await (await fetch(`${running.preview.baseUrl}/preview/demo-customers.json`)).json()) as {
      customers: Array<{ id: number; email: string; orders: number; lastOrderAt: string | null }>;
    };
    // A customer who ordered in the last 180 days: Shopify holds their erasure.
    const buyer = customers.find((c) => c.lastOrderAt && Date.now() - Date.parse(c.lastOrderAt) < 60 * DAY_MS)!;
    const page = await running.browser.newPage();
    const errors = collectPageErrors(page);
    // Signed in on the storefront: verified at once, with the account's email.
    await page.goto(`${running.preview.storefrontUrl}?login=${buyer.id}`);
    await page
      .getByRole('button', { name: 'Reject all' })
      .click()
      .catch(() => {});
    await page.getByLabel('What would you like to do?').selectOption('erasure');
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('received');

    await page.goto(running.preview.adminUrl);
    await page.getByRole('link', { name: 'Requests', exact: true }).click();
    await page.getByRole('button', { name: 'Erasure' }).first().click();
    await page.getByRole('heading', { name: 'Erasure request' }).waitFor();
    await page.getByRole('button', { name: 'Erase the customer’s data' }).click();
    await page.getByLabel('Type ERASE to confirm').fill('ERASE');
    await page.getByRole('button', { name: 'Erase permanently' }).click();
    const held = page.getByText(/^Held by Shopify until /).first();
    await held.waitFor();
    expect(await page.getByText('Completed').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Erase the customer’s data' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Reject' }).count()).toBe(0);
    await screenshot(page, 'journey-admin-held');

    await page.getByRole('link', { name: 'Requests', exact: true }).click();
    await page
      .getByText(/^Held by Shopify until /)
      .first()
      .waitFor();
    expect(await page.getByText(/^Overdue/).count()).toBe(0);
    await screenshot(page, 'journey-inbox-held');
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
