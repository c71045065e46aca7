// La politique de confidentialité en français, phrase par phrase (structure de /work/shared/seed/privacy-policy.txt).
import { lowercaseInitial } from './case.ts';
import type { PolicyTexts } from './types.ts';

const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const units = { days: ['jour', 'jours'], months: ['mois', 'mois'], years: ['an', 'ans'] } as const;

function list(items: string[]): string {
  if (items.length <= 2) return items.join(' et ');
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1)}`;
}

const afterConsent = 'qu’après votre consentement, donné via le bandeau cookies ou les paramètres des cookies';

export const fr: PolicyTexts = {
  locale: 'fr',
  title: 'Politique de confidentialité',
  date: (year, month, day) => `${day === 1 ? '1er' : day} ${months[month - 1]} ${year}`,
  lastUpdated: (date) => `Dernière mise à jour : ${date}`,
  list,
  midSentence: lowercaseInitial,
  intro:
    'La présente politique de confidentialité explique comment nous collectons, utilisons et traitons vos données personnelles lorsque vous utilisez notre boutique en ligne. Nous nous engageons à protéger les droits que vous confère le règlement général sur la protection des données (RGPD) et à traiter vos données de manière sûre et licite.',
  sectionTitles: [
    'Responsable du traitement',
    'Données que nous collectons',
    'Finalités et bases légales du traitement',
    'Cookies et mesure d’audience',
    'Partage des données',
    'Durée de conservation',
    'Vos droits au titre du RGPD',
    'Sécurité des données',
    'Prise de décision automatisée',
    'Modifications de la présente politique',
  ],
  controller: {
    identity: (legalName, address) => `Le responsable du traitement est ${legalName}, ${address}, exploitant de la présente boutique en ligne.`,
    contact: (email) => `Pour toute question ou demande concernant vos données personnelles, vous pouvez nous contacter par e-mail : ${email}`,
    dpo: (name, email) => `Notre délégué à la protection des données, ${name}, est joignable à l’adresse ${email}.`,
    euRepresentative: (name, address, email) => `Notre représentant dans l’Union européenne (art. 27 du RGPD) est ${name}, ${address}, ${email}.`,
  },
  collected: {
    intro: 'Nous pouvons collecter les catégories de données personnelles suivantes :',
    noSpecialCategories: 'Nous ne collectons aucune donnée personnelle sensible (catégories particulières de données au sens de l’art. 9 du RGPD).',
    specialCategories: (details) => `Nous traitons des catégories particulières de données personnelles (art. 9 du RGPD) : ${details}`,
    fromThirdParties: (items) => `Certaines de ces données ne nous sont pas communiquées par vous, mais par des tiers (art. 14.2.f du RGPD) : ${items}.`,
    receivedItem: (category, origin) => `${category} – ${origin}`,
    provisionIntro:
      'Pour chaque catégorie de données, nous indiquons si vous êtes tenu de nous les fournir et les conséquences éventuelles de leur non-fourniture (art. 13.2.e du RGPD) :',
    requirements: {
      statutory: 'fourniture à caractère réglementaire',
      contractual: 'fourniture à caractère contractuel',
      contract_entry: 'fourniture conditionnant la conclusion d’un contrat',
      voluntary: 'fourniture facultative',
    },
    provisionItem: (category, requirement, consequence) => `${category} – ${requirement}. ${consequence}`,
  },
  purposes: {
    intro: 'Nous traitons vos données personnelles uniquement pour des finalités déterminées et légitimes, sur les fondements juridiques prévus par le RGPD :',
    bases: {
      contract: 'sur la base de la nécessité d’exécuter le contrat (art. 6.1.b du RGPD)',
      legal_obligation: 'sur la base du respect de nos obligations légales (art. 6.1.c du RGPD)',
      legitimate_interest: (interest) => `sur la base de notre intérêt légitime : ${interest} (art. 6.1.f du RGPD)`,
      consent: 'uniquement avec votre consentement préalable (art. 6.1.a du RGPD)',
    },
    item: (purpose, basis) => `${purpose} – ${basis}`,
  },
  cookies: {
    intro: 'Nous utilisons des cookies et des technologies similaires pour faire fonctionner notre boutique et améliorer les performances du site.',
    necessary:
      'Les cookies strictement nécessaires au fonctionnement de la boutique, par exemple pour le panier et le paiement, sont déposés sans consentement.',
    consentGated: (category, providers) =>
      ({
        analytics: `Les outils de mesure d’audience (${providers}) ne sont activés ${afterConsent}.`,
        marketing: `Les outils marketing (${providers}) ne sont activés ${afterConsent}.`,
        preferences: `Les cookies de préférences (${providers}) ne sont déposés ${afterConsent}.`,
      })[category],
    noTracking: 'Nous n’utilisons ni cookies de mesure d’audience ni cookies marketing.',
    listIntro: 'Voici les cookies que nous utilisons :',
    categoryNames: { necessary: 'nécessaire', preferences: 'préférences', analytics: 'mesure d’audience', marketing: 'marketing' },
    // French writes a lower-case word after a colon.
    item: ({ name, provider, category, purpose, expiry }) => `${name} (${provider}, ${category}) : ${lowercaseInitial(purpose)} ; durée de vie : ${expiry}`,
    changeChoice: 'Vous pouvez modifier ou retirer votre choix à tout moment dans les paramètres des cookies.',
  },
  sharing: {
    notSold: 'Nous ne vendons pas vos données personnelles.',
    sold: 'Nous pouvons vendre des données personnelles à des tiers ; vous pouvez vous y opposer à tout moment (art. 21 du RGPD).',
    intro: 'Nous ne partageons vos données personnelles avec des tiers que lorsque cela est nécessaire au fonctionnement de notre boutique :',
    kinds: {
      payment_processors: 'Prestataires de paiement',
      delivery_companies: 'Sociétés de livraison et de transport',
      it_service_providers: 'Prestataires d’hébergement, de cloud et de services informatiques',
      marketing_providers: 'Prestataires de marketing et de mesure d’audience',
      professional_advisors: 'Conseillers juridiques et comptables (le cas échéant)',
      authorities: 'Autorités publiques compétentes – uniquement lorsque la loi l’exige',
    },
    withExamples: (kind, names) => `${kind} (par ex. ${names})`,
    transfersIntro: (safeguards) =>
      `Si des données sont transférées en dehors de l’EEE, nous garantissons un niveau de protection adéquat sur la base d’une décision d’adéquation (art. 45 du RGPD) ou de garanties appropriées (art. 46 du RGPD), en l’occurrence : ${safeguards}.`,
    safeguardsLong: {
      adequacy: 'une décision d’adéquation de la Commission européenne (art. 45 du RGPD)',
      scc: 'les clauses contractuelles types (CCT) adoptées par la Commission européenne (art. 46.2.c du RGPD)',
      dpf: 'le cadre de protection des données UE-États-Unis (Data Privacy Framework, art. 45 du RGPD)',
      bcr: 'des règles d’entreprise contraignantes (art. 47 du RGPD)',
    },
    safeguardsShort: {
      adequacy: 'décision d’adéquation',
      scc: 'clauses contractuelles types (CCT)',
      dpf: 'cadre de protection des données UE-États-Unis',
      bcr: 'règles d’entreprise contraignantes',
    },
    transferItem: (processor, country, safeguard) => `${processor} – ${country} : ${safeguard}`,
    copyOfSafeguards: 'Vous pouvez nous demander une copie de ces garanties à l’adresse e-mail indiquée ci-dessus.',
    noTransfers: 'Nous ne transférons pas vos données personnelles en dehors de l’Espace économique européen (EEE).',
  },
  retention: {
    intro: 'Nous ne conservons les données personnelles que le temps nécessaire aux finalités décrites ci-dessus ou au respect de nos obligations légales :',
    duration: ({ amount, unit }) => `${amount} ${units[unit][amount === 1 ? 0 : 1]}`,
    sinceOrder: (duration, minimum) => `${minimum ? 'au moins ' : ''}${duration} à compter de la date de la commande`,
    sinceLastActivity: (duration, minimum) => `${minimum ? 'au moins ' : ''}${duration} après votre dernière activité chez nous`,
    untilConsentWithdrawn: 'jusqu’au retrait de votre consentement',
    untilConsentWithdrawnOrInactivity: (duration) => `jusqu’au retrait de votre consentement ou au plus tard ${duration} après votre dernière activité`,
    item: (categories, period) => `${categories} – ${period}`,
    cookies: 'Cookies – selon leur durée de vie propre (voir la section 4)',
    afterwards: 'À l’issue de ces durées, nous supprimons ou anonymisons les données.',
  },
  rights: {
    intro: 'Le RGPD vous confère les droits suivants :',
    items: [
      'Droit d’accès à vos données (art. 15 du RGPD)',
      'Droit de rectification des données inexactes (art. 16 du RGPD)',
      'Droit à l’effacement (« droit à l’oubli ») (art. 17 du RGPD)',
      'Droit à la limitation du traitement (art. 18 du RGPD)',
      'Droit à la portabilité des données (art. 20 du RGPD)',
      'Droit d’opposition au traitement (art. 21 du RGPD)',
      'Droit de retirer votre consentement à tout moment (art. 7.3 du RGPD)',
      'Droit d’introduire une réclamation auprès d’une autorité de contrôle (art. 77 du RGPD)',
    ],
    exercise: (email) =>
      `Pour exercer ces droits, veuillez nous contacter à l’adresse e-mail indiquée ci-dessus (${email}). Nous répondons dans un délai d’un mois (art. 12.3 du RGPD).`,
    authority: (name, website) =>
      `L’autorité de contrôle compétente à notre égard est ${name}${website ? `, ${website}` : ''}. Vous pouvez également vous adresser à l’autorité de contrôle du pays de l’UE où vous résidez ou travaillez.`,
    objection: {
      title: 'Votre droit d’opposition (art. 21 du RGPD)',
      legitimateInterests:
        'Vous avez le droit de vous opposer à tout moment, pour des raisons tenant à votre situation particulière, au traitement de vos données fondé sur notre intérêt légitime (art. 6.1.f du RGPD). Cela concerne les finalités suivantes :',
      afterObjection:
        'Nous ne traiterons alors plus vos données à ces fins, à moins que nous ne démontrions qu’il existe des motifs légitimes et impérieux pour le traitement qui prévalent sur vos intérêts et vos droits et libertés, ou que le traitement soit nécessaire à la constatation, à l’exercice ou à la défense de droits en justice (art. 21.1 du RGPD).',
      directMarketing:
        'Vous avez le droit de vous opposer à tout moment au traitement de vos données à des fins de prospection, y compris au profilage dans la mesure où il est lié à une telle prospection. Vos données ne seront alors plus traitées à ces fins (art. 21.2 et 21.3 du RGPD).',
      how: (email) => `Aucun formulaire n’est nécessaire pour vous opposer : un e-mail à ${email} suffit.`,
    },
  },
  security: {
    sentence: (measures) =>
      `Nous mettons en œuvre des mesures techniques et organisationnelles appropriées pour garantir la sécurité de vos données personnelles, notamment ${measures}.`,
    measures: {
      encryption: 'le chiffrement',
      tls: 'des connexions chiffrées (TLS)',
      encrypted_backups: 'des sauvegardes chiffrées',
      access_control: 'le contrôle des accès',
      authentication: 'l’authentification',
      multi_factor_authentication: 'l’authentification multifacteur',
      system_monitoring: 'la surveillance des systèmes',
      pseudonymisation: 'la pseudonymisation',
      staff_training: 'la formation du personnel',
      regular_testing: 'des tests réguliers de ces mesures',
      data_minimisation: 'la minimisation des données',
    },
  },
  automated: {
    none: 'Nous n’avons recours à aucune prise de décision automatisée, y compris le profilage, produisant des effets juridiques à votre égard ou vous affectant de manière significative de façon similaire.',
    used: (description) =>
      `Nous avons recours à une prise de décision automatisée susceptible de produire des effets juridiques à votre égard ou de vous affecter de manière significative de façon similaire : ${description} Vous avez le droit d’obtenir une intervention humaine, d’exprimer votre point de vue et de contester la décision (art. 22.3 du RGPD).`,
  },
  changes:
    'Nous pouvons mettre à jour la présente politique de confidentialité pour tenir compte de l’évolution de nos pratiques en matière de données ou des exigences légales. Les mises à jour sont publiées sur cette page avec la date de révision.',
  footer: {
    title: 'Responsable du traitement',
    ownedBy: 'Ce site est détenu et exploité par :',
    registry: (value) => `N° d’immatriculation : ${value}`,
    vat: (value) => `N° de TVA : ${value}`,
    address: (value) => `Adresse : ${value}`,
    email: (value) => `E-mail : ${value}`,
    statement: (legalName) =>
      `Au sens du règlement général sur la protection des données (RGPD), ${legalName} est le responsable du traitement de vos données personnelles.`,
  },
};
