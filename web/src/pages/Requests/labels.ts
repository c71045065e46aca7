// Words and badge tones for requests, shared by the inbox and the request page.
import { formatDay } from '../../dates.ts';

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

/** What each entry of a request's trail records, as the merchant reads it. */
const EVENT_LABELS: Record<string, string> = {
  received: 'Received',
  verified: 'Identity confirmed',
  status_changed: 'Status changed',
  extended: 'Deadline extended',
  note: 'Note',
  export_ready: 'Export ready',
  erased: 'Erased',
  erased_no_customer: 'Erased (no customer in Shopify)',
  erasure_held: 'Erasure held by Shopify',
  held: 'Held',
  corrected: 'Corrected',
  restricted: 'Processing restricted',
  objected: 'Objection recorded',
  consent_withdrawn: 'Consent withdrawn',
  complaint: 'Complaint recorded',
  processor_task: 'Service provider',
  superseded: 'Superseded',
  expired: 'Expired unconfirmed',
  completed: 'Completed',
  rejected: 'Rejected',
};

export const hasEventLabel = (kind: string) => kind in EVENT_LABELS;

/** A trail entry's label; a kind this admin does not know yet still reads as words, not a code. */
export const eventLabel = (kind: string) => EVENT_LABELS[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1).replaceAll('_', ' ');

type Tone = 'success' | 'critical' | 'warning' | 'attention' | 'info' | undefined;

export const statusTone = (status: string): Tone =>
  status === 'completed' ? 'success' : status === 'rejected' ? 'critical' : status === 'in_progress' ? 'attention' : status === 'verified' ? 'info' : undefined;

export function deadlineBadge(deadline: string, daysLeft: number | null, heldUntil?: string | null): { tone: Tone; label: string } | undefined {
  if (deadline === 'held' && heldUntil) return { tone: 'info', label: `Held by Shopify until ${formatDay(heldUntil)}` };
  if (deadline === 'overdue') return { tone: 'critical', label: `Overdue by ${Math.abs(daysLeft ?? 0)} day${Math.abs(daysLeft ?? 0) === 1 ? '' : 's'}` };
  if (deadline === 'due_soon') return { tone: 'warning', label: `Due in ${daysLeft} day${daysLeft === 1 ? '' : 's'}` };
  if (deadline === 'on_track') return { tone: 'info', label: `${daysLeft} days left` };
  return undefined;
}

const STEP_LABELS: Record<string, string> = {
  'shopify.customer.lookup': 'Looked up the customer in Shopify',
  'export.assemble': 'Assembled the export package',
  'rectification.recorded': 'Recorded the correction',
  'lawfully.erase': 'Erased what Lawfully held',
  'lawfully.orders': 'Orders left to Shopify',
  'shopify.customerRequestDataErasure': 'Asked Shopify to erase the customer',
  'shopify.customer.flag': 'Flagged the customer in Shopify',
  'shopify.marketingConsent.revoke': 'Revoked marketing consent in Shopify',
  'lawfully.consent.withdraw': 'Withdrew the recorded consent',
  'complaint.answered': 'Sent the supervisory authority’s details',
};

export const RESULT_LABELS: Record<string, string> = { ok: 'Done', failed: 'Failed', held: 'Held by Shopify', skipped: 'Not needed' };

export const stepLabel = (action: string) => STEP_LABELS[action] ?? action.replace(/[._]/g, ' ');

/** "ordersRequested: [..]" → "Orders requested: 2"; readable words for the merchant, not JSON. */
export function describeDetails(details: unknown): string {
  if (!details || typeof details !== 'object') return '';
  return Object.entries(details as Record<string, unknown>)
    .filter(([, value]) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => {
      const name = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
      const names = Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
      const shown = names
        ? `${names.slice(0, 5).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}`
        : Array.isArray(value)
          ? String(value.length)
          : typeof value === 'boolean'
            ? value
              ? 'yes'
              : 'no'
            : typeof value === 'object'
              ? describeDetails(value)
              : typeof value === 'string'
                ? value
                : JSON.stringify(value);
      return `${name.charAt(0).toUpperCase()}${name.slice(1)}: ${shown}`;
    })
    .join(' · ');
}
