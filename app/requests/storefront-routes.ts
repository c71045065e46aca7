// The shopper's side of requests, reached through the app proxy (/apps/lawfully/… on the shop):
// submit a request, confirm it by the one-time link from the mail, download an export.
import express, { Router, type Response } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../platform/deps.ts';
import { decrypt, encrypt, normaliseEmail, randomToken, saltedHash } from '../platform/crypto.ts';
import { GoneError, NotFoundError } from '../platform/errors.ts';
import { parseInput } from '../platform/validation.ts';
import { shopSalt } from '../platform/shops.ts';
import { storefrontLimits } from '../platform/rate-limit.ts';
import { queueMail } from '../mail/mailer.ts';
import { loadRecords } from '../records/store.ts';
import { createRequest, addEvent } from './store.ts';
import { dueDate } from './deadlines.ts';
import { REQUEST_TYPES } from './rights.ts';
import { confirmationMail, merchantNewRequestMail, verificationMail } from './messages.ts';
import { storefrontLink, tokenHash } from './actions.ts';
import { exportToCsv, type ExportContent } from './export-package.ts';
import { merchantEmail } from './merchant.ts';

/** A one-time confirmation link works for 24 hours. */
export const VERIFICATION_HOURS = 24;

const submission = z.object({
  type: z.enum(REQUEST_TYPES, { error: 'Choose which right you want to exercise' }),
  email: z.email({ error: 'Enter the email address you use with this shop' }).max(254),
  details: z.string().trim().max(2000, 'Keep the details under 2000 characters').optional().default(''),
  locale: z.enum(['en', 'de', 'fr', 'lv']).optional().default('en'),
});

