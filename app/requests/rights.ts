// The data-subject rights Lawfully handles (GDPR Art. 15-22 and 77), the request states, and
// where a request came from. One list, used by the API schemas, the inbox and the storefront.

export const REQUEST_TYPES = [
  'access', // Art. 15
  'rectification', // Art. 16
  'erasure', // Art. 17
  'restriction', // Art. 18
  'portability', // Art. 20
  'objection', // Art. 21
  'withdraw_consent', // Art. 7(3)
  'complaint', // Art. 77: answered with the supervisory authority
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const REQUEST_STATUSES = ['unverified', 'received', 'verified', 'in_progress', 'completed', 'rejected', 'expired'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const OPEN_STATUSES: RequestStatus[] = ['received', 'verified', 'in_progress'];
export const CLOSED_STATUSES: RequestStatus[] = ['completed', 'rejected', 'expired'];

/** Which status may follow which; anything else is refused with a message. */
export const NEXT_STATUSES: Record<RequestStatus, RequestStatus[]> = {
  unverified: ['verified', 'expired'],
  received: ['verified', 'in_progress', 'rejected'],
  verified: ['in_progress', 'completed', 'rejected'],
  in_progress: ['completed', 'rejected'],
  completed: [],
  rejected: [],
  expired: [],
};

export const REQUEST_SOURCES = ['shopify_webhook', 'storefront', 'merchant'] as const;
export type RequestSource = (typeof REQUEST_SOURCES)[number];

export const RIGHT_LABELS: Record<RequestType, string> = {
  access: 'Access (Art. 15)',
  rectification: 'Rectification (Art. 16)',
  erasure: 'Erasure (Art. 17)',
  restriction: 'Restriction (Art. 18)',
  portability: 'Portability (Art. 20)',
  objection: 'Objection (Art. 21)',
  withdraw_consent: 'Withdrawal of consent (Art. 7(3))',
  complaint: 'Complaint to the authority (Art. 77)',
};
