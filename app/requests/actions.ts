// What the merchant does with a request: move it along its status flow, extend its deadline
// once, write internal notes, and fulfil it. Each action leaves an event (who decided) and,
// for fulfilment, steps (what was done where, with what result).
import { createHash } from 'node:crypto';
import type { AppDeps } from '../platform/deps.ts';
import type { Db } from '../platform/db/index.ts';
import { ConflictError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { encrypt, openSealed, randomToken } from '../platform/crypto.ts';
import { queueMail } from '../mail/mailer.ts';
import { loadRecords } from '../records/store.ts';
import { localize } from '../policy/render.ts';
import { addEvent, addStep } from './store.ts';
import { dueDate, extendedDueDate } from './deadlines.ts';
import { NEXT_STATUSES, OPEN_STATUSES, type RequestStatus, type RequestType } from './rights.ts';
import { assembleExport, summarise } from './export-package.ts';
import { anonymiseRequests, closeRequestsOfErasedPerson, eraseLawfullyData, openRequestsOf } from './erase.ts';
import { extensionMail, outcomeMail, outcomeText, rejectionMail, type ShopperOutcome } from './messages.ts';
import { findCustomerIdByEmail, flagCustomer, requestShopifyErasure, unsubscribeFromMarketing } from './shopify-customer.ts';

/** How long a shopper's download link works. */
export const DOWNLOAD_LINK_DAYS = 14;
const DAY = 86_400_000;

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

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
  return until.getTime() + REDACT_AFTER_HOLD_DAYS * DAY > now.getTime() ? { state: 'held', until } : { state: 'unconfirmed', since: until };
}

