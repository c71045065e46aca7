// What every right's fulfilment is given and gives back. The dispatcher (index.ts) loads the
// request, finds the Shopify customer, and closes the request with what the right reports.
import type { AppDeps } from '../../platform/deps.ts';
import type { JsonObject } from '../../platform/json-column.ts';
import type { ShopperOutcome } from '../messages.ts';
import type { RequestType } from '../rights.ts';
import type { loadRequest } from '../actions.ts';

export type StepResult = 'ok' | 'failed' | 'held' | 'skipped';

export interface Fulfilment {
  deps: AppDeps;
  shop: string;
  request: Awaited<ReturnType<typeof loadRequest>>;
  type: RequestType;
  /** the Shopify customer the request is about, when one was found */
  customerId: string | null;
  now: Date;
  input: { correction?: string };
  /** records what was done where, with what result, in the request's execution log */
  step: (action: string, system: 'lawfully' | 'shopify', result: StepResult, details?: JsonObject) => Promise<unknown>;
}

export interface Fulfilled {
  /** what the shopper is told, in their language */
  outcome: ShopperOutcome;
  /** what the trail keeps when the outcome told to the shopper must not be stored in clear */
  trail?: string;
  /** false while Shopify holds the work: the request stays in progress */
  complete?: boolean;
}
