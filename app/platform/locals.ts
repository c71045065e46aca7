// What the app's middleware leaves on res.locals for the handlers after it, typed in one place.
// Express types res.locals as its global Express.Locals interface; this file extends it.
import type { Session } from '@shopify/shopify-api';
import type { ErrorPage } from './http.ts';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express.Locals can only be extended through Express's global namespace
  namespace Express {
    interface Locals {
      /**
       * The verified shop's domain: set by the session-token guard (/api, app/auth/session-guard.ts)
       * and the app-proxy check (/proxy, app/storefront/proxy-auth.ts). The only shop a query may touch.
       */
      shop: string;
      /** Who acts, for the audit log: "merchant:<staff user id>" (set by the session-token guard). */
      actor: string;
      /** The signed-in shopper from the app proxy's logged_in_customer_id, null for a guest. */
      customerId?: string | null;
      /** Answers a failure as a page; set by routes a person opens (see sendPage in http.ts). */
      errorPage?: ErrorPage;
      /** Set by @shopify/shopify-app-express's validateAuthenticatedSession() for /api. */
      shopify?: { session?: Session };
    }
  }
}

export {};
