// Writes docs/profile.schema.json from the zod profile schema, so the documented JSON format can
// never drift from what the app accepts. Run: node --import tsx app/records/json-schema.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { profileSchema } from './profile.ts';

export const profileJsonSchemaPath = fileURLToPath(new URL('../../docs/profile.schema.json', import.meta.url));

/**
 * The profile's JSON Schema (draft 2020-12). Cross-field rules (categories must exist in the
 * inventory, safeguard must fit the country…) cannot be expressed there; the description says so.
 */
export function profileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(profileSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: 'Lawfully GDPR profile',
    description:
      "A store's GDPR profile, from which its privacy policy is rendered. Generated from app/records/profile.ts by app/records/json-schema.ts; do not edit by hand. The app also checks rules JSON Schema cannot express: purpose, processor and retention categories must be keys of inventory.categories; a legitimate_interest purpose needs legitimateInterest; the safeguard must fit the processor's country (see app/records/transfers.ts).",
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

/** Writes the file laid out as `npm run lint` checks it (Prettier, a development tool, loaded here only). */
export async function writeProfileJsonSchema(path: string = profileJsonSchemaPath): Promise<string> {
  const prettier = await import('prettier');
  const json = await prettier.format(JSON.stringify(profileJsonSchema(), null, 2), { ...(await prettier.resolveConfig(path)), filepath: path });
  writeFileSync(path, json);
  return path;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`Wrote ${await writeProfileJsonSchema()}`);
}
