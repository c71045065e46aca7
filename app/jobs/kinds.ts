// Every kind of job, named once. A job row's `kind` picks its handler (app/background.ts), so a
// kind written in two places must be the same string: write `jobKinds.x`, never the literal.
// The webhook ledger stores a compliance topic as its job's kind (app/webhooks/ledger.ts), so
// those three kinds are Shopify's topic names.
export const jobKinds = {
  customersDataRequest: 'customers/data_request',
  customersRedact: 'customers/redact',
  shopRedact: 'shop/redact',
  mailSend: 'mail.send',
  requestsDaily: 'requests.daily',
  retentionSweep: 'retention.sweep',
  retentionApply: 'retention.apply',
  scanStorefront: 'scan.storefront',
  scanWeekly: 'scan.weekly',
  processorTask: 'processor.task',
} as const;

export type JobKind = (typeof jobKinds)[keyof typeof jobKinds];
