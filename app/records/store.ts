// Data access for the merchant's records: one profile document per shop, saved section by
// section from the admin (each section validated by its schema, the cross-section rules checked
// on the result), imported and exported whole. Every change is in the audit log.
import type { AppDeps } from '../platform/deps.ts';
import type { Db } from '../platform/db/index.ts';
import { ValidationError } from '../platform/errors.ts';
import { parseInput } from '../platform/validation.ts';
import { recordAudit } from '../audit/log.ts';
import { safeguardProblem } from './transfers.ts';
import { crossFieldIssues, profileSchema, sectionSchemas, type Profile, type SectionName } from './profile.ts';

export type Records = Partial<Profile>;

export async function loadRecords(db: Db, shop: string): Promise<Records | null> {
  const row = await db.recordsProfile.findUnique({ where: { shop } });
  return row ? (row.profile as unknown as Records) : null;
}

/** The records as a complete, valid profile, or the list of what is still missing or wrong. */
export function completeProfile(records: Records | null): { profile: Profile } | { problems: Record<string, string> } {
  const result = profileSchema.safeParse(records ?? {});
  if (result.success) return { profile: result.data };
  const problems: Record<string, string> = {};
  for (const issue of result.error.issues) problems[issue.path.map(String).join('.') || '_'] ??= issue.message;
  return { problems };
}

const isComplete = (records: Records) => sectionNamesRequired.every((name) => records[name] !== undefined);
const sectionNamesRequired: SectionName[] = ['controller', 'inventory', 'purposes', 'recipients', 'processors', 'retention', 'cookies', 'security', 'automatedDecisions'];

async function write(deps: Pick<AppDeps, 'db' | 'clock'>, shop: string, actor: string, profile: Records, action: string, subject: string) {
  const now = deps.clock.now();
  await deps.db.$transaction(async (tx) => {
    await tx.recordsProfile.upsert({
      where: { shop },
      create: { shop, profile: profile as never, updatedAt: now, updatedBy: actor },
      update: { profile: profile as never, updatedAt: now, updatedBy: actor },
    });
    await recordAudit(tx, { shop, actor, action, subject, at: now });
  });
}

export async function saveSection(deps: Pick<AppDeps, 'db' | 'clock'>, shop: string, actor: string, section: SectionName, value: unknown): Promise<Records> {
  const parsed = parseInput(sectionSchemas[section] as never, value, `The ${section} section`);
  if (section === 'processors') {
    // A safeguard that does not fit the country is wrong on its own, whatever else is recorded.
    const fields: Record<string, string> = {};
    (parsed as Profile['processors']).forEach((processor, i) => {
      const problem = safeguardProblem(processor.country, processor.safeguard);
      if (problem) fields[`${i}.safeguard.type`] = problem;
    });
    if (Object.keys(fields).length) throw new ValidationError('A transfer safeguard does not fit its country; nothing was saved.', fields);
  }
  const records: Records = { ...((await loadRecords(deps.db, shop)) ?? {}), [section]: parsed };
  // Rules that span sections (a purpose naming an unknown category…) are checked once the
  // sections they involve exist; an invalid save changes nothing.
  if (isComplete(records)) {
    const issues = crossFieldIssues(records as Profile);
    if (issues.length) {
      const fields: Record<string, string> = {};
      for (const issue of issues) fields[issue.path.map(String).join('.')] ??= issue.message;
      throw new ValidationError(`The ${section} section does not fit the rest of your records; nothing was saved.`, fields);
    }
  }
  await write(deps, shop, actor, records, `records.${section}.updated`, `records:${section}`);
  return records;
}

/** Replaces every record at once from a profile JSON file (docs/profile.schema.json). */
export async function importProfile(deps: Pick<AppDeps, 'db' | 'clock'>, shop: string, actor: string, value: unknown): Promise<Profile> {
  const profile = parseInput(profileSchema, value, 'The profile file');
  await write(deps, shop, actor, profile, 'records.imported', 'records');
  return profile;
}
