// What Lawfully writes to shoppers and merchants about requests. Plain text; shoppers' mails in
// the request's stored language (texts in shopper-texts.ts), English when a caller gives none,
// naming the store by its name (store-name.ts) and opening with it as a plain header.
// Merchants' mails are English, like the admin.
import { RIGHT_LABELS, type RequestType } from './rights.ts';
import { pickLocale, textsFor, type Mail, type ShopperOutcome } from './shopper-texts.ts';
import { keptLines } from './erasure-kept.ts';

export type { ShopperOutcome } from './shopper-texts.ts';

type Locale = string | null | undefined;

/** The store's name above the text: the shopper sees at once who writes. */
const branded = (store: string, mail: Mail): Mail => ({ subject: mail.subject, text: `${store}\n${'='.repeat(Math.min(store.length, 60))}\n\n${mail.text}` });

/** Several rights in one phrase, the way the language joins a list ("Access and Erasure"). */
export function rightsPhrase(types: readonly RequestType[], locale?: Locale): string {
  const t = textsFor(locale);
  return new Intl.ListFormat(pickLocale(locale), { type: 'conjunction' }).format(types.map((type) => t.rights[type]));
}

export function verificationMail(locale: Locale, store: string, types: readonly RequestType[], link: string): Mail {
  return branded(store, textsFor(locale).verification(store, rightsPhrase(types, locale), link));
}

export function confirmationMail(store: string, types: readonly RequestType[], dueAt: Date, locale?: Locale): Mail {
  const t = textsFor(locale);
  return branded(store, t.confirmation(store, rightsPhrase(types, locale), t.date(dueAt)));
}

const ERASURE_KINDS = new Set<ShopperOutcome['kind']>(['erased', 'erased_no_customer', 'erasure_held']);

/**
 * What fulfilment did, in the shopper's language; a plain string is sent as written. An erasure
 * says what was erased and then what is kept and why (Art. 17(3)(b)), from the records.
 */
export function outcomeText(outcome: string | ShopperOutcome, locale?: Locale): string {
  if (typeof outcome === 'string') return outcome;
  const t = textsFor(locale);
  const text = t.outcomes[outcome.kind](outcome as never, (date) => t.date(date));
  if (!ERASURE_KINDS.has(outcome.kind)) return text;
  const kept = keptLines('kept' in outcome ? outcome.kept : undefined, locale);
  return `${text}\n\n${t.erasure.keptIntro}\n${kept.map((line) => `- ${line}`).join('\n')}`;
}

export function outcomeMail(store: string, type: RequestType, outcome: string | ShopperOutcome, locale?: Locale): Mail {
  const t = textsFor(locale);
  return branded(store, { subject: t.outcomeSubject(store, t.rights[type]), text: `${outcomeText(outcome, locale)}\n\n— ${store}` });
}

export function extensionMail(store: string, type: RequestType, dueAt: Date, reason: string, locale?: Locale): Mail {
  const t = textsFor(locale);
  return branded(store, t.extension(store, t.rights[type], t.date(dueAt), reason));
}

export function rejectionMail(store: string, type: RequestType, reason: string, authority?: string, locale?: Locale): Mail {
  const t = textsFor(locale);
  return branded(store, t.rejection(store, t.rights[type], reason, authority));
}

export function merchantNewRequestMail(shop: string, types: readonly RequestType[], dueAt: Date | null, adminUrl: string) {
  const labels = types.map((type) => RIGHT_LABELS[type]).join(', ');
  const one = types.length === 1;
  return {
    subject: `New privacy request${one ? '' : 's'}: ${labels}`,
    text: `${one ? `A new ${labels} request` : `${types.length} new requests from one person (${labels})`} arrived for ${shop}.${dueAt ? ` ${one ? 'It' : 'They'} must be answered by ${dueAt.toISOString().slice(0, 10)}.` : ''}\n\nOpen ${one ? 'it' : 'them'} in Lawfully: ${adminUrl}`,
  };
}

export function merchantDeadlineMail(shop: string, count: number, adminUrl: string) {
  return {
    subject: `${count} privacy request${count === 1 ? '' : 's'} due within a week`,
    text: `${count} request${count === 1 ? ' is' : 's are'} due within seven days or overdue at ${shop}.\n\nOpen Lawfully: ${adminUrl}`,
  };
}
