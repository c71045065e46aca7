// Privātuma politika latviešu valodā, teikums pa teikumam (pēc /work/shared/seed/privacy-policy.txt struktūras).
import { lowercaseInitial } from './case.ts';
import type { PolicyTexts } from './types.ts';

/** Months in the locative ("jūnijā"), as in "2025. gada 10. jūnijā". */
const months = ['janvārī', 'februārī', 'martā', 'aprīlī', 'maijā', 'jūnijā', 'jūlijā', 'augustā', 'septembrī', 'oktobrī', 'novembrī', 'decembrī'];
/** Accusative singular and plural: "vismaz 1 gadu", "vismaz 5 gadus". */
const units = { days: ['dienu', 'dienas'], months: ['mēnesi', 'mēnešus'], years: ['gadu', 'gadus'] } as const;

function list(items: string[]): string {
  if (items.length <= 2) return items.join(' un ');
  return `${items.slice(0, -1).join(', ')} un ${items.at(-1)}`;
}

/** Latvian takes the singular after numbers ending in 1, except 11 (21 gadu, 11 gadus). */
const singular = (amount: number) => amount % 10 === 1 && amount % 100 !== 11;

const withConsent = 'tikai ar jūsu piekrišanu, ko sniedzat sīkdatņu joslā vai sīkdatņu iestatījumos';

