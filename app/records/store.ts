// Data access for the merchant's records: one profile document per shop, saved section by
// section from the admin (each section validated by its schema, the cross-section rules checked
// on the result), imported and exported whole. Every change is in the audit log.
import { z } from 'zod';
import type { AppDeps } from '../platform/deps.ts';
import type { Db, Prisma } from '../platform/db/index.ts';
import { ValidationError } from '../platform/errors.ts';
import { parseInput } from '../platform/validation.ts';
import { jsonColumn, readJsonColumn } from '../platform/json-column.ts';
import { recordAudit } from '../audit/log.ts';
import { safeguardProblem } from './transfers.ts';
import { crossFieldIssues, profileSchema, sectionSchemas, type Profile, type SectionName } from './profile.ts';

export type Records = Partial<Profile>;

/**
 * The stored records: each section as its schema saved it; the rules across sections hold only
 * once every section is there (completeProfile checks them).
 */
const storedRecordsSchema = z.object(sectionSchemas).partial() satisfies z.ZodType<Records>;
const storedDocumentSchema = z.record(z.string(), z.unknown());

const columnOf = (row: { shop: string }) => ({ table: 'RecordsProfile', column: 'profile', id: row.shop });

const readProfile = (row: { shop: string; profile: unknown }): Records => readJsonColumn(storedRecordsSchema, row.profile, columnOf(row));

/** The records for whatever needs them valid (policy, processors, retention): a section that no longer fits is a StoredDataError. */
export async function loadRecords(db: Db, shop: string): Promise<Records | null> {
  const row = await db.recordsProfile.findUnique({ where: { shop } });
  return row ? readProfile(row) : null;
}

/**
 * The records as stored, for the merchant to see and correct: the sections that fit their schema,
 * and those that no longer do (a limit tightened since they were saved) as they are stored, with
 * what is wrong by field path ("inventory.categories.0.name" → message). Only a document that is
 * not an object at all is a StoredDataError.
 */
export interface StoredRecords {
  fitting: Records;
  unfit: Partial<Record<SectionName, unknown>>;
  problems: Record<string, string>;
}

function readStored(row: { shop: string; profile: unknown }): StoredRecords {
  const document = readJsonColumn(storedDocumentSchema, row.profile, columnOf(row));
  const fitting: Record<string, unknown> = {};
  const unfit: Partial<Record<SectionName, unknown>> = {};
  const problems: Record<string, string> = {};
  for (const name of Object.keys(sectionSchemas) as SectionName[]) {
    if (document[name] === undefined) continue;
    const result = sectionSchemas[name].safeParse(document[name]);
    if (result.success) fitting[name] = result.data;
    else {
      unfit[name] = document[name];
      for (const issue of result.error.issues) problems[[name, ...issue.path.map(String)].join('.')] ??= issue.message;
    }
  }
  return { fitting, unfit, problems };
}

export async function loadStoredRecords(db: Db, shop: string): Promise<StoredRecords | null> {
  const row = await db.recordsProfile.findUnique({ where: { shop } });
  return row ? readStored(row) : null;
}

/** Every stored section, those that fit and those that do not, as one document. */
export const asStored = (stored: StoredRecords | null): Records => (stored ? ({ ...stored.fitting, ...stored.unfit } as Records) : {});

/** The records as a complete, valid profile, or the list of what is still missing or wrong. */
export function completeProfile(records: Records | null): { profile: Profile } | { problems: Record<string, string> } {
  const result = profileSchema.safeParse(records ?? {});
  if (result.success) return { profile: result.data };
  const problems: Record<string, string> = {};
  for (const issue of result.error.issues) problems[issue.path.map(String).join('.') || '_'] ??= issue.message;
  return { problems };
}

const isComplete = (records: Records) => sectionNamesRequired.every((name) => records[name] !== undefined);
const sectionNamesRequired: SectionName[] = [
  'controller',
  'inventory',
  'purposes',
  'recipients',
  'processors',
  'retention',
  'cookies',
  'security',
  'automatedDecisions',
];

type StoreDeps = Pick<AppDeps, 'db' | 'clock' | 'config'>;
type Tx = Prisma.TransactionClient;

/**
 * Reads the shop's records for a change: on PostgreSQL the row stays locked until the transaction
 * ends, so two sections saved at the same moment cannot overwrite each other (SQLite runs one
 * write transaction at a time anyway).
 */
async function loadForUpdate(tx: Tx, deps: StoreDeps, shop: string): Promise<StoredRecords | null> {
  if (deps.config.databaseKind === 'postgres') {
    // A first save has no row to lock yet: one is made (and rolled back with a refused save).
    await tx.$executeRaw`INSERT INTO "RecordsProfile" ("shop", "profile", "updatedAt", "updatedBy") VALUES (${shop}, '{}', NOW(), 'lawfully') ON CONFLICT ("shop") DO NOTHING`;
    await tx.$queryRaw`SELECT "shop" FROM "RecordsProfile" WHERE "shop" = ${shop} FOR UPDATE`;
  }
  const row = await tx.recordsProfile.findUnique({ where: { shop } });
  return row ? readStored(row) : null;
}

