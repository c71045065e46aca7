// Export packages: kept for the merchant to download and send, then deleted by retention.
import type { Db } from '../platform/db/index.ts';
import { NotFoundError } from '../platform/errors.ts';
import { exportToCsv, type ExportContent } from './export-package.ts';

/** How long an assembled package is kept before the retention job deletes it. */
export const EXPORT_RETENTION_DAYS = 30;

/** What an erased person's download link finds instead of their data (erase.ts leaves it until the link expires). */
export const WITHDRAWN_EXPORT = { withdrawn: 'erased' } as const;

export async function loadExport(db: Db, shop: string, requestId: string, now: Date) {
  const pkg = await db.exportPackage.findFirst({ where: { shop, requestId, expiresAt: { gt: now } }, orderBy: { createdAt: 'desc' } });
  if (!pkg) throw new NotFoundError('This request has no export package (not assembled yet, or expired).');
  const content = pkg.content as unknown as ExportContent;
  return {
    id: pkg.id,
    summary: pkg.summary,
    json: JSON.stringify({ summary: pkg.summary, ...content }, null, 2),
    csv: exportToCsv(content),
  };
}
