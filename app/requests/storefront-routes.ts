// The shopper's side of requests, reached through the app proxy (/apps/lawfully/… on the shop):
// submit a request, confirm it by the one-time link from the mail, download an export. Shoppers
// read every answer in the language of their request (shopper-texts.ts).
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../platform/deps.ts';
import { decrypt, encrypt, normaliseEmail, randomToken, saltedHash } from '../platform/crypto.ts';
import { GoneError, NotFoundError, RateLimitedError, UnauthorizedError, ValidationError } from '../platform/errors.ts';
import { sendPage } from '../platform/http.ts';
import { parseInput } from '../platform/validation.ts';
import { shopSalt } from '../platform/shops.ts';
import { storefrontLimits, type Refused } from '../platform/rate-limit.ts';
import { queueMail } from '../mail/mailer.ts';
import { loadRecords } from '../records/store.ts';
import { localize } from '../policy/render.ts';
import { createRequest, addEvent } from './store.ts';
import { dueDate } from './deadlines.ts';
import { REQUEST_TYPES, type RequestType } from './rights.ts';
import { confirmationMail, merchantNewRequestMail, verificationMail } from './messages.ts';
import { pickLocale, SHOPPER_LOCALES, SHOPPER_TEXTS, textsFor, type ShopperLocale, type ShopperTexts } from './shopper-texts.ts';
import { accountEmail } from './shopify-customer.ts';
import { storefrontLink, tokenHash } from './actions.ts';
import { exportToCsv, type ExportContent } from './export-package.ts';
import { merchantEmail } from './merchant.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A one-time confirmation link works for 24 hours. */
export const VERIFICATION_HOURS = 24;

const submission = z.object({
  type: z.enum(REQUEST_TYPES, { error: SHOPPER_TEXTS.en.fields.type }),
  email: z.email({ error: SHOPPER_TEXTS.en.fields.email }).max(254),
  details: z.string().trim().max(2000, SHOPPER_TEXTS.en.fields.details).optional().default(''),
  // The storefront's language, whichever it is (es, pt-BR…): answered in it when we write it.
  locale: z.unknown().optional().transform(pickLocale),
});

/** The form's fields, with their messages in the language the shopper filled it in. */
function parseSubmission(body: unknown) {
  try {
    return parseInput(submission, body, 'Your request');
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const t = textsFor((body as { locale?: unknown } | undefined)?.locale as string | undefined);
    const localised: Record<string, string> = { type: t.fields.type, email: t.fields.email, details: t.fields.details };
    const fields = Object.fromEntries(Object.entries(error.fields).map(([field, message]) => [field, localised[field] ?? message]));
    throw new ValidationError(t.fields.summary, fields);
  }
}

type ShopperPage = { title: string; message: string };
const showPage = (res: Response, { config }: Pick<AppDeps, 'config'>, status: number, page: ShopperPage, locale: ShopperLocale) =>
  sendPage(res, { status, ...page, lang: locale, inTheme: config.mode === 'shopify' });

/** Before the request is known, a page speaks the browser's language (Accept-Language). */
const browserLocale = (req: Request) => pickLocale(req.acceptsLanguages(...SHOPPER_LOCALES) || undefined);

/** The language of a request's link (from the failure), else of the form, else of the browser. */
const shopperLocale = (req: Request, error?: unknown) =>
  pickLocale((error as { locale?: string | null } | undefined)?.locale ?? (req.body as { locale?: unknown } | undefined)?.locale ?? browserLocale(req));

/** The form's script shows the refusal's message as it is: it is written in the shopper's language. */
const refusal = (req: Request, refused: Refused) => rateLimitPage(textsFor(shopperLocale(req)), refused).message;

type LinkProblem = 'linkExpired' | 'linkUsed' | 'linkUnknown' | 'downloadExpired' | 'downloadUnknown';

/** A link from a mail that no longer (or never) works: English for logs and API clients, a page in the shopper's language otherwise. */
function linkProblem(Kind: typeof GoneError | typeof NotFoundError, problem: LinkProblem, locale?: string | null) {
  return Object.assign(new Kind(SHOPPER_TEXTS.en.pages[problem].message), { problem, locale });
}