function page(res: Response, mode: string, status: number, title: string, message: string) {
  const body = `<div class="lawfully-page"><h1>${title}</h1><p>${message}</p></div>`;
  // Through Shopify's proxy, application/liquid is rendered inside the shop's theme.
  if (mode === 'shopify') res.status(status).type('application/liquid').send(body);
  else res.status(status).type('html').send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`);
}

const wantsJson = (accept: string | undefined) => Boolean(accept?.includes('application/json'));

export function storefrontRequestRoutes(deps: AppDeps) {
  const { db, clock, config } = deps;
  const router = Router();

  router.post('/requests', ...storefrontLimits({ perVisitor: 5, perShop: 200, windowMs: 60 * 60_000, what: 'requests' }), express.json({ limit: '16kb' }), express.urlencoded({ extended: false, limit: '16kb' }), async (req, res) => {
    const shop = res.locals.shop;
    const input = parseInput(submission, req.body, 'Your request');
    const now = clock.now();
    const records = await loadRecords(db, shop);

    if (input.type === 'complaint') {
      const authority = records?.controller?.supervisoryAuthority;
      const name = authority ? (typeof authority.name === 'string' ? authority.name : (authority.name[input.locale] ?? authority.name.en ?? Object.values(authority.name)[0])) : undefined;
      const message = name
        ? `You can lodge a complaint with the supervisory authority: ${name}${authority?.website ? ` (${authority.website})` : ''}.`
        : 'You can lodge a complaint with the data protection authority of the EU country where you live or work.';
      return res.json({ status: 'answered', message });
    }

    const email = normaliseEmail(input.email);
    const salt = await shopSalt(db, shop);
    const loggedIn = res.locals.customerId ?? null;
    const token = loggedIn ? undefined : randomToken();
    const request = await db.$transaction(async (tx) => {
      const created = await createRequest(
        tx,
        {
          shop,
          type: input.type,
          source: 'storefront',
          // A logged-in customer is identified by Shopify's signed proxy request.
          status: loggedIn ? 'verified' : 'unverified',
          receivedAt: now,
          verifiedAt: loggedIn ? now : null,
          dueAt: loggedIn ? dueDate(now) : null,
          shopifyCustomerId: loggedIn,
          emailHash: saltedHash(salt, email),
          emailEncrypted: encrypt(config.encryptionKey, email),
          details: input.details ? { message: encrypt(config.encryptionKey, input.details) } : undefined,
          locale: input.locale,
          ...(token ? { verificationHash: tokenHash(token), verificationExpiresAt: new Date(now.getTime() + VERIFICATION_HOURS * 3_600_000) } : {}),
        },
        'shopper',
      );
      if (token) {
        await queueMail(tx, config.encryptionKey, shop, { to: email, ...verificationMail(input.locale, shop, input.type, storefrontLink(deps, shop, `verify/${token}`)) }, now);
      } else {
        await queueMail(tx, config.encryptionKey, shop, { to: email, ...confirmationMail(shop, input.type, dueDate(now)) }, now);
      }
      return created;
    });
    if (loggedIn) await notifyMerchant(deps, shop, request.id, input.type, dueDate(now));
    deps.jobs.dispatch([]);
    const message = loggedIn
      ? 'Your request was received. You will get an answer within one month.'
      : 'Check your inbox: we sent you a link to confirm the request. It works for 24 hours.';
    if (wantsJson(req.headers.accept)) res.status(202).json({ status: loggedIn ? 'verified' : 'verification_sent', message });
    else page(res, config.mode, 202, 'Request received', message);
  });

  router.get('/verify/:token', ...storefrontLimits({ perVisitor: 20, perShop: 1000, windowMs: 60 * 60_000, what: 'confirmations' }), async (req, res) => {
    const shop = res.locals.shop;
    const now = clock.now();
    const request = await db.dataSubjectRequest.findFirst({ where: { shop, verificationHash: tokenHash(String(req.params.token)) } });
    if (!request || request.status !== 'unverified' || !request.verificationExpiresAt || request.verificationExpiresAt <= now) {
      throw new GoneError('This confirmation link has expired or was already used. Submit the request again if you still need it.');
    }
    const due = dueDate(now);
    await db.$transaction(async (tx) => {
      // Single use: the token's hash is cleared as the request is verified.
      await tx.dataSubjectRequest.update({ where: { id: request.id }, data: { status: 'verified', verifiedAt: now, dueAt: due, verificationHash: null, verificationExpiresAt: null } });
      await addEvent(tx, { shop, requestId: request.id, actor: 'shopper', kind: 'verified', message: 'Identity confirmed by the one-time link sent by email', at: now });
      const email = request.emailEncrypted ? decrypt(config.encryptionKey, request.emailEncrypted) : null;
      if (email) await queueMail(tx, config.encryptionKey, shop, { to: email, ...confirmationMail(shop, request.type as never, due) }, now);
    });
    await notifyMerchant(deps, shop, request.id, request.type as never, due);
    deps.jobs.dispatch([]);
    page(res, config.mode, 200, 'Request confirmed', `Thank you. Your request is confirmed and will be answered by ${due.toISOString().slice(0, 10)}.`);
  });

  router.get('/exports/:token', ...storefrontLimits({ perVisitor: 30, perShop: 1000, windowMs: 60 * 60_000, what: 'downloads' }), async (req, res) => {
    const pkg = await db.exportPackage.findFirst({ where: { shop: res.locals.shop, downloadHash: tokenHash(String(req.params.token)) } });
    if (!pkg) throw new NotFoundError('This download link is not valid.');
    if (pkg.expiresAt <= clock.now()) throw new GoneError('This download link has expired. Ask the shop again for your data.');
    const content = pkg.content as unknown as ExportContent;
    const csv = req.query.format === 'csv';
    res.attachment(`my-data-${res.locals.shop}.${csv ? 'csv' : 'json'}`);
    res.type(csv ? 'text/csv' : 'application/json').send(csv ? exportToCsv(content) : JSON.stringify({ summary: pkg.summary, ...content }, null, 2));
  });

  return router;
}

async function notifyMerchant(deps: AppDeps, shop: string, requestId: string, type: never | string, due: Date) {
  const to = await merchantEmail(deps, shop);
  if (!to) return;
  await queueMail(deps.db, deps.config.encryptionKey, shop, { to, ...merchantNewRequestMail(shop, type as never, due, `${deps.config.appUrl}/requests/${requestId}?shop=${shop}`) }, deps.clock.now());
}
