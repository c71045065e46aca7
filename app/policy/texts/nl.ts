// De privacyverklaring in het Nederlands, zin voor zin (opbouw van /work/shared/seed/privacy-policy.txt).
// Juridische termen volgen de officiële tekst van de Algemene verordening gegevensbescherming (AVG).
import { lowercaseInitial } from './case.ts';
import type { PolicyTexts } from './types.ts';

const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** Dutch keeps "jaar" after a number: "5 jaar". */
const units = { days: ['dag', 'dagen'], months: ['maand', 'maanden'], years: ['jaar', 'jaar'] } as const;

function list(items: string[]): string {
  if (items.length <= 2) return items.join(' en ');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

const afterConsent = 'nadat u toestemming hebt gegeven via de cookiebanner of de cookie-instellingen';

export const nl: PolicyTexts = {
  locale: 'nl',
  title: 'Privacyverklaring',
  date: (year, month, day) => `${day} ${months[month - 1]} ${year}`,
  lastUpdated: (date) => `Laatst bijgewerkt: ${date}`,
  list,
  midSentence: lowercaseInitial,
  intro:
    'In deze privacyverklaring leggen we uit hoe we uw persoonsgegevens verzamelen, gebruiken en verwerken wanneer u onze webwinkel gebruikt. We zetten ons in om uw rechten op grond van de Algemene verordening gegevensbescherming (AVG) te beschermen en uw gegevens veilig en rechtmatig te verwerken.',
  sectionTitles: [
    'Verwerkingsverantwoordelijke',
    'Welke gegevens we verzamelen',
    'Doeleinden en rechtsgrond van de verwerking',
    'Cookies en analyse',
    'Delen van gegevens',
    'Bewaartermijnen',
    'Uw rechten op grond van de AVG',
    'Beveiliging van gegevens',
    'Geautomatiseerde besluitvorming',
    'Wijzigingen in deze privacyverklaring',
  ],
  controller: {
    identity: (legalName, address) => `De verwerkingsverantwoordelijke is ${legalName}, ${address}, de exploitant van deze webwinkel.`,
    contact: (email) => `Voor vragen of verzoeken over uw persoonsgegevens kunt u contact met ons opnemen per e-mail: ${email}`,
    dpo: (name, email) => `Onze functionaris voor gegevensbescherming is ${name}, bereikbaar via ${email}.`,
    euRepresentative: (name, address, email) => `Onze vertegenwoordiger in de Europese Unie (art. 27 AVG) is ${name}, ${address}, ${email}.`,
  },
  collected: {
    intro: 'We kunnen de volgende categorieën persoonsgegevens verzamelen:',
    noSpecialCategories: 'We verzamelen geen gevoelige persoonsgegevens (bijzondere categorieën van persoonsgegevens in de zin van art. 9 AVG).',
    specialCategories: (details) => `We verwerken bijzondere categorieën van persoonsgegevens (art. 9 AVG): ${details}`,
    fromThirdParties: (items) => `Sommige van deze gegevens ontvangen we niet van u, maar van derden (art. 14 lid 2 onder f AVG): ${items}.`,
    receivedItem: (category, origin) => `${category} – ${origin}`,
    provisionIntro:
      'Per soort gegevens vermelden we of u verplicht bent ze te verstrekken en wat de gevolgen zijn als u dat niet doet (art. 13 lid 2 onder e AVG):',
    requirements: {
      statutory: 'wettelijke verplichting',
      contractual: 'contractuele verplichting',
      contract_entry: 'noodzakelijke voorwaarde om een overeenkomst met ons te sluiten',
      voluntary: 'verstrekking is vrijwillig',
    },
    provisionItem: (category, requirement, consequence) => `${category} – ${requirement}. ${consequence}`,
  },
  purposes: {
    intro: 'We verwerken uw persoonsgegevens alleen voor welbepaalde en gerechtvaardigde doeleinden, op basis van de rechtsgronden uit de AVG:',
    bases: {
      contract: 'omdat de verwerking noodzakelijk is voor de uitvoering van een overeenkomst (art. 6 lid 1 onder b AVG)',
      legal_obligation: 'om te voldoen aan een wettelijke verplichting (art. 6 lid 1 onder c AVG)',
      legitimate_interest: (interest) => `op basis van ons gerechtvaardigd belang: ${interest} (art. 6 lid 1 onder f AVG)`,
      consent: 'alleen met uw voorafgaande toestemming (art. 6 lid 1 onder a AVG)',
    },
    item: (purpose, basis) => `${purpose} – ${basis}`,
  },
  cookies: {
    intro: 'We gebruiken cookies en vergelijkbare technieken om onze winkel te laten werken en de prestaties van de website te verbeteren.',
    necessary:
      'Cookies die strikt noodzakelijk zijn voor de werking van de winkel, bijvoorbeeld voor het winkelmandje en het afrekenen, worden zonder toestemming geplaatst.',
    consentGated: (category, providers) =>
      ({
        analytics: `Analysetools (${providers}) worden pas geactiveerd ${afterConsent}.`,
        marketing: `Marketingtools (${providers}) worden pas geactiveerd ${afterConsent}.`,
        preferences: `Voorkeurscookies (${providers}) worden pas geplaatst ${afterConsent}.`,
      })[category],
    noTracking: 'We gebruiken geen analyse- of marketingcookies.',
    listIntro: 'Dit zijn de cookies die we gebruiken:',
    categoryNames: { necessary: 'noodzakelijk', preferences: 'voorkeuren', analytics: 'analyse', marketing: 'marketing' },
    // In Dutch a colon is followed by a lower-case word.
    item: ({ name, provider, category, purpose, expiry }) => `${name} (${provider}, ${category}): ${lowercaseInitial(purpose)}; bewaartermijn: ${expiry}`,
    changeChoice: 'U kunt uw keuze op elk moment wijzigen of intrekken in de cookie-instellingen.',
  },
  sharing: {
    notSold: 'We verkopen uw persoonsgegevens niet.',
    sold: 'We kunnen persoonsgegevens aan derden verkopen; u kunt daar op elk moment bezwaar tegen maken (art. 21 AVG).',
    intro: 'We delen uw persoonsgegevens alleen met derden als dat nodig is voor de werking van onze winkel:',
    kinds: {
      payment_processors: 'Betaaldienstverleners',
      delivery_companies: 'Bezorg- en verzendbedrijven',
      it_service_providers: 'Hosting-, cloud- en IT-dienstverleners',
      marketing_providers: 'Marketing- en analysedienstverleners',
      professional_advisors: 'Juridische en boekhoudkundige adviseurs (indien van toepassing)',
      authorities: 'Bevoegde overheidsinstanties – alleen als de wet dat voorschrijft',
    },
    withExamples: (kind, names) => `${kind} (bijv. ${names})`,
    transfersIntro: (safeguards) =>
      `Als gegevens buiten de EER worden doorgegeven, zorgen we voor een passend beschermingsniveau op basis van een adequaatheidsbesluit (art. 45 AVG) of passende waarborgen (art. 46 AVG), in ons geval: ${safeguards}.`,
    safeguardsLong: {
      adequacy: 'een adequaatheidsbesluit van de Europese Commissie (art. 45 AVG)',
      scc: 'door de Europese Commissie vastgestelde standaardbepalingen inzake gegevensbescherming (standaardcontractbepalingen) (art. 46 lid 2 onder c AVG)',
      dpf: 'het EU-VS-kader voor gegevensbescherming (Data Privacy Framework, art. 45 AVG)',
      bcr: 'bindende bedrijfsvoorschriften (art. 47 AVG)',
    },
    safeguardsShort: {
      adequacy: 'adequaatheidsbesluit',
      scc: 'standaardcontractbepalingen',
      dpf: 'EU-VS-kader voor gegevensbescherming',
      bcr: 'bindende bedrijfsvoorschriften',
    },
    transferItem: (processor, country, safeguard) => `${processor} – ${country}: ${safeguard}`,
    copyOfSafeguards: 'U kunt via het hierboven vermelde e-mailadres een kopie van deze waarborgen bij ons opvragen.',
    noTransfers: 'We geven uw persoonsgegevens niet door naar landen buiten de Europese Economische Ruimte (EER).',
  },
  retention: {
    intro: 'We bewaren persoonsgegevens niet langer dan nodig is voor de hierboven beschreven doeleinden of om aan wettelijke verplichtingen te voldoen:',
    duration: ({ amount, unit }) => `${amount} ${units[unit][amount === 1 ? 0 : 1]}`,
    sinceOrder: (duration, minimum) => `${minimum ? 'ten minste ' : ''}${duration} na de datum van de bestelling`,
    sinceLastActivity: (duration, minimum) => `${minimum ? 'ten minste ' : ''}${duration} na uw laatste activiteit bij ons`,
    untilConsentWithdrawn: 'tot u uw toestemming intrekt',
    untilConsentWithdrawnOrInactivity: (duration) => `tot u uw toestemming intrekt of uiterlijk ${duration} na uw laatste activiteit`,
    item: (categories, period) => `${categories} – ${period}`,
    cookies: 'Cookies – volgens hun eigen bewaartermijn (zie sectie 4)',
    afterwards: 'Na afloop van deze termijnen wissen of anonimiseren we de gegevens.',
  },
  rights: {
    intro: 'Op grond van de AVG hebt u de volgende rechten:',
    items: [
      'Recht van inzage in uw gegevens (art. 15 AVG)',
      'Recht op rectificatie van onjuiste gegevens (art. 16 AVG)',
      'Recht op gegevenswissing („recht op vergetelheid”) (art. 17 AVG)',
      'Recht op beperking van de verwerking (art. 18 AVG)',
      'Recht op overdraagbaarheid van gegevens (art. 20 AVG)',
      'Recht van bezwaar tegen de verwerking (art. 21 AVG)',
      'Recht om uw toestemming op elk moment in te trekken (art. 7 lid 3 AVG)',
      'Recht om een klacht in te dienen bij een toezichthoudende autoriteit (art. 77 AVG)',
    ],
    exercise: (email) =>
      `Om deze rechten uit te oefenen, neemt u contact met ons op via het hierboven vermelde e-mailadres (${email}). We antwoorden binnen een maand (art. 12 lid 3 AVG).`,
    authority: (name, website) =>
      `De voor ons bevoegde toezichthoudende autoriteit is ${name}${website ? `, ${website}` : ''}. U kunt ook een klacht indienen bij de toezichthoudende autoriteit van het EU-land waar u woont of werkt.`,
    objection: {
      title: 'Uw recht van bezwaar (art. 21 AVG)',
      legitimateInterests:
        'U hebt te allen tijde het recht om wegens met uw specifieke situatie verband houdende redenen bezwaar te maken tegen de verwerking van uw gegevens op basis van ons gerechtvaardigd belang (art. 6 lid 1 onder f AVG). Dit betreft de volgende doeleinden:',
      afterObjection:
        'We staken dan de verwerking van uw gegevens voor deze doeleinden, tenzij we dwingende gerechtvaardigde gronden voor de verwerking aanvoeren die zwaarder wegen dan uw belangen, rechten en vrijheden, of de verwerking verband houdt met de instelling, uitoefening of onderbouwing van een rechtsvordering (art. 21 lid 1 AVG).',
      directMarketing:
        'U hebt te allen tijde het recht bezwaar te maken tegen de verwerking van uw gegevens voor direct marketing, met inbegrip van profilering die betrekking heeft op direct marketing. Uw gegevens worden dan niet meer voor die doeleinden verwerkt (art. 21 lid 2 en 3 AVG).',
      how: (email) => `Voor bezwaar is geen formulier nodig: een e-mail aan ${email} is genoeg.`,
    },
  },
  security: {
    sentence: (measures) =>
      `We nemen passende technische en organisatorische maatregelen om de beveiliging van uw persoonsgegevens te waarborgen, waaronder ${measures}.`,
    measures: {
      encryption: 'versleuteling',
      tls: 'versleutelde verbindingen (TLS)',
      encrypted_backups: 'versleutelde back-ups',
      access_control: 'toegangsbeheer',
      authentication: 'authenticatie',
      multi_factor_authentication: 'multifactorauthenticatie',
      system_monitoring: 'monitoring van systemen',
      pseudonymisation: 'pseudonimisering',
      staff_training: 'training van medewerkers',
      regular_testing: 'regelmatige tests van deze maatregelen',
      data_minimisation: 'minimale gegevensverwerking',
    },
  },
  automated: {
    none: 'We maken geen gebruik van geautomatiseerde besluitvorming, waaronder profilering, waaraan voor u rechtsgevolgen zijn verbonden of die u anderszins in aanmerkelijke mate treft.',
    used: (description) =>
      `We maken gebruik van geautomatiseerde besluitvorming waaraan voor u rechtsgevolgen kunnen zijn verbonden of die u anderszins in aanmerkelijke mate kan treffen: ${description} U hebt het recht op menselijke tussenkomst, het recht om uw standpunt kenbaar te maken en het recht om het besluit aan te vechten (art. 22 lid 3 AVG).`,
  },
  changes:
    'We kunnen deze privacyverklaring bijwerken om rekening te houden met wijzigingen in onze omgang met gegevens of in wettelijke vereisten. Updates publiceren we op deze pagina met de nieuwe datum.',
  footer: {
    title: 'Verwerkingsverantwoordelijke',
    ownedBy: 'Deze website is eigendom van en wordt beheerd door:',
    registry: (value) => `Registratienummer: ${value}`,
    vat: (value) => `Btw-nummer: ${value}`,
    address: (value) => `Adres: ${value}`,
    email: (value) => `E-mail: ${value}`,
    statement: (legalName) =>
      `In de zin van de Algemene verordening gegevensbescherming (AVG) is ${legalName} de verwerkingsverantwoordelijke voor de verwerking van uw persoonsgegevens.`,
  },
};
