// Shopify keeps an app-owned metafield across the app's restarts; the preview's stand-in keeps
// its state in memory. So that the preview storefront shows what the admin says is live after
// `npm start` again, the demo shop's latest published version is written back to the stand-in's
// metafield at start, as publishPolicy wrote it (with today's consent settings).
import type { Db } from '../platform/db/index.ts';
import { readJsonColumn } from '../platform/json-column.ts';
import { profileSchema } from '../records/profile.ts';
import { chosenLocales, storedRendering } from '../policy/render.ts';
import { METAFIELD, metafieldValue, storefrontConsent } from '../policy/publish.ts';
import { loadConsentSettings } from '../consent/settings.ts';
import type { AdminApiStandIn } from './standin/index.ts';

/** Writes the shop's live policy version back to the stand-in; true when there was one. */
export async function restorePublishedPolicy(db: Db, standIn: AdminApiStandIn, shop: string): Promise<boolean> {
  const live = await db.policyVersion.findFirst({ where: { shop }, orderBy: { version: 'desc' } });
  if (!live) return false;
  const profile = readJsonColumn(profileSchema, live.profile, { table: 'PolicyVersion', column: 'profile', id: live.id });
  // In the merchant's order of languages (the first is the default): a jsonb column keeps no key order.
  const stored = storedRendering(live);
  const rendered = Object.fromEntries(
    chosenLocales(profile)
      .filter((locale) => stored[locale])
      .map((locale) => [locale, stored[locale]]),
  );
  const value = metafieldValue(
    profile,
    { version: live.version, lastUpdated: live.lastUpdated.toISOString().slice(0, 10), consentVersion: live.consentVersion },
    rendered,
    storefrontConsent(profile, await loadConsentSettings(db, shop), live.shopPolicyUpdated),
  );
  standIn.setMetafield(shop, { ...METAFIELD, type: 'json', value: JSON.stringify(value) });
  return true;
}