async function write(tx: Tx, shop: string, actor: string, profile: Records, now: Date) {
  await tx.recordsProfile.upsert({
    where: { shop },
    create: { shop, profile: jsonColumn(storedRecordsSchema, profile), updatedAt: now, updatedBy: actor },
    update: { profile: jsonColumn(storedRecordsSchema, profile), updatedAt: now, updatedBy: actor },
  });
}

/** JSON with keys in one order: PostgreSQL's jsonb gives stored objects back with their keys reordered. */
const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

const itemName = (item: unknown): string => {
  if (item && typeof item === 'object') {
    const named = item as Record<string, unknown>;
    for (const key of ['name', 'key', 'category', 'id', 'purpose']) {
      const value = named[key];
      if (typeof value === 'string') return value;
    }
  }
  return JSON.stringify(item).slice(0, 60);
};

/**
 * What a save changed, for the audit log: the items added, removed or edited in a list section
 * (by their names: processors, purposes, cookies…), the fields edited in the others. Values are
 * left out: a DPO's or representative's name is personal data.
 */
export function describeChange(before: unknown, after: unknown): Record<string, string[]> {
  if (Array.isArray(before) || Array.isArray(after)) {
    const old = new Map((Array.isArray(before) ? (before as unknown[]) : []).map((item) => [itemName(item), stableJson(item)]));
    const now = new Map((Array.isArray(after) ? (after as unknown[]) : []).map((item) => [itemName(item), stableJson(item)]));
    return {
      added: [...now.keys()].filter((key) => !old.has(key)),
      removed: [...old.keys()].filter((key) => !now.has(key)),
      edited: [...now.keys()].filter((key) => old.has(key) && old.get(key) !== now.get(key)),
    };
  }
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  return { fields: [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => stableJson(a[key]) !== stableJson(b[key])) };
}

export async function saveSection(deps: StoreDeps, shop: string, actor: string, section: SectionName, value: unknown): Promise<StoredRecords> {
  const parsed: unknown = parseInput(sectionSchemas[section], value, `The ${section} section`);
  if (section === 'processors') {
    // A safeguard that does not fit the country is wrong on its own, whatever else is recorded.
    const fields: Record<string, string> = {};
    (parsed as Profile['processors']).forEach((processor, i) => {
      const problem = safeguardProblem(processor.country, processor.safeguard);
      if (problem) fields[`${i}.safeguard.type`] = problem;
    });
    if (Object.keys(fields).length) throw new ValidationError('A transfer safeguard does not fit its country; nothing was saved.', fields);
  }
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    const current = (await loadForUpdate(tx, deps, shop)) ?? { fitting: {}, unfit: {}, problems: {} };
    // A section that no longer fits is kept as stored until the merchant saves it corrected.
    const { [section]: _replaced, ...unfit } = current.unfit;
    const fitting: Records = { ...current.fitting, [section]: parsed };
    // Rules that span sections (a purpose naming an unknown category…) are checked once the
    // sections they involve exist and fit; an invalid save changes nothing.
    if (isComplete(fitting) && Object.keys(unfit).length === 0) {
      const issues = crossFieldIssues(fitting as Profile);
      if (issues.length) {
        const fields: Record<string, string> = {};
        for (const issue of issues) fields[issue.path.map(String).join('.')] ??= issue.message;
        throw new ValidationError(`The ${section} section does not fit the rest of your records; nothing was saved.`, fields);
      }
    }
    const saved: StoredRecords = {
      fitting,
      unfit,
      problems: Object.fromEntries(Object.entries(current.problems).filter(([path]) => path !== section && !path.startsWith(`${section}.`))),
    };
    await write(tx, shop, actor, asStored(saved), now);
    await recordAudit(tx, {
      shop,
      actor,
      action: `records.${section}.updated`,
      subject: `records:${section}`,
      details: describeChange(asStored(current)[section], parsed),
      at: now,
    });
    return saved;
  });
}

/** Replaces every record at once from a profile JSON file (docs/profile.schema.json). */
export async function importProfile(deps: StoreDeps, shop: string, actor: string, value: unknown): Promise<Profile> {
  const profile = parseInput(profileSchema, value, 'The profile file');
  const now = deps.clock.now();
  await deps.db.$transaction(async (tx) => {
    const current = asStored(await loadForUpdate(tx, deps, shop));
    await write(tx, shop, actor, profile, now);
    await recordAudit(tx, {
      shop,
      actor,
      action: 'records.imported',
      subject: 'records',
      details: { sections: describeChange(current, profile).fields ?? [] },
      at: now,
    });
  });
  return profile;
}
