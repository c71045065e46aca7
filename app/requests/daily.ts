// The requests' daily round: storefront requests never confirmed expire (their one-time link
// lasted 24 hours; retention then purges them), and the merchant is warned of requests due
// within a week or overdue (GDPR Art. 12(3) deadlines), leaving out erasures Shopify holds.
// Scheduled once a day per shop by app/jobs/schedule.ts.
import type { AppDeps } from '../platform/deps.ts';
import { addDays } from '../platform/time.ts';
import type { ClaimedJob } from '../jobs/queue.ts';
import { jobKinds } from '../jobs/kinds.ts';
import { queueMail } from '../mail/mailer.ts';
import { DUE_SOON_DAYS } from './deadlines.ts';
import { OPEN_STATUSES } from './rights.ts';
import { merchantDeadlineMail } from './messages.ts';
import { merchantEmail } from './merchant.ts';
import { addEvent } from './store.ts';
import { heldErasures } from './shopify-erasure.ts';

export async function dailyRound(deps: AppDeps, shop: string) {
  const now = deps.clock.now();
  const stale = await deps.db.dataSubjectRequest.findMany({ where: { shop, status: 'unverified', verificationExpiresAt: { lt: now } }, select: { id: true } });
  for (const { id } of stale) {
    await deps.db.$transaction(async (tx) => {
      await tx.dataSubjectRequest.update({ where: { id }, data: { status: 'expired', closedAt: now, verificationHash: null } });
      await addEvent(tx, { shop, requestId: id, actor: 'system', kind: 'expired', message: 'Not confirmed within 24 hours.', at: now });
    });
  }
  const dueOrHeld = await deps.db.dataSubjectRequest.findMany({
    where: { shop, status: { in: OPEN_STATUSES }, dueAt: { lt: addDays(now, DUE_SOON_DAYS) } },
    select: { id: true },
  });
  // An erasure Shopify holds waits on Shopify's customers/redact: nothing for the merchant to do.
  const held = await heldErasures(
    deps.db,
    shop,
    now,
    dueOrHeld.map((r) => r.id),
  );
  const due = dueOrHeld.filter((r) => !held.has(r.id)).length;
  if (due > 0) {
    const to = await merchantEmail(deps, shop);
    if (to)
      await queueMail(deps.db, deps.config.encryptionKey, shop, { to, ...merchantDeadlineMail(shop, due, `${deps.config.appUrl}/requests?shop=${shop}`) }, now);
  }
  return { expired: stale.length, dueSoonOrOverdue: due };
}

export function requestJobHandlers(deps: AppDeps) {
  return {
    [jobKinds.requestsDaily]: async (job: ClaimedJob) => {
      const result = await dailyRound(deps, job.shop);
      deps.log.info({ shop: job.shop, ...result }, 'requests daily round');
    },
  };
}
