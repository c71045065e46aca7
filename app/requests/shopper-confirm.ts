// Confirming a storefront request by its one-time link. Opening the link only looks (mail
// scanners and link previews open links); the shopper's press on the page's button confirms.
// One link confirms every request of one submission (several rights under one confirmation).
import type { AppDeps } from '../platform/deps.ts';
import { decrypt } from '../platform/crypto.ts';
import { GoneError, NotFoundError } from '../platform/errors.ts';
import { queueMail } from '../mail/mailer.ts';
import { addEvent, requestTypeOf } from './store.ts';
import { dueDate } from './deadlines.ts';
import { REQUEST_TYPES, type RequestType } from './rights.ts';
import { confirmationMail } from './messages.ts';
import { pickLocale, type ShopperLocale } from './shopper-texts.ts';
import { groupTokenHashes } from './shopper-links.ts';
import { linkProblem, notifyMerchant } from './shopper.ts';
import { storeName } from './store-name.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'config' | 'adminApi' | 'log' | 'jobs'>;

/** What a confirmation link asks the shopper to confirm. */
export interface PendingConfirmation {
  types: RequestType[];
  locale: ShopperLocale;
}

type Row = { id: string; type: string };
const byRight = (a: Row, b: Row) => REQUEST_TYPES.indexOf(requestTypeOf(a)) - REQUEST_TYPES.indexOf(requestTypeOf(b));

/** The requests a link stands for, still waiting for confirmation; the link's problem otherwise. */
async function waitingRequests({ db, clock }: Pick<Deps, 'db' | 'clock'>, shop: string, token: string) {
  const now = clock.now();
  const rows = await db.dataSubjectRequest.findMany({ where: { shop, verificationHash: { in: groupTokenHashes(token) } } });
  const [first] = rows;
  if (!first) throw linkProblem(NotFoundError, 'linkUnknown');
  // One submission: one language and one address for all its requests.
  const { locale, emailEncrypted } = first;
  const waiting = rows.filter((row) => row.status === 'unverified' && row.verificationExpiresAt && row.verificationExpiresAt > now).sort(byRight);
  if (waiting.length) return { waiting, locale, emailEncrypted };
  const expired = rows.some((row) => row.status === 'expired' || row.status === 'unverified');
  throw linkProblem(GoneError, expired ? 'linkExpired' : 'linkUsed', locale);
}

/** What the link would confirm; changes nothing (a GET). */
export async function pendingConfirmation(deps: Pick<Deps, 'db' | 'clock'>, shop: string, token: string): Promise<PendingConfirmation> {
  const { waiting, locale } = await waitingRequests(deps, shop, token);
  return { types: waiting.map((row) => requestTypeOf(row)), locale: pickLocale(locale) };
}

/** Confirms the link's requests (the shopper pressed the button); their deadline and language. */
export async function confirmRequests(deps: Deps, shop: string, token: string): Promise<{ due: Date; locale: ShopperLocale; types: RequestType[] }> {
  const { db, clock, config } = deps;
  const now = clock.now();
  const { waiting, locale, emailEncrypted } = await waitingRequests(deps, shop, token);
  const due = dueDate(now);
  const store = await storeName(deps, shop);
  const confirmed = await db.$transaction(async (tx) => {
    const types: RequestType[] = [];
    for (const request of waiting) {
      // Single use: only an unverified request can be confirmed (a second, simultaneous press
      // changes nothing). The token's hash stays so that a later click is told it was used.
      const { count } = await tx.dataSubjectRequest.updateMany({
        where: { id: request.id, status: 'unverified' },
        data: { status: 'verified', verifiedAt: now, dueAt: due, verificationExpiresAt: null },
      });
      if (count === 0) continue;
      types.push(requestTypeOf(request));
      await addEvent(tx, {
        shop,
        requestId: request.id,
        actor: 'shopper',
        kind: 'verified',
        message: 'Identity confirmed by the one-time link sent by email',
        at: now,
      });
    }
    if (!types.length) throw linkProblem(GoneError, 'linkUsed', locale);
    const email = emailEncrypted ? decrypt(config.encryptionKey, emailEncrypted) : null;
    if (email) await queueMail(tx, config.encryptionKey, shop, { to: email, ...confirmationMail(store, types, due, locale) }, now);
    return types;
  });
  await notifyMerchant(
    deps,
    shop,
    waiting.filter((row) => confirmed.includes(requestTypeOf(row))).map((row) => ({ id: row.id, type: requestTypeOf(row) })),
    due,
  );
  deps.jobs.dispatch([]);
  return { due, locale: pickLocale(locale), types: confirmed };
}
