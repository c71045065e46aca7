// Every text a shopper reads about their request — mails, pages and form answers — in each
// language the storefront form offers. English is the fallback and must stay as callers and
// tests know it; the other languages are written for the reader, not word for word.
import { RIGHT_LABELS, type RequestType } from './rights.ts';
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
  | { kind: 'erased' }
  | { kind: 'erased_no_customer' }
  | { kind: 'erasure_held'; until: Date }
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

const en: ShopperTexts = {
  rights: RIGHT_LABELS,
  date: iso,
  retryIn: relativeWait('en'),
  verification: (shop, right, link) => ({
    subject: `Confirm your privacy request to ${shop}`,
    text: `You asked ${shop} to exercise your right of ${right}.\n\nTo confirm that this request comes from you, open this link within 24 hours:\n${link}\n\nIf you did not ask for this, ignore this message: nothing will happen.`,
  }),
  confirmation: (shop, right, due) => ({
    subject: `We received your privacy request (${right})`,
    text: `${shop} received your request (${right}) and will answer by ${due} at the latest (GDPR Art. 12(3)).`,
  }),
  outcomeSubject: (shop, right) => `Your privacy request to ${shop}: ${right}`,
  outcomes: {
    export_ready: ({ days, links }) => `Your data is ready. Download it (JSON and CSV, a machine-readable format) within ${days} days:\n${links.join('\n')}`,
    corrected: ({ correction }) => `Your data was corrected: ${correction}`,
    erased: () => 'Your personal data has been erased, and the shop asked Shopify to erase your customer record.',
    erased_no_customer: () => 'Your personal data has been erased. The shop holds no customer record for your email address.',
    erasure_held: ({ until }, date) => `We erased the data Lawfully held. Shopify keeps your customer record until ${date(until)} because of a recent order, and erases it then.`,
    restricted: () => 'We restricted the processing of your data: it is kept but not used, and you receive no marketing.',
    objected: () => 'We stopped processing your data for marketing and direct contact.',
    consent_withdrawn: () => 'Your consent was withdrawn: no more marketing, and no analytics or marketing cookies from this shop.',
    complaint: ({ authority, website }) => `You have the right to lodge a complaint with the supervisory authority: ${authority}${website ? ` (${website})` : ''}.`,
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
  fields: {
    type: 'Choose which right you want to exercise',
    email: 'Enter the email address you use with this shop',
    details: 'Keep the details under 2000 characters',
    summary: 'Your request could not be sent; please check the highlighted fields.',
    refused: 'Your request could not be sent',
    goBack: 'Go back to the form and correct it.',
  },
  pages: {
    received: { title: 'Request received', message: 'Your request was received. You will get an answer within one month, at the email address of your customer account.' },
    verificationSent: { title: 'Request received', message: 'Check your inbox: we sent you a link to confirm the request. It works for 24 hours.' },
    confirmed: (due) => ({ title: 'Request confirmed', message: `Thank you. Your request is confirmed and will be answered by ${due}.` }),
    linkExpired: { title: 'Link expired', message: 'This link has expired; please send your request again.' },
    linkUsed: { title: 'Link already used', message: 'This link was already used: your request is confirmed, and you will get an answer by email.' },
    linkUnknown: { title: 'Link not recognised', message: 'We do not recognise this link. Check that you opened the whole link from the email, or send your request again.' },
    downloadExpired: { title: 'Download expired', message: 'This download link has expired; please ask the shop again for your data.' },
    downloadUnknown: { title: 'Download not found', message: 'We do not recognise this download link. Check that you opened the whole link from the email.' },
    unauthorized: { title: 'Open the link from the shop', message: 'This page only opens through the shop’s website. Please open the link from the email again.' },
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
    text: `Sie haben bei ${shop} eine Datenschutzanfrage gestellt: ${right}.\n\nBitte bestätigen Sie, dass die Anfrage von Ihnen stammt, indem Sie innerhalb von 24 Stunden diesen Link öffnen:\n${link}\n\nFalls Sie keine Anfrage gestellt haben, ignorieren Sie diese E-Mail einfach – es passiert nichts.`,
  }),
  confirmation: (shop, right, due) => ({
    subject: `Wir haben Ihre Datenschutzanfrage erhalten (${right})`,
    text: `${shop} hat Ihre Anfrage (${right}) erhalten und beantwortet sie spätestens bis zum ${due} (Art. 12 Abs. 3 DSGVO).`,
  }),
  outcomeSubject: (shop, right) => `Ihre Datenschutzanfrage an ${shop}: ${right}`,
  outcomes: {
    export_ready: ({ days, links }) => `Ihre Daten stehen bereit. Sie können sie innerhalb von ${days} Tagen herunterladen (als JSON und CSV, in einem maschinenlesbaren Format):\n${links.join('\n')}`,
    corrected: ({ correction }) => `Ihre Daten wurden berichtigt: ${correction}`,
    erased: () => 'Ihre personenbezogenen Daten wurden gelöscht, und der Shop hat Shopify gebeten, Ihr Kundenkonto zu löschen.',
    erased_no_customer: () => 'Ihre personenbezogenen Daten wurden gelöscht. Zu Ihrer E-Mail-Adresse gibt es in diesem Shop kein Kundenkonto.',
    erasure_held: ({ until }, date) => `Wir haben die Daten gelöscht, die Lawfully gespeichert hatte. Wegen einer kürzlich aufgegebenen Bestellung bewahrt Shopify Ihr Kundenkonto noch bis zum ${date(until)} auf und löscht es dann.`,
    restricted: () => 'Wir haben die Verarbeitung Ihrer Daten eingeschränkt: Ihre Daten werden aufbewahrt, aber nicht mehr verwendet, und Sie erhalten keine Werbung.',
    objected: () => 'Wir verwenden Ihre Daten nicht mehr für Werbung und Direktansprache.',
    consent_withdrawn: () => 'Ihre Einwilligung wurde widerrufen: keine Werbung mehr und keine Analyse- oder Marketing-Cookies dieses Shops.',
    complaint: ({ authority, website }) => `Sie haben das Recht, sich bei der Aufsichtsbehörde zu beschweren: ${authority}${website ? ` (${website})` : ''}.`,
    superseded: () => 'Ihre Kundendaten bei diesem Shop wurden gelöscht. Deshalb kann diese Anfrage nicht mehr beantwortet werden: Es gibt nichts mehr, was wir Ihnen senden oder ändern könnten.',
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
  fields: {
    type: 'Wählen Sie aus, welches Recht Sie ausüben möchten',
    email: 'Geben Sie die E-Mail-Adresse ein, die Sie bei diesem Shop verwenden',
    details: 'Bitte fassen Sie sich kürzer (höchstens 2000 Zeichen)',
    summary: 'Ihre Anfrage konnte nicht gesendet werden; bitte prüfen Sie die markierten Felder.',
    refused: 'Ihre Anfrage konnte nicht gesendet werden',
    goBack: 'Gehen Sie zurück zum Formular und korrigieren Sie Ihre Angaben.',
  },
  pages: {
    received: { title: 'Anfrage erhalten', message: 'Ihre Anfrage ist eingegangen. Sie erhalten innerhalb eines Monats eine Antwort an die E-Mail-Adresse Ihres Kundenkontos.' },
    verificationSent: { title: 'Anfrage erhalten', message: 'Bitte prüfen Sie Ihr Postfach: Wir haben Ihnen einen Link geschickt, mit dem Sie die Anfrage bestätigen. Er ist 24 Stunden gültig.' },
    confirmed: (due) => ({ title: 'Anfrage bestätigt', message: `Vielen Dank. Ihre Anfrage ist bestätigt und wird spätestens bis zum ${due} beantwortet.` }),
    linkExpired: { title: 'Link abgelaufen', message: 'Dieser Link ist abgelaufen; bitte senden Sie Ihre Anfrage erneut.' },
    linkUsed: { title: 'Link bereits verwendet', message: 'Dieser Link wurde bereits verwendet: Ihre Anfrage ist bestätigt, die Antwort erhalten Sie per E-Mail.' },
    linkUnknown: { title: 'Link nicht erkannt', message: 'Wir erkennen diesen Link nicht. Prüfen Sie, ob Sie den vollständigen Link aus der E-Mail geöffnet haben, oder senden Sie Ihre Anfrage erneut.' },
    downloadExpired: { title: 'Download abgelaufen', message: 'Dieser Download-Link ist abgelaufen; bitte fragen Sie Ihre Daten beim Shop erneut an.' },
    downloadUnknown: { title: 'Download nicht gefunden', message: 'Wir erkennen diesen Download-Link nicht. Prüfen Sie, ob Sie den vollständigen Link aus der E-Mail geöffnet haben.' },
    unauthorized: { title: 'Bitte über den Shop öffnen', message: 'Diese Seite lässt sich nur über die Website des Shops öffnen. Bitte öffnen Sie den Link aus der E-Mail erneut.' },
    tooMany: (when) => ({ title: 'Zu viele Versuche', message: `Zu viele Versuche von diesem Gerät; bitte versuchen Sie es ${when} erneut.` }),
    busy: (when) => ({ title: 'Gerade zu viele Anfragen', message: `Dieser Shop erhält gerade zu viele Anfragen; bitte versuchen Sie es ${when} erneut.` }),
    failed: { title: 'Etwas ist schiefgelaufen', message: 'Bei uns ist etwas schiefgelaufen; es ging nichts verloren. Bitte versuchen Sie es in ein paar Minuten erneut.' },
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
    text: `Vous avez adressé à ${shop} une demande concernant vos données personnelles : ${right}.\n\nPour confirmer que cette demande vient bien de vous, ouvrez ce lien dans les 24 heures :\n${link}\n\nSi vous n’êtes pas à l’origine de cette demande, ignorez simplement ce message : rien ne se passera.`,
  }),
  confirmation: (shop, right, due) => ({
    subject: `Nous avons bien reçu votre demande (${right})`,
    text: `${shop} a bien reçu votre demande (${right}) et y répondra au plus tard le ${due} (art. 12.3 du RGPD).`,
  }),
  outcomeSubject: (shop, right) => `Votre demande auprès de ${shop} : ${right}`,
  outcomes: {
    export_ready: ({ days, links }) => `Vos données sont prêtes. Téléchargez-les (en JSON et en CSV, un format lisible par machine) dans les ${days} jours :\n${links.join('\n')}`,
    corrected: ({ correction }) => `Vos données ont été rectifiées : ${correction}`,
    erased: () => 'Vos données personnelles ont été effacées, et la boutique a demandé à Shopify d’effacer votre compte client.',
    erased_no_customer: () => 'Vos données personnelles ont été effacées. La boutique n’a aucun compte client associé à votre adresse e-mail.',
    erasure_held: ({ until }, date) => `Nous avons effacé les données que détenait Lawfully. En raison d’une commande récente, Shopify conserve votre compte client jusqu’au ${date(until)}, puis l’effacera.`,
    restricted: () => 'Nous avons limité le traitement de vos données : elles sont conservées mais ne sont plus utilisées, et vous ne recevrez plus de publicité.',
    objected: () => 'Nous n’utilisons plus vos données à des fins de marketing ni de prospection directe.',
    consent_withdrawn: () => 'Votre consentement a été retiré : plus de marketing, et plus de cookies de mesure d’audience ou de marketing de cette boutique.',
    complaint: ({ authority, website }) => `Vous avez le droit d’introduire une réclamation auprès de l’autorité de contrôle : ${authority}${website ? ` (${website})` : ''}.`,
    superseded: () => 'Vos données client auprès de cette boutique ont été effacées : il n’est donc plus possible de répondre à cette demande, car il ne reste rien à vous envoyer ni à modifier.',
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
  fields: {
    type: 'Choisissez le droit que vous souhaitez exercer',
    email: 'Saisissez l’adresse e-mail que vous utilisez avec cette boutique',
    details: 'Limitez les précisions à 2\u202f000 caractères',
    summary: 'Votre demande n’a pas pu être envoyée ; vérifiez les champs signalés.',
    refused: 'Votre demande n’a pas pu être envoyée',
    goBack: 'Revenez au formulaire pour corriger votre saisie.',
  },
  pages: {
    received: { title: 'Demande reçue', message: 'Votre demande a bien été reçue. Vous recevrez une réponse dans un délai d’un mois, à l’adresse e-mail de votre compte client.' },
    verificationSent: { title: 'Demande reçue', message: 'Consultez votre boîte de réception : nous vous avons envoyé un lien pour confirmer la demande. Il est valable 24 heures.' },
    confirmed: (due) => ({ title: 'Demande confirmée', message: `Merci. Votre demande est confirmée ; vous recevrez une réponse au plus tard le ${due}.` }),
    linkExpired: { title: 'Lien expiré', message: 'Ce lien a expiré ; veuillez envoyer à nouveau votre demande.' },
    linkUsed: { title: 'Lien déjà utilisé', message: 'Ce lien a déjà été utilisé : votre demande est confirmée, et vous recevrez la réponse par e-mail.' },
    linkUnknown: { title: 'Lien non reconnu', message: 'Nous ne reconnaissons pas ce lien. Vérifiez que vous avez ouvert le lien complet de l’e-mail, ou envoyez à nouveau votre demande.' },
    downloadExpired: { title: 'Téléchargement expiré', message: 'Ce lien de téléchargement a expiré ; veuillez demander à nouveau vos données à la boutique.' },
    downloadUnknown: { title: 'Téléchargement introuvable', message: 'Nous ne reconnaissons pas ce lien de téléchargement. Vérifiez que vous avez ouvert le lien complet de l’e-mail.' },
    unauthorized: { title: 'Ouvrez le lien depuis la boutique', message: 'Cette page ne s’ouvre que depuis le site de la boutique. Veuillez ouvrir à nouveau le lien de l’e-mail.' },
    tooMany: (when) => ({ title: 'Trop de tentatives', message: `Trop de tentatives depuis cet appareil ; veuillez réessayer ${when}.` }),
    busy: (when) => ({ title: 'Trop de demandes en ce moment', message: `Cette boutique reçoit trop de demandes en ce moment ; veuillez réessayer ${when}.` }),
    failed: { title: 'Une erreur s’est produite', message: 'Une erreur s’est produite de notre côté ; rien n’a été perdu. Veuillez réessayer dans quelques minutes.' },
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
    text: `Jūs iesniedzāt veikalam ${shop} pieprasījumu par saviem personas datiem: ${right}.\n\nLai apstiprinātu, ka pieprasījumu iesniedzāt jūs, 24 stundu laikā atveriet šo saiti:\n${link}\n\nJa jūs šo pieprasījumu neiesniedzāt, vienkārši ignorējiet šo e-pastu — nekas nenotiks.`,
  }),
  confirmation: (shop, right, due) => ({
    subject: `Esam saņēmuši jūsu privātuma pieprasījumu (${right})`,
    text: `${shop} ir saņēmis jūsu pieprasījumu (${right}) un atbildēs uz to ne vēlāk kā ${due} (VDAR 12. panta 3. punkts).`,
  }),
  outcomeSubject: (shop, right) => `Jūsu privātuma pieprasījums veikalam ${shop}: ${right}`,
  outcomes: {
    export_ready: ({ days, links }) => `Jūsu dati ir sagatavoti. Lejupielādējiet tos (JSON un CSV — mašīnlasāmā formātā) ${days} dienu laikā:\n${links.join('\n')}`,
    corrected: ({ correction }) => `Jūsu dati ir laboti: ${correction}`,
    erased: () => 'Jūsu personas dati ir dzēsti, un veikals ir lūdzis Shopify dzēst jūsu klienta kontu.',
    erased_no_customer: () => 'Jūsu personas dati ir dzēsti. Veikalā nav klienta konta ar jūsu e-pasta adresi.',
    erasure_held: ({ until }, date) => `Mēs izdzēsām datus, ko glabāja lietotne Lawfully. Nesena pasūtījuma dēļ Shopify jūsu klienta kontu glabās līdz ${date(until)} un tad to dzēsīs.`,
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
  fields: {
    type: 'Izvēlieties, kuras tiesības vēlaties izmantot',
    email: 'Ievadiet e-pasta adresi, ko izmantojat šajā veikalā',
    details: 'Lūdzu, ierobežojiet aprakstu līdz 2000 rakstzīmēm',
    summary: 'Pieprasījumu neizdevās nosūtīt; lūdzu, pārbaudiet iezīmētos laukus.',
    refused: 'Pieprasījumu neizdevās nosūtīt',
    goBack: 'Atgriezieties veidlapā un izlabojiet to.',
  },
  pages: {
    received: { title: 'Pieprasījums saņemts', message: 'Jūsu pieprasījums ir saņemts. Atbildi viena mēneša laikā saņemsiet uz sava klienta konta e-pasta adresi.' },
    verificationSent: { title: 'Pieprasījums saņemts', message: 'Pārbaudiet savu e-pastu: mēs nosūtījām saiti pieprasījuma apstiprināšanai. Tā ir derīga 24 stundas.' },
    confirmed: (due) => ({ title: 'Pieprasījums apstiprināts', message: `Paldies! Jūsu pieprasījums ir apstiprināts, un atbildi saņemsiet ne vēlāk kā ${endSentence(due)}` }),
    linkExpired: { title: 'Saite vairs nav derīga', message: 'Šīs saites derīguma termiņš ir beidzies; lūdzu, nosūtiet pieprasījumu vēlreiz.' },
    linkUsed: { title: 'Saite jau izmantota', message: 'Šī saite jau ir izmantota: jūsu pieprasījums ir apstiprināts, un atbildi saņemsiet e-pastā.' },
    linkUnknown: { title: 'Saite nav atpazīta', message: 'Mēs neatpazīstam šo saiti. Pārbaudiet, vai atvērāt visu saiti no e-pasta, vai nosūtiet pieprasījumu vēlreiz.' },
    downloadExpired: { title: 'Lejupielādes termiņš beidzies', message: 'Šīs lejupielādes saites derīguma termiņš ir beidzies; lūdzu, vēlreiz pieprasiet savus datus veikalam.' },
    downloadUnknown: { title: 'Lejupielāde nav atrasta', message: 'Mēs neatpazīstam šo lejupielādes saiti. Pārbaudiet, vai atvērāt visu saiti no e-pasta.' },
    unauthorized: { title: 'Atveriet saiti caur veikalu', message: 'Šo lapu var atvērt tikai caur veikala tīmekļvietni. Lūdzu, vēlreiz atveriet saiti no e-pasta.' },
    tooMany: (when) => ({ title: 'Pārāk daudz mēģinājumu', message: `No šīs ierīces ir bijis pārāk daudz mēģinājumu; lūdzu, mēģiniet vēlreiz ${when}.` }),
    busy: (when) => ({ title: 'Pārāk daudz pieprasījumu', message: `Šis veikals pašlaik saņem pārāk daudz pieprasījumu; lūdzu, mēģiniet vēlreiz ${when}.` }),
    failed: { title: 'Radās kļūda', message: 'Mūsu pusē radās kļūda; nekas netika pazaudēts. Lūdzu, mēģiniet vēlreiz pēc dažām minūtēm.' },
  },
};

export const SHOPPER_TEXTS: Record<ShopperLocale, ShopperTexts> = { en, de, fr, lv, es, it, nl, pl };

export const textsFor = (locale?: string | null): ShopperTexts => SHOPPER_TEXTS[pickLocale(locale)];
