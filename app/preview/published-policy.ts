// Shopify keeps an app-owned metafield across the app's restarts; the preview's stand-in keeps
// its state in memory. So that the preview storefront shows what the admin says is live after
// `npm start` again, the demo shop's latest published version is written back to the stand-in's
// metafield at start, as publishPolicy wrote it (with today's consent settings).
import type { Db } from '../platform/db/index.ts';
import { liveVersion } from '../policy/live.ts';
import { METAFIELD, metafieldValue, storefrontConsent } from '../policy/metafield.ts';
import { loadConsentSettings } from '../consent/settings.ts';
import type { AdminApiStandIn } from './standin/index.ts';

/** Writes the shop's live policy version back to the stand-in; true when there was one. */
export async function restorePublishedPolicy(db: Db, standIn: AdminApiStandIn, shop: string): Promise<boolean> {
  const live = await liveVersion(db, shop);
  if (!live) return false;
  const { row, profile, rendered } = live;
  const value = metafieldValue(
    profile,
    { version: row.version, lastUpdated: row.lastUpdated.toISOString().slice(0, 10), consentVersion: row.consentVersion },
    rendered,
    storefrontConsent(profile, await loadConsentSettings(db, shop), row.shopPolicyUpdated),
  );
  standIn.setMetafield(shop, { ...METAFIELD, type: 'json', value: JSON.stringify(value) });
  return true;
}
