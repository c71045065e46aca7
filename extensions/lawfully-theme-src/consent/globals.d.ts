// What the banner reads from and adds to the page's window: Shopify's storefront object, Google's
// dataLayer, and the typed consent event other scripts listen to.

/** Shopify's Customer Privacy API (https://shopify.dev/docs/api/customer-privacy). */
interface ShopifyCustomerPrivacy {
  shouldShowBanner(): boolean;
  analyticsProcessingAllowed(): boolean;
  marketingAllowed(): boolean;
  preferencesProcessingAllowed(): boolean;
  setTrackingConsent(consent: Record<string, boolean>, done: (result?: { error?: unknown }) => void): void;
}

interface Window {
  Shopify?: {
    loadFeatures?(features: Array<{ name: string; version: string }>, done: (error?: unknown) => void): void;
    customerPrivacy?: ShopifyCustomerPrivacy;
  };
  dataLayer?: unknown[];
}

interface WindowEventMap {
  /** The visitor's choice per category, `necessary` always true. */
  'lawfully:consent': CustomEvent<Record<string, boolean>>;
}

interface Navigator {
  /** Global Privacy Control (https://privacycg.github.io/gpc-spec/): true when the visitor opts out of sale and sharing. */
  readonly globalPrivacyControl?: boolean;
}

/** What the consent-banner embed writes before the inline blocker: `v` consent version, `e` expiry in months, `x` the merchant's hosts → category. */
interface LawfullyConfig {
  v?: number;
  e?: number;
  x?: Record<string, string>;
}

interface Window {
  lawfullyConfig?: LawfullyConfig;
  /** The inline blocker (consent/blocker.ts): the stored choice while it holds, GPC, and `grant` to release what a choice allows. */
  lawfullyBlocker?: {
    stored: { id?: string; v?: number; c: Record<string, boolean>; t?: number } | null;
    gpc: boolean;
    grant(choice: Record<string, boolean>): void;
  };
}
