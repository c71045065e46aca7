// Die Datenschutzerklärung auf Deutsch, Satz für Satz (nach dem Aufbau von /work/shared/seed/privacy-policy.txt).
import type { PolicyTexts } from './types.ts';

const months = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const units = { days: ['Tag', 'Tage'], months: ['Monat', 'Monate'], years: ['Jahr', 'Jahre'] } as const;

function list(items: string[]): string {
  if (items.length <= 2) return items.join(' und ');
  return `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`;
}

const afterConsent = 'nachdem Sie über das Cookie-Banner oder die Cookie-Einstellungen eingewilligt haben';

export const de: PolicyTexts = {
  locale: 'de',
  title: 'Datenschutzerklärung',
  date: (year, month, day) => `${day}. ${months[month - 1]} ${year}`,
  lastUpdated: (date) => `Zuletzt aktualisiert: ${date}`,
  list,
  // Nouns keep their capital letter in German.
  midSentence: (name) => name,
  intro:
    'Diese Datenschutzerklärung erläutert, wie wir Ihre personenbezogenen Daten erheben, verwenden und verarbeiten, wenn Sie unseren Online-Shop nutzen. Wir setzen uns dafür ein, Ihre Rechte nach der Datenschutz-Grundverordnung (DSGVO) zu schützen und Ihre Daten sicher und rechtmäßig zu verarbeiten.',
  sectionTitles: [
    'Verantwortlicher',
    'Welche Daten wir erheben',
    'Zwecke und Rechtsgrundlagen der Verarbeitung',
    'Cookies und Analyse',
    'Weitergabe von Daten',
    'Speicherdauer',
    'Ihre Rechte nach der DSGVO',
    'Datensicherheit',
    'Automatisierte Entscheidungsfindung',
    'Änderungen dieser Datenschutzerklärung',
  ],
  controller: {
    identity: (legalName, address) => `Verantwortlicher für die Datenverarbeitung ist ${legalName}, ${address}, der Betreiber dieses Online-Shops.`,
    contact: (email) => `Bei Fragen oder Anliegen zu Ihren personenbezogenen Daten erreichen Sie uns per E-Mail: ${email}`,
    dpo: (name, email) => `Unseren Datenschutzbeauftragten, ${name}, erreichen Sie unter ${email}.`,
    euRepresentative: (name, address, email) => `Unser Vertreter in der Europäischen Union (Art. 27 DSGVO) ist ${name}, ${address}, ${email}.`,
  },
  collected: {
    intro: 'Wir erheben gegebenenfalls die folgenden Kategorien personenbezogener Daten:',
    noSpecialCategories: 'Wir erheben keine sensiblen personenbezogenen Daten (besondere Kategorien personenbezogener Daten nach Art. 9 DSGVO).',
    specialCategories: (details) => `Wir verarbeiten besondere Kategorien personenbezogener Daten (Art. 9 DSGVO): ${details}`,
    fromThirdParties: (items) => `Einige dieser Daten erhalten wir nicht von Ihnen, sondern von Dritten (Art. 14 Abs. 2 lit. f DSGVO): ${items}.`,
    receivedItem: (category, origin) => `${category} – ${origin}`,
    provisionIntro:
      'Für jede Art von Daten: ob Sie verpflichtet sind, sie uns bereitzustellen, und welche Folgen es hätte, wenn Sie dies nicht tun (Art. 13 Abs. 2 lit. e DSGVO):',
    requirements: {
      statutory: 'gesetzlich vorgeschrieben',
      contractual: 'vertraglich vorgeschrieben',
      contract_entry: 'für einen Vertragsabschluss erforderlich',
      voluntary: 'freiwillig',
    },
    provisionItem: (category, requirement, consequence) => `${category} – ${requirement}. ${consequence}`,
  },
  purposes: {
    intro: 'Wir verarbeiten Ihre personenbezogenen Daten nur für festgelegte und legitime Zwecke und stützen uns dabei auf die Rechtsgrundlagen der DSGVO:',
    bases: {
      contract: 'auf Grundlage der Erforderlichkeit zur Vertragserfüllung (Art. 6 Abs. 1 lit. b DSGVO)',
      legal_obligation: 'auf Grundlage unserer rechtlichen Verpflichtungen (Art. 6 Abs. 1 lit. c DSGVO)',
      legitimate_interest: (interest) => `auf Grundlage unseres berechtigten Interesses: ${interest} (Art. 6 Abs. 1 lit. f DSGVO)`,
      consent: 'nur mit Ihrer vorherigen Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)',
    },
    item: (purpose, basis) => `${purpose} – ${basis}`,
  },
  cookies: {
    intro: 'Wir verwenden Cookies und ähnliche Technologien, um unseren Shop zu betreiben und die Leistung der Website zu verbessern.',
    necessary:
      'Cookies, die für den Betrieb des Shops unbedingt erforderlich sind, etwa für den Warenkorb und den Bestellvorgang, werden ohne Einwilligung gesetzt.',
    consentGated: (category, providers) =>
      ({
        analytics: `Analysewerkzeuge (${providers}) werden erst aktiviert, ${afterConsent}.`,
        marketing: `Marketingwerkzeuge (${providers}) werden erst aktiviert, ${afterConsent}.`,
        preferences: `Präferenz-Cookies (${providers}) werden erst gesetzt, ${afterConsent}.`,
      })[category],
    noTracking: 'Wir verwenden keine Analyse- oder Marketing-Cookies.',
    listIntro: 'Diese Cookies verwenden wir:',
    categoryNames: { necessary: 'notwendig', preferences: 'Präferenzen', analytics: 'Analyse', marketing: 'Marketing' },
    item: ({ name, provider, category, purpose, expiry }) => `${name} (${provider}, ${category}): ${purpose}; Speicherdauer: ${expiry}`,
    changeChoice: 'Sie können Ihre Auswahl jederzeit in den Cookie-Einstellungen ändern oder widerrufen.',
  },
  sharing: {
    notSold: 'Wir verkaufen Ihre personenbezogenen Daten nicht.',
    sold: 'Wir können personenbezogene Daten an Dritte verkaufen; Sie können dem jederzeit widersprechen (Art. 21 DSGVO).',
    intro: 'Wir geben Ihre personenbezogenen Daten nur an Dritte weiter, soweit dies für den Betrieb unseres Shops erforderlich ist:',
    kinds: {
      payment_processors: 'Zahlungsdienstleister',
      delivery_companies: 'Versand- und Zustelldienste',
      it_service_providers: 'Hosting-, Cloud- und IT-Dienstleister',
      marketing_providers: 'Marketing- und Analyseanbieter',
      professional_advisors: 'Rechts- und Steuerberater (falls zutreffend)',
      authorities: 'Zuständige Behörden – nur soweit gesetzlich vorgeschrieben',
    },
    withExamples: (kind, names) => `${kind} (z. B. ${names})`,
    transfersIntro: (safeguards) =>
      `Werden Daten außerhalb des EWR übermittelt, stellen wir ein angemessenes Schutzniveau auf der Grundlage eines Angemessenheitsbeschlusses (Art. 45 DSGVO) oder geeigneter Garantien (Art. 46 DSGVO) sicher, in unserem Fall durch ${safeguards}.`,
    safeguardsLong: {
      adequacy: 'einen Angemessenheitsbeschluss der Europäischen Kommission (Art. 45 DSGVO)',
      scc: 'von der Europäischen Kommission erlassene Standardvertragsklauseln (SCC) (Art. 46 Abs. 2 lit. c DSGVO)',
      dpf: 'den Datenschutzrahmen EU-USA (EU-U.S. Data Privacy Framework, Art. 45 DSGVO)',
      bcr: 'verbindliche interne Datenschutzvorschriften (Art. 47 DSGVO)',
    },
    safeguardsShort: {
      adequacy: 'Angemessenheitsbeschluss',
      scc: 'Standardvertragsklauseln (SCC)',
      dpf: 'Datenschutzrahmen EU-USA',
      bcr: 'verbindliche interne Datenschutzvorschriften',
    },
    transferItem: (processor, country, safeguard) => `${processor} – ${country}: ${safeguard}`,
    copyOfSafeguards: 'Eine Kopie dieser Garantien können Sie über die oben genannte E-Mail-Adresse bei uns anfordern.',
    noTransfers: 'Wir übermitteln Ihre personenbezogenen Daten nicht in Länder außerhalb des Europäischen Wirtschaftsraums (EWR).',
  },
  retention: {
    intro:
      'Wir speichern personenbezogene Daten nur so lange, wie es für die oben genannten Zwecke oder zur Erfüllung gesetzlicher Pflichten erforderlich ist:',
    duration: ({ amount, unit }) => `${amount} ${units[unit][amount === 1 ? 0 : 1]}`,
    sinceOrder: (duration, minimum) => `${minimum ? 'mindestens ' : ''}${duration} ab dem Datum der Bestellung`,
    sinceLastActivity: (duration, minimum) => `${minimum ? 'mindestens ' : ''}${duration} nach Ihrer letzten Aktivität bei uns`,
    untilConsentWithdrawn: 'bis zum Widerruf Ihrer Einwilligung',
    untilConsentWithdrawnOrInactivity: (duration) => `bis zum Widerruf Ihrer Einwilligung oder höchstens ${duration} nach Ihrer letzten Aktivität`,
    item: (categories, period) => `${categories} – ${period}`,
    cookies: 'Cookies – entsprechend ihrer jeweiligen Speicherdauer (siehe Abschnitt 4)',
    afterwards: 'Nach Ablauf dieser Fristen löschen oder anonymisieren wir die Daten.',
  },
  rights: {
    intro: 'Nach der DSGVO haben Sie folgende Rechte:',
    items: [
      'Recht auf Auskunft über Ihre Daten (Art. 15 DSGVO)',
      'Recht auf Berichtigung unrichtiger Daten (Art. 16 DSGVO)',
      'Recht auf Löschung („Recht auf Vergessenwerden“) (Art. 17 DSGVO)',
      'Recht auf Einschränkung der Verarbeitung (Art. 18 DSGVO)',
      'Recht auf Datenübertragbarkeit (Art. 20 DSGVO)',
      'Recht auf Widerspruch gegen die Verarbeitung (Art. 21 DSGVO)',
      'Recht, eine Einwilligung jederzeit zu widerrufen (Art. 7 Abs. 3 DSGVO)',
      'Recht auf Beschwerde bei einer Aufsichtsbehörde (Art. 77 DSGVO)',
    ],
    exercise: (email) =>
      `Um diese Rechte auszuüben, kontaktieren Sie uns bitte über die oben genannte E-Mail-Adresse (${email}). Wir antworten innerhalb eines Monats (Art. 12 Abs. 3 DSGVO).`,
    authority: (name, website) =>
      `Die für uns zuständige Aufsichtsbehörde ist ${name}${website ? `, ${website}` : ''}. Sie können sich auch an die Aufsichtsbehörde des EU-Landes wenden, in dem Sie leben oder arbeiten.`,
    objection: {
      title: 'Ihr Widerspruchsrecht (Art. 21 DSGVO)',
      legitimateInterests:
        'Sie haben das Recht, aus Gründen, die sich aus Ihrer besonderen Situation ergeben, jederzeit gegen die Verarbeitung Ihrer Daten Widerspruch einzulegen, die auf unserem berechtigten Interesse beruht (Art. 6 Abs. 1 lit. f DSGVO). Das betrifft folgende Zwecke:',
      afterObjection:
        'Wir verarbeiten Ihre Daten dann nicht mehr für diese Zwecke, es sei denn, wir können zwingende schutzwürdige Gründe für die Verarbeitung nachweisen, die Ihre Interessen, Rechte und Freiheiten überwiegen, oder die Verarbeitung dient der Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (Art. 21 Abs. 1 DSGVO).',
      directMarketing:
        'Sie haben das Recht, jederzeit Widerspruch gegen die Verarbeitung Ihrer Daten zum Zwecke der Direktwerbung einzulegen; dies gilt auch für das Profiling, soweit es mit solcher Direktwerbung in Verbindung steht. Ihre Daten werden dann nicht mehr für diese Zwecke verarbeitet (Art. 21 Abs. 2 und 3 DSGVO).',
      how: (email) => `Der Widerspruch ist an keine Form gebunden; eine E-Mail an ${email} genügt.`,
    },
  },
  security: {
    sentence: (measures) =>
      `Wir treffen geeignete technische und organisatorische Maßnahmen, um die Sicherheit Ihrer personenbezogenen Daten zu gewährleisten, darunter ${measures}.`,
    measures: {
      encryption: 'Verschlüsselung',
      tls: 'verschlüsselte Verbindungen (TLS)',
      encrypted_backups: 'verschlüsselte Datensicherungen',
      access_control: 'Zugriffskontrolle',
      authentication: 'Authentifizierung',
      multi_factor_authentication: 'Multi-Faktor-Authentifizierung',
      system_monitoring: 'Systemüberwachung',
      pseudonymisation: 'Pseudonymisierung',
      staff_training: 'Schulung der Mitarbeitenden',
      regular_testing: 'regelmäßige Überprüfung dieser Maßnahmen',
      data_minimisation: 'Datenminimierung',
    },
  },
  automated: {
    none: 'Wir nutzen keine automatisierte Entscheidungsfindung einschließlich Profiling, die Ihnen gegenüber rechtliche Wirkung entfaltet oder Sie in ähnlicher Weise erheblich beeinträchtigt.',
    used: (description) =>
      `Wir nutzen automatisierte Entscheidungsfindung, die Ihnen gegenüber rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen kann: ${description} Sie haben das Recht, das Eingreifen einer Person zu verlangen, Ihren Standpunkt darzulegen und die Entscheidung anzufechten (Art. 22 Abs. 3 DSGVO).`,
  },
  changes:
    'Wir können diese Datenschutzerklärung aktualisieren, um Änderungen unserer Datenverarbeitung oder rechtlicher Anforderungen Rechnung zu tragen. Aktualisierungen veröffentlichen wir auf dieser Seite mit dem neuen Datum.',
  footer: {
    title: 'Verantwortlicher',
    ownedBy: 'Diese Website wird betrieben von:',
    registry: (value) => `Registernummer: ${value}`,
    vat: (value) => `USt-IdNr.: ${value}`,
    address: (value) => `Anschrift: ${value}`,
    email: (value) => `E-Mail: ${value}`,
    statement: (legalName) =>
      `Verantwortlicher im Sinne der Datenschutz-Grundverordnung (DSGVO) für die Verarbeitung Ihrer personenbezogenen Daten ist ${legalName}.`,
  },
};
