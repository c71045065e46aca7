// Deadline arithmetic of GDPR Art. 12(3).
import { describe, expect, it } from 'vitest';
import { daysLeft, deadlineState, dueDate, extendedDueDate } from '../../app/requests/deadlines.ts';

const at = (iso: string) => new Date(iso);

describe('request deadlines', () => {
  it('falls due 30 days after the request was verified', () => {
    expect(dueDate(at('2026-11-25T10:00:00Z'))).toEqual(at('2026-12-25T10:00:00Z'));
  });

  it('counts the days left and turns due-soon a week before and overdue after', () => {
    const request = { dueAt: at('2026-12-25T10:00:00Z'), extendedAt: null, closedAt: null };
    expect(daysLeft(request, at('2026-11-25T10:00:00Z'))).toBe(30);
    expect(deadlineState(request, at('2026-11-25T10:00:00Z'))).toBe('on_track');
    expect(deadlineState(request, at('2026-12-18T10:00:00Z'))).toBe('due_soon');
    expect(deadlineState(request, at('2026-12-25T10:00:01Z'))).toBe('overdue');
    expect(daysLeft(request, at('2026-12-27T10:00:00Z'))).toBe(-2);
    expect(deadlineState({ ...request, closedAt: at('2026-12-01T00:00:00Z') }, at('2027-01-01T00:00:00Z'))).toBe('closed');
  });

  it('extends once, by at most two months, and only before the deadline passed', () => {
    const request = { dueAt: at('2026-12-25T10:00:00Z'), extendedAt: null, closedAt: null };
    expect(extendedDueDate(request, 60, at('2026-12-01T00:00:00Z'))).toEqual({ dueAt: at('2027-02-23T10:00:00Z') });
    expect(extendedDueDate(request, 61, at('2026-12-01T00:00:00Z'))).toHaveProperty('refused');
    expect(extendedDueDate(request, 0, at('2026-12-01T00:00:00Z'))).toHaveProperty('refused');
    expect(extendedDueDate({ ...request, extendedAt: at('2026-12-01T00:00:00Z') }, 10, at('2026-12-02T00:00:00Z'))).toEqual({
      refused: expect.stringMatching(/once/),
    });
    expect(extendedDueDate(request, 10, at('2026-12-26T00:00:00Z'))).toEqual({ refused: expect.stringMatching(/passed/) });
  });

  it('has no deadline before the identity is verified', () => {
    expect(daysLeft({ dueAt: null, extendedAt: null, closedAt: null }, at('2026-11-25T10:00:00Z'))).toBeNull();
  });
});
