// How every admin page writes a date or a moment: one format (the merchant's browser locale,
// medium style, e.g. "6 Dec 2026" / "Dec 6, 2026"), so Home, Requests and the policy read alike.

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const utcDayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const momentFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The day of a date from the API: a calendar day ("2027-03-01") is shown as that day whatever the
 * merchant's time zone; a moment (ISO date-time) as its day where the merchant is.
 */
export function formatDay(value: string): string;
export function formatDay(value: string | null | undefined, none: string): string;
export function formatDay(value: string | null | undefined, none = ''): string {
  if (!value) return none;
  return DAY_ONLY.test(value) ? utcDayFormat.format(new Date(`${value}T00:00:00Z`)) : dayFormat.format(new Date(value));
}

/** A moment from the API (ISO date-time), with its time, where the merchant is. */
export const formatMoment = (value: string): string => momentFormat.format(new Date(value));
