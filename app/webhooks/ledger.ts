// The webhook ledger. A verified delivery and the work it calls for are committed in one
// transaction before Shopify gets its 200; a redelivery (same event id) changes nothing.
//
// Deliveries that arrive together are committed together (group commit): each waits for the
// transaction that holds it, so none is acknowledged before it is durable, and a burst costs a
// few statements instead of a few per delivery.
import { createHmac, randomUUID } from 'node:crypto';
import type { AppDeps } from '../platform/deps.ts';
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

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === 'P2002';
const MAX_BATCH = 200;

interface Pending {
  delivery: Delivery;
  resolve(outcome: Outcome): void;
  reject(error: unknown): void;
}

type LedgerDeps = Pick<AppDeps, 'db' | 'clock' | 'config' | 'jobs'>;

export function createLedger(deps: LedgerDeps) {
  let queue: Pending[] = [];
  let scheduled = false;

  async function commit(batch: Pending[]): Promise<Outcome[]> {
    const { db, clock, config } = deps;
    const now = clock.now();
    const outcomes: Outcome[] = batch.map(() => 'recorded');
    const seen = new Set<string>();
    const existing = new Set(
      (await db.webhookDelivery.findMany({ where: { eventId: { in: batch.map((p) => p.delivery.eventId) } }, select: { eventId: true } })).map((r) => r.eventId),
    );
    const ledgerRows = [];
    const jobRows = [];
    const uninstalled = new Set<string>();
    for (const [i, { delivery }] of batch.entries()) {
      if (existing.has(delivery.eventId) || seen.has(delivery.eventId)) {
        outcomes[i] = 'duplicate';
        continue;
      }
      seen.add(delivery.eventId);
      const id = randomUUID();
      ledgerRows.push({
        id,
        shop: delivery.shop,
        topic: delivery.topic,
        webhookId: delivery.webhookId,
        eventId: delivery.eventId,
        triggeredAt: delivery.triggeredAt,
        apiVersion: delivery.apiVersion,
        payload: delivery.rawBody,
        customerRef: delivery.customerId ? customerRef(config.encryptionKey, delivery.shop, delivery.customerId) : null,
        receivedAt: now,
      });
      // app/uninstalled is done at once (the shop's tokens are dead); it is idempotent, since
      // deliveries repeat. The other topics become jobs.
      if (delivery.topic === 'app/uninstalled') uninstalled.add(delivery.shop);
      else jobRows.push({ id: randomUUID(), shop: delivery.shop, kind: delivery.topic, payload: { deliveryId: id }, runAt: now });
    }
    if (ledgerRows.length) {
      await db.$transaction([
        db.webhookDelivery.createMany({ data: ledgerRows }),
        ...(jobRows.length ? [db.job.createMany({ data: jobRows })] : []),
        ...[...uninstalled].flatMap((shop) => [
          db.session.deleteMany({ where: { shop } }),
          db.shop.updateMany({ where: { domain: shop, uninstalledAt: null }, data: { uninstalledAt: now } }),
        ]),
      ]);
      deps.jobs.dispatch(jobRows.map((job) => job.id));
    }
    return outcomes;
  }

  async function flush() {
    scheduled = false;
    const batch = queue.splice(0, MAX_BATCH);
    if (queue.length) schedule();
    try {
      const outcomes = await commit(batch);
      batch.forEach((pending, i) => pending.resolve(outcomes[i]!));
    } catch (error) {
      if (batch.length > 1 && isUniqueViolation(error)) {
        // Another instance stored one of these meanwhile: settle each on its own.
        for (const pending of batch) {
          commit([pending]).then(([outcome]) => pending.resolve(outcome!), (e) => (isUniqueViolation(e) ? pending.resolve('duplicate') : pending.reject(e)));
        }
        return;
      }
      for (const pending of batch) {
        if (isUniqueViolation(error)) pending.resolve('duplicate');
        else pending.reject(error);
      }
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