/** A refusal by the rate limits says whose limit it was and when to try again. */
const rateLimitPage = (t: ShopperTexts, { scope, retryAfterSeconds }: Refused) => (scope === 'shop' ? t.pages.busy : t.pages.tooMany)(t.retryIn(retryAfterSeconds));

function pageFor(t: ShopperTexts, error: unknown): ShopperPage {
  const problem = (error as { problem?: LinkProblem } | undefined)?.problem;
  if (problem) return t.pages[problem];
  // A form posted without JavaScript: what to correct, and to go back.
  if (error instanceof ValidationError) return { title: t.fields.refused, message: [...new Set(Object.values(error.fields))].concat(t.fields.goBack).join(' ') };
  if (error instanceof UnauthorizedError) return t.pages.unauthorized;
  if (error instanceof RateLimitedError) return rateLimitPage(t, { scope: error.scope, retryAfterSeconds: error.retryAfterSeconds ?? 3600 });
  if (error instanceof NotFoundError) return t.pages.linkUnknown;
  return t.pages.failed;
}

const wantsJson = (accept: string | undefined) => Boolean(accept?.includes('application/json'));

/**
 * What a person opens in a browser fails as a readable page in their language, never JSON: links
 * in mails (always), and the request form when it is posted without JavaScript. The language is
 * the request's (a link), the form's, or the browser's.
 */
function shopperPages(deps: Pick<AppDeps, 'config'>) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'GET' || !wantsJson(req.headers.accept)) {
      res.locals.errorPage = (res, { status, error }) => {
        const locale = shopperLocale(req, error);
        showPage(res, deps, status, pageFor(SHOPPER_TEXTS[locale], error), locale);
      };
    }
    next();
  };
}

