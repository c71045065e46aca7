// Past versions as files: one language in one format (HTML as a standalone page, Markdown, plain
// text), or every version in every published language and format as one zip archive, with a
// manifest of the versions (number, dates, fingerprint) so the archive explains itself.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { escapeHtml } from '../platform/html.ts';
import { NotFoundError } from '../platform/errors.ts';
import { localeCodes, type Locale } from '../records/profile.ts';
import { policyFormats, type PolicyFormat } from './render.ts';
import { textsByLocale } from './texts/index.ts';
import { storedRendering } from './render.ts';

export const fileTypes: Record<PolicyFormat, { extension: string; contentType: string }> = {
  html: { extension: 'html', contentType: 'text/html; charset=utf-8' },
  md: { extension: 'md', contentType: 'text/markdown; charset=utf-8' },
  text: { extension: 'txt', contentType: 'text/plain; charset=utf-8' },
};

/** A stored version as the download needs it (a row of PolicyVersion). */
export type StoredVersion = {
  id: string;
  version: number;
  lastUpdated: Date;
  publishedAt: Date;
  contentHash: string;
  consentVersion: number;
  rendered: unknown;
};

export type PolicyFile = { filename: string; contentType: string; body: string };

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The published fragment as a page that opens on its own: its language, its title, UTF-8. */
export function standaloneHtml(fragment: string, locale: Locale, version: number): string {
  const title = escapeHtml(`${textsByLocale[locale].title} – v${version}`);
  return `<!doctype html>\n<html lang="${escapeHtml(locale)}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${title}</title>\n</head>\n<body>\n${fragment}</body>\n</html>\n`;
}

/** One language of one version in one format, as it was published. */
export function versionFile(row: StoredVersion, locale: Locale, format: PolicyFormat): PolicyFile {
  const text = storedRendering(row)[locale]?.[format];
  if (text === undefined) throw new NotFoundError(`Version ${row.version} of the policy was not published in this language.`);
  const { extension, contentType } = fileTypes[format];
  return {
    filename: `privacy-policy-v${row.version}-${day(row.lastUpdated)}-${locale}.${extension}`,
    contentType,
    body: format === 'html' ? standaloneHtml(text, locale, row.version) : text,
  };
}

/**
 * Every version as one zip: a folder per version ("v3-2025-06-10/") holding each published
 * language in each format, each file dated when its version was published, and versions.json.
 */
export function versionsArchive(rows: StoredVersion[]): Uint8Array {
  const files: Zippable = {};
  const manifest = [];
  for (const row of rows) {
    const rendered = storedRendering(row);
    // In the app's order of languages: PostgreSQL's jsonb does not keep the order they were stored in.
    const locales = localeCodes.filter((locale) => rendered[locale] !== undefined);
    const folder: Zippable = {};
    for (const locale of locales) {
      for (const format of policyFormats) {
        const file = versionFile(row, locale, format);
        folder[`privacy-policy-${locale}.${fileTypes[format].extension}`] = [strToU8(file.body), { mtime: row.publishedAt }];
      }
    }
    files[`v${row.version}-${day(row.lastUpdated)}`] = folder;
    manifest.push({
      version: row.version,
      lastUpdated: day(row.lastUpdated),
      publishedAt: row.publishedAt.toISOString(),
      contentHash: row.contentHash,
      consentVersion: row.consentVersion,
      locales,
    });
  }
  files['versions.json'] = strToU8(`${JSON.stringify({ versions: manifest }, null, 2)}\n`);
  return zipSync(files, { level: 6 });
}
