// The retention run API's shapes, as the server declares them (app/retention/report.ts), with
// dates as the JSON strings they arrive as.
import type { CustomerOutcome, RetentionReport, RetentionRunSummary, RetentionRunView, RunStatus } from '../../../../app/retention/report.ts';
import type { RetentionKind } from '../../../../app/retention/select.ts';
import type { Jsonified } from '../../../../app/platform/jsonified.ts';

export type { ListedCustomer, RunStatus } from '../../../../app/retention/report.ts';
export type Kind = RetentionKind;
export type Outcome = CustomerOutcome;
export type Report = RetentionReport;

/** A run in the list (GET /api/retention/runs), without its report. */
export type RunSummary = Jsonified<RetentionRunSummary>;

/** A run with its report (GET /api/retention/runs/:id). */
export type Run = Jsonified<RetentionRunView>;

export const KIND_LABELS: Record<Kind, string> = {
  consentRecords: 'Consent records',
  closedRequests: 'Closed requests',
  exportPackages: 'Expired export packages',
  unverifiedRequests: 'Unconfirmed storefront requests',
};

export const STATUS_LABELS: Record<RunStatus, string> = {
  dry_run: 'Dry run',
  approved: 'Approved',
  applying: 'Applying',
  applied: 'Applied',
  discarded: 'Discarded',
};
export const isOpen = (status: RunStatus) => status === 'dry_run' || status === 'approved';
