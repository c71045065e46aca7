// The live policy: the shop's latest published version, read back with its records and its
// rendering in the merchant's order of languages (the first is the default; a jsonb column keeps
// no key order, so the order comes from the records, not from the stored rendering).
import type { Db } from '../platform/db/index.ts';
import { readJsonColumn } from '../platform/json-column.ts';
import { profileSchema, type Locale } from '../records/profile.ts';
import { chosenLocales, storedRendering, type RenderedPolicy } from './render.ts';

export async function liveVersion(db: Db, shop: string) {
  const row = await db.policyVersion.findFirst({ where: { shop }, orderBy: { version: 'desc' } });
  if (!row) return null;
  const profile = readJsonColumn(profileSchema, row.profile, { table: 'PolicyVersion', column: 'profile', id: row.id });
  const stored = storedRendering(row);
  const locales: Locale[] = chosenLocales(profile).filter((locale) => stored[locale]);
  const rendered: RenderedPolicy = Object.fromEntries(locales.map((locale) => [locale, stored[locale]]));
  return { row, profile, locales, rendered };
}
