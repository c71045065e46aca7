// A merchant says in the Data inventory whether customers must give a kind of data and what happens
// if they do not (Art. 13(2)(e) GDPR): the Policy page's completeness check counts the new kind as
// missing until it is said, a chosen answer without its sentence is refused at the field, and the
// saved answer appears in the policy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openDesktopPage, PREVIEW_START_TIMEOUT_MS, screenshot, startPreviewInBrowser, stopPreviewInBrowser, type RunningPreview } from '../support/browser.ts';
import { DESCRIPTION_MAX_LENGTH } from '../../app/records/limits.ts';

const SEED = resolve('examples', 'seed-store.json');
const CONSEQUENCE = 'You can order without it; we then cannot send you a birthday discount.';

describe('the Art. 13(2)(e) answers in the Data inventory', () => {
  let preview: RunningPreview;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ preview, browser } = await startPreviewInBrowser());
    ({ page, errors } = await openDesktopPage(browser));
  }, PREVIEW_START_TIMEOUT_MS);
  afterAll(() => stopPreviewInBrowser(browser, preview));

  const open = async (label: string) => {
    await page.locator('nav').getByRole('link', { name: label, exact: true }).click();
    await page.getByRole('heading', { name: label, exact: true, level: 1 }).waitFor();
  };
  const toast = (text: string) => page.getByRole('status').filter({ hasText: text }).first().waitFor();
  const provisionLine = () => page.getByTestId('policy-completeness').locator('[data-article="13(2)(e)"]');
  // The new kind of data is the last one listed.
  const requirement = () => page.getByLabel('Must the customer give this data?').last();
  const consequence = () => page.getByLabel('What happens if the customer does not give it').last();

  it('lets a merchant say it for a new kind of data and shows the sentence in the policy', async () => {
    await page.goto(preview.adminUrl);
    await open('Privacy policy');
    await page.getByLabel('Profile file to import').setInputFiles(SEED);
    await page.getByRole('dialog').getByRole('button', { name: 'Import' }).click();
    await toast('Profile imported');
    // The example says it for every kind of data its customers give.
    await expect.poll(() => provisionLine().getAttribute('data-status')).toBe('met');

    await open('Data inventory');
    await page.getByRole('button', { name: 'Add a category' }).click();
    await page.getByLabel('Name').last().fill('Date of birth');
    await page.getByLabel('Description').last().fill('The birthday a customer may add to their account.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await toast('Data inventory saved');

    // Not said yet for the new kind: the policy's check names it and links to where it is fixed.
    await open('Privacy policy');
    await expect.poll(() => provisionLine().getAttribute('data-status')).toBe('missing');
    expect(await provisionLine().textContent()).toContain('For "Date of birth", say whether');
    await provisionLine().getByRole('link', { name: 'Fix it on Data inventory' }).click();
    await page.getByRole('heading', { name: 'Data inventory', level: 1 }).waitFor();

    // An answer without its sentence is refused, and the field says why.
    await requirement().selectOption({ label: 'Voluntary: the customer may leave it out' });
    expect(await consequence().getAttribute('maxlength')).toBe(String(DESCRIPTION_MAX_LENGTH));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Not saved', { exact: true }).waitFor();
    expect(await consequence().getAttribute('aria-invalid')).toBe('true');
    // The field's own description (read out with it) carries the server's message.
    const described = ((await consequence().getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
    const descriptions = await Promise.all(described.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(descriptions.join(' ')).toContain('Say what happens if the customer does not give this data');

    await consequence().fill(CONSEQUENCE);
    // The form counts the characters against the server's limit.
    await page.getByText(`${CONSEQUENCE.length}/${DESCRIPTION_MAX_LENGTH}`).waitFor();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await toast('Data inventory saved');
    await screenshot(page, 'records-inventory-provision');

    // The policy now says it, in the list of what each kind of data requires.
    await open('Privacy policy');
    await expect.poll(() => provisionLine().getAttribute('data-status')).toBe('met');
    const policy = page.frameLocator('iframe[title="Policy preview"]');
    await policy.getByText(`Date of birth – voluntary. ${CONSEQUENCE}`).waitFor();

    // Back on the inventory, the form shows the saved answer.
    await open('Data inventory');
    expect(await requirement().inputValue()).toBe('voluntary');
    expect(await consequence().inputValue()).toBe(CONSEQUENCE);

    expect(errors.filter((message) => !/Failed to load resource: the server responded with a status of 400/.test(message))).toEqual([]);
  }, 90_000);
});
