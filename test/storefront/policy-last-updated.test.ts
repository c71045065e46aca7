// The policy block shows "Last updated" once, with the date written in the page's language: the
// published HTML carries it (rendered per language), and the block adds only the version.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderAll } from '../../app/policy/render.ts';
import { profileSchema } from '../../app/records/profile.ts';
import { extensionDir, renderBlock, STOREFRONT_LOCALES, type PolicyMetafield } from '../../app/storefront/liquid.ts';

const seed = profileSchema.parse(JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')));
const rendered = renderAll(seed, '2026-11-20', STOREFRONT_LOCALES);
const policy: PolicyMetafield = {
  version: 3,
  lastUpdated: '2026-11-20',
  consentVersion: 1,
  defaultLocale: 'en',
  locales: Object.fromEntries(STOREFRONT_LOCALES.map((locale) => [locale, { title: locale, html: rendered[locale]?.html ?? '' }])),
  categories: [],
};
const count = (text: string, part: string) => text.split(part).length - 1;
/** The block's "Version 3" in the theme locale of that language. */
const versionLine = (locale: string) =>
  (
    JSON.parse(readFileSync(`${extensionDir}locales/${locale === 'en' ? 'en.default' : locale}.json`, 'utf8')) as { policy: { version: string } }
  ).policy.version.replace('{{ version }}', '3');

describe('the policy block', () => {
  it.each([
    ['en', 'Last updated: November 20, 2026'],
    ['de', 'Zuletzt aktualisiert: 20. November 2026'],
    ['fr', 'Dernière mise à jour : 20 novembre 2026'],
    ['lv', 'Pēdējo reizi atjaunināta 2026. gada 20. novembrī'],
    ['es', 'Última actualización: 20 de noviembre de 2026'],
    ['it', 'Ultimo aggiornamento: 20 novembre 2026'],
    ['nl', 'Laatst bijgewerkt: 20 november 2026'],
    ['pl', 'Ostatnia aktualizacja: 20 listopada 2026 r.'],
  ] as const)('in %s shows "Last updated" once, with the date in that language, and the version', async (locale, line) => {
    const html = await renderBlock('privacy-policy', { policy, locale, assetBase: '/assets/' });
    expect(html).toContain(line);
    expect(count(html, line.split(':')[0]!)).toBe(1);
    expect(html).not.toContain('>2026-11-20<');
    expect(html).toContain(versionLine(locale));
  });
});
