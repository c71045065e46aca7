// Deadline arithmetic of GDPR Art. 12(3): answer "without undue delay and in any event within
// one month of receipt"; extendable "by two further months where necessary", once, telling the
// data subject within the first month. Lawfully counts the month as 30 days (the stricter
// reading for 31-day months) and the extension as at most 60 days.
import { addDays, DAY_MS } from '../platform/time.ts';

export const RESPONSE_DAYS = 30;
export const MAX_EXTENSION_DAYS = 60;
/** The inbox warns this many days before a deadline. */
export const DUE_SOON_DAYS = 7;

export function dueDate(startedAt: Date): Date {
  return addDays(startedAt, RESPONSE_DAYS);
}

export interface Deadline {
  dueAt: Date | null;
  extendedAt: Date | null;
  closedAt: Date | null;
}

/** The extended deadline, or why the extension is not allowed. */
export function extendedDueDate(request: Deadline, days: number, now: Date): { dueAt: Date } | { refused: string } {
  if (!request.dueAt) return { refused: 'The deadline starts when the request is verified.' };
  if (request.closedAt) return { refused: 'The request is already closed.' };
  if (request.extendedAt) return { refused: 'The deadline was already extended once (GDPR Art. 12(3) allows one extension).' };
  if (!Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_DAYS) return { refused: `Extend by 1 to ${MAX_EXTENSION_DAYS} days.` };
  if (now.getTime() > request.dueAt.getTime()) return { refused: 'The deadline has passed: an extension must be decided within the first month.' };
  return { dueAt: addDays(request.dueAt, days) };
}

/** Whole days until the deadline (negative once overdue); null while it has not started. */
export function daysLeft(request: Deadline, now: Date): number | null {
  if (!request.dueAt || request.closedAt) return null;
  return Math.ceil((request.dueAt.getTime() - now.getTime()) / DAY_MS);
}

export type DeadlineState = 'not_started' | 'on_track' | 'due_soon' | 'overdue' | 'closed';

export function deadlineState(request: Deadline, now: Date): DeadlineState {
  if (request.closedAt) return 'closed';
  const left = daysLeft(request, now);
  if (left === null) return 'not_started';
  if (request.dueAt && now.getTime() > request.dueAt.getTime()) return 'overdue';
  return left <= DUE_SOON_DAYS ? 'due_soon' : 'on_track';
}
