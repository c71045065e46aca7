// The shopper's flow for requests, apart from HTTP: requests submitted from the storefront
// (verified at once for a logged-in customer's own email, else by a one-time link; confirming
// is in shopper-confirm.ts), and the download of an export package.
import type { AppDeps } from '../platform/deps.ts';
import { encrypt, normaliseEmail, randomToken, saltedHash } from '../platform/crypto.ts';
import { GoneError, NotFoundError } from '../platform/errors.ts';
import { shopSalt } from '../platform/shops.ts';
import { HOUR_MS } from '../platform/time.ts';
import { queueMail } from '../mail/mailer.ts';
import { loadRecords } from '../records/store.ts';
import { localize } from '../policy/render.ts';
import { createRequest, addEvent } from './store.ts';
import { dueDate } from './deadlines.ts';
import type { RequestType } from './rights.ts';
import { confirmationMail, merchantNewRequestMail, verificationMail } from './messages.ts';
import { SHOPPER_TEXTS, textsFor, type ShopperLocale } from './shopper-texts.ts';
import { accountEmail } from './shopify-customer.ts';
import { memberTokenHash, storefrontLink, tokenHash } from './shopper-links.ts';
import { storeName } from './store-name.ts';
import { policyLocaleOf } from './access-facts.ts';
import type { ExportContent } from './export-package.ts';
import { isWithdrawn, storedExport } from './exports.ts';
import { merchantEmail } from './merchant.ts';

/** A one-time confirmation link works for 24 hours. */
export const VERIFICATION_HOURS = 24;

/** The request form, as the router parsed it: one or several rights, each its own request. */
export interface Submission {
  types: RequestType[];
  email: string;
  details: string;
  locale: ShopperLocale;
}

export type LinkProblem = 'linkExpired' | 'linkUsed' | 'linkUnknown' | 'downloadExpired' | 'downloadUnknown' | 'downloadWithdrawn';

/** A link from a mail that no longer (or never) works: English for logs and API clients, a page in the shopper's language otherwise. */
export function linkProblem(Kind: typeof GoneError | typeof NotFoundError, problem: LinkProblem, locale?: string | null) {
  return Object.assign(new Kind(SHOPPER_TEXTS.en.pages[problem].message), { problem, locale });
}

/** A complaint needs no request: the person is told which supervisory authority to turn to. */
export async function complaintAnswer({ db }: Pick<AppDeps, 'db'>, shop: string, locale: ShopperLocale): Promise<string> {
  const records = await loadRecords(db, shop);
  const authority = records?.controller?.supervisoryAuthority;
  const name = authority ? localize(authority.name, policyLocaleOf(locale)) : undefined;
  return textsFor(locale).complaintAnswer(name, authority?.website);
}

/**
 * Records a request per right from the storefront and mails the person once: a confirmation when
 * Shopify signed for the logged-in customer's account, else one one-time link that confirms them
 * all, to prove the typed email.
 */
