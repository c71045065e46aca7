// The webhook ledger. A verified delivery and the work it calls for are committed in one
// transaction before Shopify gets its 200; a redelivery (same event id) changes nothing.
//
// Deliveries that arrive together are committed together (group commit): each waits for the
// transaction that holds it, so none is acknowledged before it is durable, and a burst costs a
// few statements instead of a few per delivery.
//
// This is the hot path, so its statements are written in SQL (the same on SQLite and PostgreSQL)
// and go to the database driver beneath Prisma (platform/db/driver.ts): Prisma's query compiler
// costs a few tenths of a millisecond per statement, more than the statements themselves.
// Everything else about these rows goes through Prisma's models.
import { createHmac, randomUUID } from 'node:crypto';
import { Prisma } from '../platform/db/generated/sqlite/client.ts';
import type { AppDeps } from '../platform/deps.ts';
import { driverOf } from '../platform/db/index.ts';
import type { Topic } from './payloads.ts';

export interface Delivery {
  shop: string;
  topic: Topic;
  webhookId: string;
  eventId: string;
  triggeredAt?: Date;
  apiVersion?: string;
  rawBody: string;
  customerId?: string;
}

export type Outcome = 'recorded' | 'duplicate';

/** Pseudonymous key of a customer in the ledger: keyed hash, so the id cannot be read back. */
export function customerRef(key: Buffer, shop: string, customerId: string): string {
  return createHmac('sha256', key).update(`${shop}\u0000customer\u0000${customerId}`).digest('hex');
}

const MAX_BATCH = 200;

/**
 * A time as Prisma itself writes it on SQLite (text, compared as text by its queries);
 * PostgreSQL reads the same text into its timestamp(3) columns.
 */
const sqlTime = (date: Date) => date.toISOString().replace('Z', '+00:00');

interface Pending {
  delivery: Delivery;
  resolve(outcome: Outcome): void;
  reject(error: unknown): void;
}

type LedgerDeps = Pick<AppDeps, 'db' | 'clock' | 'config' | 'jobs'>;

export function createLedger(deps: LedgerDeps) {
  const queue: Pending[] = [];
  let scheduled = false;

  async function commit(batch: Pending[]): Promise<Outcome[]> {
    const { db, clock, config } = deps;
    const now = sqlTime(clock.now());
    const seen = new Map<string, string>(); // event id → ledger row id, first of each in the batch
    const rows: { id: string; delivery: Delivery; ref: string | null }[] = [];
    for (const { delivery } of batch) {
      if (seen.has(delivery.eventId)) continue;
      const id = randomUUID();
      seen.set(delivery.eventId, id);
      const ref = delivery.customerId ? customerRef(config.encryptionKey, delivery.shop, delivery.customerId) : null;
      rows.push({ id, delivery, ref });
    }
    let fresh = new Set<string>();
    const jobIds: string[] = [];
    const uninstalled = new Set<string>();
    await driverOf(db).transaction(async (tx) => {
      // A redelivery (same event id, stored earlier or by another instance) is left out here.
      const inserted = await tx.query(Prisma.sql`
        INSERT INTO "WebhookDelivery" ("id", "shop", "topic", "webhookId", "eventId", "triggeredAt", "apiVersion", "payload", "customerRef", "receivedAt", "processedAt")
        VALUES ${Prisma.join(
          rows.map(({ id, delivery: d, ref }) => {
            const doneNow = d.topic === 'app/uninstalled';
            return Prisma.sql`(${id}, ${d.shop}, ${d.topic}, ${d.webhookId}, ${d.eventId}, ${d.triggeredAt ? sqlTime(d.triggeredAt) : null}, ${d.apiVersion ?? null}, ${d.rawBody}, ${ref}, ${now}, ${doneNow ? now : null})`;
          }),
        )}
        ON CONFLICT ("eventId") DO NOTHING
        RETURNING "id"`);
      fresh = new Set(inserted.map((row) => String(row.id)));
      const recorded = rows.filter((row) => fresh.has(row.id));
      // app/uninstalled is done at once (the shop's tokens are dead); it is idempotent, since
      // deliveries repeat. The other topics become jobs.
      const work = recorded.filter((row) => row.delivery.topic !== 'app/uninstalled');
      if (work.length) {
        const jobs = work.map((row) => ({ id: randomUUID(), row }));
        await tx.query(Prisma.sql`
          INSERT INTO "Job" ("id", "shop", "kind", "payload", "status", "attempts", "maxAttempts", "runAt", "createdAt")
          VALUES ${Prisma.join(jobs.map(({ id, row }) => Prisma.sql`(${id}, ${row.delivery.shop}, ${row.delivery.topic}, ${JSON.stringify({ deliveryId: row.id })}, 'queued', 0, 8, ${now}, ${now})`))}`);
        jobIds.push(...jobs.map((job) => job.id));
      }
      for (const row of recorded) if (row.delivery.topic === 'app/uninstalled') uninstalled.add(row.delivery.shop);
      for (const shop of uninstalled) {
        await tx.query(Prisma.sql`DELETE FROM "Session" WHERE "shop" = ${shop}`);
        await tx.query(Prisma.sql`UPDATE "Shop" SET "uninstalledAt" = ${now}, "updatedAt" = ${now} WHERE "domain" = ${shop} AND "uninstalledAt" IS NULL`);
      }
    });
    if (jobIds.length) deps.jobs.dispatch(jobIds);
    const answered = new Set<string>();
    return batch.map(({ delivery }) => {
      const first = !answered.has(delivery.eventId);
      answered.add(delivery.eventId);
      const rowId = seen.get(delivery.eventId);
      return first && rowId !== undefined && fresh.has(rowId) ? 'recorded' : 'duplicate';
    });
  }

  async function flush() {
    scheduled = false;
    const batch = queue.splice(0, MAX_BATCH);
    if (queue.length) schedule();
    try {
      const outcomes = await commit(batch);
      batch.forEach((pending, i) => {
        const outcome = outcomes[i];
        if (outcome) pending.resolve(outcome);
        else pending.reject(new Error('The ledger answered fewer outcomes than deliveries.'));
      });
    } catch (error) {
      // Nothing of the batch was stored: each delivery is answered 5xx and Shopify sends it again.
      for (const pending of batch) pending.reject(error);
    }
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => void flush());
  }

  return {
    /** Resolves once the delivery (and its job) is committed; rejects (→ 5xx) when it could not be. */
    record(delivery: Delivery): Promise<Outcome> {
      deps.jobs.noteIntake();
      return new Promise<Outcome>((resolve, reject) => {
        queue.push({ delivery, resolve, reject });
        schedule();
      });
    },
  };
}
