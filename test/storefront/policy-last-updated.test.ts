// The policy block shows "Last updated" once, with the date written in the page's language: the
// published HTML carries it (rendered per language), and the block adds only the version.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderAll } from '../../app/policy/render.ts';
import { profileSchema } from '../../app/records/profile.ts';
import { renderBlock, type PolicyMetafield } from '../../app/storefront/liquid.ts';

const seed = profileSchema.parse(JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')));
const rendered = renderAll(seed, '2026-11-20', ['en', 'de', 'lv']);
const policy: PolicyMetafield = {
  version: 3,
  lastUpdated: '2026-11-20',
  consentVersion: 1,
  defaultLocale: 'en',
  locales: { en: { title: 'Privacy Policy', html: rendered.en!.html }, de: { title: 'Datenschutzerklärung', html: rendered.de!.html }, lv: { title: 'Privātuma politika', html: rendered.lv!.html } },
  categories: [],
};
const count = (text: string, part: string) => text.split(part).length - 1;

describe('the policy block', () => {
  it.each([
    ['en', 'Last updated: November 20, 2026'],
    ['de', 'Zuletzt aktualisiert: 20. November 2026'],
  ] as const)('in %s shows "Last updated" once, with the date in that language, and the version', async (locale, line) => {
    const html = await renderBlock('privacy-policy', { policy, locale, assetBase: '/assets/' });
    expect(html).toContain(line);
    expect(count(html, line.split(':')[0]!)).toBe(1);
    expect(html).not.toContain('>2026-11-20<');
    expect(html).toContain('Version 3');
  });
});
