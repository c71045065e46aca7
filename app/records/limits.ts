// The longest text each kind of record field accepts: one place for the server's schema
// (app/records/fields.ts) and the admin's forms (maxLength and the character count), so both
// refuse the same thing. Generous for real records, far below what would bloat a profile.

/** Keys and ids: "order_details", "stripe". */
export const KEY_MAX_LENGTH = 64;
/** Codes: a registration or VAT number, a postal code. */
export const CODE_MAX_LENGTH = 64;
/** Names and single lines: a legal name, a processor, a cookie, an address line, a lifetime. */
export const NAME_MAX_LENGTH = 200;
/** An email address (RFC 5321 limits a path to 254 characters). */
export const EMAIL_MAX_LENGTH = 254;
/** A web address. */
export const URL_MAX_LENGTH = 2_000;
/** A sentence or a paragraph: descriptions, the interest relied on, a postal address in one text. */
export const DESCRIPTION_MAX_LENGTH = 2_000;

/** The message for a text over its limit; the 400's field path says which field. */
export const tooLongMessage = (limit: number, length: number) =>
  `Shorten this to at most ${limit.toLocaleString('en')} characters; it has ${length.toLocaleString('en')}`;
