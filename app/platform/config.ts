// Configuration, checked once at boot: every missing or malformed variable is named together,
// instead of surfacing later deep inside a library.
import { z } from 'zod';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { ConfigError } from './errors.ts';
import { DEFAULT_DATABASE_URL, databaseKind, type DatabaseKind } from './db/adapters.ts';

/** The scopes the features need; must match shopify.app.toml. */
export const SCOPES = [
  'read_customers',
  'write_customers',
  'read_orders',
  'read_all_orders',
  'write_legal_policies',
  'write_app_proxy',
  'write_customer_data_erasure',
] as const;

export const PREVIEW_SHOP = 'lawfully-demo.myshopify.com';

const env = z.object({
  SHOPIFY_API_KEY: z.string().min(1).optional(),
  SHOPIFY_API_SECRET: z.string().min(1).optional(),
  SHOPIFY_APP_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), 'must start with file: (SQLite) or postgres:// (PostgreSQL)'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LAWFULLY_ENCRYPTION_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters (32 bytes): openssl rand -hex 32')
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().default('Lawfully <no-reply@lawfully.local>'),
  JOB_QUEUE: z.enum(['database', 'pg-boss']).default('database'),
  /** proxies in front of the app whose X-Forwarded-For entries are trusted (Shopify's app proxy: 1; add your load balancer) */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(1),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  /** a customer with more orders than this is exported with a Shopify bulk operation instead of paging */
  EXPORT_BULK_ABOVE_ORDERS: z.coerce.number().int().min(0).default(250),
  /** the Chromium (or Chrome) executable the storefront scan drives */
  LAWFULLY_CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
});

export interface Config {
  /** "preview": no Shopify credentials, a local stand-in and demo shop; "shopify": the real thing. */
  mode: 'preview' | 'shopify';
  apiKey: string;
  apiSecret: string;
  appUrl: string;
  scopes: readonly string[];
  databaseUrl: string;
  databaseKind: DatabaseKind;
  port: number;
  encryptionKey: Buffer;
  smtpUrl?: string;
  mailFrom: string;
  jobQueue: 'database' | 'pg-boss';
  logLevel: z.infer<typeof env>['LOG_LEVEL'];
  trustProxy: number;
  exportBulkAboveOrders: number;
  /** the storefront scan's Chromium executable (LAWFULLY_CHROMIUM_PATH) */
  chromiumPath: string;
}

/**
 * The process environment over a `.env` file, when there is one: `shopify app dev` passes its own
 * variables (SHOPIFY_API_KEY, SHOPIFY_API_SECRET, SHOPIFY_APP_URL, PORT) and the file holds the rest
 * (LAWFULLY_ENCRYPTION_KEY, DATABASE_URL, SMTP_URL). A variable set in the environment wins.
 */
export function environment(envFile = '.env', source: Record<string, string | undefined> = process.env): Record<string, string | undefined> {
  if (!existsSync(envFile)) return source;
  return { ...parseEnv(readFileSync(envFile, 'utf8')), ...source };
}

export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const parsed = env.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== '')));
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  const vars = parsed.success ? parsed.data : undefined;

  const shopifyVars = ['SHOPIFY_API_KEY', 'SHOPIFY_API_SECRET', 'SHOPIFY_APP_URL'] as const;
  const given = shopifyVars.filter((name) => source[name]);
  const mode = given.length === 0 ? 'preview' : 'shopify';
  if (mode === 'shopify') {
    for (const name of shopifyVars) if (!source[name]) problems.push(`${name}: required when running against Shopify (${given.join(', ')} set)`);
    if (!source.LAWFULLY_ENCRYPTION_KEY) problems.push('LAWFULLY_ENCRYPTION_KEY: required when running against Shopify: openssl rand -hex 32');
  }
  if (vars?.JOB_QUEUE === 'pg-boss' && !vars.DATABASE_URL.startsWith('postgres')) {
    problems.push('JOB_QUEUE: pg-boss needs DATABASE_URL to be a postgres:// URL');
  }
  if (problems.length > 0 || !vars) {
    throw new ConfigError(`Lawfully cannot start; fix these environment variables:\n  - ${problems.join('\n  - ')}`);
  }

  const port = vars.PORT;
  return {
    mode,
    apiKey: vars.SHOPIFY_API_KEY ?? 'lawfully-preview',
    // The preview's secret is public on purpose: it only signs the demo shop's local tokens.
    apiSecret: vars.SHOPIFY_API_SECRET ?? 'lawfully-preview-secret',
    appUrl: (vars.SHOPIFY_APP_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    scopes: SCOPES,
    databaseUrl: vars.DATABASE_URL,
    databaseKind: databaseKind(vars.DATABASE_URL),
    port,
    encryptionKey: vars.LAWFULLY_ENCRYPTION_KEY
      ? Buffer.from(vars.LAWFULLY_ENCRYPTION_KEY, 'hex')
      : createHash('sha256').update('lawfully-preview-only-key').digest(),
    smtpUrl: vars.SMTP_URL,
    mailFrom: vars.MAIL_FROM,
    jobQueue: vars.JOB_QUEUE,
    logLevel: vars.LOG_LEVEL,
    trustProxy: vars.TRUST_PROXY,
    exportBulkAboveOrders: vars.EXPORT_BULK_ABOVE_ORDERS,
    chromiumPath: vars.LAWFULLY_CHROMIUM_PATH,
  };
}
