// Who did something, as the merchant reads it: staff by their Shopify account, the app and Shopify by name.

/** merchant:<Shopify user id> comes from the session token; Lawfully's own and Shopify's work by name. */
export function actorLabel(actor: string): string {
  if (actor.startsWith('merchant:')) return `Staff account ${actor.slice('merchant:'.length)}`;
  return { system: 'Lawfully (automatic)', shopify: 'Shopify', shopper: 'Shopper', lawfully: 'Lawfully' }[actor] ?? actor;
}
