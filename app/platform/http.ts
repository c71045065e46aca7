// The one mapping from the app's typed errors to HTTP answers. Clients get a stable message,
// never an internal error's text; the log gets the detail (without personal data). API clients
// get JSON; pages a person opens (links in mails, through the app proxy) get a readable page.
import type { NextFunction, Request, Response } from 'express';
import { AppError, ConflictError, GoneError, NotFoundError, RateLimitedError, UnauthorizedError, UpstreamError, ValidationError } from './errors.ts';
import type { Logger } from './logging.ts';
import { escapeHtml } from './html.ts';

/** Answers a failed request as a page; set on res.locals.errorPage (typed in locals.ts) by routes a person opens. */
export type ErrorPage = (res: Response, failure: { status: number; message: string; error: unknown }) => void;

/**
 * Who may frame an HTML page of the app: the shop and Shopify's admin (Shopify's app review asks
 * this of every HTML route), or nobody when the page knows no shop. The embedded admin gets the
 * same from @shopify/shopify-app-express's cspHeaders(); this serves every other page.
 */
export function frameAncestors(res: Response, shop?: string) {
  if (res.getHeader('Content-Security-Policy')) return;
  res.setHeader('Content-Security-Policy', shop ? `frame-ancestors https://${shop} https://admin.shopify.com;` : "frame-ancestors 'none';");
}

/**
 * A small page for shoppers. Through Shopify's app proxy, application/liquid is rendered inside
 * the shop's theme (shopify.dev/docs/apps/build/online-store/app-proxies); anywhere else it is a
 * standalone HTML document.
 */
export function sendPage(res: Response, page: { status: number; title: string; message: string; lang?: string; inTheme?: boolean }) {
  const title = escapeHtml(page.title);
  const body = `<div class="lawfully-page"><h1>${title}</h1><p>${escapeHtml(page.message)}</p></div>`;
  res.status(page.status);
  // Set only once the app proxy's signature was checked, so a forged shop name is never echoed.
  frameAncestors(res, typeof res.locals.shop === 'string' ? res.locals.shop : undefined);
  if (page.inTheme) res.type('application/liquid').send(body);
  else
    res
      .type('html')
      .send(
        `<!doctype html><html lang="${escapeHtml(page.lang ?? 'en')}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`,
      );
}

// A browser that opens an app-proxy address and fails before any route ran (bad or stale
// signature) still gets a page, never JSON; API clients (fetch, Accept: */* or JSON) keep JSON.
const isProxyPageVisit = (req: Request) => req.method === 'GET' && req.originalUrl.startsWith('/proxy/') && req.accepts(['json', 'html']) === 'html';
const PROXY_PAGE_TITLES: Record<number, string> = {
  401: 'Open the link from the shop',
  404: 'Page not found',
  410: 'Link expired',
  429: 'Too many attempts',
};
const PROXY_PAGE_MESSAGES: Record<number, string> = {
  401: 'This page only opens through the shop’s website. Please open the link from the email again.',
};

export function statusOf(error: unknown): number {
  if (error instanceof ValidationError) return 400;
  if (error instanceof UnauthorizedError) return 401;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ConflictError) return 409;
  if (error instanceof GoneError) return 410;
  if (error instanceof RateLimitedError) return 429;
  if (error instanceof UpstreamError) return 502;
  // body-parser's errors carry their status (400 malformed JSON, 413 too large)
  const status = typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
  if (typeof status === 'number' && status >= 400 && status < 500) return status;
  return 500;
}

export function errorHandler(log: Logger) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = statusOf(error);
    if (status >= 500) {
      log.error({ err: error, shop: res.locals.shop, route: req.path }, 'request failed');
    }
    if (res.headersSent) return;
    if (error instanceof RateLimitedError && error.retryAfterSeconds) res.setHeader('Retry-After', String(error.retryAfterSeconds));
    const message =
      error instanceof AppError && status < 500
        ? error.message
        : status === 502
          ? 'Shopify did not answer as expected; try again shortly.'
          : status < 500
            ? 'The request could not be read.'
            : 'Something went wrong on our side; nothing was lost, try again.';
    if (res.locals.errorPage) {
      res.locals.errorPage(res, { status, message, error });
      return;
    }
    if (isProxyPageVisit(req)) {
      sendPage(res, { status, title: PROXY_PAGE_TITLES[status] ?? 'Something went wrong', message: PROXY_PAGE_MESSAGES[status] ?? message });
      return;
    }
    const body: Record<string, unknown> = { error: message };
    if (error instanceof ValidationError) body.fields = error.fields;
    res.status(status).json(body);
  };
}

export function notFound(_req: Request, _res: Response, next: NextFunction) {
  next(new NotFoundError('No such route.'));
}
