// The banner's weight on every storefront page, paid by every shopper: at most 5 KB of
// JavaScript and 2 KB of CSS after gzip (level 9), and the request form's script stays small too.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extensionDir } from '../../app/storefront/liquid.ts';

const gzipped = (file: string) => gzipSync(readFileSync(`${extensionDir}assets/${file}`), { level: 9 }).length;

describe('the storefront performance budget', () => {
  it.each([
    ['lawfully-consent.js', 5120],
    ['lawfully-consent.css', 2048],
    ['lawfully-request.js', 2048],
  ])('keeps %s within %i bytes gzip', (file, limit) => {
    const size = gzipped(file);
    expect(size, `${file} is ${size} bytes gzip (level 9); the budget is ${limit} bytes`).toBeLessThanOrEqual(limit);
  });
});
