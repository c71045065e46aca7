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

/** The matched route's pattern (`/api/requests/:id`); Express types req.route as any. */
function routePattern(req: Request): string | undefined {
  const route: unknown = req.route;
  return typeof route === 'object' && route !== null && 'path' in route && typeof route.path === 'string' ? route.path : undefined;
}

/** One line per request: shop, method, route (the pattern, not the URL with its ids), status, duration. */
export function requestLog(log: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      // Unmatched requests log their path with long opaque segments (tokens, ids) masked.
      const pattern = routePattern(req);
      const route = pattern ? `${req.baseUrl}${pattern}` : (req.baseUrl || req.path).replace(/\/[A-Za-z0-9_-]{16,}/g, '/:id');
      log.info(
        {
          shop: (res.locals as Partial<Express.Locals>).shop, // unset before a guard verified one
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

/**
 * What the process does with an error nobody caught. A rejected promise is a bug in one path of
 * work: it is logged with its stack and the process carries on, since every piece of work that
 * matters is durable (the webhook ledger, the job table) and is retried. An uncaught exception
 * may have left the process halfway through anything, as Node's documentation warns: it is
 * logged and the process exits with status 1 after `shutdown` (bounded), for the supervisor to
 * restart it; nothing acknowledged is lost, since acknowledgements follow commits.
 */
export function handleProcessErrors(log: Logger, shutdown: () => Promise<void>) {
  const described = (error: unknown) => (error instanceof Error ? { type: error.name, stack: error.stack } : { type: typeof error });
  process.on('unhandledRejection', (reason) => log.error({ err: described(reason) }, 'unhandled promise rejection; carrying on'));
  process.on('uncaughtException', (error) => {
    log.fatal({ err: described(error) }, 'uncaught exception; exiting for a restart');
    setTimeout(() => process.exit(1), 5_000).unref();
    void shutdown().finally(() => process.exit(1));
  });
}
