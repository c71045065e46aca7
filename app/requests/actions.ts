// What the merchant does with a request: move it along its status flow, extend its deadline
// once and write internal notes. Each action leaves an event (who decided). Fulfilment, with
// its steps (what was done where, with what result), is in fulfil/.
import type { AppDeps } from '../platform/deps.ts';
import { ConflictError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { openSealed } from '../platform/crypto.ts';
import { queueMail } from '../mail/mailer.ts';
import { loadRecords } from '../records/store.ts';
import { localize } from '../policy/render.ts';
import { addEvent, requestStatusOf, requestTypeOf } from './store.ts';
import { dueDate, extendedDueDate } from './deadlines.ts';
import { NEXT_STATUSES, type RequestStatus } from './rights.ts';
import { extensionMail, rejectionMail } from './messages.ts';
import { refuseRepeatedErasure } from './shopify-erasure.ts';
import { refuseWhileProcessorsOpen } from '../processors/fan-out.ts';
import { storeName } from './store-name.ts';

export async function loadRequest(deps: AppDeps, shop: string, id: string) {
  const request = await deps.db.dataSubjectRequest.findFirst({ where: { id, shop } });
  if (!request) throw new NotFoundError('No such request');
  return request;
}

export const emailOf = (deps: AppDeps, sealed: string | null) => openSealed(deps.config.encryptionKey, sealed);

/** What the merchant types to erase: an erasure cannot be undone, so a click alone is not enough. */
export const ERASE_CONFIRMATION = 'ERASE';

/** Refuses to erase unless the merchant typed the confirmation word; other rights need none. */
export async function checkErasureConfirmation(deps: AppDeps, shop: string, id: string, typed: string | undefined) {
  const request = await loadRequest(deps, shop, id);
  if (request.type !== 'erasure' || typed?.trim() === ERASE_CONFIRMATION) return;
  throw new ValidationError(`Erasing cannot be undone. Type ${ERASE_CONFIRMATION} to confirm that the person's data is to be erased.`, {
    confirmation: `Type ${ERASE_CONFIRMATION} to confirm`,
  });
}

export async function changeStatus(deps: AppDeps, shop: string, id: string, actor: string, to: RequestStatus, reason?: string) {
  const request = await loadRequest(deps, shop, id);
  const from = requestStatusOf(request);
  if (!NEXT_STATUSES[from].includes(to)) throw new ConflictError(`A request that is ${from.replace('_', ' ')} cannot become ${to.replace('_', ' ')}.`);
  if (to === 'rejected' && !reason?.trim())
    throw new ValidationError('Say why the request is rejected; the person is told (GDPR Art. 12(4)).', { reason: 'Give the reason' });
  // Closing by hand an erasure that Shopify was asked to do would report what has not happened yet.
  if (request.type === 'erasure' && (to === 'completed' || to === 'rejected')) await refuseRepeatedErasure(deps, shop, id, 'close');
  // Art. 19: a request is complete once every processor that received the data was asked (or the task waived).
  if (to === 'completed') await refuseWhileProcessorsOpen(deps.db, shop, id);
  const now = deps.clock.now();
  const email = emailOf(deps, request.emailEncrypted);
  const records = to === 'rejected' ? await loadRecords(deps.db, shop) : undefined;
  const store = to === 'rejected' && email ? await storeName(deps, shop) : shop;
  await deps.db.$transaction(async (tx) => {
    await tx.dataSubjectRequest.update({
      where: { id },
      data: {
        status: to,
        ...(to === 'verified' && !request.verifiedAt ? { verifiedAt: now, dueAt: dueDate(now) } : {}),
        ...(to === 'in_progress' ? { reviewedBy: actor } : {}),
        ...(to === 'rejected' || to === 'completed' ? { closedAt: now, finalisedBy: actor } : {}),
        ...(to === 'rejected' ? { rejectionReason: reason } : {}),
      },
    });
    await addEvent(tx, {
      shop,
      requestId: id,
      actor,
      kind: to === 'rejected' ? 'rejected' : 'status_changed',
      message: to === 'rejected' ? reason : `${from} → ${to}`,
      at: now,
    });
    if (to === 'rejected' && email) {
      const authority = records?.controller?.supervisoryAuthority;
      const name = authority ? localize(authority.name, 'en') : undefined;
      await queueMail(
        tx,
        deps.config.encryptionKey,
        shop,
        { to: email, ...rejectionMail(store, requestTypeOf(request), reason ?? '', name, request.locale) },
        now,
      );
    }
  });
  deps.jobs.dispatch([]);
}

export async function extendDeadline(deps: AppDeps, shop: string, id: string, actor: string, days: number, reason: string) {
  const request = await loadRequest(deps, shop, id);
  if (!reason.trim()) throw new ValidationError('Say why more time is needed; the person is told.', { reason: 'Give the reason' });
  const now = deps.clock.now();
  const extended = extendedDueDate(request, days, now);
  if ('refused' in extended) throw new ConflictError(extended.refused);
  const email = emailOf(deps, request.emailEncrypted);
  const store = email ? await storeName(deps, shop) : shop;
  await deps.db.$transaction(async (tx) => {
    await tx.dataSubjectRequest.update({ where: { id }, data: { dueAt: extended.dueAt, extendedAt: now, extensionReason: reason } });
    await addEvent(tx, {
      shop,
      requestId: id,
      actor,
      kind: 'extended',
      message: `Deadline extended by ${days} days to ${extended.dueAt.toISOString().slice(0, 10)}: ${reason}`,
      at: now,
    });
    if (email)
      await queueMail(
        tx,
        deps.config.encryptionKey,
        shop,
        { to: email, ...extensionMail(store, requestTypeOf(request), extended.dueAt, reason, request.locale) },
        now,
      );
  });
  deps.jobs.dispatch([]);
}

export async function addNote(deps: AppDeps, shop: string, id: string, actor: string, text: string) {
  await loadRequest(deps, shop, id);
  await addEvent(deps.db, { shop, requestId: id, actor, kind: 'note', message: text, at: deps.clock.now() });
}
