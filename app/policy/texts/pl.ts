// Polityka prywatności po polsku, zdanie po zdaniu (według układu /work/shared/seed/privacy-policy.txt).
// Terminy prawne za oficjalnym tekstem ogólnego rozporządzenia o ochronie danych (RODO).
import { lowercaseInitial } from './case.ts';
import type { PolicyTexts } from './types.ts';

/** Months in the genitive, as in "10 czerwca 2025". */
const months = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
/** Polish has three forms after a number: 1 rok, 2–4 lata (also 22–24…), 5 lat (also 11–14, 25…). */
const units = {
  days: { one: 'dzień', few: 'dni', many: 'dni' },
  months: { one: 'miesiąc', few: 'miesiące', many: 'miesięcy' },
  years: { one: 'rok', few: 'lata', many: 'lat' },
} as const;
const plural = new Intl.PluralRules('pl');
const form = (amount: number) => {
  const category = plural.select(amount);
  return category === 'one' || category === 'few' ? category : 'many';
};

function list(items: string[]): string {
  if (items.length <= 2) return items.join(' i ');
  return `${items.slice(0, -1).join(', ')} i ${items.at(-1)}`;
}

const afterConsent = 'dopiero po wyrażeniu przez Państwa zgody w banerze plików cookie lub w ustawieniach plików cookie';

