// What a retention run is: its statuses, and the report a dry run writes down (counts of what
// Lawfully holds past its keeping time, and what Shopify holds that the merchant should look at).
import type { Db } from '../platform/db/index.ts';
import type { Cutoff, RetentionKind, RuleSource } from './select.ts';

export const RUN_STATUSES = ['dry_run', 'approved', 'applied', 'discarded'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export interface KindReport {
  count: number;
  field: Cutoff['field'];
  cutoff: string;
  rule: RuleSource;
}

export interface InactiveCustomer {
  /** Shopify's customer id (gid); never an email or a name */
  id: string;
  createdAt: string;
  lastActivityAt: string;
  numberOfOrders: number;
  lastOrderAt: string | null;
  /** the customer has orders under the order rule's minimum period until then: erase contact details, not the orders */
  ordersProtectedUntil: string | null;
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
    /** all inactive customers found; `listed` holds at most CUSTOMER_LIST_LIMIT of them */
    count: number | null;
    listed: InactiveCustomer[];
    truncated: boolean;
  };
  shopify: { reached: boolean; problem?: string };
}

export type RetentionRunRow = Awaited<ReturnType<Db['retentionRun']['findFirstOrThrow']>>;
export type RetentionRunView = Omit<RetentionRunRow, 'report' | 'deleted' | 'status'> & {
  status: RunStatus;
  report: RetentionReport;
  deleted: Record<RetentionKind, number> | null;
};
