// To, co po polsku czyta osoba korzystająca ze swoich praw: e-maile, strony i odpowiedzi formularza.
// Nazwy praw według oficjalnego tekstu RODO.
import { lowercaseInitial } from '../../policy/texts/case.ts';
import { endSentence, polishDate, relativeWait } from '../shopper-dates.ts';
import type { ShopperTexts } from '../shopper-texts.ts';

// What this app itself holds about a shopper, as each erasure outcome names it.
const APP_DATA =
  'dane, które ta aplikacja przechowywała na Państwa temat (zapisy Państwa zgód na pliki cookie, Państwa wcześniejsze żądania dotyczące prywatności oraz przygotowane dla Państwa pliki do pobrania)';

export const pl: ShopperTexts = {
  rights: {
    access: 'dostęp do danych (art. 15 RODO)',
    rectification: 'sprostowanie danych (art. 16 RODO)',
    erasure: 'usunięcie danych (art. 17 RODO)',
    restriction: 'ograniczenie przetwarzania (art. 18 RODO)',
    portability: 'przenoszenie danych (art. 20 RODO)',
    objection: 'sprzeciw wobec przetwarzania (art. 21 RODO)',
    withdraw_consent: 'cofnięcie zgody (art. 7 ust. 3 RODO)',
    complaint: 'skarga do organu nadzorczego (art. 77 RODO)',
  },
  date: polishDate,
  retryIn: relativeWait('pl'),
  verification: (shop, right, link) => ({
    subject: `Prosimy potwierdzić żądanie dotyczące danych osobowych wysłane do sklepu ${shop}`,
    text: `Wysłali Państwo do sklepu ${shop} żądanie dotyczące swoich danych osobowych: ${right}.\n\nAby potwierdzić, że żądanie pochodzi od Państwa, prosimy otworzyć ten link w ciągu 24 godzin i nacisnąć „Potwierdzam żądanie”:\n${link}\n\nJeśli to nie Państwo wysłali to żądanie, prosimy zignorować tę wiadomość: nic się nie stanie.`,
  }),
  confirmation: (shop, right, due) => ({
    subject: `Otrzymaliśmy Państwa żądanie dotyczące danych osobowych (${right})`,
    text: `Sklep ${shop} otrzymał Państwa żądanie (${right}) i odpowie na nie najpóźniej ${due} (art. 12 ust. 3 RODO).`,
  }),
  outcomeSubject: (shop, right) => `Państwa żądanie wysłane do sklepu ${shop}: ${right}`,
  outcomes: {
    export_ready: ({ days, links }) =>
      `Państwa dane są gotowe. Prosimy je pobrać (w formatach JSON i CSV, nadających się do odczytu maszynowego) w ciągu ${days} dni:\n${links.join('\n')}`,
    corrected: ({ correction }) => `Państwa dane zostały sprostowane: ${correction}`,
    erased: () =>
      `Usunięto: ${APP_DATA}. Sklep zwrócił się także do Shopify o usunięcie Państwa konta klienta (imię i nazwisko, dane kontaktowe i adresy), a Shopify przyjął to żądanie.`,
    erased_no_customer: () =>
      `Usunięto: ${APP_DATA}. Sklep nie ma w Shopify konta klienta powiązanego z Państwa adresem e-mail, więc nie było tam nic więcej do usunięcia.`,
    erasure_held: ({ until }, date) =>
      `Usunięto: ${APP_DATA}. Jeszcze nie usunięto Państwa konta klienta w Shopify (imię i nazwisko, dane kontaktowe i adresy): ponieważ w ciągu ostatnich 180 dni złożyli Państwo zamówienie, Shopify przechowuje je do ${date(until)} i wtedy je usunie. Napiszemy do Państwa, gdy to nastąpi.`,
    restricted: () => 'Ograniczyliśmy przetwarzanie Państwa danych: są przechowywane, ale nie są wykorzystywane, i nie będą Państwo otrzymywać reklam.',
    objected: () => 'Przestaliśmy przetwarzać Państwa dane w celach marketingowych i do kontaktu bezpośredniego.',
    consent_withdrawn: () =>
      'Państwa zgoda została cofnięta: nie będą już Państwo otrzymywać treści marketingowych, a ten sklep nie będzie już używać wobec Państwa analitycznych ani marketingowych plików cookie.',
    complaint: ({ authority, website }) => `Mają Państwo prawo wnieść skargę do organu nadzorczego: ${authority}${website ? ` (${website})` : ''}.`,
    superseded: () =>
      'Państwa dane klienta w tym sklepie zostały usunięte, dlatego nie można już odpowiedzieć na to żądanie: nie pozostało nic do wysłania ani do zmiany.',
  },
  extension: (shop, right, due, reason) => ({
    subject: `Rozpatrzenie Państwa żądania przez sklep ${shop} potrwa dłużej`,
    text: `Sklep ${shop} potrzebuje więcej czasu na odpowiedź na Państwa żądanie (${right}): ${reason}\n\nNowy termin upływa ${due} (art. 12 ust. 3 RODO).`,
  }),
  rejection: (shop, right, reason, authority) => ({
    subject: `Sklep ${shop} odmówił realizacji Państwa żądania`,
    text: `Sklep ${shop} nie może zrealizować Państwa żądania (${right}): ${reason}\n\nMogą Państwo wnieść skargę do organu nadzorczego${authority ? ` (${authority})` : ''} i skorzystać ze środków ochrony prawnej przed sądem (art. 12 ust. 4 RODO).`,
  }),
  complaintAnswer: (authority, website) =>
    authority
      ? `Mogą Państwo wnieść skargę do organu nadzorczego: ${authority}${website ? ` (${website})` : ''}.`
      : 'Mogą Państwo wnieść skargę do organu nadzorczego państwa UE, w którym Państwo mieszkają lub pracują.',
  confirm: {
    title: 'Prosimy potwierdzić żądanie',
    message: (rights) =>
      `Zamierzają Państwo potwierdzić swoje żądanie dotyczące prywatności: ${rights}. Nic się nie stanie, dopóki nie naciśną Państwo przycisku.`,
    button: 'Potwierdzam żądanie',
    erasureNote: 'Jeśli sklep usunie Państwa dane, zachowa tylko to, czego wymaga prawo:',
  },
  erasure: {
    keptIntro: 'Co jest przechowywane i dlaczego:',
    keptItem: (category, period, reasons) =>
      `${category}: przechowywane ${period}. Powód: ${lowercaseInitial(reasons)} (art. 17 ust. 3 lit. b RODO). Usuwane po upływie tego okresu.`,
    keptByLaw:
      'Dane, które sklep musi przechowywać na mocy prawa, np. faktury, są przechowywane tylko przez okres wymagany przepisami (art. 17 ust. 3 lit. b RODO), a następnie usuwane.',
  },
  access: {
    insideEea: 'w Europejskim Obszarze Gospodarczym (EOG): bez przekazywania poza EOG',
    noSafeguard: 'poza EOG; sklep nie odnotował jeszcze zabezpieczenia dla tego przekazywania',
    sources: { customer: 'od Państwa', automatic: 'zbierane automatycznie podczas korzystania ze sklepu', third_party: 'od osób trzecich' },
    fromShopify: 'od Shopify, platformy, na której działa ten sklep: to, co podali Państwo przy składaniu zamówień lub zakładaniu konta',
    fromYou: 'od Państwa: Państwa wybory w banerze plików cookie i wysłane przez Państwa żądania',
    fromProcessors: 'wymienione podmioty przetwarzające otrzymują dane od sklepu; żadne z danych w tym pakiecie nie pochodzą od nich',
  },
  fields: {
    type: 'Prosimy wybrać prawo, z którego chcą Państwo skorzystać',
    email: 'Prosimy podać adres e-mail używany w tym sklepie',
    details: 'Szczegóły mogą mieć najwyżej 2000 znaków',
    summary: 'Nie udało się wysłać żądania; prosimy sprawdzić zaznaczone pola.',
    refused: 'Nie udało się wysłać żądania',
    goBack: 'Prosimy wrócić do formularza i go poprawić.',
  },
  pages: {
    received: {
      title: 'Żądanie otrzymane',
      message: 'Otrzymaliśmy Państwa żądanie. Odpowiedź otrzymają Państwo w ciągu miesiąca na adres e-mail swojego konta klienta.',
    },
    verificationSent: {
      title: 'Żądanie otrzymane',
      message: 'Prosimy sprawdzić skrzynkę odbiorczą: wysłaliśmy link do potwierdzenia żądania. Jest ważny przez 24 godziny.',
    },
    confirmed: (due) => ({
      title: 'Żądanie potwierdzone',
      message: `Dziękujemy. Państwa żądanie zostało potwierdzone; odpowiedź otrzymają Państwo najpóźniej ${endSentence(due)}`,
    }),
    linkExpired: { title: 'Link wygasł', message: 'Ten link wygasł; prosimy wysłać żądanie ponownie.' },
    linkUsed: {
      title: 'Link został już użyty',
      message: 'Ten link został już użyty: Państwa żądanie jest potwierdzone, a odpowiedź otrzymają Państwo e-mailem.',
    },
    linkUnknown: {
      title: 'Nie rozpoznano linku',
      message: 'Nie rozpoznajemy tego linku. Prosimy sprawdzić, czy otworzyli Państwo cały link z wiadomości, lub wysłać żądanie ponownie.',
    },
    downloadExpired: { title: 'Link do pobrania wygasł', message: 'Ten link do pobrania wygasł; prosimy ponownie zwrócić się do sklepu o swoje dane.' },
    downloadUnknown: {
      title: 'Nie znaleziono pliku',
      message: 'Nie rozpoznajemy tego linku do pobrania. Prosimy sprawdzić, czy otworzyli Państwo cały link z wiadomości.',
    },
    downloadWithdrawn: {
      title: 'Plik wycofany',
      message: 'Ten plik do pobrania został wycofany, ponieważ Państwa dane w tym sklepie zostały usunięte; nie ma już nic do pobrania.',
    },
    unauthorized: {
      title: 'Prosimy otworzyć link przez sklep',
      message: 'Ta strona otwiera się tylko przez witrynę sklepu. Prosimy ponownie otworzyć link z wiadomości e-mail.',
    },
    tooMany: (when) => ({ title: 'Zbyt wiele prób', message: `Zbyt wiele prób z tego urządzenia; prosimy spróbować ponownie ${when}.` }),
    busy: (when) => ({
      title: 'Zbyt wiele żądań w tej chwili',
      message: `Ten sklep otrzymuje w tej chwili zbyt wiele żądań; prosimy spróbować ponownie ${when}.`,
    }),
    failed: {
      title: 'Coś poszło nie tak',
      message: 'Po naszej stronie coś poszło nie tak; nic nie zostało utracone. Prosimy spróbować ponownie za kilka minut.',
    },
  },
};
