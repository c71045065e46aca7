// Routes @shopify/shopify-api's outgoing requests for *.myshopify.com to the stand-in, so the
// preview and the tests use the app's real Shopify client unchanged. Install it with
// setAbstractFetchFunc (see app/preview/index.ts); anything else goes to the real fetch.

type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export function routeToStandIn(standInFetch: Fetch): Fetch {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    return url.hostname.endsWith('.myshopify.com') ? standInFetch(input, init) : fetch(input, init);
  };
}
