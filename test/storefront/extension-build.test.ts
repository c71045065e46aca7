// Shopify deploys extensions/lawfully-theme as it is, so its assets are committed: they must be
// exactly what `npm run build` makes from extensions/lawfully-theme-src.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ASSETS, assetsDir, buildExtensionAssets, INLINE_BLOCKER } from '../../extensions/lawfully-theme-src/build.ts';

/** The assets Shopify serves as files; the others are inline in the consent-banner embed. */
const FILES = ASSETS.filter((a) => !a.inline).map((a) => a.file);

describe('the theme extension’s built assets', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'lawfully-build-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('are committed exactly as the build makes them from the source', async () => {
    await buildExtensionAssets({ outDir });
    for (const file of FILES) {
      const committed = readFileSync(join(assetsDir, file), 'utf8');
      expect(committed, `${file} differs from the build of extensions/lawfully-theme-src: run npm run build:extension and commit the assets`).toBe(
        readFileSync(join(outDir, file), 'utf8'),
      );
    }
    // The tracker blocker and the banner's styles, inline in the consent-banner embed.
    expect(
      readFileSync(INLINE_BLOCKER.block, 'utf8'),
      'the inline blocker or styles differ from the build: run npm run build:extension and commit the block',
    ).toBe(readFileSync(join(outDir, 'consent-banner.liquid'), 'utf8'));
  }, 30_000);

  it('hold nothing the build does not make', () => {
    expect(readdirSync(assetsDir).sort()).toEqual([...FILES].sort());
  });

  it('are minified: one line each, without the source’s comments', () => {
    for (const file of FILES) {
      const text = readFileSync(join(assetsDir, file), 'utf8');
      expect(text.trim().split('\n'), file).toHaveLength(1);
      expect(text, file).not.toMatch(/\/\*|^\s*\/\//m);
    }
  });
});
