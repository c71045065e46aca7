// The local preview's code (app/preview) must never reach production: only the entry point
// wires it in (createApp takes its routes as an argument), and the tests import it directly.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const APP = resolve('app');
const PREVIEW = join(APP, 'preview');
const ALLOWED = new Set([join(APP, 'main.ts')]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Every module a file names: static imports and re-exports, side-effect imports, import(). */
function importedModules(source: string): string[] {
  const patterns = [/\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!));
}

const isInside = (path: string, dir: string) => path === dir || path.startsWith(`${dir}/`) || path.startsWith(`${dir}.`);

describe('the preview boundary', () => {
  it('finds the preview code in app/preview and the entry point wiring it in', () => {
    const main = readFileSync(join(APP, 'main.ts'), 'utf8');
    expect(importedModules(main)).toContain('./preview/index.ts');
    expect(sourceFiles(PREVIEW).length).toBeGreaterThan(5);
  });

  it('has no module outside app/preview, apart from app/main.ts, import from app/preview', () => {
    const offenders = sourceFiles(APP)
      .filter((file) => !isInside(file, PREVIEW) && !ALLOWED.has(file))
      .flatMap((file) =>
        importedModules(readFileSync(file, 'utf8'))
          .filter((specifier) => specifier.startsWith('.'))
          .filter((specifier) => isInside(resolve(dirname(file), specifier), PREVIEW))
          .map((specifier) => `${relative(APP, file)} imports ${specifier}`),
      );
    expect(offenders).toEqual([]);
  });
});
