// What every processor connector offers, whatever the vendor: erase the person, optionally export
// what the vendor holds (access, Art. 15), and test a key. A vendor's failure becomes a
// VendorError in words, which says whether trying again can help: a wrong or revoked key cannot,
// a vendor that is down can (the job runner retries those with backoff).
import { UpstreamError } from '../platform/errors.ts';

/** The fewest identifiers a processor needs to find the person. */
export interface Subject {
  email: string;
  shopifyCustomerId?: string | null;
}

export interface Erased {
  /** false when the vendor knows no one by these identifiers ("not found there") */
  found: boolean;
  /** the vendor's object ids acted upon (customer ids, deletion job ids) */
  ids: string[];
  /** one sentence for the request trail and the task's evidence */
  evidence: string;
}

export interface Exported {
  found: boolean;
  ids: string[];
  evidence: string;
  /** what the vendor holds, for the export package's processors section (no full card numbers) */
  data: Record<string, unknown> | null;
}

export interface Connector {
  erase(subject: Subject): Promise<Erased>;
  export?(subject: Subject): Promise<Exported>;
  /** checks the key; answers what the vendor said, in words */
  test(): Promise<string>;
}

export const API_VENDORS = ['stripe', 'klaviyo', 'mailchimp'] as const;
export type ApiVendor = (typeof API_VENDORS)[number];
export const isApiVendor = (id: string): id is ApiVendor => (API_VENDORS as readonly string[]).includes(id);

/**
 * Where each vendor's API is reached: production leaves it out (the SDKs' own hosts); the local
 * preview and the tests point the official SDKs at local stand-ins (app/preview/vendors-api).
 */
export type VendorEndpoints = Partial<Record<ApiVendor, string>>;

export const VENDOR_NAMES: Record<ApiVendor, string> = { stripe: 'Stripe', klaviyo: 'Klaviyo', mailchimp: 'Mailchimp' };

/** A vendor refused or failed. `retryable` is false when trying again cannot help (a bad key, a refused request). */
export class VendorError extends UpstreamError {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
  ) {
    super(message);
  }
}

/**
 * The vendor's answer as the merchant reads it. The vendor's own message is left out: it can quote
 * what was sent (an email address) and ends up in logs and on the request page.
 */
export function vendorFailure(vendor: ApiVendor, status: number | undefined, network = false): VendorError {
  const name = VENDOR_NAMES[vendor];
  if (network || status === undefined) return new VendorError(`${name} could not be reached (network error or timeout); Lawfully tries again.`, true);
  if (status === 401)
    return new VendorError(`${name} refused the API key (401): it is wrong or was revoked. Paste a valid key on the Processors page.`, false, status);
  if (status === 403)
    return new VendorError(
      `${name} refused the request (403): the API key lacks the permission it needs. Create a key with the scopes listed on the Processors page.`,
      false,
      status,
    );
  if (status === 429) return new VendorError(`${name} asked Lawfully to slow down (429); Lawfully tries again later.`, true, status);
  if (status >= 500) return new VendorError(`${name} had an internal error (${status}); Lawfully tries again later.`, true, status);
  return new VendorError(`${name} refused the request (${status}).`, false, status);
}
