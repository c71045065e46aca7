// The consent categories come from one module on the server: the published metafield lists them,
// the banner's dialog offers exactly those, and a metafield published before categories carried
// `required` still renders the necessary one as granted.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { consentCategories, optionalCategories } from '../../app/consent/categories.ts';
import { metafieldValue } from '../../app/policy/metafield.ts';
import { renderAll } from '../../app/policy/render.ts';
import { profileSchema, type Profile } from '../../app/records/profile.ts';
import { renderBlock, type PolicyMetafield } from '../../app/storefront/liquid.ts';

const seed: Profile = profileSchema.parse(JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')));
const published = metafieldValue(seed, { version: 1, lastUpdated: '2026-10-01', consentVersion: 1 }, renderAll(seed, '2026-10-01'));

/** The dialog's checkboxes: name, and whether the visitor can change it. */
async function choicesIn(policy: PolicyMetafield | typeof published) {
  const html = await renderBlock('consent-banner', { policy, locale: 'en', assetBase: '/assets/' });
  return [...html.matchAll(/<input type="checkbox" name="(\w+)"[^>]*?(checked disabled)?>/g)].map(([, name, fixed]) => ({ name, required: Boolean(fixed) }));
}

describe('the consent categories', () => {
  it('are published in the metafield, every one, the necessary one marked required', () => {
    expect(published.categories.map((c) => c.key)).toEqual([...consentCategories]);
    expect(published.categories.filter((c) => 'required' in c).map((c) => c.key)).toEqual(['necessary']);
  });

  it('are the choices the banner offers, the required one checked and fixed', async () => {
    expect(await choicesIn(published)).toEqual([{ name: 'necessary', required: true }, ...optionalCategories.map((name) => ({ name, required: false }))]);
  });

  it('still render from a metafield published before categories carried `required`', async () => {
    const older: PolicyMetafield = { ...published, categories: published.categories.map(({ key, cookies }) => ({ key, cookies })) };
    expect(await choicesIn(older)).toEqual(await choicesIn(published));
  });
});
