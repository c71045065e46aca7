// Applying a run to Shopify: each included customer is erased through the Admin API —
// customerDelete for a customer without orders (where the write_customers scope allows),
// customerRequestDataErasure otherwise (Shopify keeps the orders, without the person, for as long
// as the law wants them kept, and holds the erasure until 180 days after the last order).
// Batched (aliases in one request), paced by the cost budget Shopify reports (the Admin API
// client waits for the bucket), and resumable: a batch is claimed by the attempt that asks
// Shopify, and each customer's outcome is written before the next batch, so a resumed run never
// asks twice about anyone.
import type { AppDeps } from '../platform/deps.ts';
import { UpstreamError } from '../platform/errors.ts';
import { addDays } from '../platform/time.ts';
import { isInactive, lastActivity, type Period } from './select.ts';
import { isSubscribed, type CustomerNode } from './shopify-findings.ts';
import type { CustomerOutcome } from './report.ts';

/** Customers per request: 10 mutations cost 100 points, one second of a standard bucket's refill. */
export const ERASE_BATCH = 10;
/** Shopify holds an erasure while the customer has an order in the last 180 days (help.shopify.com, "Erasing a customer's personal data"). */
export const SHOPIFY_HOLD_DAYS = 180;

const IN_DOUBT =
  'The run stopped while Shopify was being asked about this customer; Lawfully did not ask again, so that no one is erased twice. Check the customer in the Shopify admin.';

interface Row {
  id: string;
  customerId: string;
  numberOfOrders: number;
}

interface Decision {
  outcome: CustomerOutcome;
  heldUntil?: Date;
  reason?: string;
}

type Deps = Pick<AppDeps, 'db' | 'clock' | 'adminApi'>;

const throttled = (error: UpstreamError) =>
  ((error.details as { codes?: unknown[] } | undefined)?.codes ?? []).includes('THROTTLED') || error.message.includes('throttling');

/** Whether the shop granted write_customers (customerDelete); a session without a scope list is taken to have the app's scopes. */
async function mayDelete(deps: Deps, shop: string): Promise<boolean> {
  const session = await deps.db.session.findFirst({ where: { shop, isOnline: false }, select: { scope: true } });
  return (
    !session?.scope ||
    session.scope
      .split(',')
      .map((s) => s.trim())
      .includes('write_customers')
  );
}

/** The customers' state now: whoever became active or subscribed since the dry run is left alone. */
async function currentState(deps: Deps, shop: string, rows: Row[]): Promise<Map<string, CustomerNode | null>> {
  const fields = rows.map((_, i) => `c${i}: customer(id: $c${i}) { ...State }`).join(' ');
  const query = `query RetentionRecheck(${rows.map((_, i) => `$c${i}: ID!`).join(', ')}) { ${fields} }
    fragment State on Customer { id createdAt updatedAt numberOfOrders lastOrder { createdAt } emailMarketingConsent { marketingState } smsMarketingConsent { marketingState } }`;
  const data = await deps.adminApi
    .forShop(shop)
    .request<Record<string, CustomerNode | null>>(query, Object.fromEntries(rows.map((r, i) => [`c${i}`, r.customerId])));
  return new Map(rows.map((r, i) => [r.id, data[`c${i}`] ?? null]));
}

type Action = { row: Row; mutation: 'erase' | 'delete'; heldUntil?: Date };

async function ask(deps: Deps, shop: string, actions: Action[]): Promise<Map<string, Decision>> {
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const fields = actions.map((a, i) => {
    if (a.mutation === 'delete') {
      declarations.push(`$c${i}: CustomerDeleteInput!`);
      variables[`c${i}`] = { id: a.row.customerId };
      return `c${i}: customerDelete(input: $c${i}) { deletedCustomerId userErrors { field message } }`;
    }
    declarations.push(`$c${i}: ID!`);
    variables[`c${i}`] = a.row.customerId;
    return `c${i}: customerRequestDataErasure(customerId: $c${i}) { customerId userErrors { field message code } }`;
  });
  const data = await deps.adminApi
    .forShop(shop)
    .request<Record<string, { userErrors?: Array<{ message: string }> } | null>>(
      `mutation RetentionErase(${declarations.join(', ')}) { ${fields.join(' ')} }`,
      variables,
    );
  return new Map(
    actions.map((a, i): [string, Decision] => {
      const errors = data[`c${i}`]?.userErrors ?? [];
      if (!data[`c${i}`] || errors.length)
        return [a.row.id, { outcome: 'failed', reason: `Shopify refused: ${errors.map((e) => e.message).join('; ') || 'no answer'}` }];
      if (a.mutation === 'delete') return [a.row.id, { outcome: 'deleted' }];
      return [a.row.id, a.heldUntil ? { outcome: 'held', heldUntil: a.heldUntil } : { outcome: 'erased' }];
    }),
  );
}

