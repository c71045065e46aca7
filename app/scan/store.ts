// Data access for storefront scans: the scan rows (their result parsed with its schema on every
// read), the shop's scan settings (the storefront password sealed), and the retention of scan
// history.
import type { Db, Prisma } from '../platform/db/index.ts';
import { NotFoundError } from '../platform/errors.ts';
import { encrypt, openSealed } from '../platform/crypto.ts';
import { addDays } from '../platform/time.ts';
import { leakKey, scanResultSchema, type ScanResult } from './result.ts';

/** Scan history is kept this long; the latest finished scan always stays (it is what a new one is compared with). */
export const SCAN_HISTORY_DAYS = 365;

export type ScanTrigger = 'merchant' | 'weekly';

type ScanRow = Awaited<ReturnType<Db['storefrontScan']['findFirstOrThrow']>>;

export function scanView(row: ScanRow) {
  return {
    id: row.id,
    trigger: row.trigger,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    durationMs: row.durationMs,
    error: row.error,
    newLeaks: row.newLeaks,
    result: row.result === null ? null : scanResultSchema.parse(row.result),
  };
}
export type ScanView = ReturnType<typeof scanView>;

export async function createScan(tx: Pick<Prisma.TransactionClient, 'storefrontScan'>, shop: string, trigger: ScanTrigger, now: Date): Promise<string> {
  const row = await tx.storefrontScan.create({ data: { shop, trigger, createdAt: now }, select: { id: true } });
  return row.id;
}

export async function getScan(db: Db, shop: string, id: string): Promise<ScanView> {
  const row = await db.storefrontScan.findFirst({ where: { id, shop } });
  if (!row) throw new NotFoundError('No such scan');
  return scanView(row);
}

export async function listScans(db: Db, shop: string, take = 20): Promise<ScanView[]> {
  const rows = await db.storefrontScan.findMany({ where: { shop }, orderBy: { createdAt: 'desc' }, take });
  return rows.map(scanView);
}

/** The scan a job runs; undefined when it already finished (a job run again after a crash). */
export async function startScan(db: Db, shop: string, id: string, now: Date) {
  const row = await db.storefrontScan.findFirst({ where: { id, shop } });
  if (!row || row.status === 'done' || row.status === 'failed') return undefined;
  await db.storefrontScan.update({ where: { id }, data: { status: 'running', startedAt: now } });
  return row;
}

async function previousLeaks(db: Db, shop: string, id: string): Promise<Set<string> | undefined> {
  const previous = await db.storefrontScan.findFirst({
    where: { shop, status: 'done', id: { not: id } },
    orderBy: { finishedAt: 'desc' },
    select: { result: true },
  });
  if (!previous?.result) return undefined;
  return new Set(scanResultSchema.parse(previous.result).leaks.map(leakKey));
}

export async function finishScan(db: Db, shop: string, id: string, result: ScanResult, durationMs: number, now: Date): Promise<number> {
  const known = await previousLeaks(db, shop, id);
  const newLeaks = result.leaks.filter((leak) => !known?.has(leakKey(leak))).length;
  await db.storefrontScan.update({
    where: { id },
    data: { status: 'done', finishedAt: now, durationMs, result: scanResultSchema.parse(result), error: null, newLeaks },
  });
  return newLeaks;
}

export async function failScan(db: Db, id: string, message: string, durationMs: number, now: Date): Promise<void> {
  await db.storefrontScan.update({ where: { id }, data: { status: 'failed', finishedAt: now, durationMs, error: message.slice(0, 1000) } });
}

/** Deletes scans older than SCAN_HISTORY_DAYS, except the shop's latest finished one; returns how many went. */
export async function purgeOldScans(db: Db, shop: string, now: Date): Promise<number> {
  const latest = await db.storefrontScan.findFirst({ where: { shop, status: 'done' }, orderBy: { finishedAt: 'desc' }, select: { id: true } });
  const { count } = await db.storefrontScan.deleteMany({
    where: { shop, createdAt: { lt: addDays(now, -SCAN_HISTORY_DAYS) }, ...(latest ? { id: { not: latest.id } } : {}) },
  });
  return count;
}

export interface ScanSettingsView {
  weekly: boolean;
  hasPassword: boolean;
}

export async function getScanSettings(db: Db, shop: string): Promise<ScanSettingsView> {
  const row = await db.scanSettings.findUnique({ where: { shop } });
  return { weekly: row?.weekly ?? true, hasPassword: Boolean(row?.storefrontPassword) };
}

/** The storefront password, opened; null when there is none. */
export async function storefrontPassword(db: Db, key: Buffer, shop: string): Promise<string | null> {
  const row = await db.scanSettings.findUnique({ where: { shop }, select: { storefrontPassword: true } });
  return openSealed(key, row?.storefrontPassword);
}

/** `password`: a new one, null to remove it, undefined to keep it. */
export async function saveScanSettings(
  db: Db,
  key: Buffer,
  shop: string,
  change: { weekly?: boolean; password?: string | null },
  now: Date,
): Promise<ScanSettingsView> {
  const sealed = change.password === undefined ? undefined : change.password === null ? null : encrypt(key, change.password);
  await db.scanSettings.upsert({
    where: { shop },
    create: { shop, weekly: change.weekly ?? true, storefrontPassword: sealed ?? null, updatedAt: now },
    update: {
      ...(change.weekly === undefined ? {} : { weekly: change.weekly }),
      ...(sealed === undefined ? {} : { storefrontPassword: sealed }),
      updatedAt: now,
    },
  });
  return getScanSettings(db, shop);
}

/** A shop with weekly rescans on whose latest scan started before `before` (a shop that never scanned is left alone). */
export async function isDueForRescan(db: Db, shop: string, before: Date): Promise<boolean> {
  const settings = await db.scanSettings.findUnique({ where: { shop }, select: { weekly: true } });
  if (settings?.weekly === false) return false;
  const latest = await db.storefrontScan.findFirst({ where: { shop }, orderBy: { createdAt: 'desc' }, select: { createdAt: true } });
  return latest !== null && latest.createdAt < before;
}
