// Records every call the Shopify library makes to the outside (token exchange, Admin API) while
// still answering it from the stand-in, so a test can say "asked Shopify for nothing".
import { createRequire } from 'node:module';
import { setAbstractFetchFunc } from '@shopify/shopify-api/runtime';
import { routeToStandIn } from '../../app/preview/standin/route-to-standin.ts';
import type { AdminApiStandIn } from '../../app/preview/standin/index.ts';

export function recordOutboundCalls(standIn: AdminApiStandIn): string[] {
  const urls: string[] = [];
  const routed = routeToStandIn(standIn.fetch);
  const recording = ((input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(input instanceof Request ? input.url : String(input));
    return routed(input, init);
  }) as never;
  // Both copies of the library's runtime (ESM and CommonJS), as installStandIn routes them.
  setAbstractFetchFunc(recording);
  createRequire(import.meta.url)('@shopify/shopify-api/runtime').setAbstractFetchFunc(recording);
  return urls;
}