export async function submitRequest(deps: AppDeps, shop: string, loggedIn: string | null, input: Submission): Promise<{ verified: boolean }> {
  const { db, clock, config } = deps;
  const now = clock.now();
  const typedEmail = normaliseEmail(input.email);
  const account = loggedIn ? await accountIdentity(deps, shop, loggedIn) : null;
  // Verified at once only with the email of the account Shopify signed for; otherwise the
  // typed email must prove itself by the one-time link, like an anonymous shopper's.
  const verified = account !== null;
  const email = account ?? typedEmail;
  const salt = await shopSalt(db, shop);
  const store = await storeName(deps, shop);
  const token = verified ? undefined : randomToken();
  const requests = await db.$transaction(async (tx) => {
    const created: Array<{ id: string; type: RequestType }> = [];
    for (const [index, type] of input.types.entries()) {
      const row = await createRequest(
        tx,
        {
          shop,
          type,
          source: 'storefront',
          status: verified ? 'verified' : 'unverified',
          receivedAt: now,
          verifiedAt: verified ? now : null,
          dueAt: verified ? dueDate(now) : null,
          // Without Shopify's word on the account, the request is about whoever owns the
          // confirmed email; fulfilment finds the customer by it.
          shopifyCustomerId: verified ? loggedIn : null,
          emailHash: saltedHash(salt, email),
          emailEncrypted: encrypt(config.encryptionKey, email),
          details: input.details ? { message: encrypt(config.encryptionKey, input.details) } : undefined,
          locale: input.locale,
          ...(token ? { verificationHash: memberTokenHash(token, index), verificationExpiresAt: new Date(now.getTime() + VERIFICATION_HOURS * HOUR_MS) } : {}),
        },
        'shopper',
      );
      created.push({ id: row.id, type });
      if (verified && account !== typedEmail) {
        await addEvent(tx, {
          shop,
          requestId: row.id,
          actor: 'system',
          kind: 'note',
          message: 'The email typed in the form differs from the customer account’s; the account’s email (from Shopify) is used.',
          at: now,
        });
      }
    }
    if (token) {
      await queueMail(
        tx,
        config.encryptionKey,
        shop,
        { to: email, ...verificationMail(input.locale, store, input.types, storefrontLink(deps, shop, `verify/${token}`)) },
        now,
      );
    } else {
      await queueMail(tx, config.encryptionKey, shop, { to: email, ...confirmationMail(store, input.types, dueDate(now), input.locale) }, now);
    }
    return created;
  });
  if (verified) await notifyMerchant(deps, shop, requests, dueDate(now));
  deps.jobs.dispatch([]);
  return { verified };
}

/** The export package a download link opens, while the link works. */
export async function openDownload(
  { db, clock }: Pick<AppDeps, 'db' | 'clock'>,
  shop: string,
  token: string,
): Promise<{ summary: string; content: ExportContent }> {
  const pkg = await db.exportPackage.findFirst({ where: { shop, downloadHash: tokenHash(token) }, include: { request: { select: { locale: true } } } });
  if (!pkg) throw linkProblem(NotFoundError, 'downloadUnknown');
  if (pkg.expiresAt <= clock.now()) throw linkProblem(GoneError, 'downloadExpired', pkg.request.locale);
  const content = storedExport(pkg);
  if (isWithdrawn(content)) throw linkProblem(GoneError, 'downloadWithdrawn', pkg.request.locale);
  return { summary: pkg.summary, content };
}

/**
 * The email of a logged-in customer's account, asked from Shopify: the proxy signature proves who
 * is logged in, but not the email typed in the form (read-only only in the browser). null when
 * Shopify cannot say (unreachable, no such customer, no email): the caller then asks for the
 * one-time link instead of trusting the typed email.
 */
async function accountIdentity(deps: AppDeps, shop: string, customerId: string): Promise<string | null> {
  try {
    const email = await accountEmail(deps, shop, customerId);
    return email ? normaliseEmail(email) : null;
  } catch (error) {
    deps.log.warn({ err: error, shop }, 'could not ask Shopify for the logged-in customer’s email; asking for the email link instead');
    return null;
  }
}

/** One mail to the merchant for the requests of one submission. */
export async function notifyMerchant(
  deps: Pick<AppDeps, 'db' | 'adminApi' | 'log' | 'config' | 'clock'>,
  shop: string,
  requests: Array<{ id: string; type: RequestType }>,
  due: Date,
) {
  if (!requests.length) return;
  const to = await merchantEmail(deps, shop);
  if (!to) return;
  const [only] = requests;
  const path = only && requests.length === 1 ? `/requests/${only.id}` : '/requests';
  await queueMail(
    deps.db,
    deps.config.encryptionKey,
    shop,
    {
      to,
      ...merchantNewRequestMail(
        shop,
        requests.map((r) => r.type),
        due,
        `${deps.config.appUrl}${path}?shop=${shop}`,
      ),
    },
    deps.clock.now(),
  );
}