/** Open erasures Shopify was asked to do, each by Shopify's latest answer. */
export async function shopifyErasures(db: Db, shop: string, now: Date, requestIds?: string[]): Promise<Map<string, ShopifyErasureState>> {
  const steps = await db.requestStep.findMany({
    where: { shop, action: SHOPIFY_ERASURE_STEP, result: { in: ['held', 'ok'] }, request: { status: { in: OPEN_STATUSES } }, ...(requestIds ? { requestId: { in: requestIds } } : {}) },
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

/** Links in mails to shoppers go through the shop's domain and Shopify's app proxy. */
export function storefrontLink({ config }: Pick<AppDeps, 'config'>, shop: string, path: string): string {
  const base = config.mode === 'preview' ? config.appUrl : `https://${shop}`;
  return `${base}/apps/lawfully/${path}`;
}

async function load(deps: AppDeps, shop: string, id: string) {
  const request = await deps.db.dataSubjectRequest.findFirst({ where: { id, shop } });
  if (!request) throw new NotFoundError('No such request');
  return request;
}

const emailOf = (deps: AppDeps, sealed: string | null) => openSealed(deps.config.encryptionKey, sealed);

export async function changeStatus(deps: AppDeps, shop: string, id: string, actor: string, to: RequestStatus, reason?: string) {
  const request = await load(deps, shop, id);
  const from = request.status as RequestStatus;
  if (!NEXT_STATUSES[from].includes(to)) throw new ConflictError(`A request that is ${from.replace('_', ' ')} cannot become ${to.replace('_', ' ')}.`);
  if (to === 'rejected' && !reason?.trim()) throw new ValidationError('Say why the request is rejected; the person is told (GDPR Art. 12(4)).', { reason: 'Give the reason' });
  // Closing by hand an erasure that Shopify was asked to do would report what has not happened yet.
  if (request.type === 'erasure' && (to === 'completed' || to === 'rejected')) await refuseRepeatedErasure(deps, shop, id, 'close');
  const now = deps.clock.now();
  const email = emailOf(deps, request.emailEncrypted);
  const records = to === 'rejected' ? await loadRecords(deps.db, shop) : undefined;
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
    await addEvent(tx, { shop, requestId: id, actor, kind: to === 'rejected' ? 'rejected' : 'status_changed', message: to === 'rejected' ? reason : `${from} → ${to}`, at: now });
    if (to === 'rejected' && email) {
      const authority = records?.controller?.supervisoryAuthority;
      const name = authority ? localize(authority.name, 'en') : undefined;
      await queueMail(tx, deps.config.encryptionKey, shop, { to: email, ...rejectionMail(shop, request.type as RequestType, reason!, name, request.locale) }, now);
    }
  });
  deps.jobs.dispatch([]);
}

export async function extendDeadline(deps: AppDeps, shop: string, id: string, actor: string, days: number, reason: string) {
  const request = await load(deps, shop, id);
  if (!reason.trim()) throw new ValidationError('Say why more time is needed; the person is told.', { reason: 'Give the reason' });
  const now = deps.clock.now();
  const extended = extendedDueDate(request, days, now);
  if ('refused' in extended) throw new ConflictError(extended.refused);
  const email = emailOf(deps, request.emailEncrypted);
  await deps.db.$transaction(async (tx) => {
    await tx.dataSubjectRequest.update({ where: { id }, data: { dueAt: extended.dueAt, extendedAt: now, extensionReason: reason } });
    await addEvent(tx, { shop, requestId: id, actor, kind: 'extended', message: `Deadline extended by ${days} days to ${extended.dueAt.toISOString().slice(0, 10)}: ${reason}`, at: now });
    if (email) await queueMail(tx, deps.config.encryptionKey, shop, { to: email, ...extensionMail(shop, request.type as RequestType, extended.dueAt, reason, request.locale) }, now);
  });
  deps.jobs.dispatch([]);
}

export async function addNote(deps: AppDeps, shop: string, id: string, actor: string, text: string) {
  await load(deps, shop, id);
  await addEvent(deps.db, { shop, requestId: id, actor, kind: 'note', message: text, at: deps.clock.now() });
}

/**
 * Carries out the right the request is about. Shopify calls that fail leave the request open with
 * a failed step (the merchant retries); nothing is reported done that was not done.
 */
export async function fulfil(deps: AppDeps, shop: string, id: string, actor: string, input: { correction?: string }) {
  const request = await load(deps, shop, id);
  if (!['verified', 'in_progress', 'received'].includes(request.status)) throw new ConflictError(`A request that is ${request.status.replace('_', ' ')} cannot be fulfilled.`);
  if (request.status === 'received' && request.source === 'storefront') throw new ConflictError('The identity of the person has not been verified yet.');
  const type = request.type as RequestType;
  const now = deps.clock.now();
  if (type === 'erasure') await refuseRepeatedErasure(deps, shop, id, 'fulfil');
  const email = emailOf(deps, request.emailEncrypted);
  let customerId = request.shopifyCustomerId;
  const step = (action: string, system: 'lawfully' | 'shopify', result: 'ok' | 'failed' | 'held' | 'skipped', details?: Record<string, unknown>) =>
    addStep(deps.db, { shop, requestId: id, action, system, result, details: details as never, at: deps.clock.now() });

  if (!customerId && email && type !== 'complaint' && type !== 'rectification') {
    customerId = await findCustomerIdByEmail(deps, shop, email);
    await step('shopify.customer.lookup', 'shopify', customerId ? 'ok' : 'skipped', { found: Boolean(customerId) });
    if (customerId) await deps.db.dataSubjectRequest.update({ where: { id }, data: { shopifyCustomerId: customerId } });
  }

  let outcome: ShopperOutcome;
  /** what the trail keeps when the outcome told to the shopper must not be stored in clear */
  let trail: string | undefined;
  let complete = true;
  try {
    switch (type) {
      case 'access':
      case 'portability': {
        const content = await assembleExport(deps, shop, { shopifyCustomerId: customerId, emailHash: request.emailHash }, { excludeRequestId: id });
        const token = randomToken();
        await deps.db.exportPackage.create({
          data: { shop, requestId: id, content: content as never, summary: summarise(content), downloadHash: tokenHash(token), createdAt: now, expiresAt: new Date(now.getTime() + DOWNLOAD_LINK_DAYS * DAY) },
        });
        await step('export.assemble', customerId ? 'shopify' : 'lawfully', 'ok', { orders: content.shopify.orders.length, customerRecord: Boolean(content.shopify.customer), consentRecords: content.lawfully.consentRecords.length });
        outcome = { kind: 'export_ready', days: DOWNLOAD_LINK_DAYS, links: [storefrontLink(deps, shop, `exports/${token}`), storefrontLink(deps, shop, `exports/${token}?format=csv`)] };
        // The link opens the package: only its hash is kept.
        trail = `The person was sent a download link, valid for ${DOWNLOAD_LINK_DAYS} days.`;
        break;
      }
      case 'rectification': {
        const correction = input.correction?.trim();
        if (!correction) throw new ValidationError('Describe what was corrected.', { correction: 'Describe what was corrected' });
        await deps.db.dataSubjectRequest.update({ where: { id }, data: { details: { ...(request.details as object), correction: encrypt(deps.config.encryptionKey, correction) } } });
        await step('rectification.recorded', 'lawfully', 'ok');
        outcome = { kind: 'corrected', correction };
        // The correction is personal data: it stays encrypted in the request's details.
        trail = 'The person was told what was corrected.';
        break;
      }
      case 'erasure': {
        const counts = await deps.db.$transaction((tx) => eraseLawfullyData(tx, shop, { shopifyCustomerId: customerId, emailHash: request.emailHash, keepOpenRequests: true }));
        await step('lawfully.erase', 'lawfully', 'ok', { ...counts });
        if (customerId) {
          const shopify = await requestShopifyErasure(deps, shop, customerId, now);
          if (shopify.held) {
            complete = false;
            await step(SHOPIFY_ERASURE_STEP, 'shopify', 'held', { heldUntil: shopify.heldUntil!.toISOString().slice(0, 10), reason: 'The customer ordered in the last 180 days; Shopify erases them after that.' });
            outcome = { kind: 'erasure_held', until: shopify.heldUntil! };
          } else {
            await step(SHOPIFY_ERASURE_STEP, 'shopify', 'ok', { requested: true });
            outcome = { kind: 'erased' };
          }
        } else {
          await step(SHOPIFY_ERASURE_STEP, 'shopify', 'skipped', { reason: 'No Shopify customer with this email' });
          outcome = { kind: 'erased_no_customer' };
        }
        break;
      }
      case 'restriction':
      case 'objection': {
        if (customerId) {
          await flagCustomer(deps, shop, customerId, type === 'restriction' ? 'lawfully-restricted' : 'lawfully-objected');
          await step('shopify.customer.flag', 'shopify', 'ok', { tag: type === 'restriction' ? 'lawfully-restricted' : 'lawfully-objected' });
          await unsubscribeFromMarketing(deps, shop, customerId, now);
          await step('shopify.marketingConsent.revoke', 'shopify', 'ok');
        } else {
          await step('shopify.customer.flag', 'shopify', 'skipped', { reason: 'No Shopify customer with this email' });
        }
        outcome = { kind: type === 'restriction' ? 'restricted' : 'objected' };
        break;
      }
      case 'withdraw_consent': {
        if (customerId) {
          await deps.db.consentRecord.create({
            data: { shop, consentId: `request:${id}`, granted: '', denied: 'preferences,analytics,marketing', shopifyCustomerId: customerId, source: 'request', createdAt: now },
          });
          await step('lawfully.consent.withdraw', 'lawfully', 'ok');
          await unsubscribeFromMarketing(deps, shop, customerId, now);
          await step('shopify.marketingConsent.revoke', 'shopify', 'ok');
        } else {
          await step('lawfully.consent.withdraw', 'lawfully', 'skipped', { reason: 'No Shopify customer with this email; cookie consent is withdrawn in the browser' });
        }
        outcome = { kind: 'consent_withdrawn' };
        break;
      }
      case 'complaint': {
        const records = await loadRecords(deps.db, shop);
        const authority = records?.controller?.supervisoryAuthority;
        if (!authority) throw new ConflictError('Fill in your supervisory authority on the Data controller page first.');
        const name = localize(authority.name, 'en');
        await step('complaint.answered', 'lawfully', 'ok');
        outcome = { kind: 'complaint', authority: name ?? '', ...(authority.website ? { website: authority.website } : {}) };
        break;
      }
    }
  } catch (error) {
    if (error instanceof ValidationError || error instanceof ConflictError) throw error;
    await step(`${type}.fulfil`, 'shopify', 'failed', { error: error instanceof Error ? error.message : String(error) });
    throw error;
  }

  await deps.db.$transaction(async (tx) => {
    await tx.dataSubjectRequest.update({
      where: { id },
      data: complete ? { status: 'completed', closedAt: now, finalisedBy: actor } : { status: 'in_progress', reviewedBy: actor },
    });
    // A completed erasure keeps nothing of the person, not even on the request that asked for it.
    // Their other open requests close with it (the person is told), since nothing is left to
    // answer them with; while Shopify holds the erasure they stay open and answerable, and
    // customers/redact closes them when it comes.
    if (type === 'erasure' && complete) {
      const others = await openRequestsOf(tx, deps.config.encryptionKey, shop, { shopifyCustomerId: customerId, emailHash: request.emailHash }, id);
      await anonymiseRequests(tx, shop, [id, ...others.map((other) => other.id)]);
      await closeRequestsOfErasedPerson(tx, deps.config.encryptionKey, shop, others, {
        now,
        actor,
        erased: outcome,
        completedMessage: 'Closed with the person’s other erasure request, fulfilled at the same time.',
        supersededReason: 'Superseded: the person’s data was erased (their erasure request was fulfilled).',
      });
    }
    // The trail is for the merchant, in English; the mail is in the shopper's language.
    await addEvent(tx, { shop, requestId: id, actor, kind: complete ? 'completed' : 'held', message: trail ?? outcomeText(outcome), at: now });
    if (email) await queueMail(tx, deps.config.encryptionKey, shop, { to: email, ...outcomeMail(shop, type, outcome, request.locale) }, now);
  });
  deps.jobs.dispatch([]);
}

/**
 * Shopify was already asked: while it holds the erasure, a second click would report as done
 * what Shopify still holds. Once the hold is long over without customers/redact, the merchant may
 * ask again (harmless) or close by hand; once Shopify accepted it, fulfilling again finishes it.
 */
async function refuseRepeatedErasure(deps: AppDeps, shop: string, id: string, action: 'fulfil' | 'close') {
  const state = (await shopifyErasures(deps.db, shop, deps.clock.now(), [id])).get(id);
  if (state?.state === 'held') {
    throw new ConflictError(`Shopify already has this erasure and holds it until ${state.until.toISOString().slice(0, 10)} because of a recent order. The request completes when Shopify erases the customer.`);
  }
  // Rejecting would tell the person no to what Shopify is doing; completing by hand would skip
  // erasing what names them on this request.
  if (state?.state === 'accepted' && action === 'close') {
    throw new ConflictError('Shopify was already asked to erase this customer. Fulfil the request again to finish it.');
  }
}
