// Which of Lawfully's rows are past their keeping time, from the merchant's rules and a clock.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RetentionRule } from '../../app/records/profile.ts';
import {
  addPeriod,
  cutoffs,
  DEFAULT_CLOSED_REQUEST_PERIOD,
  DEFAULT_CONSENT_PERIOD,
  inactivityCutoff,
  isInactive,
  orderCutoff,
  subtractPeriod,
} from '../../app/retention/select.ts';

const seedRules = (JSON.parse(readFileSync('examples/seed-store.json', 'utf8')) as { retention: RetentionRule[] }).retention;
const now = new Date('2026-11-25T10:00:00Z');
const iso = (d: Date | undefined) => d?.toISOString();

describe('calendar arithmetic', () => {
  it('keeps the day of the month when going back years and months', () => {
    expect(iso(subtractPeriod(now, { amount: 5, unit: 'years' }))).toBe('2021-11-25T10:00:00.000Z');
    expect(iso(subtractPeriod(now, { amount: 14, unit: 'months' }))).toBe('2025-09-25T10:00:00.000Z');
  });

  it('clamps to the end of a shorter month', () => {
    expect(iso(subtractPeriod(new Date('2024-02-29T00:00:00Z'), { amount: 1, unit: 'years' }))).toBe('2023-02-28T00:00:00.000Z');
    expect(iso(subtractPeriod(new Date('2026-03-31T12:00:00Z'), { amount: 1, unit: 'months' }))).toBe('2026-02-28T12:00:00.000Z');
    expect(iso(addPeriod(new Date('2024-01-31T00:00:00Z'), { amount: 1, unit: 'months' }))).toBe('2024-02-29T00:00:00.000Z');
  });

  it('counts calendar days across a leap day and a year boundary', () => {
    expect(iso(subtractPeriod(new Date('2024-03-01T08:00:00Z'), { amount: 1, unit: 'days' }))).toBe('2024-02-29T08:00:00.000Z');
    expect(iso(subtractPeriod(new Date('2026-01-10T00:00:00Z'), { amount: 30, unit: 'days' }))).toBe('2025-12-11T00:00:00.000Z');
  });
});

describe("the seed store's rules", () => {
  it('protect orders for 5 years from the order', () => {
    const orders = orderCutoff(seedRules, now)!;
    expect(iso(orders.before)).toBe('2021-11-25T10:00:00.000Z');
    expect(orders.rule).toMatchObject({ basis: 'rule', category: 'order_details', trigger: 'since_order', period: { amount: 5, unit: 'years' } });
  });

  it('make customers inactive after 2 years without activity', () => {
    const inactivity = inactivityCutoff(seedRules, now)!;
    expect(iso(inactivity.before)).toBe('2024-11-25T10:00:00.000Z');
    expect(inactivity.rule).toMatchObject({ category: 'contact_details', trigger: 'until_consent_withdrawn_or_inactivity' });
  });

  it('keep consent records as long as the consent-based rule (2 years) and closed requests 3 years by default', () => {
    const cut = cutoffs(seedRules, now);
    expect(iso(cut.consentRecords.before)).toBe('2024-11-25T10:00:00.000Z');
    expect(cut.consentRecords.rule).toMatchObject({ basis: 'rule', trigger: 'until_consent_withdrawn_or_inactivity' });
    expect(iso(cut.closedRequests.before)).toBe('2023-11-25T10:00:00.000Z');
    expect(cut.closedRequests.rule.basis).toBe('default');
    expect(iso(cut.exportPackages.before)).toBe(now.toISOString());
    expect(iso(cut.unverifiedRequests.before)).toBe(now.toISOString());
  });
});

describe('rules that are absent or explicit', () => {
  it('falls back to documented defaults when the merchant has no rules', () => {
    const cut = cutoffs([], now);
    expect(cut.consentRecords.rule).toMatchObject({ basis: 'default', period: DEFAULT_CONSENT_PERIOD });
    expect(cut.closedRequests.rule).toMatchObject({ basis: 'default', period: DEFAULT_CLOSED_REQUEST_PERIOD });
    expect(orderCutoff([], now)).toBeUndefined();
    expect(inactivityCutoff([], now)).toBeUndefined();
  });

  it('lets a rule naming consent records or requests set their period', () => {
    const cut = cutoffs(
      [
        { category: 'consent_records', period: { amount: 18, unit: 'months' }, trigger: 'since_last_activity' },
        { category: 'data_subject_requests', period: { amount: 6, unit: 'years' }, trigger: 'since_last_activity' },
      ],
      now,
    );
    expect(iso(cut.consentRecords.before)).toBe('2025-05-25T10:00:00.000Z');
    expect(iso(cut.closedRequests.before)).toBe('2020-11-25T10:00:00.000Z');
  });

  it('takes the longest of several consent-based rules, so nothing goes earlier than any rule allows', () => {
    const cut = cutoffs(
      [
        { category: 'email', period: { amount: 1, unit: 'years' }, trigger: 'until_consent_withdrawn_or_inactivity' },
        { category: 'contact_details', period: { amount: 3, unit: 'years' }, trigger: 'until_consent_withdrawn_or_inactivity' },
      ],
      now,
    );
    expect(iso(cut.consentRecords.before)).toBe('2023-11-25T10:00:00.000Z');
  });
});

describe('inactive customers', () => {
  const twoYears = { amount: 2, unit: 'years' } as const;

  it('counts a customer with no order and no change for more than the period as inactive', () => {
    expect(isInactive({ createdAt: '2020-01-01T00:00:00Z', updatedAt: '2022-06-01T00:00:00Z', numberOfOrders: '0', lastOrder: null }, now, twoYears)).toBe(
      true,
    );
  });

  it('counts an order within the period as activity', () => {
    expect(
      isInactive(
        { createdAt: '2020-01-01T00:00:00Z', updatedAt: '2020-01-01T00:00:00Z', numberOfOrders: '3', lastOrder: { createdAt: '2025-01-01T00:00:00Z' } },
        now,
        twoYears,
      ),
    ).toBe(false);
  });

  it('counts a recent sign-up as activity', () => {
    expect(isInactive({ createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', numberOfOrders: 0 }, now, twoYears)).toBe(false);
  });
});
