// L'informativa sulla privacy in italiano, frase per frase (struttura di /work/shared/seed/privacy-policy.txt).
// I termini giuridici seguono il testo ufficiale del regolamento generale sulla protezione dei dati (RGPD).
import { lowercaseInitial } from './case.ts';
import type { PolicyTexts } from './types.ts';

const months = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const units = { days: ['giorno', 'giorni'], months: ['mese', 'mesi'], years: ['anno', 'anni'] } as const;

function list(items: string[]): string {
  if (items.length <= 2) return items.join(' e ');
  return `${items.slice(0, -1).join(', ')} e ${items.at(-1)}`;
}

const afterConsent = 'dopo che ha prestato il consenso tramite il banner dei cookie o le impostazioni dei cookie';

export const it: PolicyTexts = {
  locale: 'it',
  title: 'Informativa sulla privacy',
  // The first day of a month is written as an ordinal in Italian: "1º giugno".
  date: (year, month, day) => `${day === 1 ? '1º' : day} ${months[month - 1]} ${year}`,
  lastUpdated: (date) => `Ultimo aggiornamento: ${date}`,
  list,
  midSentence: lowercaseInitial,
  intro:
    'La presente informativa sulla privacy spiega come raccogliamo, utilizziamo e trattiamo i suoi dati personali quando utilizza il nostro negozio online. Ci impegniamo a tutelare i diritti che le riconosce il regolamento generale sulla protezione dei dati (RGPD) e a trattare i suoi dati in modo sicuro e lecito.',
  sectionTitles: [
    'Titolare del trattamento',
    'Dati che raccogliamo',
    'Finalità e base giuridica del trattamento',
    'Cookie e statistiche',
    'Comunicazione dei dati',
    'Conservazione dei dati',
    'I suoi diritti ai sensi del RGPD',
    'Sicurezza dei dati',
    'Processo decisionale automatizzato',
    'Modifiche alla presente informativa',
  ],
  controller: {
    identity: (legalName, address) => `Il titolare del trattamento è ${legalName}, ${address}, gestore del presente negozio online.`,
    contact: (email) => `Per qualsiasi domanda o richiesta relativa ai suoi dati personali può contattarci via e-mail: ${email}`,
    dpo: (name, email) => `Il nostro responsabile della protezione dei dati è ${name}, che può contattare all’indirizzo ${email}.`,
    euRepresentative: (name, address, email) => `Il nostro rappresentante nell’Unione europea (art. 27 RGPD) è ${name}, ${address}, ${email}.`,
  },
  collected: {
    intro: 'Possiamo raccogliere le seguenti categorie di dati personali:',
    noSpecialCategories: 'Non raccogliamo dati personali sensibili (categorie particolari di dati personali ai sensi dell’art. 9 RGPD).',
    specialCategories: (details) => `Trattiamo categorie particolari di dati personali (art. 9 RGPD): ${details}`,
    fromThirdParties: (items) => `Alcuni di questi dati non li riceviamo da lei, ma da terzi (art. 14, par. 2, lett. f), RGPD): ${items}.`,
    receivedItem: (category, origin) => `${category} – ${origin}`,
    provisionIntro:
      'Per ciascun tipo di dati indichiamo se è obbligato a fornirceli e quali sono le conseguenze se non lo fa (art. 13, par. 2, lett. e), RGPD):',
    requirements: {
      statutory: 'è un obbligo legale',
      contractual: 'è un obbligo contrattuale',
      contract_entry: 'è un requisito necessario per la conclusione di un contratto con noi',
      voluntary: 'la comunicazione è facoltativa',
    },
    provisionItem: (category, requirement, consequence) => `${category} – ${requirement}. ${consequence}`,
  },
  purposes: {
    intro: 'Trattiamo i suoi dati personali solo per finalità determinate e legittime, sulle basi giuridiche previste dal RGPD:',
    bases: {
      contract: 'in quanto il trattamento è necessario all’esecuzione di un contratto (art. 6, par. 1, lett. b), RGPD)',
      legal_obligation: 'per adempiere un obbligo legale (art. 6, par. 1, lett. c), RGPD)',
      legitimate_interest: (interest) => `sulla base del nostro legittimo interesse: ${interest} (art. 6, par. 1, lett. f), RGPD)`,
      consent: 'solo con il suo previo consenso (art. 6, par. 1, lett. a), RGPD)',
    },
    item: (purpose, basis) => `${purpose} – ${basis}`,
  },
  cookies: {
    intro: 'Utilizziamo cookie e tecnologie simili per far funzionare il nostro negozio e migliorare le prestazioni del sito.',
    necessary: 'I cookie strettamente necessari al funzionamento del negozio, ad esempio per il carrello e il pagamento, vengono installati senza consenso.',
    consentGated: (category, providers) =>
      ({
        analytics: `Gli strumenti di statistica (${providers}) vengono attivati solo ${afterConsent}.`,
        marketing: `Gli strumenti di marketing (${providers}) vengono attivati solo ${afterConsent}.`,
        preferences: `I cookie di preferenza (${providers}) vengono installati solo ${afterConsent}.`,
      })[category],
    noTracking: 'Non utilizziamo cookie statistici né cookie di marketing.',
    listIntro: 'Questi sono i cookie che utilizziamo:',
    categoryNames: { necessary: 'necessario', preferences: 'di preferenza', analytics: 'statistico', marketing: 'di marketing' },
    // In Italian a colon is followed by a lower-case word.
    item: ({ name, provider, category, purpose, expiry }) => `${name} (${provider}, ${category}): ${lowercaseInitial(purpose)}; durata: ${expiry}`,
    changeChoice: 'Può modificare o revocare la sua scelta in qualsiasi momento nelle impostazioni dei cookie.',
  },
  sharing: {
    notSold: 'Non vendiamo i suoi dati personali.',
    sold: 'Possiamo vendere dati personali a terzi; può opporsi in qualsiasi momento (art. 21 RGPD).',
    intro: 'Comunichiamo i suoi dati personali a terzi solo quando ciò è necessario per il funzionamento del nostro negozio:',
    kinds: {
      payment_processors: 'Fornitori di servizi di pagamento',
      delivery_companies: 'Corrieri e società di spedizione',
      it_service_providers: 'Fornitori di hosting, servizi cloud e servizi informatici',
      marketing_providers: 'Fornitori di servizi di marketing e di statistica',
      professional_advisors: 'Consulenti legali e contabili (se del caso)',
      authorities: 'Autorità pubbliche competenti, solo se richiesto dalla legge',
    },
    withExamples: (kind, names) => `${kind} (ad es. ${names})`,
    transfersIntro: (safeguards) =>
      `Se i dati vengono trasferiti al di fuori del SEE, garantiamo un livello di protezione adeguato sulla base di una decisione di adeguatezza (art. 45 RGPD) o di garanzie adeguate (art. 46 RGPD); nel nostro caso: ${safeguards}.`,
    safeguardsLong: {
      adequacy: 'una decisione di adeguatezza della Commissione europea (art. 45 RGPD)',
      scc: 'le clausole tipo di protezione dei dati (clausole contrattuali standard) adottate dalla Commissione europea (art. 46, par. 2, lett. c), RGPD)',
      dpf: 'il quadro UE-USA per la protezione dei dati personali (Data Privacy Framework, art. 45 RGPD)',
      bcr: 'norme vincolanti d’impresa (art. 47 RGPD)',
    },
    safeguardsShort: {
      adequacy: 'decisione di adeguatezza',
      scc: 'clausole contrattuali standard',
      dpf: 'quadro UE-USA per la protezione dei dati personali',
      bcr: 'norme vincolanti d’impresa',
    },
    transferItem: (processor, country, safeguard) => `${processor} – ${country}: ${safeguard}`,
    copyOfSafeguards: 'Può chiederci una copia di queste garanzie all’indirizzo e-mail indicato sopra.',
    noTransfers: 'Non trasferiamo i suoi dati personali al di fuori dello Spazio economico europeo (SEE).',
  },
  retention: {
    intro: 'Conserviamo i dati personali solo per il tempo necessario alle finalità sopra descritte o per adempiere obblighi di legge:',
    duration: ({ amount, unit }) => `${amount} ${units[unit][amount === 1 ? 0 : 1]}`,
    sinceOrder: (duration, minimum) => `${minimum ? 'almeno ' : ''}${duration} dalla data dell’ordine`,
    sinceLastActivity: (duration, minimum) => `${minimum ? 'almeno ' : ''}${duration} dalla sua ultima attività presso di noi`,
    untilConsentWithdrawn: 'fino alla revoca del consenso',
    untilConsentWithdrawnOrInactivity: (duration) => `fino alla revoca del consenso o al massimo ${duration} dalla sua ultima attività`,
    item: (categories, period) => `${categories} – ${period}`,
    cookies: 'Cookie – secondo la rispettiva durata (vedi la sezione 4)',
    afterwards: 'Trascorsi tali periodi, cancelliamo o anonimizziamo i dati.',
  },
  rights: {
    intro: 'Ai sensi del RGPD lei ha i seguenti diritti:',
    items: [
      'Diritto di accesso ai suoi dati (art. 15 RGPD)',
      'Diritto di rettifica dei dati inesatti (art. 16 RGPD)',
      'Diritto alla cancellazione («diritto all’oblio») (art. 17 RGPD)',
      'Diritto di limitazione del trattamento (art. 18 RGPD)',
      'Diritto alla portabilità dei dati (art. 20 RGPD)',
      'Diritto di opposizione al trattamento (art. 21 RGPD)',
      'Diritto di revocare il consenso in qualsiasi momento (art. 7, par. 3, RGPD)',
      'Diritto di proporre reclamo a un’autorità di controllo (art. 77 RGPD)',
    ],
    exercise: (email) =>
      `Per esercitare questi diritti, ci scriva all’indirizzo e-mail indicato sopra (${email}). Rispondiamo entro un mese (art. 12, par. 3, RGPD).`,
    authority: (name, website) =>
      `L’autorità di controllo competente nei nostri confronti è ${name}${website ? `, ${website}` : ''}. Può anche proporre reclamo all’autorità di controllo del paese dell’UE in cui risiede o lavora.`,
    objection: {
      title: 'Il suo diritto di opposizione (art. 21 RGPD)',
      legitimateInterests:
        'Ha il diritto di opporsi in qualsiasi momento, per motivi connessi alla sua situazione particolare, al trattamento dei suoi dati basato sul nostro legittimo interesse (art. 6, par. 1, lett. f), RGPD). Ciò riguarda le seguenti finalità:',
      afterObjection:
        'In tal caso non tratteremo più i suoi dati per queste finalità, salvo che dimostriamo l’esistenza di motivi legittimi cogenti per procedere al trattamento che prevalgono sui suoi interessi, diritti e libertà, oppure che il trattamento serva per l’accertamento, l’esercizio o la difesa di un diritto in sede giudiziaria (art. 21, par. 1, RGPD).',
      directMarketing:
        'Ha il diritto di opporsi in qualsiasi momento al trattamento dei suoi dati per finalità di marketing diretto, compresa la profilazione nella misura in cui sia connessa a tale marketing diretto. In tal caso i suoi dati non saranno più trattati per tali finalità (art. 21, par. 2 e 3, RGPD).',
      how: (email) => `Per opporsi non serve alcun modulo: basta un’e-mail a ${email}.`,
    },
  },
  security: {
    sentence: (measures) => `Adottiamo misure tecniche e organizzative adeguate per garantire la sicurezza dei suoi dati personali, tra cui ${measures}.`,
    measures: {
      encryption: 'la cifratura',
      tls: 'le connessioni cifrate (TLS)',
      encrypted_backups: 'i backup cifrati',
      access_control: 'il controllo degli accessi',
      authentication: 'l’autenticazione',
      multi_factor_authentication: 'l’autenticazione a più fattori',
      system_monitoring: 'il monitoraggio dei sistemi',
      pseudonymisation: 'la pseudonimizzazione',
      staff_training: 'la formazione del personale',
      regular_testing: 'la verifica periodica di queste misure',
      data_minimisation: 'la minimizzazione dei dati',
    },
  },
  automated: {
    none: 'Non adottiamo decisioni basate unicamente su un trattamento automatizzato, compresa la profilazione, che producano effetti giuridici che la riguardano o che incidano in modo analogo significativamente sulla sua persona.',
    used: (description) =>
      `Adottiamo decisioni automatizzate che possono produrre effetti giuridici che la riguardano o incidere in modo analogo significativamente sulla sua persona: ${description} Lei ha il diritto di ottenere l’intervento umano, di esprimere la propria opinione e di contestare la decisione (art. 22, par. 3, RGPD).`,
  },
  changes:
    'Possiamo aggiornare la presente informativa per tenere conto di modifiche delle nostre pratiche di trattamento dei dati o dei requisiti di legge. Gli aggiornamenti saranno pubblicati in questa pagina con la nuova data.',
  footer: {
    title: 'Titolare del trattamento',
    ownedBy: 'Proprietario e gestore di questo sito web:',
    registry: (value) => `N. di iscrizione al registro: ${value}`,
    vat: (value) => `Partita IVA: ${value}`,
    address: (value) => `Indirizzo: ${value}`,
    email: (value) => `E-mail: ${value}`,
    statement: (legalName) =>
      `Ai fini del regolamento generale sulla protezione dei dati (RGPD), ${legalName} è il titolare del trattamento dei suoi dati personali.`,
  },
};
