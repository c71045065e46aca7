// What a retention run is: its statuses, the report a dry run writes down (counts of what Lawfully
// holds past its keeping time, and what Shopify holds under the rules), and how a run is shown.
// The stored report keeps counts, dates and rules; the inactive customers are rows of their own
// (RetentionCustomer: ids and dates, the name sealed until the customer has an outcome).
import { z } from 'zod';
import type { Db } from '../platform/db/index.ts';
import { periodUnits, retentionTriggers } from '../records/profile.ts';
import { RETENTION_KINDS, type Cutoff, type RetentionKind, type RuleSource } from './select.ts';

/** dry_run → applying (Shopify's customers being erased, a job) → applied; or discarded. 'approved' is kept for older rows. */
export const RUN_STATUSES = ['dry_run', 'approved', 'applying', 'applied', 'discarded'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export interface KindReport {
  count: number;
  field: Cutoff['field'];
  cutoff: string;
  rule: RuleSource;
}

/**
 * What became of an inactive customer: Shopify was asked to erase them (`erased`), or deleted
 * them (`deleted`, a customer without orders); Shopify holds the erasure until 180 days after
 * their last order (`held`, with the date); Shopify refused (`failed`, with its reason); or they
 * were active again by the time of applying (`skipped`, with the reason).
 */
export const CUSTOMER_OUTCOMES = ['erased', 'deleted', 'held', 'failed', 'skipped'] as const;
export type CustomerOutcome = (typeof CUSTOMER_OUTCOMES)[number];

/** An inactive customer as the merchant sees them in a run. */
export interface ListedCustomer {
  /** Shopify's customer id (gid) */
  id: string;
  /** decrypted for the merchant while the run is open; gone once the customer has an outcome */
  name?: string | null;
  /** the customer in the Shopify admin */
  adminUrl: string;
  lastActivityAt: string;
  numberOfOrders: number;
  lastOrderAt: string | null;
  /** the customer has orders under the order rule's minimum period until then: Shopify keeps the orders, Lawfully erases the person */
  ordersProtectedUntil: string | null;
  included: boolean;
  outcome?: CustomerOutcome;
  heldUntil?: string;
  reason?: string;
}

export interface RetentionReport {
  generatedAt: string;
  kinds: Record<RetentionKind, KindReport>;
  orders: {
    /** Lawfully never deletes orders; the merchant may not erase these yet either */
    deletedByLawfully: 0;
    cutoff: string | null;
    rule: RuleSource | null;
    /** orders created on or after the cutoff (null when Shopify could not be asked or there is no order rule) */
    protected: number | null;
  };
  customers: {
    inactiveBefore: string | null;
    rule: RuleSource | null;
    /** inactive customers to erase (null when Shopify could not be asked or there is no inactivity rule) */
    count: number | null;
    /** inactive but left alone: subscribed to marketing, with an open request, or already asked of Shopify by an earlier run */
    leftOut?: { subscribed: number; openRequest: number; alreadyErased: number };
    /** in a view: the customers of the run (at most CUSTOMER_LIST_LIMIT); stored runs keep them as RetentionCustomer rows */
    listed: ListedCustomer[];
    truncated: boolean;
    /** in a view: how many customers have each outcome */
    outcomes?: Partial<Record<CustomerOutcome, number>>;
  };
  shopify: { reached: boolean; problem?: string };
}

// The stored report and deletion counts, read back from their JSON columns (app/platform/json-column.ts).
const ruleSourceSchema = z.object({
  basis: z.enum(['rule', 'default', 'expiry']),
  category: z.string().nullable(),
  trigger: z.enum(retentionTriggers).nullable(),
  period: z.object({ amount: z.number(), unit: z.enum(periodUnits) }).nullable(),
  why: z.string(),
}) satisfies z.ZodType<RuleSource>;

const listedCustomerSchema = z.object({
  id: z.string(),
  name: z.string().nullable().optional(),
  adminUrl: z.string(),
  lastActivityAt: z.string(),
  numberOfOrders: z.number(),
  lastOrderAt: z.string().nullable(),
  ordersProtectedUntil: z.string().nullable(),
  included: z.boolean(),
  outcome: z.enum(CUSTOMER_OUTCOMES).optional(),
  heldUntil: z.string().optional(),
  reason: z.string().optional(),
}) satisfies z.ZodType<ListedCustomer>;

export const retentionReportSchema = z.object({
  generatedAt: z.string(),
  kinds: z.record(
    z.enum(RETENTION_KINDS),
    z.object({ count: z.number(), field: z.enum(['createdAt', 'closedAt', 'expiresAt', 'verificationExpiresAt']), cutoff: z.string(), rule: ruleSourceSchema }),
  ),
  orders: z.object({ deletedByLawfully: z.literal(0), cutoff: z.string().nullable(), rule: ruleSourceSchema.nullable(), protected: z.number().nullable() }),
  customers: z.object({
    inactiveBefore: z.string().nullable(),
    rule: ruleSourceSchema.nullable(),
    count: z.number().nullable(),
    leftOut: z.object({ subscribed: z.number(), openRequest: z.number(), alreadyErased: z.number() }).optional(),
    listed: z.array(listedCustomerSchema),
    truncated: z.boolean(),
    outcomes: z.partialRecord(z.enum(CUSTOMER_OUTCOMES), z.number()).optional(),
  }),
  shopify: z.object({ reached: z.boolean(), problem: z.string().optional() }),
}) satisfies z.ZodType<RetentionReport>;

/** What applying deleted, per kind (null until the run is applied). */
export const deletedCountsSchema = z.record(z.enum(RETENTION_KINDS), z.number()).nullable();

export type RetentionRunRow = Awaited<ReturnType<Db['retentionRun']['findFirstOrThrow']>>;
export type RetentionRunView = Omit<RetentionRunRow, 'report' | 'deleted' | 'status'> & {
  status: RunStatus;
  report: RetentionReport;
  deleted: Record<RetentionKind, number> | null;
};

/** A run in the list of runs: without its report. */
export type RetentionRunSummary = Pick<RetentionRunView, 'id' | 'createdAt' | 'status' | 'approvedBy' | 'appliedAt' | 'deleted'>;
