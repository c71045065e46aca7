// The Open Cookie Database (Apache-2.0, app/scan/data/: the CSV, its LICENSE and SOURCE.md):
// who sets a cookie, what for, for how long, and under which category the banner asks for it.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { ConsentCategory } from '../consent/categories.ts';

export const COOKIE_DATABASE_FILE = new URL('./data/open-cookie-database.csv', import.meta.url);

/** The columns the scan reads, by the header upstream uses. */
export const cookieDatabaseRow = z.object({
  Platform: z.string(),
  Category: z.string(),
  'Cookie / Data Key name': z.string().min(1),
  Domain: z.string(),
  Description: z.string(),
  'Retention period': z.string(),
  'Data Controller': z.string(),
  'Wildcard match': z.enum(['0', '1']),
});

export interface CookieEntry {
  /** the cookie's name, or its prefix when `prefix` */
  name: string;
  prefix: boolean;
  platform: string;
  controller: string;
  category: ConsentCategory;
  description: string;
  retention: string;
}

/**
 * The database's categories onto the banner's. "Functional" is what a site needs to work (carts,
 * sessions); a known tracker's own cookies are re-filed under the tracker's category by the caller.
 */
const CATEGORY: Record<string, ConsentCategory> = {
  analytics: 'analytics',
  marketing: 'marketing',
  personalization: 'preferences',
  functional: 'necessary',
  necessary: 'necessary',
  security: 'necessary',
};

/** Parses the CSV text; throws naming the first row that does not fit (the refresh script relies on it). */
export function parseCookieDatabase(csv: string): CookieEntry[] {
  const rows: unknown[] = parse(csv, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  return rows.map((raw, index) => {
    const parsed = cookieDatabaseRow.safeParse(raw);
    if (!parsed.success) throw new Error(`Open Cookie Database row ${index + 2} does not fit: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
    const row = parsed.data;
    const category = CATEGORY[row.Category.toLowerCase()];
    if (!category) throw new Error(`Open Cookie Database row ${index + 2} has an unknown category "${row.Category}"`);
    return {
      name: row['Cookie / Data Key name'],
      prefix: row['Wildcard match'] === '1',
      platform: row.Platform,
      controller: row['Data Controller'],
      category,
      description: row.Description,
      retention: row['Retention period'],
    };
  });
}

export interface CookieDatabase {
  lookup(name: string): CookieEntry | undefined;
  size: number;
}

/** Exact names first; otherwise the longest prefix that matches ("_ga_" for "_ga_ABC123"). */
export function cookieDatabase(entries: CookieEntry[]): CookieDatabase {
  const exact = new Map<string, CookieEntry>();
  for (const entry of entries) if (!entry.prefix && !exact.has(entry.name)) exact.set(entry.name, entry);
  const prefixes = entries.filter((entry) => entry.prefix).sort((a, b) => b.name.length - a.name.length);
  return {
    size: entries.length,
    lookup: (name) => exact.get(name) ?? prefixes.find((entry) => name.startsWith(entry.name)),
  };
}

let loaded: CookieDatabase | undefined;

/** The database shipped with the app, read once per process. */
export function openCookieDatabase(): CookieDatabase {
  loaded ??= cookieDatabase(parseCookieDatabase(readFileSync(COOKIE_DATABASE_FILE, 'utf8')));
  return loaded;
}
