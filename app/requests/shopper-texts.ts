// Every text a shopper reads about their request — mails, pages and form answers — in each
// language the storefront form offers. English is the fallback and must stay as callers and
// tests know it; the other languages are written for the reader, not word for word.
import { RIGHT_LABELS, type RequestType } from './rights.ts';
import { lowercaseInitial } from '../policy/texts/case.ts';
import type { KeptData } from './erasure-kept.ts';
import { endSentence, frenchDate, iso, latvianDate, numericDate, relativeWait } from './shopper-dates.ts';
import { es } from './shopper-languages/es.ts';
import { it } from './shopper-languages/it.ts';
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
const DE_APP_DATA =
  'die Daten, die diese App über Sie gespeichert hatte (Ihre Cookie-Einwilligungen, Ihre früheren Datenschutzanfragen und für Sie bereitgestellte Downloads)';
const FR_APP_DATA =
  'les données que cette application détenait sur vous (vos choix en matière de cookies, vos demandes antérieures et tout téléchargement préparé pour vous)';
const LV_APP_DATA =
  'dati, ko par jums glabāja šī lietotne (jūsu sīkdatņu piekrišanas, jūsu iepriekšējie privātuma pieprasījumi un jums sagatavotās lejupielādes)';

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

const de: ShopperTexts = {
  rights: {
    access: 'Auskunft (Art. 15 DSGVO)',
    rectification: 'Berichtigung (Art. 16 DSGVO)',
    erasure: 'Löschung (Art. 17 DSGVO)',
    restriction: 'Einschränkung der Verarbeitung (Art. 18 DSGVO)',
    portability: 'Datenübertragbarkeit (Art. 20 DSGVO)',
    objection: 'Widerspruch (Art. 21 DSGVO)',
    withdraw_consent: 'Widerruf der Einwilligung (Art. 7 Abs. 3 DSGVO)',
    complaint: 'Beschwerde bei der Aufsichtsbehörde (Art. 77 DSGVO)',
  },
  date: numericDate('de'),
  retryIn: relativeWait('de'),
  verification: (shop, right, link) => ({
    subject: `Bestätigen Sie Ihre Datenschutzanfrage an ${shop}`,
    text: `Sie haben bei ${shop} eine Datenschutzanfrage gestellt: ${right}.\n\nBitte bestätigen Sie, dass die Anfrage von Ihnen stammt: Öffnen Sie innerhalb von 24 Stunden diesen Link und klicken Sie auf „Anfrage bestätigen“:\n${link}\n\nFalls Sie keine Anfrage gestellt haben, ignorieren Sie diese E-Mail einfach – es passiert nichts.`,
  }),
  confirmation: (shop, right, due) => ({
    subject: `Wir haben Ihre Datenschutzanfrage erhalten (${right})`,
    text: `${shop} hat Ihre Anfrage (${right}) erhalten und beantwortet sie spätestens bis zum ${due} (Art. 12 Abs. 3 DSGVO).`,
  }),
  outcomeSubject: (shop, right) => `Ihre Datenschutzanfrage an ${shop}: ${right}`,
  outcomes: {
    export_ready: ({ days, links }) =>
      `Ihre Daten stehen bereit. Sie können sie innerhalb von ${days} Tagen herunterladen (als JSON und CSV, in einem maschinenlesbaren Format):\n${links.join('\n')}`,
    corrected: ({ correction }) => `Ihre Daten wurden berichtigt: ${correction}`,
    erased: () =>
      `Gelöscht wurden: ${DE_APP_DATA}. Außerdem hat der Shop Shopify gebeten, Ihr Kundenkonto (Name, Kontaktdaten und Adressen) zu löschen, und Shopify hat die Anfrage angenommen.`,
    erased_no_customer: () =>
      `Gelöscht wurden: ${DE_APP_DATA}. Zu Ihrer E-Mail-Adresse hat dieser Shop bei Shopify kein Kundenkonto; dort war also nichts weiter zu löschen.`,
    erasure_held: ({ until }, date) =>
      `Gelöscht wurden: ${DE_APP_DATA}. Noch nicht gelöscht ist Ihr Kundenkonto bei Shopify (Name, Kontaktdaten und Adressen): Wegen einer kürzlich aufgegebenen Bestellung (in den letzten 180 Tagen) bewahrt Shopify es bis zum ${date(until)} auf und löscht es dann. Wir schreiben Ihnen, sobald das geschehen ist.`,
    restricted: () =>
      'Wir haben die Verarbeitung Ihrer Daten eingeschränkt: Ihre Daten werden aufbewahrt, aber nicht mehr verwendet, und Sie erhalten keine Werbung.',
    objected: () => 'Wir verwenden Ihre Daten nicht mehr für Werbung und Direktansprache.',
    consent_withdrawn: () => 'Ihre Einwilligung wurde widerrufen: keine Werbung mehr und keine Analyse- oder Marketing-Cookies dieses Shops.',
    complaint: ({ authority, website }) => `Sie haben das Recht, sich bei der Aufsichtsbehörde zu beschweren: ${authority}${website ? ` (${website})` : ''}.`,
    superseded: () =>
      'Ihre Kundendaten bei diesem Shop wurden gelöscht. Deshalb kann diese Anfrage nicht mehr beantwortet werden: Es gibt nichts mehr, was wir Ihnen senden oder ändern könnten.',
  },
  extension: (shop, right, due, reason) => ({
    subject: `Ihre Datenschutzanfrage an ${shop} braucht mehr Zeit`,
    text: `${shop} benötigt mehr Zeit, um Ihre Anfrage (${right}) zu beantworten: ${reason}\n\nDie neue Frist endet am ${due} (Art. 12 Abs. 3 DSGVO).`,
  }),
  rejection: (shop, right, reason, authority) => ({
    subject: `Ihre Datenschutzanfrage an ${shop} wurde abgelehnt`,
    text: `${shop} kann Ihrer Anfrage (${right}) nicht nachkommen: ${reason}\n\nSie können sich bei einer Datenschutz-Aufsichtsbehörde${authority ? ` (${authority})` : ''} beschweren und einen gerichtlichen Rechtsbehelf einlegen (Art. 12 Abs. 4 DSGVO).`,
  }),
  complaintAnswer: (authority, website) =>
    authority
      ? `Sie können sich bei der zuständigen Aufsichtsbehörde beschweren: ${authority}${website ? ` (${website})` : ''}.`
      : 'Sie können sich bei der Datenschutz-Aufsichtsbehörde des EU-Landes beschweren, in dem Sie wohnen oder arbeiten.',
  confirm: {
    title: 'Anfrage bestätigen',
    message: (rights) => `Sie bestätigen Ihre Datenschutzanfrage: ${rights}. Es geschieht nichts, bevor Sie auf die Schaltfläche klicken.`,
    button: 'Anfrage bestätigen',
    erasureNote: 'Wenn der Shop Ihre Daten löscht, bewahrt er nur auf, was das Gesetz verlangt:',
  },
  erasure: {
    keptIntro: 'Was aufbewahrt wird, und warum:',
    keptItem: (category, period, reasons) =>
      `${category}: Diese Daten werden ${period} aufbewahrt. Grund: ${reasons} (Art. 17 Abs. 3 lit. b DSGVO). Danach werden sie gelöscht.`,
    keptByLaw:
      'Daten, die der Shop von Gesetzes wegen aufbewahren muss, etwa Rechnungen, werden nur so lange aufbewahrt, wie das Gesetz es verlangt (Art. 17 Abs. 3 lit. b DSGVO), und dann gelöscht.',
  },
  access: {
    insideEea: 'innerhalb des Europäischen Wirtschaftsraums (EWR): keine Übermittlung in Drittländer',
    noSafeguard: 'außerhalb des EWR; der Shop hat für diese Übermittlung noch keine Garantie erfasst',
    sources: { customer: 'von Ihnen', automatic: 'automatisch erhoben, wenn Sie den Shop nutzen', third_party: 'von Dritten' },
    fromShopify: 'von Shopify, der Plattform dieses Shops: Ihre Angaben bei Bestellungen oder beim Anlegen Ihres Kundenkontos',
    fromYou: 'von Ihnen: Ihre Auswahl im Cookie-Banner und die Anfragen, die Sie gesendet haben',
    fromProcessors: 'die genannten Auftragsverarbeiter erhalten Daten vom Shop; keine der Daten in diesem Paket stammt von ihnen',
  },
  fields: {
    type: 'Wählen Sie aus, welches Recht Sie ausüben möchten',
    email: 'Geben Sie die E-Mail-Adresse ein, die Sie bei diesem Shop verwenden',
    details: 'Bitte fassen Sie sich kürzer (höchstens 2000 Zeichen)',
    summary: 'Ihre Anfrage konnte nicht gesendet werden; bitte prüfen Sie die markierten Felder.',
    refused: 'Ihre Anfrage konnte nicht gesendet werden',
    goBack: 'Gehen Sie zurück zum Formular und korrigieren Sie Ihre Angaben.',
  },
  pages: {
    received: {
      title: 'Anfrage erhalten',
      message: 'Ihre Anfrage ist eingegangen. Sie erhalten innerhalb eines Monats eine Antwort an die E-Mail-Adresse Ihres Kundenkontos.',
    },
    verificationSent: {
      title: 'Anfrage erhalten',
      message: 'Bitte prüfen Sie Ihr Postfach: Wir haben Ihnen einen Link geschickt, mit dem Sie die Anfrage bestätigen. Er ist 24 Stunden gültig.',
    },
    confirmed: (due) => ({ title: 'Anfrage bestätigt', message: `Vielen Dank. Ihre Anfrage ist bestätigt und wird spätestens bis zum ${due} beantwortet.` }),
    linkExpired: { title: 'Link abgelaufen', message: 'Dieser Link ist abgelaufen; bitte senden Sie Ihre Anfrage erneut.' },
    linkUsed: {
      title: 'Link bereits verwendet',
      message: 'Dieser Link wurde bereits verwendet: Ihre Anfrage ist bestätigt, die Antwort erhalten Sie per E-Mail.',
    },
    linkUnknown: {
      title: 'Link nicht erkannt',
      message: 'Wir erkennen diesen Link nicht. Prüfen Sie, ob Sie den vollständigen Link aus der E-Mail geöffnet haben, oder senden Sie Ihre Anfrage erneut.',
    },
    downloadExpired: { title: 'Download abgelaufen', message: 'Dieser Download-Link ist abgelaufen; bitte fragen Sie Ihre Daten beim Shop erneut an.' },
    downloadUnknown: {
      title: 'Download nicht gefunden',
      message: 'Wir erkennen diesen Download-Link nicht. Prüfen Sie, ob Sie den vollständigen Link aus der E-Mail geöffnet haben.',
    },
    downloadWithdrawn: {
      title: 'Download zurückgezogen',
      message: 'Dieser Download wurde zurückgezogen, weil Ihre Daten bei diesem Shop gelöscht wurden; es gibt nichts mehr herunterzuladen.',
    },
    unauthorized: {
      title: 'Bitte über den Shop öffnen',
      message: 'Diese Seite lässt sich nur über die Website des Shops öffnen. Bitte öffnen Sie den Link aus der E-Mail erneut.',
    },
    tooMany: (when) => ({ title: 'Zu viele Versuche', message: `Zu viele Versuche von diesem Gerät; bitte versuchen Sie es ${when} erneut.` }),
    busy: (when) => ({ title: 'Gerade zu viele Anfragen', message: `Dieser Shop erhält gerade zu viele Anfragen; bitte versuchen Sie es ${when} erneut.` }),
    failed: {
      title: 'Etwas ist schiefgelaufen',
      message: 'Bei uns ist etwas schiefgelaufen; es ging nichts verloren. Bitte versuchen Sie es in ein paar Minuten erneut.',
    },
  },
};

