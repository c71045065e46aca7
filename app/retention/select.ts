// Retention selection (GDPR Art. 5(1)(e), storage limitation): which of Lawfully's own rows are
// past their keeping time, and under which rule. Plain functions of the merchant's rules and a
// clock; app/retention/expired-rows.ts and shopify-findings.ts turn the answers into queries.
import type { PeriodUnit, RetentionRule, RetentionTrigger } from '../records/profile.ts';

export interface Period {
  amount: number;
  unit: PeriodUnit;
}

/** What Lawfully itself stores and may delete. Orders and Shopify customers are never among them. */
export const RETENTION_KINDS = ['exportPackages', 'unverifiedRequests', 'closedRequests', 'consentRecords'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/** Where a cutoff comes from, in words the merchant can check against their own records. */
export interface RuleSource {
  /** rule: one of the merchant's retention rules; default: Lawfully's documented default; expiry: the row's own end date */
  basis: 'rule' | 'default' | 'expiry';
  category: string | null;
  trigger: RetentionTrigger | null;
  period: Period | null;
  why: string;
}

export interface Cutoff {
  kind: RetentionKind;
  /** the date column compared with `before`: a row is expired when column < before */
  field: 'createdAt' | 'closedAt' | 'expiresAt' | 'verificationExpiresAt';
  before: Date;
  rule: RuleSource;
}

export type Cutoffs = Record<RetentionKind, Cutoff>;

/**
 * Proof of consent outlives the choice it proves (Art. 7(1)) but not forever. Without a rule of
 * the merchant's, 2 years: the banner's choice is asked again well within that (regulators
 * advise renewing consent about every 12-13 months), so an older record no longer backs any
 * processing, and the extra time answers questions about the last choice.
 */
export const DEFAULT_CONSENT_PERIOD: Period = { amount: 2, unit: 'years' };

/**
 * A closed request (completed, rejected, expired) is the merchant's proof that a right was
 * honoured (accountability, Art. 5(2)). Without a rule of the merchant's, 3 years after closing:
 * the common limitation period for claims (e.g. § 195 BGB) within which the shopper or a
 * supervisory authority may ask how the request was handled.
 */
export const DEFAULT_CLOSED_REQUEST_PERIOD: Period = { amount: 3, unit: 'years' };

/** Categories a merchant may name in a rule to set these periods explicitly. */
export const CONSENT_RECORD_CATEGORIES = ['consent_records', 'consent'];
export const REQUEST_RECORD_CATEGORIES = ['data_subject_requests', 'requests', 'request_records'];

export const CLOSED_REQUEST_STATUSES = ['completed', 'rejected', 'expired'] as const;

const CONSENT_TRIGGERS: RetentionTrigger[] = ['until_consent_withdrawn', 'until_consent_withdrawn_or_inactivity'];
const INACTIVITY_TRIGGERS: RetentionTrigger[] = ['until_consent_withdrawn_or_inactivity', 'since_last_activity'];

// ---------------------------------------------------------------- calendar arithmetic

/**
 * Moves a date by a period in calendar terms (UTC): years and months keep the day of the month,
 * clamped to the month's end (29 Feb 2024 − 1 year = 28 Feb 2023); days are calendar days.
 */
export function shiftByPeriod(date: Date, period: Period, direction: 1 | -1): Date {
  const amount = period.amount * direction;
  if (period.unit === 'days') {
    const shifted = new Date(date);
    shifted.setUTCDate(shifted.getUTCDate() + amount);
    return shifted;
  }
  const months = period.unit === 'years' ? amount * 12 : amount;
  const firstOfMonth = new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds()),
  );
  const daysInMonth = new Date(Date.UTC(firstOfMonth.getUTCFullYear(), firstOfMonth.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfMonth.setUTCDate(Math.min(date.getUTCDate(), daysInMonth));
  return firstOfMonth;
}

export const subtractPeriod = (date: Date, period: Period) => shiftByPeriod(date, period, -1);
export const addPeriod = (date: Date, period: Period) => shiftByPeriod(date, period, 1);

export function describePeriod({ amount, unit }: Period): string {
  return `${amount} ${amount === 1 ? unit.slice(0, -1) : unit}`;
}

/** A period compared by length, for choosing the longest of several rules. */
const periodLength = (period: Period) => addPeriod(new Date(Date.UTC(2000, 0, 1)), period).getTime();

// ---------------------------------------------------------------- choosing the rule

type RuleWithPeriod = RetentionRule & { period: Period };
const hasPeriod = (rule: RetentionRule): rule is RuleWithPeriod => rule.period !== undefined;

/** Of several rules that apply, the longest: data is never deleted earlier than any of them allows. */
function longest(rules: RuleWithPeriod[]): RuleWithPeriod | undefined {
  return rules.reduce<RuleWithPeriod | undefined>((best, rule) => (!best || periodLength(rule.period) > periodLength(best.period) ? rule : best), undefined);
}

function fromRule(rule: RuleWithPeriod, why: string): RuleSource {
  return { basis: 'rule', category: rule.category, trigger: rule.trigger, period: rule.period, why };
}

/** The rule behind consent records: one naming them, else the longest consent-based rule, else the default. */
export function consentRule(rules: RetentionRule[]): RuleSource {
  const named = longest(rules.filter(hasPeriod).filter((r) => CONSENT_RECORD_CATEGORIES.includes(r.category)));
  if (named) return fromRule(named, `Your rule for ${named.category}: ${describePeriod(named.period)}.`);
  const consentBased = longest(rules.filter(hasPeriod).filter((r) => CONSENT_TRIGGERS.includes(r.trigger)));
  if (consentBased) {
    return fromRule(
      consentBased,
      `Your rule for ${consentBased.category} keeps it until consent is withdrawn${consentBased.trigger === 'until_consent_withdrawn_or_inactivity' ? ' or after' : ', at most'} ${describePeriod(consentBased.period)}${consentBased.trigger === 'until_consent_withdrawn_or_inactivity' ? ' of inactivity' : ''}; a consent record older than that backs nothing.`,
    );
  }
  return {
    basis: 'default',
    category: null,
    trigger: null,
    period: DEFAULT_CONSENT_PERIOD,
    why: `No consent-based rule: Lawfully keeps proof of consent for ${describePeriod(DEFAULT_CONSENT_PERIOD)}, longer than any banner choice stays valid.`,
  };
}

/** The rule behind closed requests: one naming them, else the 3-year default. */
export function closedRequestRule(rules: RetentionRule[]): RuleSource {
  const named = longest(rules.filter(hasPeriod).filter((r) => REQUEST_RECORD_CATEGORIES.includes(r.category)));
  if (named) return fromRule(named, `Your rule for ${named.category}: ${describePeriod(named.period)} after closing.`);
  return {
    basis: 'default',
    category: null,
    trigger: null,
    period: DEFAULT_CLOSED_REQUEST_PERIOD,
    why: `Kept ${describePeriod(DEFAULT_CLOSED_REQUEST_PERIOD)} after closing as proof the request was handled (Art. 5(2) accountability).`,
  };
}

// ---------------------------------------------------------------- cutoffs

/**
 * For each kind of row Lawfully stores, the date before which it is expired and why.
 * `consentProofMonths` (app/consent/settings.ts minimumConsentProofMonths, added by the consent
 * work of issue 11): proof of a choice is kept at least as long as the choice holds plus the
 * merchant's defence period, whatever the rule says.
 */
export function cutoffs(rules: RetentionRule[], now: Date, consentProofMonths = 0): Cutoffs {
  const ruled = consentRule(rules);
  const minimum: Period = { amount: consentProofMonths, unit: 'months' };
  const consent: RuleSource =
    subtractPeriod(now, minimum) < subtractPeriod(now, ruled.period ?? DEFAULT_CONSENT_PERIOD)
      ? {
          ...ruled,
          period: minimum,
          why: `${ruled.why} Kept at least ${consentProofMonths} months: as long as a banner choice holds plus your period for defending claims (Cookies page).`,
        }
      : ruled;
  const closed = closedRequestRule(rules);
  return {
    exportPackages: {
      kind: 'exportPackages',
      field: 'expiresAt',
      before: now,
      rule: { basis: 'expiry', category: null, trigger: null, period: null, why: 'An export package is deleted once its download link has expired.' },
    },
    unverifiedRequests: {
      kind: 'unverifiedRequests',
      field: 'verificationExpiresAt',
      before: now,
      rule: {
        basis: 'expiry',
        category: null,
        trigger: null,
        period: null,
        why: 'A storefront request whose confirmation link expired unused was never confirmed by the shopper; nothing can be done with it.',
      },
    },
    closedRequests: { kind: 'closedRequests', field: 'closedAt', before: subtractPeriod(now, closed.period ?? DEFAULT_CLOSED_REQUEST_PERIOD), rule: closed },
    consentRecords: { kind: 'consentRecords', field: 'createdAt', before: subtractPeriod(now, consent.period ?? DEFAULT_CONSENT_PERIOD), rule: consent },
  };
}

/**
 * Orders created on or after this date are inside the order rule's period and protected (a
 * minimum period, usually a legal duty to keep accounting records). Lawfully never deletes an
 * order in any case; the date only tells the merchant which orders they may not erase yet.
 * Undefined when the merchant has no order rule.
 */
export function orderCutoff(rules: RetentionRule[], now: Date): { before: Date; rule: RuleSource } | undefined {
  const withPeriod = rules.filter(hasPeriod).filter((r) => r.trigger === 'since_order');
  const rule = longest(withPeriod.filter((r) => r.category === 'order_details')) ?? longest(withPeriod);
  if (!rule) return undefined;
  return {
    before: subtractPeriod(now, rule.period),
    rule: fromRule(rule, `Your rule for ${rule.category}: ${rule.minimum ? 'at least ' : ''}${describePeriod(rule.period)} from the order.`),
  };
}

/** The inactivity after which a Shopify customer's contact details are due for deletion, if a rule says so. */
export function inactivityCutoff(rules: RetentionRule[], now: Date): { before: Date; period: Period; rule: RuleSource } | undefined {
  const withPeriod = rules.filter(hasPeriod).filter((r) => INACTIVITY_TRIGGERS.includes(r.trigger));
  const rule = longest(withPeriod.filter((r) => r.category === 'contact_details')) ?? longest(withPeriod);
  if (!rule) return undefined;
  return {
    before: subtractPeriod(now, rule.period),
    period: rule.period,
    rule: fromRule(rule, `Your rule for ${rule.category}: deleted after ${describePeriod(rule.period)} without activity.`),
  };
}

// ---------------------------------------------------------------- Shopify customers

/** The fields of a Shopify customer the activity test reads (Admin API shapes: strings or dates). */
export interface CustomerActivity {
  createdAt: Date | string;
  updatedAt: Date | string;
  numberOfOrders: number | string;
  lastOrder?: { createdAt: Date | string } | null;
}

/** The latest sign of life: sign-up, last change to the customer, last order. */
export function lastActivity(customer: CustomerActivity): Date {
  const times = [customer.createdAt, customer.updatedAt, customer.lastOrder?.createdAt]
    .filter((t): t is Date | string => t != null)
    .map((t) => new Date(t).getTime());
  return new Date(Math.max(...times));
}

/** No order and no other activity within the period before now. */
export function isInactive(customer: CustomerActivity, now: Date, period: Period): boolean {
  return lastActivity(customer) < subtractPeriod(now, period);
}