export function storefrontRequestRoutes(deps: AppDeps) {
  const { db, clock, config } = deps;
  const router = Router();

  // The body is read before the limits, so that a refusal speaks the language of the form.
  router.post('/requests', shopperPages(deps), express.json({ limit: '16kb' }), express.urlencoded({ extended: false, limit: '16kb' }), ...storefrontLimits(deps, { name: 'requests', perVisitor: { limit: 5, windowMs: HOUR }, perShop: { limit: 30, windowMs: 5 * MINUTE }, refusal }), async (req, res) => {
    const shop = res.locals.shop;
    const input = parseSubmission(req.body);
    const t = textsFor(input.locale);
    const now = clock.now();
    const records = await loadRecords(db, shop);

    if (input.type === 'complaint') {
      const authority = records?.controller?.supervisoryAuthority;
      const name = authority ? localize(authority.name, input.locale) : undefined;
      const message = t.complaintAnswer(name, authority?.website);
      if (wantsJson(req.headers.accept)) return res.json({ status: 'answered', message });
      return showPage(res, deps, 200, { title: t.rights.complaint, message }, input.locale);
    }

    const typedEmail = normaliseEmail(input.email);
    const loggedIn = res.locals.customerId ?? null;
    const account = loggedIn ? await accountIdentity(deps, shop, loggedIn) : null;
    // Verified at once only with the email of the account Shopify signed for; otherwise the
    // typed email must prove itself by the one-time link, like an anonymous shopper's.
    const verified = account !== null;
    const email = account ?? typedEmail;
    const salt = await shopSalt(db, shop);
    const token = verified ? undefined : randomToken();
    const request = await db.$transaction(async (tx) => {
      const created = await createRequest(
        tx,
        {
          shop,
          type: input.type,
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
          ...(token ? { verificationHash: tokenHash(token), verificationExpiresAt: new Date(now.getTime() + VERIFICATION_HOURS * 3_600_000) } : {}),
        },
        'shopper',
      );
      if (verified && account !== typedEmail) {
        await addEvent(tx, { shop, requestId: created.id, actor: 'system', kind: 'note', message: 'The email typed in the form differs from the customer account’s; the account’s email (from Shopify) is used.', at: now });
      }
      if (token) {
        await queueMail(tx, config.encryptionKey, shop, { to: email, ...verificationMail(input.locale, shop, input.type, storefrontLink(deps, shop, `verify/${token}`)) }, now);
      } else {
        await queueMail(tx, config.encryptionKey, shop, { to: email, ...confirmationMail(shop, input.type, dueDate(now), input.locale) }, now);
      }
      return created;
    });
    if (verified) await notifyMerchant(deps, shop, request.id, input.type, dueDate(now));
    deps.jobs.dispatch([]);
    const page = verified ? t.pages.received : t.pages.verificationSent;
    if (wantsJson(req.headers.accept)) res.status(202).json({ status: verified ? 'verified' : 'verification_sent', message: page.message });
    else showPage(res, deps, 202, page, input.locale);
  });

  router.get('/verify/:token', shopperPages(deps), ...storefrontLimits(deps, { name: 'confirmations', perVisitor: { limit: 20, windowMs: HOUR }, perShop: { limit: 100, windowMs: 5 * MINUTE }, refusal }), async (req, res) => {
    const shop = res.locals.shop;
    const now = clock.now();
    const request = await db.dataSubjectRequest.findFirst({ where: { shop, verificationHash: tokenHash(String(req.params.token)) } });
    if (!request) throw linkProblem(NotFoundError, 'linkUnknown');
    if (request.status === 'expired' || (request.status === 'unverified' && (!request.verificationExpiresAt || request.verificationExpiresAt <= now))) {
      throw linkProblem(GoneError, 'linkExpired', request.locale);
    }
    if (request.status !== 'unverified') throw linkProblem(GoneError, 'linkUsed', request.locale);
    const due = dueDate(now);
    await db.$transaction(async (tx) => {
      // Single use: only an unverified request can be confirmed (a second, simultaneous click
      // changes nothing). The token's hash stays so that a later click is told it was used.
      const { count } = await tx.dataSubjectRequest.updateMany({ where: { id: request.id, status: 'unverified' }, data: { status: 'verified', verifiedAt: now, dueAt: due, verificationExpiresAt: null } });
      if (count === 0) throw linkProblem(GoneError, 'linkUsed', request.locale);
      await addEvent(tx, { shop, requestId: request.id, actor: 'shopper', kind: 'verified', message: 'Identity confirmed by the one-time link sent by email', at: now });
      const email = request.emailEncrypted ? decrypt(config.encryptionKey, request.emailEncrypted) : null;
      if (email) await queueMail(tx, config.encryptionKey, shop, { to: email, ...confirmationMail(shop, request.type as RequestType, due, request.locale) }, now);
    });
    await notifyMerchant(deps, shop, request.id, request.type as RequestType, due);
    deps.jobs.dispatch([]);
    const locale = pickLocale(request.locale);
    const t = SHOPPER_TEXTS[locale];
    showPage(res, deps, 200, t.pages.confirmed(t.date(due)), locale);
  });

  router.get('/exports/:token', shopperPages(deps), ...storefrontLimits(deps, { name: 'downloads', perVisitor: { limit: 30, windowMs: HOUR }, perShop: { limit: 100, windowMs: 5 * MINUTE }, refusal }), async (req, res) => {
    const pkg = await db.exportPackage.findFirst({ where: { shop: res.locals.shop, downloadHash: tokenHash(String(req.params.token)) }, include: { request: { select: { locale: true } } } });
    if (!pkg) throw linkProblem(NotFoundError, 'downloadUnknown');
    if (pkg.expiresAt <= clock.now()) throw linkProblem(GoneError, 'downloadExpired', pkg.request.locale);
    const content = pkg.content as unknown as ExportContent;
    const csv = req.query.format === 'csv';
    res.attachment(`my-data-${res.locals.shop}.${csv ? 'csv' : 'json'}`);
    res.type(csv ? 'text/csv' : 'application/json').send(csv ? exportToCsv(content) : JSON.stringify({ summary: pkg.summary, ...content }, null, 2));
  });

  return router;
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

async function notifyMerchant(deps: AppDeps, shop: string, requestId: string, type: RequestType, due: Date) {
  const to = await merchantEmail(deps, shop);
  if (!to) return;
  await queueMail(deps.db, deps.config.encryptionKey, shop, { to, ...merchantNewRequestMail(shop, type, due, `${deps.config.appUrl}/requests/${requestId}?shop=${shop}`) }, deps.clock.now());
}
