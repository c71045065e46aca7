// The visitor's choice in localStorage, so that it is asked for once per consent version.
import { STORAGE_KEY } from './constants.ts';

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
 * The inline blocker has read it already when it runs on the page (`window.lawfullyBlocker`).
 */
export function readStoredConsent(consentVersion: number, optional: string[], expiryMonths?: number): StoredConsent | null {
  const blocker = window.lawfullyBlocker;
  const stored = blocker ? blocker.stored : freshStoredConsent(consentVersion, expiryMonths);
  return stored && stored.v === consentVersion && optional.every((category) => typeof stored.c[category] === 'boolean') ? stored : null;
}

export function storeConsent(consent: StoredConsent): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(consent));
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
