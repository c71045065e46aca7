// The few kinds of failure the app reports. app/platform/http.ts maps them to HTTP in one place;
// code elsewhere throws these and never sets an error status itself.

export class AppError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Input that does not fit its schema; `fields` maps a field path ("processors.0.country") to a message. */
export class ValidationError extends AppError {
  constructor(
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

export class NotFoundError extends AppError {}

/** No valid credentials: bad session token, bad webhook HMAC, bad app-proxy signature. */
export class UnauthorizedError extends AppError {}

/** The action does not fit the current state (e.g. completing an already rejected request). */
export class ConflictError extends AppError {}

/** A link or token that worked once and no longer does (expired, already used). */
export class GoneError extends AppError {}

export class RateLimitedError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds?: number,
    /** whose limit was reached: this visitor's, or the whole shop's */
    readonly scope: 'visitor' | 'shop' = 'visitor',
  ) {
    super(message);
  }
}

/** Shopify (or another system we depend on) failed or refused; safe to retry later. */
export class UpstreamError extends AppError {
  constructor(
    message: string,
    readonly details?: unknown,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * A row whose JSON column no longer fits its schema (written by an older version, or edited by
 * hand). A server fault, answered 500; its message names the table, column and row for the log,
 * never the values (they may be personal data).
 */
export class StoredDataError extends AppError {}

/** The process is misconfigured; raised at boot with every problem named. */
export class ConfigError extends AppError {}
