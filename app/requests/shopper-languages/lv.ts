// Ko latviski lasa cilvēks, kas izmanto savas tiesības: e-pasti, lapas un veidlapas atbildes.
// Tiesību nosaukumi atbilst VDAR oficiālajam tekstam.
import { lowercaseInitial } from '../../policy/texts/case.ts';
import { endSentence, latvianDate, relativeWait } from '../shopper-dates.ts';
import type { ShopperTexts } from '../shopper-texts.ts';

// What this app itself holds about a shopper, as each erasure outcome names it.
const APP_DATA = 'dati, ko par jums glabāja šī lietotne (jūsu sīkdatņu piekrišanas, jūsu iepriekšējie privātuma pieprasījumi un jums sagatavotās lejupielādes)';

export const lv: ShopperTexts = {
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
      `Dzēsts: ${APP_DATA}. Veikals arī lūdza Shopify dzēst jūsu klienta kontu (vārdu, uzvārdu, kontaktinformāciju un adreses), un Shopify pieprasījumu pieņēma.`,
    erased_no_customer: () => `Dzēsts: ${APP_DATA}. Šim veikalam Shopify nav klienta konta ar jūsu e-pasta adresi, tāpēc tur nebija ko vairāk dzēst.`,
    erasure_held: ({ until }, date) =>
      `Dzēsts: ${APP_DATA}. Vēl nav dzēsts: jūsu klienta konts Shopify (vārds, uzvārds, kontaktinformācija un adreses). Tā kā pēdējo 180 dienu laikā veicāt pasūtījumu, Shopify to glabās līdz ${date(until)} un tad dzēsīs; mēs jums uzrakstīsim, kad tas būs izdarīts.`,
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
