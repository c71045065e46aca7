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