/** What to do about each customer, given how they stand in Shopify now. */
function plan(rows: Row[], state: Map<string, CustomerNode | null>, inactivity: { now: Date; period: Period }, canDelete: boolean) {
  const decided = new Map<string, Decision>();
  const actions: Action[] = [];
  for (const row of rows) {
    const now = state.get(row.id);
    // Unknown to Shopify now: ask anyway, and record Shopify's own answer.
    if (!now) {
      actions.push({ row, mutation: row.numberOfOrders === 0 && canDelete ? 'delete' : 'erase' });
      continue;
    }
    if (isSubscribed(now)) decided.set(row.id, { outcome: 'skipped', reason: 'Subscribed to marketing since the dry run.' });
    else if (!isInactive(now, inactivity.now, inactivity.period))
      decided.set(row.id, { outcome: 'skipped', reason: `Active again since the dry run (last activity ${lastActivity(now).toISOString().slice(0, 10)}).` });
    else if (Number(now.numberOfOrders) === 0 && canDelete) actions.push({ row, mutation: 'delete' });
    else {
      const lastOrder = now.lastOrder ? new Date(now.lastOrder.createdAt) : null;
      const heldUntil = lastOrder ? addDays(lastOrder, SHOPIFY_HOLD_DAYS) : undefined;
      actions.push({ row, mutation: 'erase', ...(heldUntil && heldUntil > inactivity.now ? { heldUntil } : {}) });
    }
  }
  return { decided, actions };
}

/**
 * Erases the run's included customers that have no outcome yet, batch after batch, until none is
 * left ('done') or the signal says this attempt lost its job ('stopped'). `attempt` names the
 * attempt (job id and attempt number): rows another attempt claimed and never finished are in
 * doubt and end as failed, never asked again.
 */
export async function eraseInactiveCustomers(
  deps: Deps,
  shop: string,
  runId: string,
  { attempt, period, signal, batchSize = ERASE_BATCH }: { attempt: string; period: Period; signal?: AbortSignal; batchSize?: number },
): Promise<'done' | 'stopped'> {
  const { db, clock } = deps;
  const canDelete = await mayDelete(deps, shop);
  await db.retentionCustomer.updateMany({
    where: { runId, shop, outcome: null, attemptedAt: { not: null }, NOT: { attemptBy: attempt } },
    data: { outcome: 'failed', reason: IN_DOUBT, doneAt: clock.now(), nameSealed: null },
  });
  for (;;) {
    if (signal?.aborted) return 'stopped';
    const next = await db.retentionCustomer.findMany({
      where: { runId, shop, included: true, outcome: null, attemptedAt: null },
      orderBy: { customerId: 'asc' },
      take: batchSize,
      select: { id: true },
    });
    if (next.length === 0) return 'done';
    const now = clock.now();
    await db.retentionCustomer.updateMany({ where: { id: { in: next.map((r) => r.id) }, attemptedAt: null }, data: { attemptBy: attempt, attemptedAt: now } });
    const rows = await db.retentionCustomer.findMany({
      where: { id: { in: next.map((r) => r.id) }, attemptBy: attempt, outcome: null },
      select: { id: true, customerId: true, numberOfOrders: true },
    });
    if (rows.length === 0) continue;
    const release = () =>
      db.retentionCustomer.updateMany({
        where: { id: { in: rows.map((r) => r.id) }, attemptBy: attempt, outcome: null },
        data: { attemptBy: null, attemptedAt: null },
      });
    let state: Map<string, CustomerNode | null>;
    try {
      state = await currentState(deps, shop, rows);
    } catch (error) {
      // Nothing was asked of Shopify yet: the batch is free again, and the job retries later.
      await release();
      throw error;
    }
    const { decided, actions } = plan(rows, state, { now, period }, canDelete);
    let decisions = decided;
    try {
      if (actions.length) decisions = new Map([...decided, ...(await ask(deps, shop, actions))]);
    } catch (error) {
      // Throttled means Shopify ran nothing: free again. Any other failure may have come after
      // Shopify acted, so those customers stay claimed, and end in doubt rather than asked twice.
      if (error instanceof UpstreamError && throttled(error)) await release();
      throw error;
    }
    const doneAt = clock.now();
    await db.$transaction(
      rows.map((row) => {
        const d = decisions.get(row.id) ?? { outcome: 'failed', reason: 'Shopify gave no answer about this customer.' };
        return db.retentionCustomer.updateMany({
          where: { id: row.id, attemptBy: attempt, outcome: null },
          data: { outcome: d.outcome, heldUntil: d.heldUntil ?? null, reason: d.reason ?? null, doneAt, nameSealed: null },
        });
      }),
    );
  }
}
