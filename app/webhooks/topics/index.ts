// The job handler of each webhook topic that is worked on after acknowledgement.
import type { AppDeps } from '../../platform/deps.ts';
import type { JobHandlers } from '../../jobs/runner.ts';
import { jobKinds } from '../../jobs/kinds.ts';
import { customersDataRequest } from './customers-data-request.ts';
import { customersRedact } from './customers-redact.ts';
import { shopRedact } from './shop-redact.ts';

export function webhookJobHandlers(deps: AppDeps): JobHandlers {
  return {
    [jobKinds.customersDataRequest]: customersDataRequest(deps),
    [jobKinds.customersRedact]: customersRedact(deps),
    [jobKinds.shopRedact]: shopRedact(deps),
  };
}