export const pl: PolicyTexts = {
  locale: 'pl',
  title: 'Polityka prywatności',
  date: (year, month, day) => `${day} ${months[month - 1]} ${year} r.`,
  lastUpdated: (date) => `Ostatnia aktualizacja: ${date}`,
  list,
  midSentence: lowercaseInitial,
  intro:
    'Niniejsza polityka prywatności wyjaśnia, w jaki sposób zbieramy, wykorzystujemy i przetwarzamy Państwa dane osobowe, gdy korzystają Państwo z naszego sklepu internetowego. Dbamy o ochronę praw, które przysługują Państwu na mocy ogólnego rozporządzenia o ochronie danych (RODO), oraz o to, by Państwa dane były przetwarzane bezpiecznie i zgodnie z prawem.',
  sectionTitles: [
    'Administrator danych',
    'Jakie dane zbieramy',
    'Cele i podstawy prawne przetwarzania',
    'Pliki cookie i analityka',
    'Udostępnianie danych',
    'Okres przechowywania danych',
    'Państwa prawa wynikające z RODO',
    'Bezpieczeństwo danych',
    'Zautomatyzowane podejmowanie decyzji',
    'Zmiany niniejszej polityki',
  ],
  controller: {
    identity: (legalName, address) => `Administratorem danych jest ${legalName}, ${address} – podmiot prowadzący ten sklep internetowy.`,
    contact: (email) => `W sprawie pytań lub żądań dotyczących Państwa danych osobowych mogą się Państwo z nami skontaktować e-mailem: ${email}`,
    dpo: (name, email) => `Naszym inspektorem ochrony danych jest ${name}; kontakt: ${email}.`,
    euRepresentative: (name, address, email) => `Naszym przedstawicielem w Unii Europejskiej (art. 27 RODO) jest ${name}, ${address}, ${email}.`,
  },
  collected: {
    intro: 'Możemy zbierać następujące kategorie danych osobowych:',
    noSpecialCategories: 'Nie zbieramy danych wrażliwych (szczególnych kategorii danych osobowych w rozumieniu art. 9 RODO).',
    specialCategories: (details) => `Przetwarzamy szczególne kategorie danych osobowych (art. 9 RODO): ${details}`,
    fromThirdParties: (items) => `Część tych danych otrzymujemy nie od Państwa, lecz od osób trzecich (art. 14 ust. 2 lit. f RODO): ${items}.`,
    receivedItem: (category, origin) => `${category} – ${origin}`,
    provisionIntro:
      'Dla każdego rodzaju danych wskazujemy, czy są Państwo zobowiązani do ich podania i jakie są konsekwencje ich niepodania (art. 13 ust. 2 lit. e RODO):',
    requirements: {
      statutory: 'wymóg ustawowy',
      contractual: 'wymóg umowny',
      contract_entry: 'warunek zawarcia z nami umowy',
      voluntary: 'podanie jest dobrowolne',
    },
    provisionItem: (category, requirement, consequence) => `${category} – ${requirement}. ${consequence}`,
  },
  purposes: {
    intro: 'Przetwarzamy Państwa dane osobowe wyłącznie w konkretnych i prawnie uzasadnionych celach, na podstawach prawnych przewidzianych w RODO:',
    bases: {
      contract: 'ponieważ przetwarzanie jest niezbędne do wykonania umowy (art. 6 ust. 1 lit. b RODO)',
      legal_obligation: 'w celu wypełnienia obowiązku prawnego (art. 6 ust. 1 lit. c RODO)',
      legitimate_interest: (interest) => `na podstawie naszego prawnie uzasadnionego interesu: ${interest} (art. 6 ust. 1 lit. f RODO)`,
      consent: 'wyłącznie za Państwa uprzednią zgodą (art. 6 ust. 1 lit. a RODO)',
    },
    item: (purpose, basis) => `${purpose} – ${basis}`,
  },
  cookies: {
    intro: 'Używamy plików cookie i podobnych technologii, aby nasz sklep działał i aby poprawiać wydajność strony internetowej.',
    necessary: 'Pliki cookie niezbędne do działania sklepu, na przykład do obsługi koszyka i realizacji zamówienia, są zapisywane bez zgody.',
    consentGated: (category, providers) =>
      ({
        analytics: `Narzędzia analityczne (${providers}) są włączane ${afterConsent}.`,
        marketing: `Narzędzia marketingowe (${providers}) są włączane ${afterConsent}.`,
        preferences: `Pliki cookie preferencji (${providers}) są zapisywane ${afterConsent}.`,
      })[category],
    noTracking: 'Nie używamy analitycznych ani marketingowych plików cookie.',
    listIntro: 'Używamy następujących plików cookie:',
    categoryNames: { necessary: 'niezbędny', preferences: 'dotyczący preferencji', analytics: 'analityczny', marketing: 'marketingowy' },
    // In Polish a colon is followed by a lower-case word.
    item: ({ name, provider, category, purpose, expiry }) =>
      `${name} (${provider}, ${category}): ${lowercaseInitial(purpose)}; okres przechowywania: ${expiry}`,
    changeChoice: 'W każdej chwili mogą Państwo zmienić lub wycofać swój wybór w ustawieniach plików cookie.',
  },
  sharing: {
    notSold: 'Nie sprzedajemy Państwa danych osobowych.',
    sold: 'Możemy sprzedawać dane osobowe osobom trzecim; w każdej chwili mogą Państwo wnieść sprzeciw (art. 21 RODO).',
    intro: 'Udostępniamy Państwa dane osobowe osobom trzecim tylko wtedy, gdy jest to niezbędne do prowadzenia naszego sklepu:',
    kinds: {
      payment_processors: 'Dostawcy usług płatniczych',
      delivery_companies: 'Firmy kurierskie i przewozowe',
      it_service_providers: 'Dostawcy hostingu, usług chmurowych i usług IT',
      marketing_providers: 'Dostawcy usług marketingowych i analitycznych',
      professional_advisors: 'Doradcy prawni i księgowi (w stosownych przypadkach)',
      authorities: 'Właściwe organy publiczne – wyłącznie gdy wymagają tego przepisy prawa',
    },
    withExamples: (kind, names) => `${kind} (np. ${names})`,
    transfersIntro: (safeguards) =>
      `Jeżeli dane są przekazywane poza EOG, zapewniamy odpowiedni stopień ochrony na podstawie decyzji stwierdzającej odpowiedni stopień ochrony (art. 45 RODO) lub odpowiednich zabezpieczeń (art. 46 RODO), w naszym przypadku: ${safeguards}.`,
    safeguardsLong: {
      adequacy: 'decyzja Komisji Europejskiej stwierdzająca odpowiedni stopień ochrony (art. 45 RODO)',
      scc: 'standardowe klauzule ochrony danych (standardowe klauzule umowne) przyjęte przez Komisję Europejską (art. 46 ust. 2 lit. c RODO)',
      dpf: 'ramy ochrony danych UE–USA (Data Privacy Framework, art. 45 RODO)',
      bcr: 'wiążące reguły korporacyjne (art. 47 RODO)',
    },
    safeguardsShort: {
      adequacy: 'decyzja stwierdzająca odpowiedni stopień ochrony',
      scc: 'standardowe klauzule umowne',
      dpf: 'ramy ochrony danych UE–USA',
      bcr: 'wiążące reguły korporacyjne',
    },
    transferItem: (processor, country, safeguard) => `${processor} – ${country}: ${safeguard}`,
    copyOfSafeguards: 'Kopię tych zabezpieczeń mogą Państwo otrzymać, pisząc na podany wyżej adres e-mail.',
    noTransfers: 'Nie przekazujemy Państwa danych osobowych poza Europejski Obszar Gospodarczy (EOG).',
  },
  retention: {
    intro: 'Przechowujemy dane osobowe tylko tak długo, jak jest to niezbędne do opisanych wyżej celów lub do wypełnienia obowiązków prawnych:',
    duration: ({ amount, unit }) => `${amount} ${units[unit][form(amount)]}`,
    sinceOrder: (duration, minimum) => `${minimum ? 'co najmniej ' : ''}${duration} od daty zamówienia`,
    sinceLastActivity: (duration, minimum) => `${minimum ? 'co najmniej ' : ''}${duration} od Państwa ostatniej aktywności w naszym sklepie`,
    untilConsentWithdrawn: 'do czasu cofnięcia zgody',
    untilConsentWithdrawnOrInactivity: (duration) => `do czasu cofnięcia zgody, nie dłużej jednak niż ${duration} od Państwa ostatniej aktywności`,
    item: (categories, period) => `${categories} – ${period}`,
    cookies: 'Pliki cookie – zgodnie z okresem przechowywania każdego z nich (zob. sekcja 4)',
    afterwards: 'Po upływie tych okresów usuwamy lub anonimizujemy dane.',
  },
  rights: {
    intro: 'Na podstawie RODO przysługują Państwu następujące prawa:',
    items: [
      'Prawo dostępu do danych (art. 15 RODO)',
      'Prawo do sprostowania nieprawidłowych danych (art. 16 RODO)',
      'Prawo do usunięcia danych („prawo do bycia zapomnianym”) (art. 17 RODO)',
      'Prawo do ograniczenia przetwarzania (art. 18 RODO)',
      'Prawo do przenoszenia danych (art. 20 RODO)',
      'Prawo do sprzeciwu wobec przetwarzania (art. 21 RODO)',
      'Prawo do cofnięcia zgody w dowolnym momencie (art. 7 ust. 3 RODO)',
      'Prawo do wniesienia skargi do organu nadzorczego (art. 77 RODO)',
    ],
    exercise: (email) =>
      `Aby skorzystać z tych praw, prosimy o kontakt na podany wyżej adres e-mail (${email}). Odpowiadamy w ciągu miesiąca (art. 12 ust. 3 RODO).`,
    authority: (name, website) =>
      `Organem nadzorczym właściwym dla nas jest ${name}${website ? `, ${website}` : ''}. Skargę mogą Państwo wnieść także do organu nadzorczego państwa UE, w którym Państwo mieszkają lub pracują.`,
    objection: {
      title: 'Państwa prawo do sprzeciwu (art. 21 RODO)',
      legitimateInterests:
        'Mają Państwo prawo w dowolnym momencie wnieść sprzeciw – z przyczyn związanych z Państwa szczególną sytuacją – wobec przetwarzania Państwa danych opartego na naszym prawnie uzasadnionym interesie (art. 6 ust. 1 lit. f RODO). Dotyczy to następujących celów:',
      afterObjection:
        'Wówczas nie będziemy już przetwarzać Państwa danych w tych celach, chyba że wykażemy istnienie ważnych prawnie uzasadnionych podstaw do przetwarzania, nadrzędnych wobec Państwa interesów, praw i wolności, lub podstaw do ustalenia, dochodzenia lub obrony roszczeń (art. 21 ust. 1 RODO).',
      directMarketing:
        'Mają Państwo prawo w dowolnym momencie wnieść sprzeciw wobec przetwarzania Państwa danych na potrzeby marketingu bezpośredniego, w tym profilowania, w zakresie, w jakim przetwarzanie jest związane z takim marketingiem bezpośrednim. Wówczas Państwa danych nie wolno już przetwarzać do takich celów (art. 21 ust. 2 i 3 RODO).',
      how: (email) => `Sprzeciw nie wymaga żadnego formularza: wystarczy e-mail na adres ${email}.`,
    },
  },
  security: {
    sentence: (measures) => `Stosujemy odpowiednie środki techniczne i organizacyjne, aby zapewnić bezpieczeństwo Państwa danych osobowych, w tym ${measures}.`,
    measures: {
      encryption: 'szyfrowanie',
      tls: 'szyfrowane połączenia (TLS)',
      encrypted_backups: 'szyfrowane kopie zapasowe',
      access_control: 'kontrolę dostępu',
      authentication: 'uwierzytelnianie',
      multi_factor_authentication: 'uwierzytelnianie wieloskładnikowe',
      system_monitoring: 'monitorowanie systemów',
      pseudonymisation: 'pseudonimizację',
      staff_training: 'szkolenia pracowników',
      regular_testing: 'regularne testowanie tych środków',
      data_minimisation: 'minimalizację danych',
    },
  },
  automated: {
    none: 'Nie stosujemy zautomatyzowanego podejmowania decyzji, w tym profilowania, które wywołuje wobec Państwa skutki prawne lub w podobny sposób istotnie na Państwa wpływa.',
    used: (description) =>
      `Stosujemy zautomatyzowane podejmowanie decyzji, które może wywoływać wobec Państwa skutki prawne lub w podobny sposób istotnie na Państwa wpływać: ${description} Mają Państwo prawo do uzyskania interwencji ludzkiej, do wyrażenia własnego stanowiska i do zakwestionowania decyzji (art. 22 ust. 3 RODO).`,
  },
  changes:
    'Możemy aktualizować niniejszą politykę prywatności, aby uwzględnić zmiany w naszych praktykach dotyczących danych lub w wymogach prawnych. Aktualizacje publikujemy na tej stronie wraz z nową datą.',
  footer: {
    title: 'Administrator danych',
    ownedBy: 'Właścicielem i operatorem tej strony internetowej jest:',
    registry: (value) => `Nr rejestrowy: ${value}`,
    vat: (value) => `Nr VAT: ${value}`,
    address: (value) => `Adres: ${value}`,
    email: (value) => `E-mail: ${value}`,
    statement: (legalName) =>
      `Na potrzeby ogólnego rozporządzenia o ochronie danych (RODO) administratorem odpowiedzialnym za przetwarzanie Państwa danych osobowych jest ${legalName}.`,
  },
};
