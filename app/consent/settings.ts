// The merchant's storefront consent settings (Cookies page): how long a visitor's choice holds
// (default 12 months, at most 13), how long its proof is kept beyond that to defend claims, their
// own tracker hosts (added, or a known host put in another category), and the page holding the
// policy block. Published with the policy (app/policy/publish.ts) into the metafield the banner reads.
import { z } from 'zod';
import type { Db } from '../platform/db/index.ts';
import { jsonColumn } from '../platform/json-column.ts';
import { type KnownTracker, type TrackerCategory } from './trackers.ts';

export const DEFAULT_EXPIRY_MONTHS = 12;
/** Regulators advise asking again within 13 months (e.g. CNIL's guidance on cookies, 2020). */
export const MAX_EXPIRY_MONTHS = 13;
export const DEFAULT_DEFENCE_MONTHS = 12;

const hostname = z
  .string({ error: 'Enter the tracker’s host, e.g. "widget.example-chat.com"' })
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'Enter a host name only, e.g. "widget.example-chat.com" (no https:// or path)');

export const merchantTracker = z.object({
  host: hostname,
  vendor: z
    .string({ error: 'Name the vendor, e.g. "Example Chat"' })
    .trim()
    .min(1, 'Name the vendor, e.g. "Example Chat"')
    .max(100, 'Keep the vendor’s name under 100 characters'),
  category: z.enum(['necessary', 'preferences', 'analytics', 'marketing'], { error: 'Choose the category: necessary, preferences, analytics or marketing' }),
});
export type MerchantTracker = z.infer<typeof merchantTracker>;
/** The merchant's tracker hosts as the ConsentSettings.trackers column holds them. */
const storedTrackers = z.array(merchantTracker);

export const consentSettingsInput = z.object({
  expiryMonths: z
    .number({ error: 'Enter after how many months the banner asks again (1 to 13)' })
    .int()
    .min(1, 'The banner must ask again after at least 1 month')
    .max(MAX_EXPIRY_MONTHS, `A choice may hold at most ${MAX_EXPIRY_MONTHS} months`),
  defenceMonths: z
    .number({ error: 'Enter how many months proof is kept after a choice expires' })
    .int()
    .min(0, 'Enter 0 months or more')
    .max(120, 'Keep proof at most 120 months beyond the choice'),
  trackers: z.array(merchantTracker).max(200, 'List at most 200 tracker hosts'),
  policyPageUrl: z
    .string()
    .trim()
    .max(500, 'Keep the address under 500 characters')
    .regex(/^(\/[^\s]*|https:\/\/[^\s]+)$/, 'Enter a path on your store such as "/pages/privacy", or an https:// address')
    .nullable(),
});
export type ConsentSettings = z.infer<typeof consentSettingsInput>;

export const defaultConsentSettings: ConsentSettings = {
  expiryMonths: DEFAULT_EXPIRY_MONTHS,
  defenceMonths: DEFAULT_DEFENCE_MONTHS,
  trackers: [],
  policyPageUrl: null,
};

export async function loadConsentSettings(db: Db, shop: string): Promise<ConsentSettings> {
  const row = await db.consentSettings.findUnique({ where: { shop } });
  if (!row) return defaultConsentSettings;
  // Host by host: an entry that no longer fits (a rule tightened since it was saved) is left out
  // alone, so the merchant's other hosts stay blocked, and the Cookies page shows what is left.
  const stored = z.array(z.unknown()).safeParse(row.trackers ?? []);
  const trackers = (stored.success ? stored.data : []).flatMap((entry) => {
    const tracker = merchantTracker.safeParse(entry);
    return tracker.success ? [tracker.data] : [];
  });
  return {
    expiryMonths: row.expiryMonths,
    defenceMonths: row.defenceMonths,
    trackers,
    policyPageUrl: row.policyPageUrl,
  };
}

export async function saveConsentSettings(db: Db, shop: string, settings: ConsentSettings, at: Date): Promise<ConsentSettings> {
  // One entry per host: the last one given wins.
  const trackers = [...new Map(settings.trackers.map((t) => [t.host, t])).values()];
  const data = {
    expiryMonths: settings.expiryMonths,
    defenceMonths: settings.defenceMonths,
    trackers: jsonColumn(storedTrackers, trackers),
    policyPageUrl: settings.policyPageUrl,
    updatedAt: at,
  };
  await db.consentSettings.upsert({ where: { shop }, create: { shop, ...data }, update: data });
  return { ...settings, trackers };
}

/**
 * The least time proof of a choice must be kept (Art. 7(1)): as long as the choice holds, plus
 * the merchant's period for defending claims. Retention never deletes a consent record younger.
 */
export async function minimumConsentProofMonths(db: Db, shop: string): Promise<number> {
  const { expiryMonths, defenceMonths } = await loadConsentSettings(db, shop);
  return expiryMonths + defenceMonths;
}

/** The merchant's trackers as the storefront needs them: host → category (compact: Shopify loads the metafield on every page). */
export const storefrontTrackerIndex = (trackers: readonly MerchantTracker[]): Record<string, string> =>
  Object.fromEntries(trackers.map((t) => [t.host, t.category]));

/** The merchant's entries in the shape of the known list, for trackerForHost (the "necessary" ones hold nothing back). */
export const asKnownTrackers = (trackers: readonly MerchantTracker[]): KnownTracker[] =>
  trackers
    .filter((t) => t.category !== 'necessary')
    .map((t) => ({ host: t.host, vendor: t.vendor, category: t.category as TrackerCategory, source: 'Added by the merchant on the Cookies page' }));
