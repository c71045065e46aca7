// The values the policy prints: merchant texts in the reader's language, retention periods in its
// words, country names, and the "Last updated" date checked to be a day that exists.
import { countryName as englishCountryName } from '../records/countries.ts';
import type { Locale, LocalizedText, RetentionRule } from '../records/profile.ts';
import { textsByLocale } from './texts/index.ts';

/** A merchant text in the reader's language: that language, else English, else the first one given. */
export function localize(value: LocalizedText, locale: Locale): string {
  if (typeof value === 'string') return value;
  return value[locale] ?? value.en ?? Object.values(value).find((text): text is string => Boolean(text)) ?? '';
}

/**
 * How long data under a retention rule is kept, in the policy's words, e.g. "at least 5 years from
 * the date of the order"; the record of processing uses the English wording.
 */
export function retentionPeriod(rule: RetentionRule, locale: Locale): string {
  const t = textsByLocale[locale];
  const duration = rule.period ? t.retention.duration(rule.period) : '';
  const minimum = rule.minimum === true;
  switch (rule.trigger) {
    case 'since_order':
      return t.retention.sinceOrder(duration, minimum);
    case 'since_last_activity':
      return t.retention.sinceLastActivity(duration, minimum);
    case 'until_consent_withdrawn':
      return t.retention.untilConsentWithdrawn;
    case 'until_consent_withdrawn_or_inactivity':
      return rule.period ? t.retention.untilConsentWithdrawnOrInactivity(duration) : t.retention.untilConsentWithdrawn;
  }
}

export function localCountryName(code: string, locale: Locale): string {
  if (locale === 'en') return englishCountryName(code);
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code) ?? englishCountryName(code);
  } catch {
    return englishCountryName(code);
  }
}

/** Whether "YYYY-MM-DD" names a day that exists: no month 13, no 30 February, 29 February only in leap years. */
export function isRealDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return daysInMonth !== undefined && day >= 1 && day <= daysInMonth;
}

export function dateParts(value: Date | string | undefined): { iso: string; year: number; month: number; day: number } {
  if (value === undefined) {
    throw new RangeError('Say when the policy was last updated: pass lastUpdated or set policy.lastUpdated in the profile.');
  }
  const valid = !(value instanceof Date) || !Number.isNaN(value.getTime());
  const iso = value instanceof Date ? (valid ? value.toISOString().slice(0, 10) : '') : value.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    throw new RangeError(`"${String(value)}" is not a date; give the last-updated date as YYYY-MM-DD.`);
  }
  if (!isRealDate(iso)) {
    throw new RangeError(`"${iso}" is not a date that exists; give the last-updated date as YYYY-MM-DD, e.g. 2025-06-10.`);
  }
  return { iso, year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

export function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

export function withoutFinalStop(text: string): string {
  return text.replace(/\.$/, '');
}

export function unique(values: string[]): string[] {
  return [...new Set(values)];
}
