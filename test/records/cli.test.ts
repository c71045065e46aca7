// `npm run policy` renders a profile's policy or explains, field by field, why the profile is refused.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPolicyCli } from '../../app/policy/cli.ts';
import { profileJsonSchema, profileJsonSchemaPath } from '../../app/records/json-schema.ts';

const seedPath = new URL('../../examples/seed-store.json', import.meta.url).pathname;

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runPolicyCli(args, { out: (text) => out.push(text), err: (text) => err.push(text), today: new Date('2025-07-01') });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the policy command', () => {
  it('prints the policy in the chosen format and language', () => {
    const { code, out } = run(['render', seedPath, '--format', 'html', '--locale', 'fr']);
    expect(code).toBe(0);
    expect(out).toContain('<article class="lawfully-policy" lang="fr">');
    expect(out).toContain('Politique de confidentialité');
  });

  it('says a valid profile is valid and exits 0', () => {
    const { code, out } = run(['validate', seedPath]);
    expect(code).toBe(0);
    expect(out).toContain('is a valid profile');
  });

  it('prints each problem with its field and exits 1 when the profile is invalid', () => {
    const profile = JSON.parse(readFileSync(seedPath, 'utf8'));
    profile.processors[0].country = 'XX';
    profile.retention[0].period.amount = 0;
    const file = join(mkdtempSync(join(tmpdir(), 'lawfully-policy-')), 'profile.json');
    writeFileSync(file, JSON.stringify(profile));
    const { code, err } = run(['validate', file]);
    expect(code).toBe(1);
    expect(err).toContain('processors.0.country: "XX" is not a country code we know.');
    expect(err).toContain('retention.0.period.amount: The retention period must be a positive number');
  });

  it('refuses a last-updated date that does not exist, naming it, and exits 2', () => {
    for (const date of ['2025-13-45', '2025-02-29', '2025-04-31', '2025-00-10']) {
      const { code, out, err } = run(['render', seedPath, '--last-updated', date]);
      expect(code).toBe(2);
      expect(err).toContain(`"${date}" is not a date that exists; give --last-updated as YYYY-MM-DD`);
      expect(out).toBe('');
    }
  });

  it('accepts 29 February in a leap year', () => {
    const { code, out } = run(['render', seedPath, '--last-updated', '2024-02-29']);
    expect(code).toBe(0);
    expect(out).toContain('Last updated: February 29, 2024');
  });

  it('explains its usage when the command is unknown', () => {
    expect(run(['publish', seedPath])).toMatchObject({ code: 2, err: expect.stringContaining('Usage:') });
  });
});

describe('docs/profile.schema.json', () => {
  it('is the JSON Schema generated from the current zod schema', () => {
    expect(JSON.parse(readFileSync(profileJsonSchemaPath, 'utf8'))).toEqual(profileJsonSchema());
  });
});
