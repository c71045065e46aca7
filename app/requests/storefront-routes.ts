// The shopper's side of requests, reached through the app proxy (/apps/lawfully/… on the shop):
// submit a request (one right or several), confirm it by the one-time link from the mail (a page
// whose button posts), download an export. This router
// parses and answers (shopper.ts does the work); shoppers read every answer in the language of
// their request (shopper-texts.ts), failures included.
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../platform/deps.ts';
import { NotFoundError, RateLimitedError, UnauthorizedError, ValidationError } from '../platform/errors.ts';
import { parseInput } from '../platform/validation.ts';
import { storefrontLimits, type Refused } from '../platform/rate-limit.ts';
import { REQUEST_TYPES } from './rights.ts';
import { pickLocale, SHOPPER_LOCALES, SHOPPER_TEXTS, textsFor, type ShopperLocale, type ShopperTexts } from './shopper-texts.ts';
import { exportToCsv } from './export-package.ts';
import { complaintAnswer, openDownload, submitRequest, type LinkProblem, type Submission } from './shopper.ts';
import { confirmRequests, pendingConfirmation } from './shopper-confirm.ts';
import { sendShopperPage, type ShopperPage } from './shopper-page.ts';
import { storeName } from './store-name.ts';
import { keptFor, keptLines } from './erasure-kept.ts';
import { rightsPhrase } from './messages.ts';
import { proxyPath } from './shopper-links.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const right = z.enum(REQUEST_TYPES, { error: SHOPPER_TEXTS.en.fields.type });

const submission = z.object({
  // One right, or several (checkboxes named "type"): one request per right, one confirmation.
  type: z
    .union([right, z.array(right).min(1, SHOPPER_TEXTS.en.fields.type).max(REQUEST_TYPES.length)], { error: SHOPPER_TEXTS.en.fields.type })
    .transform((types) => [...new Set(Array.isArray(types) ? types : [types])]),
  email: z.email({ error: SHOPPER_TEXTS.en.fields.email }).max(254),
  details: z.string().trim().max(2000, SHOPPER_TEXTS.en.fields.details).optional().default(''),
  // The storefront's language, whichever it is (es, pt-BR…): answered in it when we write it.
  locale: z.unknown().optional().transform(pickLocale),
});

/** The form's fields, with their messages in the language the shopper filled it in. */
function parseSubmission(body: unknown): Submission {
  try {
    const { type, ...rest } = parseInput(submission, body, 'Your request');
    return { ...rest, types: type };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const t = textsFor((body as { locale?: unknown } | undefined)?.locale as string | undefined);
    const localised: Record<string, string> = { type: t.fields.type, email: t.fields.email, details: t.fields.details };
    // "type.1" (one of several rights) is reported on the field itself.
    const fields = Object.fromEntries(
      Object.entries(error.fields).map(([path, message]) => {
        const [field = path] = path.split('.');
        return [field, localised[field] ?? message];
      }),
    );
    throw new ValidationError(t.fields.summary, fields);
  }
}

const confirmation = z.object({ token: z.string({ error: 'The confirmation link is incomplete' }).min(1, 'The confirmation link is incomplete').max(200) });

/** The store's name for the pages of this response, looked up once the proxy named the shop. */
const storeOfPage = new WeakMap<Response, string>();

const showPage = (res: Response, { config }: Pick<AppDeps, 'config'>, status: number, page: ShopperPage, locale: ShopperLocale) =>
  sendShopperPage(res, { status, page, store: storeOfPage.get(res) ?? res.locals.shop, lang: locale, inTheme: config.mode === 'shopify' });

/** Before the request is known, a page speaks the browser's language (Accept-Language). */
const browserLocale = (req: Request) => pickLocale(req.acceptsLanguages(...SHOPPER_LOCALES) || undefined);

/** The language of a request's link (from the failure), else of the form, else of the browser. */
const shopperLocale = (req: Request, error?: unknown) =>
  pickLocale((error as { locale?: string | null } | undefined)?.locale ?? (req.body as { locale?: unknown } | undefined)?.locale ?? browserLocale(req));

/** The form's script shows the refusal's message as it is: it is written in the shopper's language. */
const refusal = (req: Request, refused: Refused) => rateLimitPage(textsFor(shopperLocale(req)), refused).message;

/** A refusal by the rate limits says whose limit it was and when to try again. */
const rateLimitPage = (t: ShopperTexts, { scope, retryAfterSeconds }: Refused) => {
  const when = t.retryIn(retryAfterSeconds);
  return scope === 'shop' ? t.pages.busy(when) : t.pages.tooMany(when);
};

