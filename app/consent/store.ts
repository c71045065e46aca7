// Consent proofs (GDPR Art. 7(1)): what each visitor granted and denied, under which policy
// version, when; pseudonymous (salted IP hash, the customer id only when logged in).
import type { Db } from '../platform/db/index.ts';
import { optionalCategories, type ConsentCategory, type OptionalCategory } from './categories.ts';

export interface ConsentChoice {
  consentId: string;
  granted: ConsentCategory[];
  policyVersion?: number;
  consentVersion?: number;
  locale?: string;
}

export async function recordConsent(db: Db, shop: string, choice: ConsentChoice, proof: { ipHash: string | null; customerId: string | null; at: Date }) {
  // Necessary cookies need no consent; everything not granted is recorded as denied.
  const granted = optionalCategories.filter((c) => choice.granted.includes(c));
  const denied = optionalCategories.filter((c) => !granted.includes(c));
  const previous = await db.consentRecord.findFirst({
    where: { shop, consentId: choice.consentId },
    orderBy: { createdAt: 'desc' },
    select: { granted: true },
  });
  const grantedBefore = previous?.granted ? previous.granted.split(',') : [];
  return db.consentRecord.create({
    data: {
      shop,
      consentId: choice.consentId,
      granted: granted.join(','),
      denied: denied.join(','),
      policyVersion: choice.policyVersion ?? null,
      consentVersion: choice.consentVersion ?? null,
      locale: choice.locale ?? null,
      ipHash: proof.ipHash,
      shopifyCustomerId: proof.customerId,
      // A later choice that takes back any category granted before is a withdrawal (Art. 7(3)).
      source: grantedBefore.some((category) => !granted.includes(category as OptionalCategory)) ? 'withdrawal' : 'banner',
      createdAt: proof.at,
    },
    select: { id: true },
  });
}

export async function listConsent(db: Db, shop: string, { before, limit = 50, consentId }: { before?: Date; limit?: number; consentId?: string }) {
  const rows = await db.consentRecord.findMany({
    where: { shop, ...(before ? { createdAt: { lt: before } } : {}), ...(consentId ? { consentId } : {}) },
    orderBy: { createdAt: 'desc' },
    take: Math.min(limit, 200),
    select: {
      id: true,
      consentId: true,
      granted: true,
      denied: true,
      policyVersion: true,
      consentVersion: true,
      locale: true,
      source: true,
      shopifyCustomerId: true,
      createdAt: true,
    },
  });
  const last = rows.at(-1);
  return { records: rows, next: last && rows.length === Math.min(limit, 200) ? last.createdAt.toISOString() : null };
}

/** A choice in the log, as GET /api/consent answers it. */
export type ConsentLogRow = Awaited<ReturnType<typeof listConsent>>['records'][number];

/** Choices per day and, per category, how many granted and denied — read in pages, so the log can be large. */
export async function consentStats(db: Db, shop: string, since: Date) {
  type Day = { day: string; choices: number; counts: Record<string, number> };
  const days = new Map<string, Day>();
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.consentRecord.findMany({
      where: { shop, createdAt: { gte: since } },
      orderBy: { id: 'asc' },
      take: 5000,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      select: { id: true, granted: true, denied: true, createdAt: true },
    });
    for (const row of rows) {
      const day = row.createdAt.toISOString().slice(0, 10);
      const entry: Day = days.get(day) ?? {
        day,
        choices: 0,
        counts: Object.fromEntries(
          optionalCategories.flatMap((c) => [
            [`${c}Granted`, 0],
            [`${c}Denied`, 0],
          ]),
        ),
      };
      entry.choices += 1;
      for (const c of row.granted.split(',').filter(Boolean)) entry.counts[`${c}Granted`] = (entry.counts[`${c}Granted`] ?? 0) + 1;
      for (const c of row.denied.split(',').filter(Boolean)) entry.counts[`${c}Denied`] = (entry.counts[`${c}Denied`] ?? 0) + 1;
      days.set(day, entry);
    }
    if (rows.length < 5000) break;
    cursor = rows.at(-1)?.id;
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day)).map(({ counts, ...rest }) => ({ ...rest, ...counts }));
}

/** A day of the stats as the admin reads it (GET /api/consent/stats): the counts are named `${category}Granted` and `${category}Denied`. */
export type ConsentStatsDay = Awaited<ReturnType<typeof consentStats>>[number] & Record<`${OptionalCategory}${'Granted' | 'Denied'}`, number>;

export async function* consentRows(db: Db, shop: string) {
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.consentRecord.findMany({
      where: { shop },
      orderBy: { id: 'asc' },
      take: 2000,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    yield* rows;
    if (rows.length < 2000) return;
    cursor = rows.at(-1)?.id;
  }
}
