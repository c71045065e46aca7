// Durations in milliseconds, for deadlines, retention windows and schedules. Calendar months
// (retention periods) are not fixed durations: app/retention/select.ts shifts dates instead.

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** The moment `days` whole days (of 24 hours) after `moment`; negative days go back. */
export function addDays(moment: Date, days: number): Date {
  return new Date(moment.getTime() + days * DAY_MS);
}
