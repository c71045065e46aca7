// Wat iemand die zijn rechten uitoefent in het Nederlands leest: e-mails, pagina's en antwoorden van het formulier.
// De namen van de rechten volgen de officiële tekst van de AVG.
import { lowercaseInitial } from '../../policy/texts/case.ts';
import { localDate, relativeWait } from '../shopper-dates.ts';
import type { ShopperTexts } from '../shopper-texts.ts';

// What this app itself holds about a shopper, as each erasure outcome names it.
const APP_DATA =
  'de gegevens die deze app over u bewaarde (uw cookietoestemmingen, uw eerdere privacyverzoeken en eventuele downloads die voor u klaarstonden)';

export const nl: ShopperTexts = {
  rights: {
    access: 'inzage (art. 15 AVG)',
    rectification: 'rectificatie (art. 16 AVG)',
    erasure: 'gegevenswissing (art. 17 AVG)',
    restriction: 'beperking van de verwerking (art. 18 AVG)',
    portability: 'overdraagbaarheid van gegevens (art. 20 AVG)',
    objection: 'bezwaar (art. 21 AVG)',
    withdraw_consent: 'intrekking van toestemming (art. 7 lid 3 AVG)',
    complaint: 'klacht bij de toezichthoudende autoriteit (art. 77 AVG)',
  },
  date: localDate('nl'),
  retryIn: relativeWait('nl'),
  verification: (shop, right, link) => ({
    subject: `Bevestig uw privacyverzoek aan ${shop}`,
    text: `U hebt ${shop} een verzoek over uw persoonsgegevens gestuurd: ${right}.\n\nOpen binnen 24 uur deze link en druk op ‘Mijn verzoek bevestigen’ om te bevestigen dat het verzoek van u komt:\n${link}\n\nHebt u dit verzoek niet gedaan? Negeer dan dit bericht: er gebeurt niets.`,
  }),
  confirmation: (shop, right, due) => ({
    subject: `We hebben uw privacyverzoek ontvangen (${right})`,
    text: `${shop} heeft uw verzoek (${right}) ontvangen en beantwoordt het uiterlijk op ${due} (art. 12 lid 3 AVG).`,
  }),
  outcomeSubject: (shop, right) => `Uw privacyverzoek aan ${shop}: ${right}`,
  outcomes: {
    export_ready: ({ days, links }) =>
      `Uw gegevens staan klaar. Download ze (als JSON en CSV, in machineleesbare vorm) binnen ${days} dagen:\n${links.join('\n')}`,
    corrected: ({ correction }) => `Uw gegevens zijn gecorrigeerd: ${correction}`,
    erased: () =>
      `Gewist: ${APP_DATA}. De winkel heeft Shopify ook gevraagd uw klantaccount (naam, contactgegevens en adressen) te wissen, en Shopify heeft het verzoek aanvaard.`,
    erased_no_customer: () => `Gewist: ${APP_DATA}. De winkel heeft bij Shopify geen klantaccount met uw e-mailadres, dus daar viel verder niets te wissen.`,
    erasure_held: ({ until }, date) =>
      `Gewist: ${APP_DATA}. Nog niet gewist: uw klantaccount bij Shopify (naam, contactgegevens en adressen). Omdat u in de afgelopen 180 dagen een bestelling hebt geplaatst, bewaart Shopify het tot ${date(until)} en wist het dan; we schrijven u zodra dat is gebeurd.`,
    restricted: () => 'We hebben de verwerking van uw gegevens beperkt: ze worden bewaard maar niet meer gebruikt, en u ontvangt geen reclame.',
    objected: () => 'We gebruiken uw gegevens niet meer voor marketing en direct contact.',
    consent_withdrawn: () => 'Uw toestemming is ingetrokken: geen marketing meer, en geen analyse- of marketingcookies van deze winkel.',
    complaint: ({ authority, website }) =>
      `U hebt het recht een klacht in te dienen bij de toezichthoudende autoriteit: ${authority}${website ? ` (${website})` : ''}.`,
    superseded: () =>
      'Uw klantgegevens bij deze winkel zijn gewist. Daarom kan dit verzoek niet meer worden beantwoord: er is niets meer om u te sturen of te wijzigen.',
  },
  extension: (shop, right, due, reason) => ({
    subject: `Uw privacyverzoek aan ${shop} heeft meer tijd nodig`,
    text: `${shop} heeft meer tijd nodig om uw verzoek (${right}) te beantwoorden: ${reason}\n\nDe nieuwe termijn loopt af op ${due} (art. 12 lid 3 AVG).`,
  }),
  rejection: (shop, right, reason, authority) => ({
    subject: `Uw privacyverzoek aan ${shop} is afgewezen`,
    text: `${shop} kan geen gevolg geven aan uw verzoek (${right}): ${reason}\n\nU kunt een klacht indienen bij een toezichthoudende autoriteit${authority ? ` (${authority})` : ''} en beroep instellen bij de rechter (art. 12 lid 4 AVG).`,
  }),
  complaintAnswer: (authority, website) =>
    authority
      ? `U kunt een klacht indienen bij de toezichthoudende autoriteit: ${authority}${website ? ` (${website})` : ''}.`
      : 'U kunt een klacht indienen bij de toezichthoudende autoriteit van het EU-land waar u woont of werkt.',
  confirm: {
    title: 'Bevestig uw verzoek',
    message: (rights) => `U staat op het punt uw privacyverzoek te bevestigen: ${rights}. Er gebeurt niets totdat u op de knop drukt.`,
    button: 'Mijn verzoek bevestigen',
    erasureNote: 'Als de winkel uw gegevens wist, bewaart hij alleen wat de wet vereist:',
  },
  erasure: {
    keptIntro: 'Wat wordt bewaard, en waarom:',
    keptItem: (category, period, reasons) =>
      `${category}: bewaard ${period}. Reden: ${lowercaseInitial(reasons)} (art. 17 lid 3 onder b AVG). Gewist zodra die termijn afloopt.`,
    keptByLaw:
      'Gegevens die de winkel wettelijk moet bewaren, zoals facturen, worden alleen bewaard zolang de wet dat vereist (art. 17 lid 3 onder b AVG) en daarna gewist.',
  },
  access: {
    insideEea: 'binnen de Europese Economische Ruimte (EER): geen doorgifte daarbuiten',
    noSafeguard: 'buiten de EER; de winkel heeft voor deze doorgifte nog geen waarborg vastgelegd',
    sources: { customer: 'van u', automatic: 'automatisch verzameld wanneer u de winkel gebruikt', third_party: 'van derden' },
    fromShopify: 'van Shopify, het platform waarop deze winkel draait: wat u invoerde bij het bestellen of het aanmaken van uw account',
    fromYou: 'van u: uw keuzes in de cookiebanner en de verzoeken die u hebt verstuurd',
    fromProcessors: 'de genoemde verwerkers ontvangen gegevens van de winkel; geen van de gegevens in dit pakket is van hen afkomstig',
  },
  fields: {
    type: 'Kies welk recht u wilt uitoefenen',
    email: 'Vul het e-mailadres in dat u bij deze winkel gebruikt',
    details: 'Houd de toelichting onder de 2000 tekens',
    summary: 'Uw verzoek kon niet worden verzonden; controleer de gemarkeerde velden.',
    refused: 'Uw verzoek kon niet worden verzonden',
    goBack: 'Ga terug naar het formulier en verbeter het.',
  },
  pages: {
    received: { title: 'Verzoek ontvangen', message: 'Uw verzoek is ontvangen. U krijgt binnen een maand antwoord op het e-mailadres van uw klantaccount.' },
    verificationSent: {
      title: 'Verzoek ontvangen',
      message: 'Kijk in uw inbox: we hebben u een link gestuurd om het verzoek te bevestigen. Die is 24 uur geldig.',
    },
    confirmed: (due) => ({ title: 'Verzoek bevestigd', message: `Dank u. Uw verzoek is bevestigd en wordt uiterlijk op ${due} beantwoord.` }),
    linkExpired: { title: 'Link verlopen', message: 'Deze link is verlopen; stuur uw verzoek opnieuw.' },
    linkUsed: { title: 'Link al gebruikt', message: 'Deze link is al gebruikt: uw verzoek is bevestigd en u krijgt het antwoord per e-mail.' },
    linkUnknown: {
      title: 'Link niet herkend',
      message: 'We herkennen deze link niet. Controleer of u de volledige link uit de e-mail hebt geopend, of stuur uw verzoek opnieuw.',
    },
    downloadExpired: { title: 'Download verlopen', message: 'Deze downloadlink is verlopen; vraag uw gegevens opnieuw op bij de winkel.' },
    downloadUnknown: {
      title: 'Download niet gevonden',
      message: 'We herkennen deze downloadlink niet. Controleer of u de volledige link uit de e-mail hebt geopend.',
    },
    downloadWithdrawn: {
      title: 'Download ingetrokken',
      message: 'Deze download is ingetrokken omdat uw gegevens bij deze winkel zijn gewist; er valt niets meer te downloaden.',
    },
    unauthorized: {
      title: 'Open de link via de winkel',
      message: 'Deze pagina opent alleen via de website van de winkel. Open de link uit de e-mail opnieuw.',
    },
    tooMany: (when) => ({ title: 'Te veel pogingen', message: `Te veel pogingen vanaf dit apparaat; probeer het ${when} opnieuw.` }),
    busy: (when) => ({
      title: 'Op dit moment te veel verzoeken',
      message: `Deze winkel ontvangt op dit moment te veel verzoeken; probeer het ${when} opnieuw.`,
    }),
    failed: { title: 'Er ging iets mis', message: 'Er ging bij ons iets mis; er is niets verloren gegaan. Probeer het over een paar minuten opnieuw.' },
  },
};