export const lv: PolicyTexts = {
  locale: 'lv',
  title: 'Privātuma politika',
  date: (year, month, day) => `${year}. gada ${day}. ${months[month - 1]}`,
  lastUpdated: (date) => `Pēdējo reizi atjaunināta ${date}`,
  list,
  midSentence: lowercaseInitial,
  intro:
    'Šajā privātuma politikā ir izskaidrots, kā mēs vācam, izmantojam un apstrādājam jūsu personas datus, kad jūs izmantojat mūsu interneta veikalu. Mēs apņemamies aizsargāt jūsu tiesības saskaņā ar Vispārīgo datu aizsardzības regulu (VDAR) un nodrošināt, ka jūsu dati tiek apstrādāti droši un likumīgi.',
  sectionTitles: [
    'Pārzinis',
    'Kādus datus mēs vācam',
    'Apstrādes nolūki un tiesiskais pamats',
    'Sīkdatnes un analītika',
    'Datu nodošana',
    'Datu glabāšana',
    'Jūsu tiesības saskaņā ar VDAR',
    'Datu drošība',
    'Automatizēta lēmumu pieņemšana',
    'Izmaiņas šajā politikā',
  ],
  controller: {
    identity: (legalName, address) => `Datu pārzinis ir ${legalName}, ${address}, kas uztur šo interneta veikalu.`,
    contact: (email) => `Ja jums ir jautājumi vai pieprasījumi saistībā ar jūsu personas datiem, varat sazināties ar mums pa e-pastu: ${email}`,
    dpo: (name, email) => `Mūsu datu aizsardzības speciālists ir ${name}; ar viņu varat sazināties, rakstot uz ${email}.`,
    euRepresentative: (name, address, email) => `Mūsu pārstāvis Eiropas Savienībā (VDAR 27. pants) ir ${name}, ${address}, ${email}.`,
  },
  collected: {
    intro: 'Mēs varam vākt šādu kategoriju personas datus:',
    noSpecialCategories: 'Mēs nevācam sensitīvus personas datus (īpašu kategoriju personas datus VDAR 9. panta izpratnē).',
    specialCategories: (details) => `Mēs apstrādājam īpašu kategoriju personas datus (VDAR 9. pants): ${details}`,
    fromThirdParties: (items) => `Daļu šo datu mēs saņemam nevis no jums, bet no trešajām personām (VDAR 14. panta 2. punkta f) apakšpunkts): ${items}.`,
    receivedItem: (category, origin) => `${category} – ${origin}`,
    provisionIntro:
      'Katram datu veidam norādām, vai jums ir pienākums tos sniegt un ar kādām sekām jārēķinās, ja tos nesniedzat (VDAR 13. panta 2. punkta e) apakšpunkts):',
    requirements: {
      statutory: 'sniegšana noteikta saskaņā ar likumu',
      contractual: 'sniegšana noteikta saskaņā ar līgumu',
      contract_entry: 'sniegšana ir priekšnosacījums, lai noslēgtu līgumu',
      voluntary: 'sniegšana ir brīvprātīga',
    },
    provisionItem: (category, requirement, consequence) => `${category} – ${requirement}. ${consequence}`,
  },
  purposes: {
    intro: 'Mēs apstrādājam jūsu personas datus tikai konkrētiem un leģitīmiem nolūkiem, pamatojoties uz VDAR paredzētajiem tiesiskajiem pamatiem:',
    bases: {
      contract: 'pamatojoties uz nepieciešamību izpildīt līgumu (VDAR 6. panta 1. punkta b) apakšpunkts)',
      legal_obligation: 'pamatojoties uz mums saistošu juridisku pienākumu izpildi (VDAR 6. panta 1. punkta c) apakšpunkts)',
      legitimate_interest: (interest) => `pamatojoties uz mūsu leģitīmajām interesēm: ${interest} (VDAR 6. panta 1. punkta f) apakšpunkts)`,
      consent: 'tikai ar jūsu iepriekšēju piekrišanu (VDAR 6. panta 1. punkta a) apakšpunkts)',
    },
    item: (purpose, basis) => `${purpose} – ${basis}`,
  },
  cookies: {
    intro: 'Mēs izmantojam sīkdatnes un līdzīgas tehnoloģijas, lai nodrošinātu mūsu veikala darbību un uzlabotu tīmekļvietnes veiktspēju.',
    necessary:
      'Sīkdatnes, kas ir noteikti nepieciešamas veikala darbībai, piemēram, iepirkumu grozam un pirkuma noformēšanai, tiek iestatītas bez piekrišanas.',
    consentGated: (category, providers) =>
      ({
        analytics: `Analītikas rīki (${providers}) tiek aktivizēti ${withConsent}.`,
        marketing: `Mārketinga rīki (${providers}) tiek aktivizēti ${withConsent}.`,
        preferences: `Izvēļu sīkdatnes (${providers}) tiek iestatītas ${withConsent}.`,
      })[category],
    noTracking: 'Mēs neizmantojam analītikas vai mārketinga sīkdatnes.',
    listIntro: 'Mēs izmantojam šādas sīkdatnes:',
    categoryNames: { necessary: 'nepieciešamā', preferences: 'izvēļu', analytics: 'analītikas', marketing: 'mārketinga' },
    item: ({ name, provider, category, purpose, expiry }) => `${name} (${provider}, ${category}): ${purpose}; glabāšanas ilgums: ${expiry}`,
    changeChoice: 'Savu izvēli jebkurā laikā varat mainīt vai atsaukt sīkdatņu iestatījumos.',
  },
  sharing: {
    notSold: 'Mēs nepārdodam jūsu personas datus.',
    sold: 'Mēs varam pārdot personas datus trešajām personām; jūs jebkurā laikā varat iebilst pret to (VDAR 21. pants).',
    intro: 'Mēs varam nodot jūsu personas datus trešajām personām tikai tad, ja tas ir nepieciešams mūsu veikala darbībai:',
    kinds: {
      payment_processors: 'Maksājumu pakalpojumu sniedzēji',
      delivery_companies: 'Piegādes un kurjeru uzņēmumi',
      it_service_providers: 'Mitināšanas, mākoņpakalpojumu un IT pakalpojumu sniedzēji',
      marketing_providers: 'Mārketinga un analītikas pakalpojumu sniedzēji',
      professional_advisors: 'Juridiskie un grāmatvedības konsultanti (ja attiecināms)',
      authorities: 'Kompetentās valsts iestādes – tikai tad, ja to pieprasa likums',
    },
    withExamples: (kind, names) => `${kind} (piemēram, ${names})`,
    transfersIntro: (safeguards) =>
      `Ja dati tiek nosūtīti ārpus EEZ, mēs nodrošinām pietiekamu aizsardzības līmeni, pamatojoties uz lēmumu par aizsardzības līmeņa pietiekamību (VDAR 45. pants) vai atbilstošām garantijām (VDAR 46. pants), mūsu gadījumā: ${safeguards}.`,
    safeguardsLong: {
      adequacy: 'Eiropas Komisijas lēmums par aizsardzības līmeņa pietiekamību (VDAR 45. pants)',
      scc: 'Eiropas Komisijas pieņemtās līguma standartklauzulas (SCC) (VDAR 46. panta 2. punkta c) apakšpunkts)',
      dpf: 'ES un ASV datu privātuma regulējums (Data Privacy Framework, VDAR 45. pants)',
      bcr: 'saistošie uzņēmuma noteikumi (VDAR 47. pants)',
    },
    safeguardsShort: {
      adequacy: 'lēmums par aizsardzības līmeņa pietiekamību',
      scc: 'līguma standartklauzulas (SCC)',
      dpf: 'ES un ASV datu privātuma regulējums',
      bcr: 'saistošie uzņēmuma noteikumi',
    },
    transferItem: (processor, country, safeguard) => `${processor} – ${country}: ${safeguard}`,
    copyOfSafeguards: 'Šo garantiju kopiju varat pieprasīt, rakstot uz iepriekš norādīto e-pasta adresi.',
    noTransfers: 'Mēs nenosūtām jūsu personas datus ārpus Eiropas Ekonomikas zonas (EEZ).',
  },
  retention: {
    intro: 'Mēs glabājam personas datus tikai tik ilgi, cik tas ir nepieciešams iepriekš aprakstītajiem nolūkiem vai juridisko pienākumu izpildei:',
    duration: ({ amount, unit }) => `${amount} ${units[unit][singular(amount) ? 0 : 1]}`,
    sinceOrder: (duration, minimum) => `${minimum ? 'vismaz ' : ''}${duration} no pasūtījuma datuma`,
    sinceLastActivity: (duration, minimum) => `${minimum ? 'vismaz ' : ''}${duration} pēc jūsu pēdējās aktivitātes mūsu veikalā`,
    untilConsentWithdrawn: 'līdz piekrišanas atsaukšanai',
    untilConsentWithdrawnOrInactivity: (duration) => `līdz piekrišanas atsaukšanai vai ne ilgāk kā ${duration} pēc jūsu pēdējās aktivitātes`,
    item: (categories, period) => `${categories} – ${period}`,
    cookies: 'Sīkdatnes – atbilstoši katras sīkdatnes glabāšanas ilgumam (skatīt 4. sadaļu)',
    afterwards: 'Pēc šo termiņu beigām mēs datus dzēšam vai anonimizējam.',
  },
  rights: {
    intro: 'Saskaņā ar VDAR jums ir šādas tiesības:',
    items: [
      'Tiesības piekļūt saviem datiem (VDAR 15. pants)',
      'Tiesības labot neprecīzus datus (VDAR 16. pants)',
      'Tiesības uz datu dzēšanu („tiesības tikt aizmirstam”) (VDAR 17. pants)',
      'Tiesības ierobežot apstrādi (VDAR 18. pants)',
      'Tiesības uz datu pārnesamību (VDAR 20. pants)',
      'Tiesības iebilst pret apstrādi (VDAR 21. pants)',
      'Tiesības jebkurā laikā atsaukt piekrišanu (VDAR 7. panta 3. punkts)',
      'Tiesības iesniegt sūdzību uzraudzības iestādē (VDAR 77. pants)',
    ],
    exercise: (email) =>
      `Lai īstenotu šīs tiesības, lūdzu, sazinieties ar mums, rakstot uz iepriekš norādīto e-pasta adresi (${email}). Mēs atbildam viena mēneša laikā (VDAR 12. panta 3. punkts).`,
    authority: (name, website) =>
      `Par mums atbildīgā uzraudzības iestāde ir ${name}${website ? `, ${website}` : ''}. Sūdzību varat iesniegt arī tās ES valsts uzraudzības iestādē, kurā dzīvojat vai strādājat.`,
    objection: {
      title: 'Jūsu tiesības iebilst (VDAR 21. pants)',
      legitimateInterests:
        'Jums ir tiesības, pamatojoties uz savu konkrēto situāciju, jebkurā brīdī iebilst pret savu datu apstrādi, kas veikta, pamatojoties uz mūsu leģitīmajām interesēm (VDAR 6. panta 1. punkta f) apakšpunkts). Tas attiecas uz šādiem nolūkiem:',
      afterObjection:
        'Pēc tam mēs jūsu datus šajos nolūkos vairs neapstrādājam, ja vien neuzrādām pārliecinošus leģitīmus apstrādes iemeslus, kas ir svarīgāki par jūsu interesēm, tiesībām un brīvībām, vai ja apstrāde ir vajadzīga, lai celtu, īstenotu vai aizstāvētu likumīgas prasības (VDAR 21. panta 1. punkts).',
      directMarketing:
        'Jums ir tiesības jebkurā brīdī iebilst pret savu datu apstrādi tiešās tirgvedības nolūkos, kas ietver arī profilēšanu, ciktāl tā ir saistīta ar šādu tiešo tirgvedību. Pēc tam jūsu datus šādos nolūkos vairs neapstrādā (VDAR 21. panta 2. un 3. punkts).',
      how: (email) => `Iebildumam nav vajadzīga īpaša forma: pietiek ar e-pastu uz ${email}.`,
    },
  },
  security: {
    sentence: (measures) =>
      `Mēs īstenojam atbilstošus tehniskus un organizatoriskus pasākumus, lai nodrošinātu jūsu personas datu drošību, tostarp ${measures}.`,
    measures: {
      encryption: 'šifrēšanu',
      tls: 'šifrētus savienojumus (TLS)',
      encrypted_backups: 'šifrētas rezerves kopijas',
      access_control: 'piekļuves kontroli',
      authentication: 'autentifikāciju',
      multi_factor_authentication: 'daudzfaktoru autentifikāciju',
      system_monitoring: 'sistēmu uzraudzību',
      pseudonymisation: 'pseidonimizāciju',
      staff_training: 'darbinieku apmācību',
      regular_testing: 'regulāru šo pasākumu pārbaudi',
      data_minimisation: 'datu minimizēšanu',
    },
  },
  automated: {
    none: 'Mēs neizmantojam automatizētu lēmumu pieņemšanu, tostarp profilēšanu, kas rada tiesiskas sekas vai līdzīgā veidā būtiski ietekmē lietotājus.',
    used: (description) =>
      `Mēs izmantojam automatizētu lēmumu pieņemšanu, kas var radīt jums tiesiskas sekas vai līdzīgā veidā jūs būtiski ietekmēt: ${description} Jums ir tiesības panākt cilvēka iejaukšanos, paust savu viedokli un apstrīdēt lēmumu (VDAR 22. panta 3. punkts).`,
  },
  changes:
    'Mēs varam atjaunināt šo privātuma politiku, lai atspoguļotu izmaiņas datu apstrādes praksē vai tiesību aktu prasībās. Atjauninājumi tiks publicēti šajā lapā, norādot jauno datumu.',
  footer: {
    title: 'Pārzinis',
    ownedBy: 'Šīs tīmekļvietnes īpašnieks un uzturētājs ir:',
    registry: (value) => `Reģistrācijas Nr.: ${value}`,
    vat: (value) => `PVN maksātāja Nr.: ${value}`,
    address: (value) => `Adrese: ${value}`,
    email: (value) => `E-pasts: ${value}`,
    statement: (legalName) => `Vispārīgās datu aizsardzības regulas (VDAR) izpratnē ${legalName} ir datu pārzinis, kas atbild par jūsu personas datu apstrādi.`,
  },
};
