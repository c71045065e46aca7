// Every text a shopper reads about their request — mails, pages and form answers — in each
// language the storefront form offers. English is the fallback and must stay as callers and
// tests know it; the other languages are written for the reader, not word for word.
import { RIGHT_LABELS, type RequestType } from './rights.ts';
import type { KeptData } from './erasure-kept.ts';
import { iso, relativeWait } from './shopper-dates.ts';
import { de } from './shopper-languages/de.ts';
import { es } from './shopper-languages/es.ts';
import { fr } from './shopper-languages/fr.ts';
import { it } from './shopper-languages/it.ts';
import { lv } from './shopper-languages/lv.ts';
import { nl } from './shopper-languages/nl.ts';
import { pl } from './shopper-languages/pl.ts';

export const SHOPPER_LOCALES = ['en', 'de', 'fr', 'lv', 'es', 'it', 'nl', 'pl'] as const;
export type ShopperLocale = (typeof SHOPPER_LOCALES)[number];

/** The stored or asked-for language if we write it, English otherwise (whatever a form sent). */
export const pickLocale = (locale?: unknown): ShopperLocale => {
  const short = (typeof locale === 'string' ? locale : '').toLowerCase().split(/[-_]/)[0];
  return (SHOPPER_LOCALES as readonly string[]).includes(short ?? '') ? (short as ShopperLocale) : 'en';
};

export interface Mail {
  subject: string;
  text: string;
}

interface Page {
  title: string;
  message: string;
}

/** What the merchant's fulfilment did, for the outcome mail (rendered in the shopper's language). */
export type ShopperOutcome =
  | { kind: 'export_ready'; days: number; links: string[] }
  | { kind: 'corrected'; correction: string }
  | { kind: 'erased'; kept?: KeptData[] }
  | { kind: 'erased_no_customer'; kept?: KeptData[] }
  | { kind: 'erasure_held'; until: Date; kept?: KeptData[] }
  | { kind: 'restricted' }
  | { kind: 'objected' }
  | { kind: 'consent_withdrawn' }
  | { kind: 'complaint'; authority: string; website?: string }
  /** an open request closed because the person was erased meanwhile */
  | { kind: 'superseded' };

export interface ShopperTexts {
  rights: Record<RequestType, string>;
  date(date: Date): string;
  verification(shop: string, right: string, link: string): Mail;
  confirmation(shop: string, right: string, due: string): Mail;
  outcomeSubject(shop: string, right: string): string;
  outcomes: { [K in ShopperOutcome['kind']]: (outcome: Extract<ShopperOutcome, { kind: K }>, date: (d: Date) => string) => string };
  extension(shop: string, right: string, due: string, reason: string): Mail;
  rejection(shop: string, right: string, reason: string, authority?: string): Mail;
  complaintAnswer(authority?: string, website?: string): string;
  /** The page a one-time link opens: it changes nothing until the button is pressed (issue 13.4). */
  confirm: { title: string; message: (rights: string) => string; button: string; erasureNote: string };
  /** What an erasure keeps and why; the kept lines come from the records' retention rules (erasure-kept.ts). */
  erasure: { keptIntro: string; keptItem: (category: string, period: string, reasons: string) => string; keptByLaw: string };
  /** The access package's own statements (Art. 15(1)(c), (g)); the rest is worded by the policy's texts. */
  access: {
    insideEea: string;
    noSafeguard: string;
    sources: Record<'customer' | 'automatic' | 'third_party', string>;
    fromShopify: string;
    fromYou: string;
    fromProcessors: string;
  };
  fields: { type: string; email: string; details: string; summary: string; refused: string; goBack: string };
  pages: {
    received: Page;
    verificationSent: Page;
    confirmed(due: string): Page;
    linkExpired: Page;
    linkUsed: Page;
    linkUnknown: Page;
    downloadExpired: Page;
    downloadUnknown: Page;
    /** a download whose data was erased meanwhile */
    downloadWithdrawn: Page;
    unauthorized: Page;
    /** refused by this device's rate limit; `when` is retryIn()'s answer */
    tooMany(when: string): Page;
    /** refused by the shop's rate limit (many shoppers at once) */
    busy(when: string): Page;
    failed: Page;
  };
  /** "in 5 minutes", for a Retry-After of that many seconds */
  retryIn(seconds: number): string;
}

// What this app itself holds about a shopper, as each erasure outcome names it.
const EN_APP_DATA = 'the data this app held about you (your cookie consent records, your earlier privacy requests and any download prepared for you)';

