// The human-action audit log: every change a merchant (or the app on their behalf) makes to
// records, policies, requests and retention, with who and when. Details never hold personal data.
import type { Db } from '../platform/db/index.ts';
import type { JsonObject } from '../platform/json-column.ts';
import { auditSentence } from './sentences.ts';

export interface AuditEntry {
  shop: string;
  actor: string;
  /** a code with a sentence in sentences.ts (test/records/audit.db.test.ts checks every code written) */
  action: string;
  subject?: string;
  details?: JsonObject;
  at?: Date;
}

type AuditWriter = Pick<Db, 'auditEvent'>;

export async function recordAudit(db: AuditWriter, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      shop: entry.shop,
      actor: entry.actor,
      action: entry.action,
      subject: entry.subject,
      details: entry.details,
      ...(entry.at ? { createdAt: entry.at } : {}),
    },
  });
}

/** The shop's entries, newest first, each with the sentence the merchant reads. */
export async function listAudit(db: Db, shop: string, { before, limit = 50, action }: { before?: Date; limit?: number; action?: string }) {
  const events = await db.auditEvent.findMany({
    where: { shop, ...(action ? { action: { startsWith: action } } : {}), ...(before ? { createdAt: { lt: before } } : {}) },
    orderBy: { createdAt: 'desc' },
    take: Math.min(limit, 200),
  });
  return events.map((event) => ({ ...event, sentence: auditSentence(event.action, event.details) }));
}

/** An entry as GET /api/audit answers it. */
export type AuditLogEntry = Awaited<ReturnType<typeof listAudit>>[number];
