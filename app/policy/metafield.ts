// The app-owned metafield the theme extension reads: the published policy in each language, the
// banner's categories and cookie texts, and what the banner needs beyond the policy (how long a
// choice holds, the merchant's tracker hosts, where the policy is linked).
import { consentCategories, isRequiredCategory } from '../consent/categories.ts';
import { storefrontTrackerIndex, type ConsentSettings } from '../consent/settings.ts';
import type { Locale, Profile } from '../records/profile.ts';
import { buildPolicy, localize, type RenderedPolicy } from './render.ts';

export const METAFIELD = { namespace: 'lawfully', key: 'policy' } as const;

/**
 * What the banner needs beyond the policy (app/consent/settings.ts): how long a choice holds, the
 * merchant's tracker hosts, and where the first layer links the policy — Shopify's own policy page
 * when the policy is published there, else the page holding the policy block.
 */
export function storefrontConsent(profile: Profile, settings: ConsentSettings, publishedToShopify: boolean) {
  const optional = new Set<string>(consentCategories.filter((key) => !isRequiredCategory(key)));
  // The third parties named in the first layer: who sets the optional cookies, and the marketing processors.
  const vendors = [
    ...new Set([
      ...profile.cookies.filter((c) => optional.has(c.category)).map((c) => c.provider),
      ...profile.processors.filter((p) => p.kind === 'marketing_providers').map((p) => p.name),
    ]),
  ];
  const policyUrl = publishedToShopify ? '/policies/privacy-policy' : settings.policyPageUrl;
  return {
    consentExpiryMonths: settings.expiryMonths,
    trackers: storefrontTrackerIndex(settings.trackers),
    vendors,
    ...(policyUrl && { policyUrl }),
  };
}

export function metafieldValue(
  profile: Profile,
  version: { version: number; lastUpdated: string; consentVersion: number },
  rendered: RenderedPolicy,
  storefront?: ReturnType<typeof storefrontConsent>,
) {
  const published = Object.keys(rendered) as Locale[];
  const locales = Object.fromEntries(
    published.map((locale) => [
      locale,
      { title: buildPolicy(profile, { locale, lastUpdated: version.lastUpdated }).title, html: rendered[locale]?.html ?? '' },
    ]),
  );
  return {
    version: version.version,
    lastUpdated: version.lastUpdated,
    consentVersion: version.consentVersion,
    // The first chosen language: what a shopper sees whose language was not published.
    defaultLocale: published[0] ?? 'en',
    locales,
    // Every consent category, so the banner asks for exactly these; `required` ones are granted without asking.
    categories: consentCategories.map((key) => ({
      key,
      ...(isRequiredCategory(key) && { required: true as const }),
      cookies: profile.cookies.filter((c) => c.category === key).map((c) => ({ name: c.name, provider: c.provider, ...cookieTexts(c, published) })),
    })),
    ...storefront,
  };
}

type CookieText = { purpose: string; expiry: string };

/**
 * A cookie's purpose and expiry: in English (what a theme reads when the shopper's language has no
 * text of its own, and all an older banner knows), plus, under `localized`, the texts of the
 * policy's published languages where they differ from the English one. Only the differences:
 * Shopify loads the metafield on every storefront page.
 */
function cookieTexts(
  cookie: Profile['cookies'][number],
  locales: readonly Locale[],
): CookieText & { localized?: Partial<Record<Locale, Partial<CookieText>>> } {
  const english: CookieText = { purpose: localize(cookie.purpose, 'en'), expiry: localize(cookie.expiry, 'en') };
  const localized: Partial<Record<Locale, Partial<CookieText>>> = {};
  for (const locale of locales) {
    const text: Partial<CookieText> = {};
    for (const field of ['purpose', 'expiry'] as const) {
      const value = localize(cookie[field], locale);
      if (value !== english[field]) text[field] = value;
    }
    if (Object.keys(text).length) localized[locale] = text;
  }
  return Object.keys(localized).length ? { ...english, localized } : english;
}
