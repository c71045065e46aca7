// Refreshes the storefront scan's copy of the Open Cookie Database (app/scan/data/) from upstream:
//   node --import tsx scripts/refresh-open-cookie-database.ts
// Downloads the CSV and the commit it comes from, checks that every row still parses as the scan
// expects (parseCookieDatabase throws naming the first row that does not), then rewrites the CSV
// and the commit and date in SOURCE.md. The licence (Apache-2.0) stays beside it; compare it with
// upstream's LICENSE if the project ever changes its licence.
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { COOKIE_DATABASE_FILE, parseCookieDatabase } from '../app/scan/cookie-database.ts';

const REPO = 'jkwakman/Open-Cookie-Database';
const BRANCH = process.env.OCD_BRANCH ?? 'master';
const CSV_URL = `https://raw.githubusercontent.com/${REPO}/${BRANCH}/open-cookie-database.csv`;
const COMMIT_URL = `https://api.github.com/repos/${REPO}/commits/${BRANCH}`;
const SOURCE_FILE = new URL('../app/scan/data/SOURCE.md', import.meta.url);

const commitAnswer = z.object({ sha: z.string(), commit: z.object({ committer: z.object({ date: z.string() }) }) });

async function download(url: string): Promise<string> {
  const response = await fetch(url, { headers: { 'User-Agent': 'lawfully-refresh-open-cookie-database' } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

const [csv, commitJson] = await Promise.all([download(CSV_URL), download(COMMIT_URL)]);
const commit = commitAnswer.parse(JSON.parse(commitJson));
const entries = parseCookieDatabase(csv);
const before = parseCookieDatabase(readFileSync(COOKIE_DATABASE_FILE, 'utf8')).length;

writeFileSync(COOKIE_DATABASE_FILE, csv);
const source = readFileSync(SOURCE_FILE, 'utf8').replace(
  /commit [0-9a-f]{7,40} of\s+\d{4}-\d{2}-\d{2}\s+\([\d,]+ cookies/,
  `commit ${commit.sha.slice(0, 7)} of ${commit.commit.committer.date.slice(0, 10)} (${entries.length.toLocaleString('en')} cookies`,
);
writeFileSync(SOURCE_FILE, source);
console.log(
  `Open Cookie Database: ${before} → ${entries.length} entries, commit ${commit.sha.slice(0, 7)} of ${commit.commit.committer.date.slice(0, 10)}. Review the diff and commit app/scan/data/.`,
);
