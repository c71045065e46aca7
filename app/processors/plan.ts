// Which processors a request reaches, and how (pure). A processor gets a task when it receives a
// data category the request affects (GDPR Art. 19: every recipient of the data is told of an
// erasure, rectification or restriction; Art. 28(3)(e): processors help answer requests):
//  - erasure, rectification, restriction: the categories of every purpose concerning customers;
//  - objection and withdrawal of consent: those of the purposes that rest on consent (marketing);
//  - access and portability: only processors connected by API that can export, whose data goes
//    into the package (a processor without an API is answered for by what the shop holds).
// Shopify itself is not a task: it is asked through its own Admin API by the request's fulfilment.
import type { Records } from '../records/store.ts';
import type { RequestType } from '../requests/rights.ts';
import { isApiVendor } from './connector.ts';

export const TASK_ACTION_NAMES = ['erase', 'export', 'rectify', 'restrict', 'object'] as const;
export type TaskAction = (typeof TASK_ACTION_NAMES)[number];
export type TaskMethod = 'api' | 'email' | 'manual';

export interface PlannedTask {
  processorId: string;
  processorName: string;
  action: TaskAction;
  method: TaskMethod;
}

/** What a processor is asked to do for each right; a complaint asks nothing of them by itself. */
export const TASK_ACTIONS: Record<RequestType, TaskAction | undefined> = {
  erasure: 'erase',
  rectification: 'rectify',
  restriction: 'restrict',
  objection: 'object',
  withdraw_consent: 'object',
  access: 'export',
  portability: 'export',
  complaint: undefined,
};

/** The register's platform entry: Shopify is reached through its own API, never as a task. */
const PLATFORM_IDS = new Set(['shopify']);

/** Vendors whose connector can export (access); the others only erase. */
const EXPORTING = new Set(['stripe', 'klaviyo']);

const CUSTOMER_SUBJECTS = new Set(['customers', 'account_holders', 'newsletter_subscribers']);

export function affectedCategories(records: Records | null, type: RequestType): Set<string> {
  const purposes = (records?.purposes ?? []).filter((purpose) => !purpose.dataSubjects || purpose.dataSubjects.some((kind) => CUSTOMER_SUBJECTS.has(kind)));
  const relevant = type === 'objection' || type === 'withdraw_consent' ? purposes.filter((purpose) => purpose.legalBasis === 'consent') : purposes;
  return new Set(relevant.flatMap((purpose) => purpose.categories));
}

/**
 * The tasks a request gets. `connected` names the processors with an API key; `contact` says
 * whether a processor has a privacy contact to write to.
 */
export function planTasks(
  records: Records | null,
  type: RequestType,
  connected: Set<string>,
  contact: (processorId: string) => string | undefined,
): PlannedTask[] {
  const action = TASK_ACTIONS[type];
  if (!action) return [];
  const categories = affectedCategories(records, type);
  const tasks: PlannedTask[] = [];
  for (const processor of records?.processors ?? []) {
    if (PLATFORM_IDS.has(processor.id) || !processor.categories.some((category) => categories.has(category))) continue;
    const api = isApiVendor(processor.id) && connected.has(processor.id);
    if (action === 'export') {
      if (api && EXPORTING.has(processor.id)) tasks.push({ processorId: processor.id, processorName: processor.name, action, method: 'api' });
      continue;
    }
    // The APIs erase; rectification, restriction and objection are asked for in words.
    const method: TaskMethod = api && action === 'erase' ? 'api' : contact(processor.id) ? 'email' : 'manual';
    tasks.push({ processorId: processor.id, processorName: processor.name, action, method });
  }
  return tasks;
}
