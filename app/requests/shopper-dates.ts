// How shopper texts write a date and a wait in each language (Intl with the language's own rules),
// and the few corrections each language's written usage needs on top of Intl.

export const iso = (d: Date) => d.toISOString().slice(0, 10);

export const localDate = (locale: string) => (d: Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(d);

export const numericDate = (locale: string) => (d: Date) =>
  new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(d);

/** "1er décembre 2026": French writes the first day of a month as an ordinal. */
export const frenchDate = (d: Date) => localDate('fr')(d).replace(/^1 /, '1er ');

/** "1º dicembre 2026": Italian writes the first day of a month as an ordinal. */
export const italianDate = (d: Date) => localDate('it')(d).replace(/^1 /, '1º ');

/** "1 grudnia 2026 r.": Polish formal writing marks the year with "r." (roku) after a month written out. */
export const polishDate = (d: Date) => `${localDate('pl')(d)} r.`;

/**
 * "25.12.2026.": Latvian writes the year as an ordinal, with a full stop. Newer ICU data already
 * ends the date with it; add it only where missing, never twice.
 */
export const latvianDate = (d: Date) => {
  const date = numericDate('lv')(d);
  return date.endsWith('.') ? date : `${date}.`;
};

/** Ends a sentence after a value that may already end with a full stop (a Latvian date): never "..". */
export const endSentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

export const relativeWait = (locale: string) => (seconds: number) => {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  return seconds < 60 ? format.format(Math.max(1, Math.ceil(seconds)), 'second') : format.format(Math.ceil(seconds / 60), 'minute');
};
