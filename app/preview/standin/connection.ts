// Relay connections and ids as Shopify's Admin API shapes them, shared by the stand-in's resolvers.

export interface PageArgs {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
  reverse?: boolean;
}

export const gid = (type: string, id: number | string) => `gid://shopify/${type}/${id}`;
export const numericId = (value: string) => Number(/(\d+)$/.exec(value)?.[1] ?? NaN);
export const userError = (field: string[], message: string) => ({ field, message });

/**
 * Relay connection over an ordered list; cursors are opaque (base64 of the node's id). A bulk
 * operation reads `everything`: page sizes do not apply there.
 */
export function connection<T extends { id: number | string }, V>(items: T[], args: PageArgs, view: (item: T) => V, everything = false) {
  if (everything) args = { reverse: args.reverse, first: items.length };
  else if (args.first === undefined && args.last === undefined) throw new Error('you must provide one of first or last');
  const size = args.first ?? args.last ?? 0;
  if (size > 250 && !everything) throw new Error('The maximum number of items you can request is 250.');
  const ordered = args.reverse ? [...items].reverse() : items;
  const cursorOf = (item: T) => Buffer.from(`cursor:${item.id}`).toString('base64url');
  const indexOf = (cursor: string) => ordered.findIndex((item) => cursorOf(item) === cursor);
  let start = args.after ? indexOf(args.after) + 1 : 0;
  let end = args.before ? indexOf(args.before) : ordered.length;
  if (args.first !== undefined) end = Math.min(end, start + args.first);
  else start = Math.max(start, end - (args.last ?? 0));
  const page = ordered.slice(start, end);
  const last = page.at(-1);
  return {
    edges: page.map((item) => ({ cursor: cursorOf(item), node: view(item) })),
    nodes: page.map(view),
    pageInfo: {
      hasNextPage: end < ordered.length,
      hasPreviousPage: start > 0,
      startCursor: page[0] ? cursorOf(page[0]) : null,
      endCursor: last ? cursorOf(last) : null,
    },
  };
}
