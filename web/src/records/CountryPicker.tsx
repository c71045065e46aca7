// A country field the merchant can type into: the countries sorted by name, narrowed to those
// whose name (or two-letter code) matches what is typed, accents ignored ("cote" finds Côte d'Ivoire).
import { useMemo, useState } from 'react';
import { Autocomplete } from '@shopify/polaris';
import type { Country } from './types.ts';

/** Lower case without accents, for matching what the merchant types against names. */
const folded = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export interface CountryOption {
  value: string;
  label: string;
}

/** The countries as options sorted by name; `describe` may add to a name (e.g. "outside EEA"). */
export function countryOptions(countries: Country[], describe: (country: Country) => string = (c) => c.name): CountryOption[] {
  return [...countries].sort((a, b) => a.name.localeCompare(b.name, 'en')).map((c) => ({ value: c.code, label: describe(c) }));
}

/** The options matching a search: names that start with it first, then the country with that code ("US"), then names containing it. */
export function searchCountries(options: CountryOption[], query: string): CountryOption[] {
  const q = folded(query.trim());
  if (!q) return options;
  const starts = options.filter((o) => folded(o.label).startsWith(q));
  const code = options.filter((o) => !starts.includes(o) && o.value.toLowerCase() === q);
  const contains = options.filter((o) => !starts.includes(o) && !code.includes(o) && folded(o.label).includes(q));
  return [...starts, ...code, ...contains];
}

interface Props {
  label: string;
  value: string;
  options: CountryOption[];
  onChange: (code: string) => void;
  error?: string;
  helpText?: string;
}

export function CountryPicker({ label, value, options, onChange, error, helpText }: Props) {
  /** What the merchant is typing; undefined while the field shows the chosen country. */
  const [query, setQuery] = useState<string>();
  const chosen = options.find((o) => o.value === value)?.label ?? '';
  const shown = useMemo(() => searchCountries(options, query ?? ''), [options, query]);

  return (
    <Autocomplete
      options={shown}
      selected={value ? [value] : []}
      onSelect={([code]) => {
        if (code) onChange(code);
        setQuery(undefined);
      }}
      emptyState={`No country matches "${query ?? ''}"`}
      textField={
        <Autocomplete.TextField
          label={label}
          value={query ?? chosen}
          onChange={setQuery}
          onFocus={() => setQuery('')}
          onBlur={() => setQuery(undefined)}
          placeholder={chosen || 'Search for a country'}
          autoComplete="off"
          error={error}
          helpText={helpText}
        />
      }
    />
  );
}
