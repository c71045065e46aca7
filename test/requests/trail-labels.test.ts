// The request page's trail reads as words: every kind of entry the server writes has a label.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { appSources } from '../support/sources.ts';
import { eventLabel, hasEventLabel } from '../../web/src/pages/Requests/labels.ts';

describe('the request trail', () => {
  it('has a label for every kind of entry written anywhere in app/', () => {
    const written = new Set<string>();
    for (const file of appSources()) {
      const source = readFileSync(file, 'utf8');
      if (!/addEvent\(|requestEvent\.create\(/.test(source)) continue;
      // kind: 'erased', or kind: complete ? 'completed' : 'held': every word the expression can give
      for (const [, expression] of source.matchAll(/\bkind: ([^,}\n]+)/g)) for (const [, kind] of expression!.matchAll(/'([a-z_]+)'/g)) written.add(kind!);
    }
    expect(written.size).toBeGreaterThanOrEqual(10);
    expect([...written].filter((kind) => !hasEventLabel(kind))).toEqual([]);
  });

  it('reads a kind it does not know as words, never as a code', () => {
    expect(eventLabel('erasure_held')).toBe('Erasure held by Shopify');
    expect(eventLabel('vendor_replied_late')).toBe('Vendor replied late');
  });
});
