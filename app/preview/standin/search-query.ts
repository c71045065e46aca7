// Shopify's search syntax for the `query` argument, as far as Lawfully uses it:
// space-separated terms ANDed, each `field:value`, `field:<value` or `field:>value`
// (https://shopify.dev/docs/api/usage/search-syntax).

type Value = string | number | Date | null | undefined;

export function matchesSearch(query: string | undefined, record: Record<string, Value>): boolean {
  if (!query?.trim()) return true;
  return query
    .trim()
    .split(/\s+(?:AND\s+)?/)
    .every((term) => {
      const match = /^(\w+):(<=|>=|<|>)?(.+)$/.exec(term);
      if (!match) return true;
      const [, field, op, raw] = match;
      const actual = record[field!];
      const wanted = raw!.replace(/^['"]|['"]$/g, '');
      if (actual === undefined) return true;
      if (actual === null) return false;
      if (actual instanceof Date) {
        const at = new Date(wanted).getTime();
        const t = actual.getTime();
        if (op === '<') return t < at;
        if (op === '<=') return t <= at;
        if (op === '>') return t > at;
        if (op === '>=') return t >= at;
        return actual.toISOString().startsWith(wanted);
      }
      const gidNumber = /(\d+)$/.exec(wanted)?.[1];
      if (typeof actual === 'number') return String(actual) === (gidNumber ?? wanted);
      return (typeof actual === 'string' ? actual : JSON.stringify(actual)).toLowerCase() === wanted.toLowerCase();
    });
}
