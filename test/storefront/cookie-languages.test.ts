// The cookie details in the banner's preferences dialog speak the shopper's language: the
// published metafield carries each cookie's texts in the policy's languages, the demo storefront
// (?locale=…) shows them, English stands in where a language has none, and a metafield written
// before cookie texts were translated still renders. After the colon each language writes as its
// typography has it (French: a space before the colon and lower case after it).
import { readFileSync } from 'node:fs';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { metafieldValue } from '../../app/policy/metafield.ts';
import { localize, renderAll } from '../../app/policy/render.ts';
import type { PreviewParts } from '../../app/preview/index.ts';
import { localeCodes, profileSchema, type Locale, type Profile } from '../../app/records/profile.ts';
import { renderBlock, type PolicyMetafield } from '../../app/storefront/liquid.ts';
import { storefrontPreviewRouter } from '../../app/preview/storefront-routes.ts';

const seed: Profile = profileSchema.parse(JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')));

/** The seed store with one analytics cookie whose purpose the merchant wrote in English and Latvian. */
function profileWith(locales: Locale[]): Profile {
  const ga = {
    name: '_ga',
    category: 'analytics' as const,
    provider: 'Google Analytics',
    purpose: { en: 'Tells visitors apart for statistics', lv: 'Atšķir apmeklētājus statistikai' },
    expiry: { en: '2 years', lv: '2 gadi' },
  };
  return { ...seed, cookies: [...seed.cookies.filter((c) => c.name !== '_ga'), ga], policy: { lastUpdated: '2026-10-01', locales } };
}

function published(profile: Profile) {
  return metafieldValue(profile, { version: 3, lastUpdated: '2026-10-01', consentVersion: 2 }, renderAll(profile, '2026-10-01'));
}

/**
 * The demo storefront's route, reading the given metafield as the stand-in's app-owned metafield.
 * The router alone on purpose: the page is a function of the metafield, so no database (a pure test).
 */
function storefront(metafield: unknown) {
  const standIn = { metafield: () => ({ value: JSON.stringify(metafield) }) };
  const app = express();
  app.use('/preview', storefrontPreviewRouter({} as never, { standIn } as unknown as PreviewParts));
  return (locale: string) => request(app).get(`/preview/storefront?locale=${locale}`).expect(200);
}

const cookieLine = (html: string, name: string) => new RegExp(`<li><code>${name}</code>[^\\n]*?</li>`).exec(html)?.[0] ?? '';

describe('the cookie details in the shopper’s language', () => {
  it('shows the Latvian purpose and expiry on a Latvian storefront and the English ones on an English storefront', async () => {
    const page = storefront(published(profileWith(['en', 'lv'])));
    const latvian = cookieLine((await page('lv')).text, '_ga');
    expect(latvian).toContain(': atšķir apmeklētājus statistikai · 2 gadi');
    const english = cookieLine((await page('en')).text, '_ga');
    expect(english).toContain('Tells visitors apart for statistics · 2 years');
    expect(english).not.toContain('tšķir');
  });

  it.each(localeCodes)('shows the example store’s cookie texts in %s on a storefront in that language', async (locale) => {
    const page = storefront(published({ ...seed, policy: { lastUpdated: '2026-10-01', locales: [...localeCodes] } }));
    const cart = seed.cookies.find((c) => c.name === 'cart')!;
    const purpose = localize(cart.purpose, locale);
    // After the colon German and English go on as a sentence, the other languages in lower case.
    const shown = ['de', 'en'].includes(locale) ? purpose : purpose.charAt(0).toLowerCase() + purpose.slice(1);
    expect(cookieLine((await page(locale)).text, 'cart')).toContain(`: ${shown} · ${localize(cart.expiry, locale)}`);
  });

  it('writes the French list with a space before the colon and lower case after it, as the rest of the French banner', async () => {
    const page = storefront(published({ ...seed, policy: { lastUpdated: '2026-10-01', locales: [...localeCodes] } }));
    const html = (await page('fr')).text;
    expect(cookieLine(html, 'cart')).toBe('<li><code>cart</code> (Shopify) : conserve le contenu de votre panier · 2 semaines</li>');
    expect(html).toContain('Votre identifiant de consentement :');
  });

  it('keeps the capitals of an abbreviation that starts a purpose', async () => {
    const metafield = published({
      ...seed,
      cookies: [{ name: '_ip', category: 'analytics', provider: 'Shop', purpose: { en: 'IP-based region', fr: 'IP de la région' }, expiry: '1 day' }],
      policy: { lastUpdated: '2026-10-01', locales: ['en', 'fr'] },
    });
    expect(cookieLine((await storefront(metafield)('fr')).text, '_ip')).toBe('<li><code>_ip</code> (Shop) : IP de la région · 1 day</li>');
  });

  it('lets the demo storefront switch to every language the storefront speaks', async () => {
    const html = (await storefront(published(seed))('en')).text;
    const header = /<header>[\s\S]*?<\/header>/.exec(html)?.[0] ?? '';
    expect([...header.matchAll(/href="\?locale=(\w+)"/g)].map((m) => m[1])).toEqual([...localeCodes]);
  });

  it('falls back to English in a language the merchant wrote no cookie text for', async () => {
    const page = storefront(published(profileWith(['en', 'de', 'lv'])));
    expect(cookieLine((await page('de')).text, '_ga')).toContain('Tells visitors apart for statistics · 2 years');
  });

  it('publishes only the policy’s languages, and only the texts that differ from English', () => {
    const cookies = published(profileWith(['en', 'de'])).categories.flatMap((c) => c.cookies);
    const ga = cookies.find((c) => c.name === '_ga')!;
    expect(ga).toEqual({ name: '_ga', provider: 'Google Analytics', purpose: 'Tells visitors apart for statistics', expiry: '2 years' });
    const cart = cookies.find((c) => c.name === 'cart')!;
    expect(Object.keys(cart.localized ?? {})).toEqual(['de']);
    expect(
      published(profileWith(['lv']))
        .categories.flatMap((c) => c.cookies)
        .find((c) => c.name === '_ga')!.localized,
    ).toEqual({
      lv: { purpose: 'Atšķir apmeklētājus statistikai', expiry: '2 gadi' },
    });
  });

  it('still renders a metafield from the previous version, whose cookie texts are plain strings', async () => {
    const previous: PolicyMetafield = {
      version: 1,
      lastUpdated: '2026-01-15',
      consentVersion: 1,
      locales: { en: { title: 'Privacy policy', html: '<p>English text</p>' }, lv: { title: 'Privātuma politika', html: '<p>Latviešu teksts</p>' } },
      categories: [{ key: 'analytics', cookies: [{ name: '_ga', provider: 'Google', purpose: 'Counts visits', expiry: '2 years' }] }],
    };
    const html = await renderBlock('consent-banner', { policy: previous, locale: 'lv', assetBase: '/assets/' });
    expect(cookieLine(html, '_ga')).toBe('<li><code>_ga</code> (Google): counts visits · 2 years</li>');
    expect(cookieLine((await storefront(previous)('lv')).text, '_ga')).toContain('counts visits · 2 years');
  });
});
