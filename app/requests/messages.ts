// What Lawfully writes to shoppers and merchants about requests. Plain text; shoppers' mails in
// the request's stored language (texts in shopper-texts.ts), English when a caller gives none.
// Merchants' mails are English, like the admin.
import { RIGHT_LABELS, type RequestType } from './rights.ts';
import { textsFor, type Mail, type ShopperOutcome } from './shopper-texts.ts';

export type { ShopperOutcome } from './shopper-texts.ts';

type Locale = string | null | undefined;

export function verificationMail(locale: Locale, shop: string, type: RequestType, link: string): Mail {
  const t = textsFor(locale);
  return t.verification(shop, t.rights[type], link);
}

export function confirmationMail(shop: string, type: RequestType, dueAt: Date, locale?: Locale): Mail {
  const t = textsFor(locale);
  return t.confirmation(shop, t.rights[type], t.date(dueAt));
}

/** What fulfilment did, in the shopper's language; a plain string is sent as written. */
export function outcomeText(outcome: string | ShopperOutcome, locale?: Locale): string {
  if (typeof outcome === 'string') return outcome;
  const t = textsFor(locale);
  return t.outcomes[outcome.kind](outcome as never, t.date);
}

export function outcomeMail(shop: string, type: RequestType, outcome: string | ShopperOutcome, locale?: Locale): Mail {
  const t = textsFor(locale);
  return { subject: t.outcomeSubject(shop, t.rights[type]), text: `${outcomeText(outcome, locale)}\n\n— ${shop}` };
}

export function extensionMail(shop: string, type: RequestType, dueAt: Date, reason: string, locale?: Locale): Mail {
  const t = textsFor(locale);
  return t.extension(shop, t.rights[type], t.date(dueAt), reason);
}

export function rejectionMail(shop: string, type: RequestType, reason: string, authority?: string, locale?: Locale): Mail {
  const t = textsFor(locale);
  return t.rejection(shop, t.rights[type], reason, authority);
}

export function merchantNewRequestMail(shop: string, type: RequestType, dueAt: Date | null, adminUrl: string) {
  return {
    subject: `New privacy request: ${RIGHT_LABELS[type]}`,
    text: `A new ${RIGHT_LABELS[type]} request arrived for ${shop}.${dueAt ? ` It must be answered by ${dueAt.toISOString().slice(0, 10)}.` : ''}\n\nOpen it in Lawfully: ${adminUrl}`,
  };
}

export function merchantDeadlineMail(shop: string, count: number, adminUrl: string) {
  return {
    subject: `${count} privacy request${count === 1 ? '' : 's'} due within a week`,
    text: `${count} request${count === 1 ? ' is' : 's are'} due within seven days or overdue at ${shop}.\n\nOpen Lawfully: ${adminUrl}`,
  };
}
