// Fulfilment of a request: one module per right (grouped where two rights share the logic), and
// this dispatcher, which checks the request may be fulfilled, finds the Shopify customer, runs
// the right's fulfilment and closes the request with an event and a mail to the person.
import type { AppDeps } from '../../platform/deps.ts';
import { ConflictError, ValidationError } from '../../platform/errors.ts';
import { queueMail } from '../../mail/mailer.ts';
import { addEvent, addStep, requestTypeOf } from '../store.ts';
import type { RequestType } from '../rights.ts';
import { outcomeMail, outcomeText } from '../messages.ts';
import { findCustomerIdByEmail } from '../shopify-customer.ts';
import { refuseRepeatedErasure } from '../shopify-erasure.ts';
import { emailOf, loadRequest } from '../actions.ts';
import { fanOutOnFulfilment } from '../../processors/fan-out.ts';
import { withProcessorsAsked } from '../../processors/shopper-note.ts';
import type { Mail } from '../shopper-texts.ts';
import { storeName } from '../store-name.ts';
import type { Fulfilled, Fulfilment } from './fulfilment.ts';
import { sendExport } from './access.ts';
import { recordCorrection } from './rectification.ts';
import { closeWithErasure, eraseCustomer } from './erasure.ts';
import { restrictProcessing } from './restriction.ts';
import { withdrawConsent } from './withdraw-consent.ts';
import { answerComplaint } from './complaint.ts';

const FULFIL: Record<RequestType, (fulfilment: Fulfilment) => Promise<Fulfilled>> = {
  access: sendExport,
  portability: sendExport,
  rectification: recordCorrection,
  erasure: eraseCustomer,
  restriction: restrictProcessing,
  objection: restrictProcessing,
  withdraw_consent: withdrawConsent,
  complaint: answerComplaint,
};

/**
 * Carries out the right the request is about. Shopify calls that fail leave the request open with
 * a failed step (the merchant retries); nothing is reported done that was not done.
 */
export async function fulfil(deps: AppDeps, shop: string, id: string, actor: string, input: { correction?: string }) {
  const request = await loadRequest(deps, shop, id);
  if (!['verified', 'in_progress', 'received'].includes(request.status))
    throw new ConflictError(`A request that is ${request.status.replace('_', ' ')} cannot be fulfilled.`);
  if (request.status === 'received' && request.source === 'storefront') throw new ConflictError('The identity of the person has not been verified yet.');
  const type = requestTypeOf(request);
  const now = deps.clock.now();
  if (type === 'erasure') await refuseRepeatedErasure(deps, shop, id, 'fulfil');
  const email = emailOf(deps, request.emailEncrypted);
  let customerId = request.shopifyCustomerId;
  const step: Fulfilment['step'] = (action, system, result, details) =>
    addStep(deps.db, { shop, requestId: id, action, system, result, details, at: deps.clock.now() });

  if (!customerId && email && type !== 'complaint' && type !== 'rectification') {
    customerId = await findCustomerIdByEmail(deps, shop, email);
    await step('shopify.customer.lookup', 'shopify', customerId ? 'ok' : 'skipped', { found: Boolean(customerId) });
    if (customerId) await deps.db.dataSubjectRequest.update({ where: { id }, data: { shopifyCustomerId: customerId } });
  }

  const fulfilment: Fulfilment = { deps, shop, request, type, customerId, now, input, step };
  let fulfilled: Fulfilled;
  try {
    fulfilled = await FULFIL[type](fulfilment);
  } catch (error) {
    if (error instanceof ValidationError || error instanceof ConflictError) throw error;
    await step(`${type}.fulfil`, 'shopify', 'failed', { error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
  const { outcome, trail, complete: rightDone = true } = fulfilled;
  // Art. 19 and 28(3)(e): the processors that received the data are asked too (app/processors); manual
  // or failed tasks keep the request in progress until the merchant has done or waived them.
  const processors = await fanOutOnFulfilment(deps, { shop, request, type, customerId, email, actor, now });
  const complete = rightDone && processors.awaitingMerchant === 0;
  const tellShopper = (mail: Mail) => (processors.asked ? withProcessorsAsked(mail, request.locale) : mail);
  const store = email ? await storeName(deps, shop) : shop;

  await deps.db.$transaction(async (tx) => {
    await tx.dataSubjectRequest.update({
      where: { id },
      data: complete ? { status: 'completed', closedAt: now, finalisedBy: actor } : { status: 'in_progress', reviewedBy: actor },
    });
    if (type === 'erasure' && complete) await closeWithErasure(tx, fulfilment, actor, outcome);
    // The trail is for the merchant, in English; the mail is in the shopper's language.
    await addEvent(tx, { shop, requestId: id, actor, kind: complete ? 'completed' : 'held', message: trail ?? outcomeText(outcome), at: now });
    if (email) await queueMail(tx, deps.config.encryptionKey, shop, { to: email, ...tellShopper(outcomeMail(store, type, outcome, request.locale)) }, now);
  });
  deps.jobs.dispatch([]);
}
