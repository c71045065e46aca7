// Export packages: kept for the merchant to download and send, then deleted by retention. Their
// content is read back from its JSON column through one schema (storedExport).
import { z } from 'zod';
import type { Db } from '../platform/db/index.ts';
import { GoneError, NotFoundError } from '../platform/errors.ts';
import { jsonColumn, readJsonColumn } from '../platform/json-column.ts';
import type { AccessFacts } from './access-facts.ts';
import { EXPORT_FORMAT, exportToCsv, type ExportContent, type ProcessorExport } from './export-package.ts';

/** How long an assembled package is kept before the retention job deletes it. */
export const EXPORT_RETENTION_DAYS = 30;

/** What an erased person's download link finds instead of their data (erase.ts leaves it until the link expires). */
export const WITHDRAWN_EXPORT = { withdrawn: 'erased' } as const;

const fields = z.record(z.string(), z.json());
const texts = z.array(z.string());

const accessFactsSchema = z.object({
  language: z.string(),
  controller: z.object({ name: z.string().nullable(), contact: z.string().nullable() }),
  purposes: z.array(z.object({ purpose: z.string(), legalBasis: z.string(), categories: texts })),
  categories: z.array(z.object({ category: z.string(), description: z.string(), source: z.string() })),
  recipients: z.array(z.object({ name: z.string(), service: z.string(), country: z.string(), safeguard: z.string(), categories: texts })),
  recipientKinds: texts,
  retention: z.array(z.object({ category: z.string(), period: z.string() })),
  sources: z.array(z.object({ data: z.string(), source: z.string() })),
  automatedDecisions: z.string(),
  rights: z.object({ rights: texts, howToExercise: z.string().nullable(), supervisoryAuthority: z.string().nullable(), howToComplain: z.string() }),
}) satisfies z.ZodType<AccessFacts>;

const exportContentSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  shop: z.string(),
  generatedAt: z.string(),
  about: accessFactsSchema.optional(),
  shopify: z.object({ customer: fields.nullable(), orders: z.array(fields) }),
  lawfully: z.object({ consentRecords: z.array(fields), requests: z.array(fields) }),
  processors: z
    .record(
      z.string(),
      z.object({ name: z.string(), retrievedAt: z.string(), found: z.boolean(), data: fields.nullable() }) satisfies z.ZodType<ProcessorExport>,
    )
    .optional(),
}) satisfies z.ZodType<ExportContent>;

const withdrawnSchema = z.object({ withdrawn: z.literal(WITHDRAWN_EXPORT.withdrawn) });

/** A package's content: the person's data, or the marker left once they were erased. */
export const storedExport = (pkg: { id: string; content: unknown }): ExportContent | typeof WITHDRAWN_EXPORT =>
  withdrawnSchema.safeParse(pkg.content).success
    ? WITHDRAWN_EXPORT
    : readJsonColumn(exportContentSchema, pkg.content, { table: 'ExportPackage', column: 'content', id: pkg.id });

/** A package's content as its column takes it (typed by the schema storedExport reads it with). */
export const exportColumn = (content: ExportContent) => jsonColumn(exportContentSchema, content);

export const isWithdrawn = (content: ExportContent | typeof WITHDRAWN_EXPORT): content is typeof WITHDRAWN_EXPORT => 'withdrawn' in content;

export async function loadExport(db: Db, shop: string, requestId: string, now: Date) {
  const pkg = await db.exportPackage.findFirst({ where: { shop, requestId, expiresAt: { gt: now } }, orderBy: { createdAt: 'desc' } });
  if (!pkg) throw new NotFoundError('This request has no export package (not assembled yet, or expired).');
  const content = storedExport(pkg);
  if (isWithdrawn(content)) throw new GoneError('This export package was withdrawn: the person’s data has been erased.');
  return {
    id: pkg.id,
    summary: pkg.summary,
    json: JSON.stringify({ summary: pkg.summary, ...content }, null, 2),
    csv: exportToCsv(content),
  };
}
