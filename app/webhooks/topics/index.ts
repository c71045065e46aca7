// The job handler of each webhook topic that is worked on after acknowledgement.
import type { AppDeps } from '../../platform/deps.ts';
import { checkedJob, type JobHandler, type JobHandlers } from '../../jobs/runner.ts';
import { jobKinds } from '../../jobs/kinds.ts';
import { customersDataRequest } from './customers-data-request.ts';
import { customersRedact } from './customers-redact.ts';
import { shopRedact } from './shop-redact.ts';
import { webhookJobPayload } from './delivery.ts';

/** Every topic's job names its ledger row; the runner checks that before the topic's handler reads it. */
const deliveryJob = (handler: JobHandler) => checkedJob(webhookJobPayload, (_payload, job, context) => handler(job, context));

export function webhookJobHandlers(deps: AppDeps): JobHandlers {
  return {
    [jobKinds.customersDataRequest]: deliveryJob(customersDataRequest(deps)),
    [jobKinds.customersRedact]: deliveryJob(customersRedact(deps)),
    [jobKinds.shopRedact]: deliveryJob(shopRedact(deps)),
  };
}
