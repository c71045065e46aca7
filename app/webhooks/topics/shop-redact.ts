// shop/redact: 48 hours after uninstall Shopify asks for every piece of the shop's data to go.
// Every shop-scoped table is emptied for the shop; a repeated delivery finds nothing left.
import type { AppDeps } from '../../platform/deps.ts';
import type { ClaimedJob } from '../../jobs/queue.ts';
import { purgeShop } from '../../platform/shop-purge.ts';

export function shopRedact({ db, log }: AppDeps) {
  return async (job: ClaimedJob) => {
    const counts = await purgeShop(db, job.shop);
    log.info({ shop: job.shop, counts }, 'shop data purged (shop/redact)');
  };
}
