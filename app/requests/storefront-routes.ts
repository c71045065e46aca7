// The shopper's side of requests, reached through the app proxy (/apps/lawfully/… on the shop):
// submit a request, confirm it by the one-time link from the mail, download an export. This router
// parses and answers (shopper.ts does the work); shoppers read every answer in the language of
// their request (shopper-texts.ts), failures included.
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../platform/deps.ts';
import { NotFoundError, RateLimitedError, UnauthorizedError, ValidationError } from '../platform/errors.ts';
import { sendPage } from '../platform/http.ts';
import { parseInput } from '../platform/validation.ts';
import { storefrontLimits, type Refused } from '../platform/rate-limit.ts';
import { REQUEST_TYPES } from './rights.ts';
import { pickLocale, SHOPPER_LOCALES, SHOPPER_TEXTS, textsFor, type ShopperLocale, type ShopperTexts } from './shopper-texts.ts';
import { exportToCsv } from './export-package.ts';
import { complaintAnswer, confirmRequest, openDownload, submitRequest, type LinkProblem, type Submission } from './shopper.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const submission = z.object({
  type: z.enum(REQUEST_TYPES, { error: SHOPPER_TEXTS.en.fields.type }),
  email: z.email({ error: SHOPPER_TEXTS.en.fields.email }).max(254),
  details: z.string().trim().max(2000, SHOPPER_TEXTS.en.fields.details).optional().default(''),
  // The storefront's language, whichever it is (es, pt-BR…): answered in it when we write it.
  locale: z.unknown().optional().transform(pickLocale),
});

/** The form's fields, with their messages in the language the shopper filled it in. */
function parseSubmission(body: unknown): Submission {
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
  const router = Router();

  // The body is read before the limits, so that a refusal speaks the language of the form.
  router.post('/requests', shopperPages(deps), express.json({ limit: '16kb' }), express.urlencoded({ extended: false, limit: '16kb' }), ...storefrontLimits(deps, { name: 'requests', perVisitor: { limit: 5, windowMs: HOUR }, perShop: { limit: 30, windowMs: 5 * MINUTE }, refusal }), async (req, res) => {
    const input = parseSubmission(req.body);
    const t = textsFor(input.locale);
    if (input.type === 'complaint') {
      const message = await complaintAnswer(deps, res.locals.shop, input.locale);
      if (wantsJson(req.headers.accept)) return res.json({ status: 'answered', message });
      return showPage(res, deps, 200, { title: t.rights.complaint, message }, input.locale);
    }
    const { verified } = await submitRequest(deps, res.locals.shop, res.locals.customerId ?? null, input);
    const page = verified ? t.pages.received : t.pages.verificationSent;
    if (wantsJson(req.headers.accept)) res.status(202).json({ status: verified ? 'verified' : 'verification_sent', message: page.message });
    else showPage(res, deps, 202, page, input.locale);
  });

  router.get('/verify/:token', shopperPages(deps), ...storefrontLimits(deps, { name: 'confirmations', perVisitor: { limit: 20, windowMs: HOUR }, perShop: { limit: 100, windowMs: 5 * MINUTE }, refusal }), async (req, res) => {
    const { due, locale } = await confirmRequest(deps, res.locals.shop, String(req.params.token));
    const t = SHOPPER_TEXTS[locale];
    showPage(res, deps, 200, t.pages.confirmed(t.date(due)), locale);
  });

  router.get('/exports/:token', shopperPages(deps), ...storefrontLimits(deps, { name: 'downloads', perVisitor: { limit: 30, windowMs: HOUR }, perShop: { limit: 100, windowMs: 5 * MINUTE }, refusal }), async (req, res) => {
    const { summary, content } = await openDownload(deps, res.locals.shop, String(req.params.token));
    const csv = req.query.format === 'csv';
    res.attachment(`my-data-${res.locals.shop}.${csv ? 'csv' : 'json'}`);
    res.type(csv ? 'text/csv' : 'application/json').send(csv ? exportToCsv(content) : JSON.stringify({ summary, ...content }, null, 2));
  });

  return router;
}
