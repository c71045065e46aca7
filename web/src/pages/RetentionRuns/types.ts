// The retention run API's shapes, as the admin reads them (app/retention/report.ts on the server).
export type RunStatus = 'dry_run' | 'approved' | 'applying' | 'applied' | 'discarded';
export type Kind = 'exportPackages' | 'unverifiedRequests' | 'closedRequests' | 'consentRecords';
export type Outcome = 'erased' | 'deleted' | 'held' | 'failed' | 'skipped';

export interface RuleSource {
  basis: 'rule' | 'default' | 'expiry';
  category: string | null;
  why: string;
}

export interface RunSummary {
  id: string;
  createdAt: string;
  status: RunStatus;
  approvedBy: string | null;
  appliedAt: string | null;
  deleted: Record<Kind, number> | null;
}

export interface ListedCustomer {
  id: string;
  name?: string | null;
  adminUrl: string;
  lastActivityAt: string;
  numberOfOrders: number;
  lastOrderAt: string | null;
  ordersProtectedUntil: string | null;
  included: boolean;
  outcome?: Outcome;
  heldUntil?: string;
  reason?: string;
}

export interface Report {
  generatedAt: string;
  kinds: Record<Kind, { count: number; cutoff: string; rule: RuleSource }>;
  orders: { cutoff: string | null; rule: RuleSource | null; protected: number | null };
  customers: {
    inactiveBefore: string | null;
    rule: RuleSource | null;
    count: number | null;
    leftOut?: { subscribed: number; openRequest: number; alreadyErased: number };
    truncated: boolean;
    listed: ListedCustomer[];
    outcomes?: Partial<Record<Outcome, number>>;
  };
  shopify: { reached: boolean; problem?: string };
}

export type Run = RunSummary & { report: Report };

export const KIND_LABELS: Record<Kind, string> = {
  consentRecords: 'Consent records',
  closedRequests: 'Closed requests',
  exportPackages: 'Expired export packages',
  unverifiedRequests: 'Unconfirmed storefront requests',
};

export const STATUS_LABELS: Record<RunStatus, string> = { dry_run: 'Dry run', approved: 'Approved', applying: 'Applying', applied: 'Applied', discarded: 'Discarded' };
export const date = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleDateString() : '—');
export const isOpen = (status: RunStatus) => status === 'dry_run' || status === 'approved';
