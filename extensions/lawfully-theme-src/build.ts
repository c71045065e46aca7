// Builds the theme extension's storefront assets from this readable source: esbuild bundles and
// minifies each entry into extensions/lawfully-theme/assets/, which Shopify deploys as it is (so
// the built files are committed). Every byte there is paid by every shopper: a file over its gzip
// budget fails the build, naming the budget and the sizes, and nothing is written.
//   node --import tsx extensions/lawfully-theme-src/build.ts   (npm run build:extension)
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { knownTrackerCookies, knownTrackers } from '../../app/consent/trackers.ts';

const sourceDir = fileURLToPath(new URL('.', import.meta.url));
export const assetsDir = fileURLToPath(new URL('../lawfully-theme/assets/', import.meta.url));

/**
 * Each asset, its source, its budget in bytes after gzip (level 9), and whether the consent-banner
 * embed carries it inline instead of as a file.
 */
export const ASSETS = [
  { file: 'lawfully-consent.js', entry: 'consent/index.ts', budget: 5120, inline: false },
  // Inline (between INLINE_CSS's markers): the banner shows as soon as its script runs, with no
  // stylesheet to fetch and wait for, and nothing blocks the page's first paint.
  { file: 'lawfully-consent.css', entry: 'consent/consent.css', budget: 2048, inline: true },
  { file: 'lawfully-request.js', entry: 'request/index.ts', budget: 2048, inline: false },
] as const;

/**
 * The tracker blocker must run before any theme script, so it is not a file but inline in the
 * consent-banner embed, between these markers; its bytes count toward the banner's JS budget.
 */
export const INLINE_BLOCKER = {
  entry: 'consent/blocker.ts',
  block: fileURLToPath(new URL('../lawfully-theme/blocks/consent-banner.liquid', import.meta.url)),
  start: '/*lawfully-blocker*/',
  end: '/*/lawfully-blocker*/',
} as const;

/** The banner's styles, inline in the same embed inside a <style> element, between these markers. */
export const INLINE_CSS = { start: '/*lawfully-css*/', end: '/*/lawfully-css*/' } as const;

/** The block's text with `code` between the markers. */
export function withInline(liquid: string, markers: { start: string; end: string }, code: string): string {
  const start = liquid.indexOf(markers.start);
  const end = liquid.indexOf(markers.end);
  if (start < 0 || end < start) throw new Error(`consent-banner.liquid lacks the ${markers.start} … ${markers.end} markers`);
  return liquid.slice(0, start + markers.start.length) + code + liquid.slice(end);
}

/** The known trackers as the storefront needs them: host → category, and category → cookie names. */
const trackerDefines = () => {
  const cookies: Record<string, string[]> = {};
  for (const { category, cookies: names } of Object.values(knownTrackerCookies)) (cookies[category] ??= []).push(...names);
  return { __LF_HOSTS__: JSON.stringify(Object.fromEntries(knownTrackers.map((t) => [t.host, t.category]))), __LF_COOKIES__: JSON.stringify(cookies) };
};

export type AssetFile = (typeof ASSETS)[number]['file'];
export interface BuiltAsset {
  file: AssetFile;
  bytes: number;
  gzipBytes: number;
  budget: number;
}

export class BudgetExceededError extends Error {
  constructor(
    readonly over: BuiltAsset[],
    readonly report: string,
  ) {
    super(
      `The storefront assets are over their gzip budget: ${over.map((a) => `${a.file} is ${a.gzipBytes} B, its budget ${a.budget} B`).join('; ')}.\n${report}`,
    );
    this.name = 'BudgetExceededError';
  }
}

export const gzipSize = (contents: Uint8Array) => gzipSync(contents, { level: 9 }).length;

/** One line per asset: size, gzip size and budget. */
export const sizeReport = (assets: BuiltAsset[]) =>
  assets
    .map(
      (a) =>
        `${(a.file === 'lawfully-consent.js' ? `${a.file} + inline` : a.file).padEnd(31)} ${String(a.bytes).padStart(6)} B  ${String(a.gzipBytes).padStart(5)} B gzip  (budget ${a.budget} B gzip)`,
    )
    .join('\n');

/**
 * Builds every asset into `outDir` and answers their sizes; throws BudgetExceededError, writing
 * nothing, when one is over its budget (`budgets` overrides them, for tests).
 */
export async function buildExtensionAssets({
  outDir = assetsDir,
  budgets = {},
  blockFile,
}: { outDir?: string; budgets?: Partial<Record<AssetFile, number>>; blockFile?: string } = {}): Promise<BuiltAsset[]> {
  const bundle = async (entry: string) => {
    const result = await build({
      entryPoints: [join(sourceDir, entry)],
      bundle: true,
      minify: true,
      // Names starting with _ are the scripts' own: the minifier may shorten them.
      mangleProps: /^_/,
      format: 'iife',
      // The script already needs fetch keepalive, Element.closest and crypto.randomUUID's era.
      target: 'es2020',
      charset: 'utf8',
      legalComments: 'none',
      define: trackerDefines(),
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.contents;
  };
  const blocker = new TextDecoder().decode(await bundle(INLINE_BLOCKER.entry)).trim();
  if (/<\/script/i.test(blocker)) throw new Error('The inline blocker must not contain "</script"');
  const blockerGzip = gzipSize(new TextEncoder().encode(blocker));
  const built = await Promise.all(
    ASSETS.map(async ({ file, entry, budget, inline }) => {
      const contents = await bundle(entry);
      // The banner's JS budget covers the inline blocker too: both run on every page.
      const alsoInline = file === 'lawfully-consent.js' ? blockerGzip : 0;
      return {
        file,
        inline,
        contents,
        asset: { file, bytes: contents.length, gzipBytes: gzipSize(contents) + alsoInline, budget: budgets[file] ?? budget },
      };
    }),
  );
  const assets = built.map((b) => b.asset);
  const over = assets.filter((a) => a.gzipBytes > a.budget);
  if (over.length) throw new BudgetExceededError(over, sizeReport(assets));
  const css = new TextDecoder().decode(built.find((b) => b.inline)!.contents).trim();
  if (/<\/style/i.test(css)) throw new Error('The inline styles must not contain "</style"');
  mkdirSync(outDir, { recursive: true });
  for (const { file, contents, inline } of built) if (!inline) writeFileSync(join(outDir, file), contents);
  // Into the theme's block itself only when building the theme; elsewhere beside the assets.
  writeFileSync(
    blockFile ?? (outDir === assetsDir ? INLINE_BLOCKER.block : join(outDir, 'consent-banner.liquid')),
    withInline(withInline(readFileSync(INLINE_BLOCKER.block, 'utf8'), INLINE_BLOCKER, blocker), INLINE_CSS, css),
  );
  return assets;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(sizeReport(await buildExtensionAssets()));
  } catch (error) {
    console.error(error instanceof BudgetExceededError ? error.message : error);
    process.exit(1);
  }
}
