// Words and badge tones for requests, shared by the inbox and the request page.
export const TYPE_LABELS: Record<string, string> = {
  access: 'Access',
  rectification: 'Rectification',
  erasure: 'Erasure',
  restriction: 'Restriction',
  portability: 'Portability',
  objection: 'Objection',
  withdraw_consent: 'Withdraw consent',
  complaint: 'Complaint',
};

export const SOURCE_LABELS: Record<string, string> = {
  shopify_webhook: 'Shopify',
  storefront: 'Storefront',
  merchant: 'Entered by you',
};

export const STATUS_LABELS: Record<string, string> = {
  unverified: 'Awaiting identity check',
  received: 'Received',
  verified: 'Verified',
  in_progress: 'In progress',
  completed: 'Completed',
  rejected: 'Rejected',
  expired: 'Expired unverified',
};

type Tone = 'success' | 'critical' | 'warning' | 'attention' | 'info' | undefined;

export const statusTone = (status: string): Tone =>
  status === 'completed' ? 'success' : status === 'rejected' ? 'critical' : status === 'in_progress' ? 'attention' : status === 'verified' ? 'info' : undefined;

export function deadlineBadge(deadline: string, daysLeft: number | null): { tone: Tone; label: string } | undefined {
  if (deadline === 'overdue') return { tone: 'critical', label: `Overdue by ${Math.abs(daysLeft ?? 0)} day${Math.abs(daysLeft ?? 0) === 1 ? '' : 's'}` };
  if (deadline === 'due_soon') return { tone: 'warning', label: `Due in ${daysLeft} day${daysLeft === 1 ? '' : 's'}` };
  if (deadline === 'on_track') return { tone: 'info', label: `${daysLeft} days left` };
  return undefined;
}
