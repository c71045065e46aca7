// The Liquid stand-in and the extension's texts: each block renders from the metafield with its
// schema defaults, stays silent for shoppers without a policy, and every text exists in every
// storefront language.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BLOCKS, extensionDir, readBlockSchema, renderBlock, STOREFRONT_LOCALES, type PolicyMetafield } from '../../app/storefront/liquid.ts';

const policy: PolicyMetafield = {
  version: 2,
  lastUpdated: '2026-10-01',
  consentVersion: 5,
  locales: { en: { title: 'Privacy policy', html: '<p>English text</p>' }, fr: { title: 'Politique', html: '<p>Texte français</p>' } },
  categories: [{ key: 'analytics', cookies: [{ name: '_ga', provider: 'Google', purpose: 'Counts <visits>', expiry: '2 years' }] }],
};
const render = (name: (typeof BLOCKS)[number], input: Partial<Parameters<typeof renderBlock>[1]> = {}) =>
  renderBlock(name, { policy, locale: 'en', assetBase: '/assets/', ...input });

const keysOf = (node: unknown, prefix = ''): string[] =>
  node && typeof node === 'object' && !('one' in node) ? Object.entries(node).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k)) : [prefix];
const locale = (file: string) => JSON.parse(readFileSync(`${extensionDir}locales/${file}`, 'utf8'));

describe('the storefront blocks rendered with liquidjs', () => {
  it('reads each block’s schema: the banner is an app embed in compliance_head, the others app blocks', () => {
    expect(readBlockSchema('consent-banner').target).toBe('compliance_head');
    expect(readBlockSchema('privacy-policy').target).toBe('section');
    expect(readBlockSchema('data-request').target).toBe('section');
  });

  it('renders the banner with the schema defaults, and the merchant’s settings over them', async () => {
    const plain = await render('consent-banner');
    expect(plain).toContain('lf-pos-bottom');
    expect(plain).toContain('--lf-bg: #ffffff');
    expect(plain).toContain('data-consent-version="5"');
    expect(plain).not.toContain('data-only-where-required');
    const custom = await render('consent-banner', { settings: { position: 'center', only_where_required: true, title: 'Cookies?' } });
    expect(custom).toContain('lf-pos-center');
    expect(custom).toContain('data-only-where-required');
    expect(await render('data-request', { settings: { heading: 'Your data' } })).toContain('<h2>Your data</h2>');
    expect(custom).toContain('<h2 id="lf-title">Cookies?</h2>');
    expect(await render('consent-banner', { settings: { 'consent-banner': { position: 'bottom-left' } } })).toContain('lf-pos-bottom-left');
  });

  it('lists the metafield’s cookies, escaped, with a plural count in the shopper’s language', async () => {
    const html = await render('consent-banner', { locale: 'de' });
    expect(html).toContain('<code>_ga</code> (Google): Counts &lt;visits&gt;');
    expect(html).toContain('<summary>1 Cookie</summary>');
    expect(html).toContain('Alle akzeptieren');
  });

  it('renders the policy in the shopper’s language, else in English, with the version', async () => {
    expect(await render('privacy-policy', { locale: 'fr' })).toContain('Texte français');
    const fallback = await render('privacy-policy', { locale: 'lv' });
    expect(fallback).toContain('lang="en"');
    expect(fallback).toContain('English text');
    // The published HTML carries "Last updated" in its own language; the block adds only the version, in the shopper's.
    expect(fallback).toContain('Versija 2');
    expect(fallback).not.toContain('>2026-10-01<');
  });

  it('falls back to the merchant’s first language when English was not published', async () => {
    const latvianOnly: PolicyMetafield = { ...policy, defaultLocale: 'lv', locales: { lv: { title: 'Privātuma politika', html: '<p>Latviešu teksts</p>' } } };
    const shown = await render('privacy-policy', { locale: 'en', policy: latvianOnly });
    expect(shown).toContain('lang="lv"');
    expect(shown).toContain('Latviešu teksts');
  });

  it('holds trackers without a published policy: the blocker and Consent Mode defaults, no banner, and a quiet notice in the theme editor', async () => {
    expect((await render('privacy-policy', { policy: null })).trim()).toBe('');
    const unpublished = await render('consent-banner', { policy: null });
    expect(unpublished).toContain('/*lawfully-blocker*/');
    expect(unpublished).toContain('var lawfullyConfig={"v":0,"e":12,"x":null}');
    expect(unpublished).toContain("gtag('consent', 'default'");
    expect(unpublished).not.toContain('lawfully-banner');
    expect(unpublished).not.toContain('lawfully-consent.js');
    expect(await render('privacy-policy', { policy: null, designMode: true })).toContain('no privacy policy has been published yet');
    const notice = await render('consent-banner', { policy: null, designMode: true });
    expect(notice).toContain('the cookie banner appears once you publish');
    expect(notice).toContain('trackers stay blocked');
    expect(notice).not.toContain('lawfully-consent.js');
  });

  it('holds tracker tags written in the theme’s HTML by default (an empty CSP stops the look-ahead), and the merchant may turn that off', async () => {
    const meta = '<meta http-equiv="Content-Security-Policy" content="">';
    expect(await render('consent-banner')).toContain(meta);
    const off = await render('consent-banner', { settings: { hold_html_trackers: false } });
    expect(off).not.toContain(meta);
    expect(off).toContain('/*lawfully-blocker*/');
  });

  it('links the policy in the first layer: the block’s setting, else where it was published, else the live version through the app proxy', async () => {
    const link = (html: string) => /<a href="([^"]*)">[^<]*<\/a><\/p>/.exec(html)?.[1];
    expect(link(await render('consent-banner', { locale: 'fr' }))).toBe('/apps/lawfully/policy?locale=fr');
    expect(link(await render('consent-banner', { policy: { ...policy, policyUrl: '/policies/privacy-policy' } }))).toBe('/policies/privacy-policy');
    expect(
      link(await render('consent-banner', { settings: { policy_url: '/pages/our-privacy' }, policy: { ...policy, policyUrl: '/policies/privacy-policy' } })),
    ).toBe('/pages/our-privacy');
  });

  it('prefills a signed-in customer’s email read-only, escaped', async () => {
    const html = await render('data-request', { customer: { id: '1', email: 'a"b@example.com' } });
    expect(html).toMatch(/value="a(&quot;|&#34;)b@example.com"\s+readonly/);
    expect(await render('data-request')).not.toContain('readonly');
  });

  it.each(STOREFRONT_LOCALES.filter((l) => l !== 'en'))('has every storefront and settings text in %s', (code) => {
    expect(keysOf(locale(`${code}.json`)).sort()).toEqual(keysOf(locale('en.default.json')).sort());
    expect(keysOf(locale(`${code}.schema.json`)).sort()).toEqual(keysOf(locale('en.default.schema.json')).sort());
  });

  it('labels every block setting from the schema locale files', () => {
    const schemaKeys = keysOf(locale('en.default.schema.json'));
    const labels = BLOCKS.flatMap((b) => JSON.stringify(readBlockSchema(b)).match(/"t:[\w.]+"/g) ?? []).map((l) => l.slice(3, -1));
    expect(labels.filter((l) => !schemaKeys.includes(l))).toEqual([]);
  });
});
