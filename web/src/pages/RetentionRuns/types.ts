// The retention run API's shapes, as the server declares them (app/retention/report.ts); only
// the run row is restated here, because its dates arrive as JSON strings.
import type { CustomerOutcome, RetentionReport, RunStatus } from '../../../../app/retention/report.ts';
import type { RetentionKind } from '../../../../app/retention/select.ts';

export type { ListedCustomer, RunStatus } from '../../../../app/retention/report.ts';
export type Kind = RetentionKind;
export type Outcome = CustomerOutcome;
export type Report = RetentionReport;

export interface RunSummary {
  id: string;
  createdAt: string;
  status: RunStatus;
  approvedBy: string | null;
  appliedAt: string | null;
  deleted: Record<Kind, number> | null;
}

export type Run = RunSummary & { report: Report };

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
export const date = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleDateString() : '—');
export const isOpen = (status: RunStatus) => status === 'dry_run' || status === 'approved';
