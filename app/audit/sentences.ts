// What each audit action means, as a sentence the merchant reads in the audit log: the one place
// that maps an action code to words. test/records/audit.db.test.ts reads every code written in
// app/ and checks it is here, so a new kind of entry cannot ship without its sentence.

/** The records' sections, as "Changed the …" names them. */
export const RECORD_SECTION_NAMES = {
  controller: 'the data controller',
  inventory: 'the data inventory',
  purposes: 'the purposes',
  recipients: 'the recipients',
  processors: 'the processors',
  retention: 'the retention rules',
  cookies: 'the cookies',
  security: 'the security measures',
  automatedDecisions: 'the automated decisions',
  policy: 'the policy settings',
} as const;
export type RecordSection = keyof typeof RECORD_SECTION_NAMES;

type Details = Record<string, unknown>;
type Sentence = string | ((details: Details) => string);

const number = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
const versionOf = (details: Details) => {
  const version = number(details.version);
  return version === undefined ? 'the privacy policy' : `version ${String(version)} of the privacy policy`;
};

/** What a retention sweep deletes, in words (app/retention/select.ts RETENTION_KINDS). */
const RETENTION_KIND_NAMES: Record<string, [string, string]> = {
  exportPackages: ['expired data export', 'expired data exports'],
  unverifiedRequests: ['unverified request', 'unverified requests'],
  closedRequests: ['closed request', 'closed requests'],
  consentRecords: ['consent record', 'consent records'],
};

/** What happened to the inactive customers of a retention run (outcome → words). */
const CUSTOMER_OUTCOMES: Record<string, string> = {
  erased: 'erased through Shopify',
  deleted: 'deleted (no orders)',
  held: 'held by Shopify until 180 days after their last order',
  failed: 'refused by Shopify',
  skipped: 'skipped (active again)',
};

/** A processor's name from the details (app/processors), "a processor" when absent. */
const processorOf = (details: Details, capital = false) =>
  typeof details.processor === 'string' ? details.processor : capital ? 'A processor' : 'a processor';

const FIXED_SENTENCES = {
  'records.imported': 'Imported all records from a file',
  'policy.published': (d: Details) => `Published ${versionOf(d)}`,
  'policy.publish_failed': (d: Details) => `Publishing ${versionOf(d)} failed`,
  'request.verified': 'Marked a request as verified',
  'request.in_progress': 'Started working on a request',
  'request.completed': 'Closed a request as completed',
  'request.rejected': 'Rejected a request',
  'request.extended': (d: Details) => {
    const days = number(d.days);
    return days === undefined ? 'Extended the deadline of a request' : `Extended the deadline of a request by ${plural(days, 'day', 'days')}`;
  },
  'request.fulfilled': 'Fulfilled a request',
  'retention.deleted': (d: Details) => {
    const count = number(d.count) ?? 0;
    const [one, many] = RETENTION_KIND_NAMES[String(d.kind)] ?? ['item', 'items'];
    return `Deleted ${plural(count, one, many)} past the retention period`;
  },
  'retention.discarded': 'Discarded a retention dry run',
  'retention.settings_changed': (d: Details) =>
    d.automatic === true
      ? 'Turned on automatic retention: each daily dry run is applied at once'
      : d.automatic === false
        ? 'Turned off automatic retention: each dry run waits for approval'
        : 'Changed the retention settings',
  'retention.customers': (d: Details) => {
    const parts = Object.entries(d).flatMap(([outcome, count]) =>
      typeof count === 'number' ? [`${count.toLocaleString('en')} ${CUSTOMER_OUTCOMES[outcome] ?? outcome}`] : [],
    );
    return parts.length
      ? `Finished with the inactive customers of a retention run: ${parts.join(', ')}`
      : 'Finished with the inactive customers of a retention run';
  },
  'job.retried': 'Retried a failed background job',
  'scan.requested': 'Started a scan of the storefront',
  'scan.settings_changed': 'Changed the storefront scan settings',
  'processor.task.created': (d: Details) => `Gave a request a task for ${processorOf(d)}`,
  'processor.task.sent': (d: Details) => `Asked ${processorOf(d)} to act on a request`,
  'processor.task.confirmed': (d: Details) => `Recorded ${processorOf(d)}'s confirmation for a request`,
  'processor.task.done': (d: Details) => `${processorOf(d, true)} carried out a request through its API`,
  'processor.task.failed': (d: Details) => `A request's task for ${processorOf(d)} failed`,
  'processor.task.waived': (d: Details) => `Waived a request's task for ${processorOf(d)}`,
  'processor.task.retried': (d: Details) => `Retried a request's task for ${processorOf(d)}`,
  'processor.task.removed': (d: Details) => `Removed a request's task for ${processorOf(d)}`,
  'processor.connected': (d: Details) => `Connected ${processorOf(d)} by API key`,
  'processor.disconnected': (d: Details) => `Removed the API key of ${processorOf(d)}`,
  'processor.contact_changed': (d: Details) => `Changed the privacy contact of ${processorOf(d)}`,
} satisfies Record<string, Sentence>;

/** Every action code the audit log accepts. */
export type AuditAction = keyof typeof FIXED_SENTENCES | `records.${RecordSection}.updated`;

const SENTENCES: Record<string, Sentence> = {
  ...FIXED_SENTENCES,
  ...Object.fromEntries(Object.entries(RECORD_SECTION_NAMES).map(([section, name]) => [`records.${section}.updated`, `Changed ${name}`])),
};

/** Every action code with a sentence (for the completeness test). */
export const auditActions = Object.keys(SENTENCES) as AuditAction[];

export function hasSentence(action: string): boolean {
  return Object.hasOwn(SENTENCES, action);
}

/** The entry as a sentence; an action code from before this table keeps its code, marked as such. */
export function auditSentence(action: string, details: unknown): string {
  const sentence = Object.hasOwn(SENTENCES, action) ? SENTENCES[action] : undefined;
  if (sentence === undefined) return `Recorded "${action}"`;
  if (typeof sentence === 'string') return sentence;
  return sentence(details && typeof details === 'object' && !Array.isArray(details) ? (details as Details) : {});
}