const en: ShopperTexts = {
  rights: RIGHT_LABELS,
  date: iso,
  retryIn: relativeWait('en'),
  verification: (shop, right, link) => ({
    subject: `Confirm your privacy request to ${shop}`,
    text: `You sent ${shop} a privacy request: ${right}.\n\nTo confirm that this request comes from you, open this link within 24 hours and press “Confirm my request”:\n${link}\n\nIf you did not ask for this, ignore this message: nothing will happen.`,
  }),
  confirmation: (shop, right, due) => ({
    subject: `We received your privacy request (${right})`,
    text: `${shop} received your request (${right}) and will answer by ${due} at the latest (GDPR Art. 12(3)).`,
  }),
  outcomeSubject: (shop, right) => `Your privacy request to ${shop}: ${right}`,
  outcomes: {
    export_ready: ({ days, links }) => `Your data is ready. Download it (JSON and CSV, a machine-readable format) within ${days} days:\n${links.join('\n')}`,
    corrected: ({ correction }) => `Your data was corrected: ${correction}`,
    erased: () =>
      `Erased: ${EN_APP_DATA}. The shop also asked Shopify to erase your customer record (name, contact details and addresses), and Shopify accepted the request.`,
    erased_no_customer: () =>
      `Erased: ${EN_APP_DATA}. The shop has no customer record at Shopify for your email address, so there was nothing more to erase there.`,
    erasure_held: ({ until }, date) =>
      `Erased: ${EN_APP_DATA}. Not erased yet: your customer record at Shopify (name, contact details and addresses). Because you ordered in the last 180 days, Shopify keeps it until ${date(until)} and erases it then; we will write to you when it is done.`,
    restricted: () => 'We restricted the processing of your data: it is kept but not used, and you receive no marketing.',
    objected: () => 'We stopped processing your data for marketing and direct contact.',
    consent_withdrawn: () => 'Your consent was withdrawn: no more marketing, and no analytics or marketing cookies from this shop.',
    complaint: ({ authority, website }) =>
      `You have the right to lodge a complaint with the supervisory authority: ${authority}${website ? ` (${website})` : ''}.`,
    superseded: () => 'Your customer data at this shop was erased, so this request can no longer be answered: there is nothing left to send or change.',
  },
  extension: (shop, right, due, reason) => ({
    subject: `Your privacy request to ${shop} needs more time`,
    text: `${shop} needs more time to answer your request (${right}): ${reason}\n\nThe new deadline is ${due} (GDPR Art. 12(3)).`,
  }),
  rejection: (shop, right, reason, authority) => ({
    subject: `Your privacy request to ${shop} was refused`,
    text: `${shop} cannot act on your request (${right}): ${reason}\n\nYou may lodge a complaint with a supervisory authority${authority ? ` (${authority})` : ''} and seek a judicial remedy (GDPR Art. 12(4)).`,
  }),
  complaintAnswer: (authority, website) =>
    authority
      ? `You can lodge a complaint with the supervisory authority: ${authority}${website ? ` (${website})` : ''}.`
      : 'You can lodge a complaint with the data protection authority of the EU country where you live or work.',
  confirm: {
    title: 'Confirm your request',
    message: (rights) => `You are about to confirm your privacy request: ${rights}. Nothing happens until you press the button.`,
    button: 'Confirm my request',
    erasureNote: 'If the shop erases your data, it keeps only what the law requires:',
  },
  erasure: {
    keptIntro: 'What is kept, and why:',
    keptItem: (category, period, reasons) => `${category}: kept ${period}. Why: ${reasons} (Art. 17(3)(b) GDPR). Erased when that period ends.`,
    keptByLaw: 'Data the shop must keep by law, such as invoices, is kept only for the period the law requires (Art. 17(3)(b) GDPR), then erased.',
  },
  access: {
    insideEea: 'inside the European Economic Area (EEA): no transfer outside it',
    noSafeguard: 'outside the EEA; the shop has not recorded a safeguard for this transfer yet',
    sources: { customer: 'from you', automatic: 'collected automatically when you use the store', third_party: 'from third parties' },
    fromShopify: 'from Shopify, the platform this store runs on: what you entered when you ordered or created your account',
    fromYou: 'from you: your choices in the cookie banner and the requests you sent',
    fromProcessors: 'the processors listed receive data from the shop; none of the data in this package comes from them',
  },
  fields: {
    type: 'Choose which right you want to exercise',
    email: 'Enter the email address you use with this shop',
    details: 'Keep the details under 2000 characters',
    summary: 'Your request could not be sent; please check the highlighted fields.',
    refused: 'Your request could not be sent',
    goBack: 'Go back to the form and correct it.',
  },
  pages: {
    received: {
      title: 'Request received',
      message: 'Your request was received. You will get an answer within one month, at the email address of your customer account.',
    },
    verificationSent: { title: 'Request received', message: 'Check your inbox: we sent you a link to confirm the request. It works for 24 hours.' },
    confirmed: (due) => ({ title: 'Request confirmed', message: `Thank you. Your request is confirmed and will be answered by ${due}.` }),
    linkExpired: { title: 'Link expired', message: 'This link has expired; please send your request again.' },
    linkUsed: { title: 'Link already used', message: 'This link was already used: your request is confirmed, and you will get an answer by email.' },
    linkUnknown: {
      title: 'Link not recognised',
      message: 'We do not recognise this link. Check that you opened the whole link from the email, or send your request again.',
    },
    downloadExpired: { title: 'Download expired', message: 'This download link has expired; please ask the shop again for your data.' },
    downloadUnknown: { title: 'Download not found', message: 'We do not recognise this download link. Check that you opened the whole link from the email.' },
    downloadWithdrawn: {
      title: 'Download withdrawn',
      message: 'This download was withdrawn because your data at this shop was erased; there is nothing left to download.',
    },
    unauthorized: {
      title: 'Open the link from the shop',
      message: 'This page only opens through the shop’s website. Please open the link from the email again.',
    },
    tooMany: (when) => ({ title: 'Too many attempts', message: `Too many attempts from this device; please try again ${when}.` }),
    busy: (when) => ({ title: 'Too many requests right now', message: `This shop is receiving too many requests right now; please try again ${when}.` }),
    failed: { title: 'Something went wrong', message: 'Something went wrong on our side; nothing was lost. Please try again in a few minutes.' },
  },
};

export const SHOPPER_TEXTS: Record<ShopperLocale, ShopperTexts> = { en, de, fr, lv, es, it, nl, pl };

export const textsFor = (locale?: string | null): ShopperTexts => SHOPPER_TEXTS[pickLocale(locale)];