function pageFor(t: ShopperTexts, error: unknown): ShopperPage {
  const problem = (error as { problem?: LinkProblem } | undefined)?.problem;
  if (problem) return t.pages[problem];
  // A form posted without JavaScript: what to correct, and to go back.
  if (error instanceof ValidationError)
    return { title: t.fields.refused, message: [...new Set(Object.values(error.fields))].concat(t.fields.goBack).join(' ') };
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
function shopperPages(deps: AppDeps) {
  return async (req: Request, res: Response, next: NextFunction) => {
    storeOfPage.set(res, await storeName(deps, res.locals.shop));
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
  const router = Router();

  // The body is read before the limits, so that a refusal speaks the language of the form.
  router.post(
    '/requests',
    shopperPages(deps),
    express.json({ limit: '16kb' }),
    express.urlencoded({ extended: false, limit: '16kb' }),
    ...storefrontLimits(deps, { name: 'requests', perVisitor: { limit: 5, windowMs: HOUR }, perShop: { limit: 30, windowMs: 5 * MINUTE }, refusal }),
    async (req, res) => {
      const input = parseSubmission(req.body);
      const t = textsFor(input.locale);
      // A complaint needs no request: the answer names the supervisory authority at once.
      const complaint = input.types.includes('complaint') ? await complaintAnswer(deps, res.locals.shop, input.locale) : null;
      const types = input.types.filter((type) => type !== 'complaint');
      if (!types.length) {
        if (wantsJson(req.headers.accept)) return res.json({ status: 'answered', message: complaint });
        showPage(res, deps, 200, { title: t.rights.complaint, message: complaint ?? '' }, input.locale);
        return;
      }
      const { verified } = await submitRequest(deps, res.locals.shop, res.locals.customerId ?? null, { ...input, types });
      const page = verified ? t.pages.received : t.pages.verificationSent;
      const answer = { ...page, details: complaint ? [complaint] : [] };
      if (wantsJson(req.headers.accept))
        res
          .status(202)
          .json({ status: verified ? 'verified' : 'verification_sent', message: [page.message, ...answer.details].join(' '), requests: types.length });
      else showPage(res, deps, 202, answer, input.locale);
    },
  );

  // Opening the link shows what it confirms and a button; only the press (a POST carrying the
  // token in its body, through the signed app proxy) confirms. Mail scanners open links.
  const confirmationLimits = storefrontLimits(deps, {
    name: 'confirmations',
    perVisitor: { limit: 20, windowMs: HOUR },
    perShop: { limit: 100, windowMs: 5 * MINUTE },
    refusal,
  });

  router.get('/verify/:token', shopperPages(deps), ...confirmationLimits, async (req, res) => {
    const token = String(req.params.token);
    const { types, locale } = await pendingConfirmation(deps, res.locals.shop, token);
    const t = SHOPPER_TEXTS[locale];
    const erasure = types.includes('erasure') ? [t.confirm.erasureNote, ...keptLines(await keptFor(deps.db, res.locals.shop), locale)] : [];
    showPage(
      res,
      deps,
      200,
      {
        title: t.confirm.title,
        message: t.confirm.message(rightsPhrase(types, locale)),
        details: erasure,
        form: { action: proxyPath('verify'), fields: { token }, button: t.confirm.button },
      },
      locale,
    );
  });

  router.post(
    '/verify',
    shopperPages(deps),
    express.urlencoded({ extended: false, limit: '4kb' }),
    express.json({ limit: '4kb' }),
    ...confirmationLimits,
    async (req, res) => {
      const { token } = parseInput(confirmation, req.body, 'The confirmation');
      const { due, locale } = await confirmRequests(deps, res.locals.shop, token);
      const t = SHOPPER_TEXTS[locale];
      showPage(res, deps, 200, t.pages.confirmed(t.date(due)), locale);
    },
  );

  router.get(
    '/exports/:token',
    shopperPages(deps),
    ...storefrontLimits(deps, { name: 'downloads', perVisitor: { limit: 30, windowMs: HOUR }, perShop: { limit: 100, windowMs: 5 * MINUTE }, refusal }),
    async (req, res) => {
      const { summary, content } = await openDownload(deps, res.locals.shop, String(req.params.token));
      const csv = req.query.format === 'csv';
      res.attachment(`my-data-${res.locals.shop}.${csv ? 'csv' : 'json'}`);
      res.type(csv ? 'text/csv' : 'application/json').send(csv ? exportToCsv(content) : JSON.stringify({ summary, ...content }, null, 2));
    },
  );

  return router;
}