const fr: ShopperTexts = {
  rights: {
    access: 'Accès (art. 15 du RGPD)',
    rectification: 'Rectification (art. 16 du RGPD)',
    erasure: 'Effacement (art. 17 du RGPD)',
    restriction: 'Limitation du traitement (art. 18 du RGPD)',
    portability: 'Portabilité (art. 20 du RGPD)',
    objection: 'Opposition (art. 21 du RGPD)',
    withdraw_consent: 'Retrait du consentement (art. 7.3 du RGPD)',
    complaint: 'Réclamation auprès de l’autorité de contrôle (art. 77 du RGPD)',
  },
  date: frenchDate,
  retryIn: relativeWait('fr'),
  verification: (shop, right, link) => ({
    subject: `Confirmez votre demande concernant vos données auprès de ${shop}`,
    text: `Vous avez adressé à ${shop} une demande concernant vos données personnelles : ${right}.\n\nPour confirmer que cette demande vient bien de vous, ouvrez ce lien dans les 24 heures, puis cliquez sur « Confirmer ma demande » :\n${link}\n\nSi vous n’êtes pas à l’origine de cette demande, ignorez simplement ce message : rien ne se passera.`,
  }),
  confirmation: (shop, right, due) => ({
    subject: `Nous avons bien reçu votre demande (${right})`,
    text: `${shop} a bien reçu votre demande (${right}) et y répondra au plus tard le ${due} (art. 12.3 du RGPD).`,
  }),
  outcomeSubject: (shop, right) => `Votre demande auprès de ${shop} : ${right}`,
  outcomes: {
    export_ready: ({ days, links }) =>
      `Vos données sont prêtes. Téléchargez-les (en JSON et en CSV, un format lisible par machine) dans les ${days} jours :\n${links.join('\n')}`,
    corrected: ({ correction }) => `Vos données ont été rectifiées : ${correction}`,
    erased: () =>
      `Ont été effacées : ${FR_APP_DATA}. La boutique a également demandé à Shopify d’effacer votre compte client (nom, coordonnées et adresses), et Shopify a accepté la demande.`,
    erased_no_customer: () =>
      `Ont été effacées : ${FR_APP_DATA}. La boutique n’a pas de compte client chez Shopify associé à votre adresse e-mail : il n’y avait donc rien d’autre à effacer.`,
    erasure_held: ({ until }, date) =>
      `Ont été effacées : ${FR_APP_DATA}. N’est pas encore effacé : votre compte client chez Shopify (nom, coordonnées et adresses). Comme vous avez passé commande au cours des 180 derniers jours, Shopify le conserve jusqu’au ${date(until)}, puis l’effacera ; nous vous écrirons une fois que ce sera fait.`,
    restricted: () =>
      'Nous avons limité le traitement de vos données : elles sont conservées mais ne sont plus utilisées, et vous ne recevrez plus de publicité.',
    objected: () => 'Nous n’utilisons plus vos données à des fins de marketing ni de prospection directe.',
    consent_withdrawn: () => 'Votre consentement a été retiré : plus de marketing, et plus de cookies de mesure d’audience ou de marketing de cette boutique.',
    complaint: ({ authority, website }) =>
      `Vous avez le droit d’introduire une réclamation auprès de l’autorité de contrôle : ${authority}${website ? ` (${website})` : ''}.`,
    superseded: () =>
      'Vos données client auprès de cette boutique ont été effacées : il n’est donc plus possible de répondre à cette demande, car il ne reste rien à vous envoyer ni à modifier.',
  },
  extension: (shop, right, due, reason) => ({
    subject: `Votre demande auprès de ${shop} nécessite un délai supplémentaire`,
    text: `${shop} a besoin de plus de temps pour répondre à votre demande (${right}) : ${reason}\n\nLe nouveau délai expire le ${due} (art. 12.3 du RGPD).`,
  }),
  rejection: (shop, right, reason, authority) => ({
    subject: `Votre demande auprès de ${shop} a été refusée`,
    text: `${shop} ne peut pas donner suite à votre demande (${right}) : ${reason}\n\nVous pouvez introduire une réclamation auprès d’une autorité de contrôle${authority ? ` (${authority})` : ''} et former un recours juridictionnel (art. 12.4 du RGPD).`,
  }),
  complaintAnswer: (authority, website) =>
    authority
      ? `Vous pouvez introduire une réclamation auprès de l’autorité de contrôle : ${authority}${website ? ` (${website})` : ''}.`
      : 'Vous pouvez introduire une réclamation auprès de l’autorité de protection des données du pays de l’UE où vous vivez ou travaillez.',
  confirm: {
    title: 'Confirmez votre demande',
    message: (rights) => `Vous êtes sur le point de confirmer votre demande : ${rights}. Rien ne se passe tant que vous n’avez pas cliqué sur le bouton.`,
    button: 'Confirmer ma demande',
    erasureNote: 'Si la boutique efface vos données, elle ne conserve que ce que la loi exige :',
  },
  erasure: {
    keptIntro: 'Ce qui est conservé, et pourquoi :',
    keptItem: (category, period, reasons) =>
      `${category} : conservées ${period}. Motif : ${lowercaseInitial(reasons)} (art. 17.3.b du RGPD). Effacées à la fin de cette période.`,
    keptByLaw:
      'Les données que la boutique doit conserver en vertu de la loi, comme les factures, ne sont conservées que pendant la durée légale (art. 17.3.b du RGPD), puis effacées.',
  },
  access: {
    insideEea: 'dans l’Espace économique européen (EEE) : aucun transfert hors de l’EEE',
    noSafeguard: 'hors de l’EEE ; la boutique n’a pas encore enregistré de garantie pour ce transfert',
    sources: { customer: 'fournies par vous', automatic: 'collectées automatiquement lorsque vous utilisez la boutique', third_party: 'reçues de tiers' },
    fromShopify: 'de Shopify, la plateforme de cette boutique : ce que vous avez saisi lors de vos commandes ou de la création de votre compte',
    fromYou: 'de vous : vos choix dans le bandeau cookies et les demandes que vous avez envoyées',
    fromProcessors: 'les sous-traitants mentionnés reçoivent des données de la boutique ; aucune donnée de ce dossier ne provient d’eux',
  },
  fields: {
    type: 'Choisissez le droit que vous souhaitez exercer',
    email: 'Saisissez l’adresse e-mail que vous utilisez avec cette boutique',
    details: 'Limitez les précisions à 2\u202f000 caractères',
    summary: 'Votre demande n’a pas pu être envoyée ; vérifiez les champs signalés.',
    refused: 'Votre demande n’a pas pu être envoyée',
    goBack: 'Revenez au formulaire pour corriger votre saisie.',
  },
  pages: {
    received: {
      title: 'Demande reçue',
      message: 'Votre demande a bien été reçue. Vous recevrez une réponse dans un délai d’un mois, à l’adresse e-mail de votre compte client.',
    },
    verificationSent: {
      title: 'Demande reçue',
      message: 'Consultez votre boîte de réception : nous vous avons envoyé un lien pour confirmer la demande. Il est valable 24 heures.',
    },
    confirmed: (due) => ({ title: 'Demande confirmée', message: `Merci. Votre demande est confirmée ; vous recevrez une réponse au plus tard le ${due}.` }),
    linkExpired: { title: 'Lien expiré', message: 'Ce lien a expiré ; veuillez envoyer à nouveau votre demande.' },
    linkUsed: { title: 'Lien déjà utilisé', message: 'Ce lien a déjà été utilisé : votre demande est confirmée, et vous recevrez la réponse par e-mail.' },
    linkUnknown: {
      title: 'Lien non reconnu',
      message: 'Nous ne reconnaissons pas ce lien. Vérifiez que vous avez ouvert le lien complet de l’e-mail, ou envoyez à nouveau votre demande.',
    },
    downloadExpired: { title: 'Téléchargement expiré', message: 'Ce lien de téléchargement a expiré ; veuillez demander à nouveau vos données à la boutique.' },
    downloadUnknown: {
      title: 'Téléchargement introuvable',
      message: 'Nous ne reconnaissons pas ce lien de téléchargement. Vérifiez que vous avez ouvert le lien complet de l’e-mail.',
    },
    downloadWithdrawn: {
      title: 'Téléchargement retiré',
      message: 'Ce téléchargement a été retiré, car vos données auprès de cette boutique ont été effacées ; il n’y a plus rien à télécharger.',
    },
    unauthorized: {
      title: 'Ouvrez le lien depuis la boutique',
      message: 'Cette page ne s’ouvre que depuis le site de la boutique. Veuillez ouvrir à nouveau le lien de l’e-mail.',
    },
    tooMany: (when) => ({ title: 'Trop de tentatives', message: `Trop de tentatives depuis cet appareil ; veuillez réessayer ${when}.` }),
    busy: (when) => ({ title: 'Trop de demandes en ce moment', message: `Cette boutique reçoit trop de demandes en ce moment ; veuillez réessayer ${when}.` }),
    failed: {
      title: 'Une erreur s’est produite',
      message: 'Une erreur s’est produite de notre côté ; rien n’a été perdu. Veuillez réessayer dans quelques minutes.',
    },
  },
};

