// The one mapping from the app's typed errors to HTTP answers. Clients get a stable message,
// never an internal error's text; the log gets the detail (without personal data).
import type { NextFunction, Request, Response } from 'express';
import {
  AppError,
  ConflictError, GoneError,
  NotFoundError,
  RateLimitedError,
  UnauthorizedError,
  UpstreamError,
  ValidationError,
} from './errors.ts';
import type { Logger } from './logging.ts';

export function statusOf(error: unknown): number {
  if (error instanceof ValidationError) return 400;
  if (error instanceof UnauthorizedError) return 401;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ConflictError) return 409;
  if (error instanceof GoneError) return 410;
  if (error instanceof RateLimitedError) return 429;
  if (error instanceof UpstreamError) return 502;
  // body-parser's errors carry their status (400 malformed JSON, 413 too large)
  const status = (error as { status?: unknown })?.status;
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
    const body: Record<string, unknown> = {
      error: error instanceof AppError && status < 500 ? error.message : status === 502 ? 'Shopify did not answer as expected; try again shortly.' : status < 500 ? 'The request could not be read.' : 'Something went wrong on our side; nothing was lost, try again.',
    };
    if (error instanceof ValidationError) body.fields = error.fields;
    res.status(status).json(body);
  };
}

export function notFound(_req: Request, _res: Response, next: NextFunction) {
  next(new NotFoundError('No such route.'));
}
