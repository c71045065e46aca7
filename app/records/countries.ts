// Country codes and names from app/records/data/countries.json, and EEA membership from eea.json.
import countriesData from './data/countries.json' with { type: 'json' };
import eeaData from './data/eea.json' with { type: 'json' };

const names: Readonly<Record<string, string>> = countriesData.countries;

/** Every ISO 3166-1 alpha-2 code we know, as a non-empty tuple (zod's enum wants one). */
export const countryCodes = Object.keys(names) as [string, ...string[]];

const eea = new Set<string>([...eeaData.eu, ...eeaData.efta]);

export function isKnownCountry(code: string): boolean {
  return Object.hasOwn(names, code);
}

/** The English name of a country ("LV" → "Latvia"); the code itself when unknown. */
export function countryName(code: string): string {
  return names[code] ?? code;
}

/** The 27 EU member states plus Iceland, Liechtenstein and Norway, where the GDPR itself applies. */
export function isInsideEea(country: string): boolean {
  return eea.has(country);
}
