// Telling others about the choice: Google Consent Mode v2, Shopify's Customer Privacy API (which
// Shopify's own pixels and apps read), and a DOM event for the page's other scripts.
import { CONSENT_EVENT } from './constants.ts';
import { warn } from './warn.ts';

/** Google's gtag() queues its `arguments` object, not an array: Consent Mode reads it that way. */
function gtag(..._command: unknown[]): void {
  // eslint-disable-next-line prefer-rest-params -- gtag.js requires the arguments object itself
  (window.dataLayer ||= []).push(arguments);
}

const grantedOrDenied = (on: boolean | undefined) => (on ? 'granted' : 'denied');

/**
 * Loads Shopify's Customer Privacy API and hands it to `use`; false when the page is not a Shopify
 * storefront (the local preview, a theme without Shopify's scripts).
 */
export function withCustomerPrivacy(use: (api: ShopifyCustomerPrivacy) => void): boolean {
  const shopify = window.Shopify;
  if (!shopify?.loadFeatures) return false;
  try {
    shopify.loadFeatures([{ name: 'consent-tracking-api', version: '0.1' }], (error) => {
      if (error || !shopify.customerPrivacy) return warn('Customer Privacy API unavailable', error);
      try {
        use(shopify.customerPrivacy);
      } catch (failure) {
        warn('Customer Privacy API failed', failure);
      }
    });
    return true;
  } catch (error) {
    warn('Customer Privacy API unavailable', error);
    return false;
  }
}

/**
 * `choice` holds every optional category's answer; `required` the categories always granted.
 * Shopify is told only of a choice the visitor made (not of its own regional defaults).
 */
export function signalConsent(choice: Record<string, boolean>, required: string[], tellShopify: boolean): void {
  const { analytics, marketing, preferences } = choice;
  gtag('consent', 'update', {
    analytics_storage: grantedOrDenied(analytics),
    ad_storage: grantedOrDenied(marketing),
    ad_user_data: grantedOrDenied(marketing),
    ad_personalization: grantedOrDenied(marketing),
    functionality_storage: grantedOrDenied(preferences),
    personalization_storage: grantedOrDenied(preferences),
  });
  // setTrackingConsent takes booleans; sale_of_data follows marketing (CCPA "do not sell").
  if (tellShopify) {
    withCustomerPrivacy((api) =>
      api.setTrackingConsent({ analytics: !!analytics, marketing: !!marketing, preferences: !!preferences, sale_of_data: !!marketing }, (result) => {
        if (result?.error) warn('Shopify did not take the consent', result.error);
      }),
    );
  }
  try {
    const detail: Record<string, boolean> = {};
    for (const category of required) detail[category] = true;
    for (const category in choice) detail[category] = !!choice[category];
    window.dispatchEvent(new CustomEvent(CONSENT_EVENT, { detail }));
  } catch (error) {
    warn('event failed', error);
  }
}
