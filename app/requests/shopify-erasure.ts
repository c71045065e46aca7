// Where an erasure stands with Shopify: Shopify may hold it (a recent order) and confirms it later
// by customers/redact. Read from the latest step recording Shopify's answer.
import type { AppDeps } from '../platform/deps.ts';
import type { Db } from '../platform/db/index.ts';
import { ConflictError } from '../platform/errors.ts';
import { addDays } from '../platform/time.ts';
import { OPEN_STATUSES } from './rights.ts';

/** The step that records Shopify's answer to an erasure: ok, held (with `heldUntil`) or failed. */
export const SHOPIFY_ERASURE_STEP = 'shopify.customerRequestDataErasure';
/**
 * Shopify sends customers/redact about ten days after an erasure it no longer holds
 * (https://shopify.dev/docs/apps/build/compliance/privacy-law-compliance#customers-redact);
 * a hold older than that counts against the deadline again, so a lost webhook gets noticed, and
 * the merchant may ask Shopify again or close the request by hand.
 */
const REDACT_AFTER_HOLD_DAYS = 10;

/** Where an open erasure stands with Shopify, from Shopify's latest answer. */
export type ShopifyErasureState =
  /** Shopify holds it (a recent order) and its customers/redact is not late yet: wait for it */
  | { state: 'held'; until: Date }
  /** the hold ended more than ten days ago and no customers/redact came: ask again or close */
  | { state: 'unconfirmed'; since: Date }
  /** Shopify accepted it, yet the request is still open (closing it failed): fulfil again */
  | { state: 'accepted' };

export function shopifyErasureState(answer: { result: string; details: unknown }, now: Date): ShopifyErasureState | undefined {
  if (answer.result === 'ok') return { state: 'accepted' };
  if (answer.result !== 'held') return undefined;
  const until = new Date(String((answer.details as { heldUntil?: unknown } | null)?.heldUntil));
  if (Number.isNaN(until.getTime())) return undefined;
  return addDays(until, REDACT_AFTER_HOLD_DAYS) > now ? { state: 'held', until } : { state: 'unconfirmed', since: until };
}

/** Open erasures Shopify was asked to do, each by Shopify's latest answer. */
export async function shopifyErasures(db: Db, shop: string, now: Date, requestIds?: string[]): Promise<Map<string, ShopifyErasureState>> {
  const steps = await db.requestStep.findMany({
    where: {
      shop,
      action: SHOPIFY_ERASURE_STEP,
      result: { in: ['held', 'ok'] },
      request: { status: { in: OPEN_STATUSES } },
      ...(requestIds ? { requestId: { in: requestIds } } : {}),
    },
    select: { requestId: true, result: true, details: true },
    orderBy: { createdAt: 'asc' },
  });
  const latest = new Map(steps.map((step) => [step.requestId, step]));
  const states = new Map<string, ShopifyErasureState>();
  for (const [requestId, answer] of latest) {
    const state = shopifyErasureState(answer, now);
    if (state) states.set(requestId, state);
  }
  return states;
}

/** Open erasures Shopify is holding (a recent order), with the day Shopify said it erases. */
export async function heldErasures(db: Db, shop: string, now: Date, requestIds?: string[]): Promise<Map<string, Date>> {
  const held = new Map<string, Date>();
  for (const [id, state] of await shopifyErasures(db, shop, now, requestIds)) if (state.state === 'held') held.set(id, state.until);
  return held;
}

/**
 * Shopify was already asked: while it holds the erasure, a second click would report as done
 * what Shopify still holds. Once the hold is long over without customers/redact, the merchant may
 * ask again (harmless) or close by hand; once Shopify accepted it, fulfilling again finishes it.
 */
export async function refuseRepeatedErasure(deps: AppDeps, shop: string, id: string, action: 'fulfil' | 'close') {
  const state = (await shopifyErasures(deps.db, shop, deps.clock.now(), [id])).get(id);
  if (state?.state === 'held') {
    throw new ConflictError(
      `Shopify already has this erasure and holds it until ${state.until.toISOString().slice(0, 10)} because of a recent order. The request completes when Shopify erases the customer.`,
    );
  }
  // Rejecting would tell the person no to what Shopify is doing; completing by hand would skip
  // erasing what names them on this request.
  if (state?.state === 'accepted' && action === 'close') {
    throw new ConflictError('Shopify was already asked to erase this customer. Fulfil the request again to finish it.');
  }
}
