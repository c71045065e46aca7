// Command line for merchants and support: render a profile's privacy policy, or check a profile.
//   npm run policy -- render <profile.json> [--format md|html|text] [--locale en|de|fr|lv|es|it|nl|pl] [--last-updated YYYY-MM-DD]
//   npm run policy -- validate <profile.json>
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { profileSchema, type Locale, type Profile } from '../records/profile.ts';
import { findings } from '../records/transfers.ts';
import { isRealDate, policyFormats, policyLocales, renderPolicy, type PolicyFormat } from './render.ts';

const usage = `Usage:
  policy render <profile.json> [--format ${policyFormats.join('|')}] [--locale ${policyLocales.join('|')}] [--last-updated YYYY-MM-DD]
  policy validate <profile.json>`;

type Io = { out: (text: string) => void; err: (text: string) => void; today: Date };

/** Runs the command and returns the exit code; kept apart from `process` so tests can call it. */
export function runPolicyCli(args: string[], io: Io): number {
  const [command, file, ...rest] = args;
  if ((command !== 'render' && command !== 'validate') || !file) {
    io.err(usage);
    return 2;
  }
  const options = parseOptions(rest);
  if (typeof options === 'string') {
    io.err(`${options}\n${usage}`);
    return 2;
  }

  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    io.err(`Could not read ${file} as JSON: ${(error as Error).message}`);
    return 1;
  }
  const parsed = profileSchema.safeParse(raw);
  if (!parsed.success) {
    io.err(`${file} is not a valid profile (${parsed.error.issues.length} problem(s)):`);
    for (const issue of parsed.error.issues) io.err(`  ${issue.path.map(String).join('.') || '(whole profile)'}: ${issue.message}`);
    return 1;
  }

  if (command === 'validate') {
    io.out(`${file} is a valid profile.`);
    for (const finding of findings(parsed.data, io.today)) {
      io.out(`  ${finding.severity}${finding.processorId ? ` (${finding.processorId})` : ''}: ${finding.message}`);
    }
    return 0;
  }
  return render(parsed.data, options, io);
}

function render(profile: Profile, options: Options, io: Io): number {
  try {
    io.out(renderPolicy(profile, { locale: options.locale, format: options.format, lastUpdated: options.lastUpdated }));
    return 0;
  } catch (error) {
    io.err((error as Error).message);
    return 1;
  }
}

type Options = { format: PolicyFormat; locale: Locale; lastUpdated?: string };

function parseOptions(args: string[]): Options | string {
  const options: Options = { format: 'md', locale: 'en' };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = (args[i] ?? '').split('=', 2) as [string, string | undefined];
    const value = inline ?? args[++i];
    if (value === undefined) return `${flag} needs a value.`;
    if (flag === '--format') {
      if (!(policyFormats as readonly string[]).includes(value)) return `Unknown format "${value}".`;
      options.format = value as PolicyFormat;
    } else if (flag === '--locale') {
      if (!(policyLocales as readonly string[]).includes(value)) return `Unknown locale "${value}".`;
      options.locale = value as Locale;
    } else if (flag === '--last-updated') {
      if (!isRealDate(value)) return `"${value}" is not a date that exists; give --last-updated as YYYY-MM-DD, e.g. 2025-06-10.`;
      options.lastUpdated = value;
    } else {
      return `Unknown option "${flag}".`;
    }
  }
  return options;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = runPolicyCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    today: new Date(),
  });
}