const lv: ShopperTexts = {
  rights: {
    access: 'piekļuve datiem (VDAR 15. pants)',
    rectification: 'datu labošana (VDAR 16. pants)',
    erasure: 'datu dzēšana (VDAR 17. pants)',
    restriction: 'apstrādes ierobežošana (VDAR 18. pants)',
    portability: 'datu pārnesamība (VDAR 20. pants)',
    objection: 'iebildumi pret apstrādi (VDAR 21. pants)',
    withdraw_consent: 'piekrišanas atsaukšana (VDAR 7. panta 3. punkts)',
    complaint: 'sūdzība uzraudzības iestādei (VDAR 77. pants)',
  },
  // Latvian writes a date's year as an ordinal: 25.12.2026.
  date: latvianDate,
  retryIn: relativeWait('lv'),
  verification: (shop, right, link) => ({
    subject: `Apstipriniet savu privātuma pieprasījumu veikalam ${shop}`,
    text: `Jūs iesniedzāt veikalam ${shop} pieprasījumu par saviem personas datiem: ${right}.\n\nLai apstiprinātu, ka pieprasījumu iesniedzāt jūs, 24 stundu laikā atveriet šo saiti un nospiediet pogu “Apstiprināt pieprasījumu”:\n${link}\n\nJa jūs šo pieprasījumu neiesniedzāt, vienkārši ignorējiet šo e-pastu — nekas nenotiks.`,
  }),
  confirmation: (shop, right, due) => ({
    subject: `Esam saņēmuši jūsu privātuma pieprasījumu (${right})`,
    text: `${shop} ir saņēmis jūsu pieprasījumu (${right}) un atbildēs uz to ne vēlāk kā ${due} (VDAR 12. panta 3. punkts).`,
  }),
  outcomeSubject: (shop, right) => `Jūsu privātuma pieprasījums veikalam ${shop}: ${right}`,
  outcomes: {
    export_ready: ({ days, links }) =>
      `Jūsu dati ir sagatavoti. Lejupielādējiet tos (JSON un CSV — mašīnlasāmā formātā) ${days} dienu laikā:\n${links.join('\n')}`,
    corrected: ({ correction }) => `Jūsu dati ir laboti: ${correction}`,
    erased: () =>
      `Dzēsts: ${LV_APP_DATA}. Veikals arī lūdza Shopify dzēst jūsu klienta kontu (vārdu, uzvārdu, kontaktinformāciju un adreses), un Shopify pieprasījumu pieņēma.`,
    erased_no_customer: () => `Dzēsts: ${LV_APP_DATA}. Šim veikalam Shopify nav klienta konta ar jūsu e-pasta adresi, tāpēc tur nebija ko vairāk dzēst.`,
    erasure_held: ({ until }, date) =>
      `Dzēsts: ${LV_APP_DATA}. Vēl nav dzēsts: jūsu klienta konts Shopify (vārds, uzvārds, kontaktinformācija un adreses). Tā kā pēdējo 180 dienu laikā veicāt pasūtījumu, Shopify to glabās līdz ${date(until)} un tad dzēsīs; mēs jums uzrakstīsim, kad tas būs izdarīts.`,
    restricted: () => 'Mēs ierobežojām jūsu datu apstrādi: tie tiek glabāti, bet netiek izmantoti, un jūs nesaņemsiet reklāmas.',
    objected: () => 'Mēs vairs neizmantojam jūsu datus mārketingam un tiešai saziņai.',
    consent_withdrawn: () => 'Jūsu piekrišana ir atsaukta: vairs nekādu reklāmu un nekādu šī veikala analītikas vai mārketinga sīkdatņu.',
    complaint: ({ authority, website }) => `Jums ir tiesības iesniegt sūdzību uzraudzības iestādei: ${authority}${website ? ` (${website})` : ''}.`,
    superseded: () => 'Jūsu klienta dati šajā veikalā ir dzēsti, tāpēc uz šo pieprasījumu vairs nevar atbildēt: nav palicis nekā, ko nosūtīt vai mainīt.',
  },
  extension: (shop, right, due, reason) => ({
    subject: `Jūsu privātuma pieprasījuma izskatīšanai veikalam ${shop} vajag vairāk laika`,
    text: `${shop} ir nepieciešams vairāk laika, lai atbildētu uz jūsu pieprasījumu (${right}): ${reason}\n\nJaunais termiņš: ${due} (VDAR 12. panta 3. punkts).`,
  }),
  rejection: (shop, right, reason, authority) => ({
    subject: `Jūsu privātuma pieprasījums veikalam ${shop} ir noraidīts`,
    text: `${shop} nevar izpildīt jūsu pieprasījumu (${right}): ${reason}\n\nJūs varat iesniegt sūdzību uzraudzības iestādei${authority ? ` (${authority})` : ''} un vērsties tiesā (VDAR 12. panta 4. punkts).`,
  }),
  complaintAnswer: (authority, website) =>
    authority
      ? `Jūs varat iesniegt sūdzību uzraudzības iestādei: ${authority}${website ? ` (${website})` : ''}.`
      : 'Jūs varat iesniegt sūdzību tās ES valsts uzraudzības iestādei, kurā dzīvojat vai strādājat.',
  confirm: {
    title: 'Apstipriniet savu pieprasījumu',
    message: (rights) => `Jūs apstiprināt savu privātuma pieprasījumu: ${rights}. Nekas nenotiks, kamēr nenospiedīsiet pogu.`,
    button: 'Apstiprināt pieprasījumu',
    erasureNote: 'Ja veikals dzēsīs jūsu datus, tas saglabās tikai to, ko prasa likums:',
  },
  erasure: {
    keptIntro: 'Kas tiek saglabāts un kāpēc:',
    keptItem: (category, period, reasons) =>
      `${category}: tiek glabāti ${period}. Iemesls: ${lowercaseInitial(reasons)} (VDAR 17. panta 3. punkta b) apakšpunkts). Pēc šī termiņa tie tiek dzēsti.`,
    keptByLaw:
      'Dati, kas veikalam jāglabā saskaņā ar likumu, piemēram, rēķini, tiek glabāti tikai likumā noteikto laiku (VDAR 17. panta 3. punkta b) apakšpunkts) un pēc tam dzēsti.',
  },
  access: {
    insideEea: 'Eiropas Ekonomikas zonā (EEZ): dati netiek nosūtīti ārpus tās',
    noSafeguard: 'ārpus EEZ; veikals šai nosūtīšanai vēl nav norādījis aizsardzības pasākumu',
    sources: { customer: 'no jums', automatic: 'iegūti automātiski, kad izmantojat veikalu', third_party: 'no trešajām personām' },
    fromShopify: 'no Shopify — platformas, uz kuras darbojas šis veikals: ko norādījāt, veicot pasūtījumus vai izveidojot kontu',
    fromYou: 'no jums: jūsu izvēle sīkdatņu paziņojumā un jūsu iesniegtie pieprasījumi',
    fromProcessors: 'minētie apstrādātāji saņem datus no veikala; neviens no šajā paketē esošajiem datiem nav saņemts no tiem',
  },
  fields: {
    type: 'Izvēlieties, kuras tiesības vēlaties izmantot',
    email: 'Ievadiet e-pasta adresi, ko izmantojat šajā veikalā',
    details: 'Lūdzu, ierobežojiet aprakstu līdz 2000 rakstzīmēm',
    summary: 'Pieprasījumu neizdevās nosūtīt; lūdzu, pārbaudiet iezīmētos laukus.',
    refused: 'Pieprasījumu neizdevās nosūtīt',
    goBack: 'Atgriezieties veidlapā un izlabojiet to.',
  },
  pages: {
    received: {
      title: 'Pieprasījums saņemts',
      message: 'Jūsu pieprasījums ir saņemts. Atbildi viena mēneša laikā saņemsiet uz sava klienta konta e-pasta adresi.',
    },
    verificationSent: {
      title: 'Pieprasījums saņemts',
      message: 'Pārbaudiet savu e-pastu: mēs nosūtījām saiti pieprasījuma apstiprināšanai. Tā ir derīga 24 stundas.',
    },
    confirmed: (due) => ({
      title: 'Pieprasījums apstiprināts',
      message: `Paldies! Jūsu pieprasījums ir apstiprināts, un atbildi saņemsiet ne vēlāk kā ${endSentence(due)}`,
    }),
    linkExpired: { title: 'Saite vairs nav derīga', message: 'Šīs saites derīguma termiņš ir beidzies; lūdzu, nosūtiet pieprasījumu vēlreiz.' },
    linkUsed: { title: 'Saite jau izmantota', message: 'Šī saite jau ir izmantota: jūsu pieprasījums ir apstiprināts, un atbildi saņemsiet e-pastā.' },
    linkUnknown: {
      title: 'Saite nav atpazīta',
      message: 'Mēs neatpazīstam šo saiti. Pārbaudiet, vai atvērāt visu saiti no e-pasta, vai nosūtiet pieprasījumu vēlreiz.',
    },
    downloadExpired: {
      title: 'Lejupielādes termiņš beidzies',
      message: 'Šīs lejupielādes saites derīguma termiņš ir beidzies; lūdzu, vēlreiz pieprasiet savus datus veikalam.',
    },
    downloadUnknown: { title: 'Lejupielāde nav atrasta', message: 'Mēs neatpazīstam šo lejupielādes saiti. Pārbaudiet, vai atvērāt visu saiti no e-pasta.' },
    downloadWithdrawn: {
      title: 'Lejupielāde atsaukta',
      message: 'Šī lejupielāde ir atsaukta, jo jūsu dati šajā veikalā ir dzēsti; vairs nav ko lejupielādēt.',
    },
    unauthorized: {
      title: 'Atveriet saiti caur veikalu',
      message: 'Šo lapu var atvērt tikai caur veikala tīmekļvietni. Lūdzu, vēlreiz atveriet saiti no e-pasta.',
    },
    tooMany: (when) => ({ title: 'Pārāk daudz mēģinājumu', message: `No šīs ierīces ir bijis pārāk daudz mēģinājumu; lūdzu, mēģiniet vēlreiz ${when}.` }),
    busy: (when) => ({ title: 'Pārāk daudz pieprasījumu', message: `Šis veikals pašlaik saņem pārāk daudz pieprasījumu; lūdzu, mēģiniet vēlreiz ${when}.` }),
    failed: { title: 'Radās kļūda', message: 'Mūsu pusē radās kļūda; nekas netika pazaudēts. Lūdzu, mēģiniet vēlreiz pēc dažām minūtēm.' },
  },
};

export const SHOPPER_TEXTS: Record<ShopperLocale, ShopperTexts> = { en, de, fr, lv, es, it, nl, pl };

export const textsFor = (locale?: string | null): ShopperTexts => SHOPPER_TEXTS[pickLocale(locale)];
