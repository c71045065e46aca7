// The visitor's choice in localStorage, so that it is asked for once per consent version, and a
// first-party cookie that says a choice is stored (app/consent/trackers.ts CONSENT_MARKER_COOKIE):
// without it the visitor is new and localStorage is not opened, the costliest step of the page's
// first script. Shopify's own consent cookie stands for it on a visitor who chose before it existed.
import { STORAGE_KEY } from './constants.ts';

/** Written by the build: the marker cookie as document.cookie takes it (name=1 and its attributes)… */
declare const __LF_MARKER__: string;
/** …and the pattern that finds it (or Shopify's consent cookie) in document.cookie. */
declare const __LF_MARKED__: string;

/**
 * As stored. The one-letter keys are what every earlier banner wrote, so stored choices stay valid:
 * `id` names the choice in the consent log, `v` is the consent version it answered, `c` holds the
 * answer per optional category and `t` when it was given. A choice taken from Shopify's regional
 * defaults has `c` only, and is never stored.
 */
export interface StoredConsent {
  id?: string;
  v?: number;
  c: Record<string, boolean>;
  t?: number;
}

/**
 * The stored choice while it holds: answered for this consent version, and given less than
 * `expiryMonths` ago (default 12; a choice is asked again once it is older).
 */
export function freshStoredConsent(consentVersion: number, expiryMonths = 12): StoredConsent | null {
  try {
    if (!new RegExp(__LF_MARKED__).test(document.cookie)) return null;
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as StoredConsent | null;
    const expires = new Date(stored?.t ?? 0);
    expires.setMonth(expires.getMonth() + expiryMonths);
    return stored?.v === consentVersion && stored.c && expires.getTime() > Date.now() ? stored : null;
  } catch {
    return null;
  }
}

/**
 * The stored choice, or null to ask again: after a new consent version, once it expired, or when
 * a category was never answered (an unanswered category must not silently count as a refusal).
 * The inline blocker, which the embed always carries, has read it already (`window.lawfullyBlocker`).
 */
export function readStoredConsent(consentVersion: number, optional: string[]): StoredConsent | null {
  const stored = window.lawfullyBlocker?.stored;
  return stored && stored.v === consentVersion && optional.every((category) => typeof stored.c[category] === 'boolean') ? stored : null;
}

/**
 * Writes the marker cookie again: a browser that caps the life of cookies a script writes (Safari:
 * 7 days) then keeps it for as long as the visitor comes back. The choice's own date decides expiry.
 */
export function markChoiceStored(): void {
  document.cookie = __LF_MARKER__;
}

export function storeConsent(consent: StoredConsent): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(consent));
    markChoiceStored();
  } catch {
    // Private browsing may refuse storage: the visitor is asked again on the next visit.
  }
}

/** A random id for the consent log; never derived from the visitor. */
export function newConsentId(): string {
  try {
    return crypto.randomUUID();
  } catch {
    // randomUUID needs a secure context, which a shop previewed over plain http is not.
    return (Math.random().toString(36).slice(2) + Date.now().toString(36)).slice(0, 32);
  }
}
