// The Shop row: created on install, marked on uninstall, holds the per-shop hashing salt.
import { randomToken } from './crypto.ts';
import type { Db } from './db/index.ts';

export async function recordInstall(db: Db, shop: string, now: Date): Promise<void> {
  await db.shop.upsert({
    where: { domain: shop },
    create: { domain: shop, hashSalt: randomToken(), installedAt: now },
    update: { uninstalledAt: null },
  });
}

/** The shop's salt for pseudonymous hashes; creates the row if a request arrives before install finished. */
export async function shopSalt(db: Db, shop: string): Promise<string> {
  const row = await db.shop.upsert({
    where: { domain: shop },
    create: { domain: shop, hashSalt: randomToken() },
    update: {},
    select: { hashSalt: true },
  });
  return row.hashSalt;
}
