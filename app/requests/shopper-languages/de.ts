// Was eine Person auf Deutsch liest, die ihre Rechte ausübt: E-Mails, Seiten und Antworten des Formulars.
// Die Namen der Rechte folgen dem amtlichen Text der DSGVO.
import { numericDate, relativeWait } from '../shopper-dates.ts';
import type { ShopperTexts } from '../shopper-texts.ts';

// What this app itself holds about a shopper, as each erasure outcome names it.
const APP_DATA =
  'die Daten, die diese App über Sie gespeichert hatte (Ihre Cookie-Einwilligungen, Ihre früheren Datenschutzanfragen und für Sie bereitgestellte Downloads)';

export const de: ShopperTexts = {
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
      `Gelöscht wurden: ${APP_DATA}. Außerdem hat der Shop Shopify gebeten, Ihr Kundenkonto (Name, Kontaktdaten und Adressen) zu löschen, und Shopify hat die Anfrage angenommen.`,
    erased_no_customer: () =>
      `Gelöscht wurden: ${APP_DATA}. Zu Ihrer E-Mail-Adresse hat dieser Shop bei Shopify kein Kundenkonto; dort war also nichts weiter zu löschen.`,
    erasure_held: ({ until }, date) =>
      `Gelöscht wurden: ${APP_DATA}. Noch nicht gelöscht ist Ihr Kundenkonto bei Shopify (Name, Kontaktdaten und Adressen): Wegen einer kürzlich aufgegebenen Bestellung (in den letzten 180 Tagen) bewahrt Shopify es bis zum ${date(until)} auf und löscht es dann. Wir schreiben Ihnen, sobald das geschehen ist.`,
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
