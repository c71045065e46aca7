// Ce que lit en français la personne qui exerce ses droits : e-mails, pages et réponses du formulaire.
// Les noms des droits suivent le texte officiel du RGPD.
import { lowercaseInitial } from '../../policy/texts/case.ts';
import { frenchDate, relativeWait } from '../shopper-dates.ts';
import type { ShopperTexts } from '../shopper-texts.ts';

// What this app itself holds about a shopper, as each erasure outcome names it.
const APP_DATA =
  'les données que cette application détenait sur vous (vos choix en matière de cookies, vos demandes antérieures et tout téléchargement préparé pour vous)';

export const fr: ShopperTexts = {
  rights: {
    access: 'Accès (art. 15 du RGPD)',
    rectification: 'Rectification (art. 16 du RGPD)',
    erasure: 'Effacement (art. 17 du RGPD)',
    restriction: 'Limitation du traitement (art. 18 du RGPD)',
    portability: 'Portabilité (art. 20 du RGPD)',
    objection: 'Opposition (art. 21 du RGPD)',
    withdraw_consent: 'Retrait du consentement (art. 7.3 du RGPD)',
    complaint: 'Réclamation auprès de l’autorité de contrôle (art. 77 du RGPD)',
  },
  date: frenchDate,
  retryIn: relativeWait('fr'),
  verification: (shop, right, link) => ({
    subject: `Confirmez votre demande concernant vos données auprès de ${shop}`,
    text: `Vous avez adressé à ${shop} une demande concernant vos données personnelles : ${right}.\n\nPour confirmer que cette demande vient bien de vous, ouvrez ce lien dans les 24 heures, puis cliquez sur « Confirmer ma demande » :\n${link}\n\nSi vous n’êtes pas à l’origine de cette demande, ignorez simplement ce message : rien ne se passera.`,
  }),
  confirmation: (shop, right, due) => ({
    subject: `Nous avons bien reçu votre demande (${right})`,
    text: `${shop} a bien reçu votre demande (${right}) et y répondra au plus tard le ${due} (art. 12.3 du RGPD).`,
  }),
  outcomeSubject: (shop, right) => `Votre demande auprès de ${shop} : ${right}`,
  outcomes: {
    export_ready: ({ days, links }) =>
      `Vos données sont prêtes. Téléchargez-les (en JSON et en CSV, un format lisible par machine) dans les ${days} jours :\n${links.join('\n')}`,
    corrected: ({ correction }) => `Vos données ont été rectifiées : ${correction}`,
    erased: () =>
      `Ont été effacées : ${APP_DATA}. La boutique a également demandé à Shopify d’effacer votre compte client (nom, coordonnées et adresses), et Shopify a accepté la demande.`,
    erased_no_customer: () =>
      `Ont été effacées : ${APP_DATA}. La boutique n’a pas de compte client chez Shopify associé à votre adresse e-mail : il n’y avait donc rien d’autre à effacer.`,
    erasure_held: ({ until }, date) =>
      `Ont été effacées : ${APP_DATA}. N’est pas encore effacé : votre compte client chez Shopify (nom, coordonnées et adresses). Comme vous avez passé commande au cours des 180 derniers jours, Shopify le conserve jusqu’au ${date(until)}, puis l’effacera ; nous vous écrirons une fois que ce sera fait.`,
    restricted: () =>
      'Nous avons limité le traitement de vos données : elles sont conservées mais ne sont plus utilisées, et vous ne recevrez plus de publicité.',
    objected: () => 'Nous n’utilisons plus vos données à des fins de marketing ni de prospection directe.',
    consent_withdrawn: () => 'Votre consentement a été retiré : plus de marketing, et plus de cookies de mesure d’audience ou de marketing de cette boutique.',
    complaint: ({ authority, website }) =>
      `Vous avez le droit d’introduire une réclamation auprès de l’autorité de contrôle : ${authority}${website ? ` (${website})` : ''}.`,
    superseded: () =>
      'Vos données client auprès de cette boutique ont été effacées : il n’est donc plus possible de répondre à cette demande, car il ne reste rien à vous envoyer ni à modifier.',
  },
  extension: (shop, right, due, reason) => ({
    subject: `Votre demande auprès de ${shop} nécessite un délai supplémentaire`,
    text: `${shop} a besoin de plus de temps pour répondre à votre demande (${right}) : ${reason}\n\nLe nouveau délai expire le ${due} (art. 12.3 du RGPD).`,
  }),
  rejection: (shop, right, reason, authority) => ({
    subject: `Votre demande auprès de ${shop} a été refusée`,
    text: `${shop} ne peut pas donner suite à votre demande (${right}) : ${reason}\n\nVous pouvez introduire une réclamation auprès d’une autorité de contrôle${authority ? ` (${authority})` : ''} et former un recours juridictionnel (art. 12.4 du RGPD).`,
  }),
  complaintAnswer: (authority, website) =>
    authority
      ? `Vous pouvez introduire une réclamation auprès de l’autorité de contrôle : ${authority}${website ? ` (${website})` : ''}.`
      : 'Vous pouvez introduire une réclamation auprès de l’autorité de protection des données du pays de l’UE où vous vivez ou travaillez.',
  confirm: {
    title: 'Confirmez votre demande',
    message: (rights) => `Vous êtes sur le point de confirmer votre demande : ${rights}. Rien ne se passe tant que vous n’avez pas cliqué sur le bouton.`,
    button: 'Confirmer ma demande',
    erasureNote: 'Si la boutique efface vos données, elle ne conserve que ce que la loi exige :',
  },
  erasure: {
    keptIntro: 'Ce qui est conservé, et pourquoi :',
    keptItem: (category, period, reasons) =>
      `${category} : conservées ${period}. Motif : ${lowercaseInitial(reasons)} (art. 17.3.b du RGPD). Effacées à la fin de cette période.`,
    keptByLaw:
      'Les données que la boutique doit conserver en vertu de la loi, comme les factures, ne sont conservées que pendant la durée légale (art. 17.3.b du RGPD), puis effacées.',
  },
  access: {
    insideEea: 'dans l’Espace économique européen (EEE) : aucun transfert hors de l’EEE',
    noSafeguard: 'hors de l’EEE ; la boutique n’a pas encore enregistré de garantie pour ce transfert',
    sources: { customer: 'fournies par vous', automatic: 'collectées automatiquement lorsque vous utilisez la boutique', third_party: 'reçues de tiers' },
    fromShopify: 'de Shopify, la plateforme de cette boutique : ce que vous avez saisi lors de vos commandes ou de la création de votre compte',
    fromYou: 'de vous : vos choix dans le bandeau cookies et les demandes que vous avez envoyées',
    fromProcessors: 'les sous-traitants mentionnés reçoivent des données de la boutique ; aucune donnée de ce dossier ne provient d’eux',
  },
  fields: {
    type: 'Choisissez le droit que vous souhaitez exercer',
    email: 'Saisissez l’adresse e-mail que vous utilisez avec cette boutique',
    details: 'Limitez les précisions à 2\u202f000 caractères',
    summary: 'Votre demande n’a pas pu être envoyée ; vérifiez les champs signalés.',
    refused: 'Votre demande n’a pas pu être envoyée',
    goBack: 'Revenez au formulaire pour corriger votre saisie.',
  },
  pages: {
    received: {
      title: 'Demande reçue',
      message: 'Votre demande a bien été reçue. Vous recevrez une réponse dans un délai d’un mois, à l’adresse e-mail de votre compte client.',
    },
    verificationSent: {
      title: 'Demande reçue',
      message: 'Consultez votre boîte de réception : nous vous avons envoyé un lien pour confirmer la demande. Il est valable 24 heures.',
    },
    confirmed: (due) => ({ title: 'Demande confirmée', message: `Merci. Votre demande est confirmée ; vous recevrez une réponse au plus tard le ${due}.` }),
    linkExpired: { title: 'Lien expiré', message: 'Ce lien a expiré ; veuillez envoyer à nouveau votre demande.' },
    linkUsed: { title: 'Lien déjà utilisé', message: 'Ce lien a déjà été utilisé : votre demande est confirmée, et vous recevrez la réponse par e-mail.' },
    linkUnknown: {
      title: 'Lien non reconnu',
      message: 'Nous ne reconnaissons pas ce lien. Vérifiez que vous avez ouvert le lien complet de l’e-mail, ou envoyez à nouveau votre demande.',
    },
    downloadExpired: { title: 'Téléchargement expiré', message: 'Ce lien de téléchargement a expiré ; veuillez demander à nouveau vos données à la boutique.' },
    downloadUnknown: {
      title: 'Téléchargement introuvable',
      message: 'Nous ne reconnaissons pas ce lien de téléchargement. Vérifiez que vous avez ouvert le lien complet de l’e-mail.',
    },
    downloadWithdrawn: {
      title: 'Téléchargement retiré',
      message: 'Ce téléchargement a été retiré, car vos données auprès de cette boutique ont été effacées ; il n’y a plus rien à télécharger.',
    },
    unauthorized: {
      title: 'Ouvrez le lien depuis la boutique',
      message: 'Cette page ne s’ouvre que depuis le site de la boutique. Veuillez ouvrir à nouveau le lien de l’e-mail.',
    },
    tooMany: (when) => ({ title: 'Trop de tentatives', message: `Trop de tentatives depuis cet appareil ; veuillez réessayer ${when}.` }),
    busy: (when) => ({ title: 'Trop de demandes en ce moment', message: `Cette boutique reçoit trop de demandes en ce moment ; veuillez réessayer ${when}.` }),
    failed: {
      title: 'Une erreur s’est produite',
      message: 'Une erreur s’est produite de notre côté ; rien n’a été perdu. Veuillez réessayer dans quelques minutes.',
    },
  },
};
