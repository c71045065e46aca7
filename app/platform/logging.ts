// Structured logs: one JSON line per event. Logs name shops and ids, never emails, names,
// addresses, IPs or tokens; request bodies are never logged.
import { pino, type Logger } from 'pino';
import type { NextFunction, Request, Response } from 'express';

export type { Logger };

export function createLogger(level: string = 'info', destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { app: 'lawfully' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ['*.email', '*.accessToken', '*.token', '*.password', '*.ip'], censor: '[redacted]' },
    },
    destination as never,
  );
}

/** One line per request: shop, method, route (the pattern, not the URL with its ids), status, duration. */
export function requestLog(log: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      // Unmatched requests log their path with long opaque segments (tokens, ids) masked.
      const route = req.route?.path ? `${req.baseUrl}${req.route.path}` : (req.baseUrl || req.path).replace(/\/[A-Za-z0-9_-]{16,}/g, '/:id');
      log.info(
        {
          shop: res.locals.shop ?? res.locals.proxy?.shop ?? undefined,
          method: req.method,
          route,
          status: res.statusCode,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      );
    });
    next();
  };
}
