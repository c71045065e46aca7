// The Shop row: created on install, marked on uninstall, holds the per-shop hashing salt.
// A shop's first requests arrive together (the admin's first page load, a storefront's first
// shoppers, on several instances), so creating the row must tolerate another request creating it
// at the same moment: a unique violation means the row is there, and it is read instead.
import { randomToken } from './crypto.ts';
import type { Db } from './db/index.ts';

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === 'P2002';

export async function recordInstall(db: Db, shop: string, now: Date): Promise<void> {
  const upsert = () =>
    db.shop.upsert({
      where: { domain: shop },
      create: { domain: shop, hashSalt: randomToken(), installedAt: now },
      update: { uninstalledAt: null },
    });
  try {
    await upsert();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await upsert();
  }
}

/** The shop's salt for pseudonymous hashes; creates the row if a request arrives before install finished. */
export async function shopSalt(db: Db, shop: string): Promise<string> {
  const existing = await db.shop.findUnique({ where: { domain: shop }, select: { hashSalt: true } });
  if (existing) return existing.hashSalt;
  try {
    return (await db.shop.create({ data: { domain: shop, hashSalt: randomToken() }, select: { hashSalt: true } })).hashSalt;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return (await db.shop.findUniqueOrThrow({ where: { domain: shop }, select: { hashSalt: true } })).hashSalt;
  }
}
