// The banner's weight on every storefront page, paid by every shopper: at most 5 KB of
// JavaScript and 2 KB of CSS after gzip (level 9), and the request form's script stays small too.
// Measured on what the build writes, and the build itself refuses to go over.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BudgetExceededError, buildExtensionAssets, type BuiltAsset } from '../../extensions/lawfully-theme-src/build.ts';

describe('the storefront performance budget', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'lawfully-budget-'));
  let built: BuiltAsset[];
  beforeAll(async () => {
    built = await buildExtensionAssets({ outDir });
  }, 30_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it.each([
    ['lawfully-consent.js', 5120],
    ['lawfully-consent.css', 2048],
    ['lawfully-request.js', 2048],
  ])('keeps the built %s within %i bytes gzip', (file, limit) => {
    const asset = built.find((a) => a.file === file)!;
    expect(asset.budget).toBe(limit);
    expect(asset.gzipBytes, `${file} is ${asset.gzipBytes} bytes gzip (level 9); the budget is ${limit} bytes`).toBeLessThanOrEqual(limit);
  });

  it('fails the build over a budget, naming the file, its size and the budget, and writes nothing', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'lawfully-over-'));
    try {
      const failure = await buildExtensionAssets({ outDir: elsewhere, budgets: { 'lawfully-consent.js': 1000 } }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(BudgetExceededError);
      const size = built.find((a) => a.file === 'lawfully-consent.js')!.gzipBytes;
      expect((failure as Error).message).toContain(`lawfully-consent.js is ${size} B, its budget 1000 B`);
      expect((failure as Error).message).toMatch(/lawfully-consent\.css +\d+ B +\d+ B gzip +\(budget 2048 B gzip\)/);
      expect(readdirSync(elsewhere)).toEqual([]);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
