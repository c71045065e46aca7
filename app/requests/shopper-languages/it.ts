// Ciò che legge in italiano chi esercita i propri diritti: e-mail, pagine e risposte del modulo.
// I nomi dei diritti seguono il testo ufficiale del RGPD.
import { lowercaseInitial } from '../../policy/texts/case.ts';
import { italianDate, relativeWait } from '../shopper-dates.ts';
import type { ShopperTexts } from '../shopper-texts.ts';

// What this app itself holds about a shopper, as each erasure outcome names it.
const APP_DATA =
  'i dati che questa app conservava su di lei (le sue registrazioni del consenso ai cookie, le sue precedenti richieste sulla privacy ed eventuali download preparati per lei)';

export const it: ShopperTexts = {
  rights: {
    access: 'accesso (art. 15 RGPD)',
    rectification: 'rettifica (art. 16 RGPD)',
    erasure: 'cancellazione (art. 17 RGPD)',
    restriction: 'limitazione del trattamento (art. 18 RGPD)',
    portability: 'portabilità dei dati (art. 20 RGPD)',
    objection: 'opposizione (art. 21 RGPD)',
    withdraw_consent: 'revoca del consenso (art. 7, par. 3, RGPD)',
    complaint: 'reclamo all’autorità di controllo (art. 77 RGPD)',
  },
  date: italianDate,
  retryIn: relativeWait('it'),
  verification: (shop, right, link) => ({
    subject: `Confermi la sua richiesta sulla privacy a ${shop}`,
    text: `Ha inviato a ${shop} una richiesta relativa ai suoi dati personali: ${right}.\n\nPer confermare che la richiesta proviene da lei, apra questo link entro 24 ore e prema «Conferma la mia richiesta»:\n${link}\n\nSe non ha inviato lei questa richiesta, ignori questo messaggio: non succederà nulla.`,
  }),
  confirmation: (shop, right, due) => ({
    subject: `Abbiamo ricevuto la sua richiesta sulla privacy (${right})`,
    text: `${shop} ha ricevuto la sua richiesta (${right}) e le risponderà entro il ${due} (art. 12, par. 3, RGPD).`,
  }),
  outcomeSubject: (shop, right) => `La sua richiesta sulla privacy a ${shop}: ${right}`,
  outcomes: {
    export_ready: ({ days, links }) =>
      `I suoi dati sono pronti. Li scarichi (in JSON e CSV, formati leggibili da dispositivo automatico) entro ${days} giorni:\n${links.join('\n')}`,
    corrected: ({ correction }) => `I suoi dati sono stati rettificati: ${correction}`,
    erased: () =>
      `Cancellati: ${APP_DATA}. Il negozio ha inoltre chiesto a Shopify di cancellare il suo account cliente (nome, dati di contatto e indirizzi), e Shopify ha accettato la richiesta.`,
    erased_no_customer: () =>
      `Cancellati: ${APP_DATA}. Il negozio non ha su Shopify alcun account cliente associato al suo indirizzo e-mail, quindi lì non c’era altro da cancellare.`,
    erasure_held: ({ until }, date) =>
      `Cancellati: ${APP_DATA}. Non ancora cancellato: il suo account cliente su Shopify (nome, dati di contatto e indirizzi). Poiché ha effettuato un ordine negli ultimi 180 giorni, Shopify lo conserva fino al ${date(until)} e lo cancellerà allora; le scriveremo quando sarà fatto.`,
    restricted: () => 'Abbiamo limitato il trattamento dei suoi dati: sono conservati ma non più utilizzati, e non riceverà comunicazioni pubblicitarie.',
    objected: () => 'Abbiamo smesso di trattare i suoi dati per finalità di marketing e di contatto diretto.',
    consent_withdrawn: () => 'Il suo consenso è stato revocato: niente più marketing, né cookie statistici o di marketing di questo negozio.',
    complaint: ({ authority, website }) => `Ha il diritto di proporre reclamo all’autorità di controllo: ${authority}${website ? ` (${website})` : ''}.`,
    superseded: () =>
      'I suoi dati cliente presso questo negozio sono stati cancellati, quindi non è più possibile rispondere a questa richiesta: non resta nulla da inviarle o da modificare.',
  },
  extension: (shop, right, due, reason) => ({
    subject: `La sua richiesta sulla privacy a ${shop} richiede più tempo`,
    text: `${shop} ha bisogno di più tempo per rispondere alla sua richiesta (${right}): ${reason}\n\nIl nuovo termine scade il ${due} (art. 12, par. 3, RGPD).`,
  }),
  rejection: (shop, right, reason, authority) => ({
    subject: `La sua richiesta sulla privacy a ${shop} è stata respinta`,
    text: `${shop} non può dare seguito alla sua richiesta (${right}): ${reason}\n\nPuò proporre reclamo a un’autorità di controllo${authority ? ` (${authority})` : ''} e proporre ricorso giurisdizionale (art. 12, par. 4, RGPD).`,
  }),
  complaintAnswer: (authority, website) =>
    authority
      ? `Può proporre reclamo all’autorità di controllo: ${authority}${website ? ` (${website})` : ''}.`
      : 'Può proporre reclamo all’autorità di controllo del paese dell’UE in cui risiede o lavora.',
  confirm: {
    title: 'Confermi la sua richiesta',
    message: (rights) => `Sta per confermare la sua richiesta sulla privacy: ${rights}. Non succede nulla finché non preme il pulsante.`,
    button: 'Conferma la mia richiesta',
    erasureNote: 'Se il negozio cancella i suoi dati, conserva solo ciò che la legge richiede:',
  },
  erasure: {
    keptIntro: 'Cosa viene conservato e perché:',
    keptItem: (category, period, reasons) =>
      `${category}: conservati ${period}. Motivo: ${lowercaseInitial(reasons)} (art. 17, par. 3, lett. b), RGPD). Cancellati alla scadenza di tale periodo.`,
    keptByLaw:
      'I dati che il negozio deve conservare per legge, come le fatture, sono conservati solo per il periodo richiesto dalla legge (art. 17, par. 3, lett. b), RGPD) e poi cancellati.',
  },
  access: {
    insideEea: 'all’interno dello Spazio economico europeo (SEE): nessun trasferimento al di fuori',
    noSafeguard: 'al di fuori del SEE; il negozio non ha ancora registrato alcuna garanzia per questo trasferimento',
    sources: { customer: 'forniti da lei', automatic: 'raccolti automaticamente quando utilizza il negozio', third_party: 'ricevuti da terzi' },
    fromShopify: 'da Shopify, la piattaforma su cui funziona questo negozio: ciò che ha inserito quando ha effettuato ordini o creato il suo account',
    fromYou: 'da lei: le sue scelte nel banner dei cookie e le richieste che ha inviato',
    fromProcessors: 'i responsabili del trattamento indicati ricevono dati dal negozio; nessuno dei dati di questo pacchetto proviene da loro',
  },
  fields: {
    type: 'Scelga il diritto che desidera esercitare',
    email: 'Inserisca l’indirizzo e-mail che utilizza con questo negozio',
    details: 'I dettagli non possono superare i 2000 caratteri',
    summary: 'Non è stato possibile inviare la richiesta; controlli i campi evidenziati.',
    refused: 'Non è stato possibile inviare la richiesta',
    goBack: 'Torni al modulo e lo corregga.',
  },
  pages: {
    received: {
      title: 'Richiesta ricevuta',
      message: 'Abbiamo ricevuto la sua richiesta. Riceverà una risposta entro un mese all’indirizzo e-mail del suo account cliente.',
    },
    verificationSent: {
      title: 'Richiesta ricevuta',
      message: 'Controlli la sua casella di posta: le abbiamo inviato un link per confermare la richiesta. È valido per 24 ore.',
    },
    confirmed: (due) => ({ title: 'Richiesta confermata', message: `Grazie. La sua richiesta è confermata e riceverà una risposta entro il ${due}.` }),
    linkExpired: { title: 'Link scaduto', message: 'Questo link è scaduto; invii di nuovo la sua richiesta.' },
    linkUsed: { title: 'Link già utilizzato', message: 'Questo link è già stato utilizzato: la sua richiesta è confermata e riceverà la risposta via e-mail.' },
    linkUnknown: {
      title: 'Link non riconosciuto',
      message: 'Non riconosciamo questo link. Verifichi di aver aperto il link completo contenuto nell’e-mail, oppure invii di nuovo la richiesta.',
    },
    downloadExpired: { title: 'Download scaduto', message: 'Questo link per il download è scaduto; chieda di nuovo i suoi dati al negozio.' },
    downloadUnknown: {
      title: 'Download non trovato',
      message: 'Non riconosciamo questo link per il download. Verifichi di aver aperto il link completo contenuto nell’e-mail.',
    },
    downloadWithdrawn: {
      title: 'Download ritirato',
      message: 'Questo download è stato ritirato perché i suoi dati presso questo negozio sono stati cancellati; non c’è più nulla da scaricare.',
    },
    unauthorized: {
      title: 'Apra il link dal negozio',
      message: 'Questa pagina si apre solo tramite il sito del negozio. Apra di nuovo il link contenuto nell’e-mail.',
    },
    tooMany: (when) => ({ title: 'Troppi tentativi', message: `Troppi tentativi da questo dispositivo; riprovi ${when}.` }),
    busy: (when) => ({
      title: 'Troppe richieste in questo momento',
      message: `Questo negozio sta ricevendo troppe richieste in questo momento; riprovi ${when}.`,
    }),
    failed: { title: 'Si è verificato un errore', message: 'Si è verificato un errore da parte nostra; non è andato perso nulla. Riprovi tra qualche minuto.' },
  },
};
