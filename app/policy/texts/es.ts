// La política de privacidad en español, frase por frase (estructura de /work/shared/seed/privacy-policy.txt).
// Los términos jurídicos siguen el texto oficial del Reglamento General de Protección de Datos (RGPD).
import { lowercaseInitial } from './case.ts';
import type { PolicyTexts } from './types.ts';

const months = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const units = { days: ['día', 'días'], months: ['mes', 'meses'], years: ['año', 'años'] } as const;

function list(items: string[]): string {
  if (items.length <= 2) return items.join(' y ');
  return `${items.slice(0, -1).join(', ')} y ${items.at(-1)}`;
}

const afterConsent = 'después de que usted haya dado su consentimiento a través del banner de cookies o de la configuración de cookies';

export const es: PolicyTexts = {
  locale: 'es',
  title: 'Política de privacidad',
  date: (year, month, day) => `${day} de ${months[month - 1]} de ${year}`,
  lastUpdated: (date) => `Última actualización: ${date}`,
  list,
  midSentence: lowercaseInitial,
  intro:
    'Esta política de privacidad explica cómo recogemos, utilizamos y tratamos sus datos personales cuando utiliza nuestra tienda en línea. Nos comprometemos a proteger los derechos que le reconoce el Reglamento General de Protección de Datos (RGPD) y a tratar sus datos de forma segura y lícita.',
  sectionTitles: [
    'Responsable del tratamiento',
    'Datos que recogemos',
    'Fines y base jurídica del tratamiento',
    'Cookies y análisis',
    'Comunicación de datos',
    'Conservación de los datos',
    'Sus derechos según el RGPD',
    'Seguridad de los datos',
    'Decisiones automatizadas',
    'Cambios en esta política',
  ],
  controller: {
    identity: (legalName, address) => `El responsable del tratamiento es ${legalName}, ${address}, titular de esta tienda en línea.`,
    contact: (email) => `Para cualquier pregunta o solicitud relacionada con sus datos personales, puede escribirnos por correo electrónico: ${email}`,
    dpo: (name, email) => `Nuestro delegado de protección de datos es ${name}, con quien puede contactar en ${email}.`,
    euRepresentative: (name, address, email) => `Nuestro representante en la Unión Europea (art. 27 del RGPD) es ${name}, ${address}, ${email}.`,
  },
  collected: {
    intro: 'Podemos recoger las siguientes categorías de datos personales:',
    noSpecialCategories: 'No recogemos datos personales sensibles (categorías especiales de datos personales en el sentido del art. 9 del RGPD).',
    specialCategories: (details) => `Tratamos categorías especiales de datos personales (art. 9 del RGPD): ${details}`,
    fromThirdParties: (items) => `Algunos de estos datos no los obtenemos de usted, sino de terceros (art. 14.2.f del RGPD): ${items}.`,
    receivedItem: (category, origin) => `${category} – ${origin}`,
    provisionIntro: 'Para cada tipo de datos indicamos si está obligado a facilitárnoslos y qué ocurre si no lo hace (art. 13.2.e del RGPD):',
    requirements: {
      statutory: 'es un requisito legal',
      contractual: 'es un requisito contractual',
      contract_entry: 'es un requisito necesario para suscribir un contrato con nosotros',
      voluntary: 'facilitarlos es voluntario',
    },
    provisionItem: (category, requirement, consequence) => `${category} – ${requirement}. ${consequence}`,
  },
  purposes: {
    intro: 'Tratamos sus datos personales únicamente con fines determinados y legítimos, sobre las bases jurídicas que establece el RGPD:',
    bases: {
      contract: 'porque el tratamiento es necesario para la ejecución de un contrato (art. 6.1.b del RGPD)',
      legal_obligation: 'para el cumplimiento de una obligación legal (art. 6.1.c del RGPD)',
      legitimate_interest: (interest) => `sobre la base de nuestro interés legítimo: ${interest} (art. 6.1.f del RGPD)`,
      consent: 'solo con su consentimiento previo (art. 6.1.a del RGPD)',
    },
    item: (purpose, basis) => `${purpose} – ${basis}`,
  },
  cookies: {
    intro: 'Utilizamos cookies y tecnologías similares para el funcionamiento de nuestra tienda y para mejorar el rendimiento del sitio web.',
    necessary:
      'Las cookies estrictamente necesarias para el funcionamiento de la tienda, por ejemplo para el carrito y el pago, se instalan sin consentimiento.',
    consentGated: (category, providers) =>
      ({
        analytics: `Las herramientas de análisis (${providers}) solo se activan ${afterConsent}.`,
        marketing: `Las herramientas de marketing (${providers}) solo se activan ${afterConsent}.`,
        preferences: `Las cookies de preferencias (${providers}) solo se instalan ${afterConsent}.`,
      })[category],
    noTracking: 'No utilizamos cookies de análisis ni de marketing.',
    listIntro: 'Estas son las cookies que utilizamos:',
    categoryNames: { necessary: 'necesaria', preferences: 'de preferencias', analytics: 'de análisis', marketing: 'de marketing' },
    // In Spanish a colon is followed by a lower-case word.
    item: ({ name, provider, category, purpose, expiry }) => `${name} (${provider}, ${category}): ${lowercaseInitial(purpose)}; duración: ${expiry}`,
    changeChoice: 'Puede modificar o retirar su elección en cualquier momento en la configuración de cookies.',
  },
  sharing: {
    notSold: 'No vendemos sus datos personales.',
    sold: 'Podemos vender datos personales a terceros; puede oponerse a ello en cualquier momento (art. 21 del RGPD).',
    intro: 'Solo comunicamos sus datos personales a terceros cuando es necesario para el funcionamiento de nuestra tienda:',
    kinds: {
      payment_processors: 'Proveedores de servicios de pago',
      delivery_companies: 'Empresas de transporte y mensajería',
      it_service_providers: 'Proveedores de alojamiento, servicios en la nube y servicios informáticos',
      marketing_providers: 'Proveedores de marketing y de análisis',
      professional_advisors: 'Asesores jurídicos y contables (si procede)',
      authorities: 'Autoridades públicas competentes, solo cuando lo exija la ley',
    },
    withExamples: (kind, names) => `${kind} (p. ej., ${names})`,
    transfersIntro: (safeguards) =>
      `Si los datos se transfieren fuera del EEE, garantizamos un nivel de protección adecuado sobre la base de una decisión de adecuación (art. 45 del RGPD) o de garantías adecuadas (art. 46 del RGPD); en nuestro caso: ${safeguards}.`,
    safeguardsLong: {
      adequacy: 'una decisión de adecuación de la Comisión Europea (art. 45 del RGPD)',
      scc: 'las cláusulas tipo de protección de datos (cláusulas contractuales tipo) adoptadas por la Comisión Europea (art. 46.2.c del RGPD)',
      dpf: 'el Marco de Privacidad de Datos UE-EE. UU. (art. 45 del RGPD)',
      bcr: 'normas corporativas vinculantes (art. 47 del RGPD)',
    },
    safeguardsShort: {
      adequacy: 'decisión de adecuación',
      scc: 'cláusulas contractuales tipo',
      dpf: 'Marco de Privacidad de Datos UE-EE. UU.',
      bcr: 'normas corporativas vinculantes',
    },
    transferItem: (processor, country, safeguard) => `${processor} – ${country}: ${safeguard}`,
    copyOfSafeguards: 'Puede solicitarnos una copia de estas garantías en la dirección de correo electrónico indicada más arriba.',
    noTransfers: 'No transferimos sus datos personales fuera del Espacio Económico Europeo (EEE).',
  },
  retention: {
    intro: 'Conservamos los datos personales solo durante el tiempo necesario para los fines descritos o para cumplir obligaciones legales:',
    duration: ({ amount, unit }) => `${amount} ${units[unit][amount === 1 ? 0 : 1]}`,
    sinceOrder: (duration, minimum) => `${minimum ? 'al menos ' : ''}${duration} desde la fecha del pedido`,
    sinceLastActivity: (duration, minimum) => `${minimum ? 'al menos ' : ''}${duration} desde su última actividad en nuestra tienda`,
    untilConsentWithdrawn: 'hasta que retire su consentimiento',
    untilConsentWithdrawnOrInactivity: (duration) => `hasta que retire su consentimiento o, como máximo, ${duration} desde su última actividad`,
    item: (categories, period) => `${categories} – ${period}`,
    cookies: 'Cookies – según la duración de cada una (véase la sección 4)',
    afterwards: 'Transcurridos estos plazos, suprimimos o anonimizamos los datos.',
  },
  rights: {
    intro: 'El RGPD le reconoce los siguientes derechos:',
    items: [
      'Derecho de acceso a sus datos (art. 15 del RGPD)',
      'Derecho de rectificación de los datos inexactos (art. 16 del RGPD)',
      'Derecho de supresión («el derecho al olvido») (art. 17 del RGPD)',
      'Derecho a la limitación del tratamiento (art. 18 del RGPD)',
      'Derecho a la portabilidad de los datos (art. 20 del RGPD)',
      'Derecho de oposición al tratamiento (art. 21 del RGPD)',
      'Derecho a retirar su consentimiento en cualquier momento (art. 7.3 del RGPD)',
      'Derecho a presentar una reclamación ante una autoridad de control (art. 77 del RGPD)',
    ],
    exercise: (email) =>
      `Para ejercer estos derechos, escríbanos a la dirección de correo electrónico indicada más arriba (${email}). Respondemos en el plazo de un mes (art. 12.3 del RGPD).`,
    authority: (name, website) =>
      `La autoridad de control competente respecto de nosotros es ${name}${website ? `, ${website}` : ''}. También puede presentar una reclamación ante la autoridad de control del país de la UE en el que resida o trabaje.`,
    objection: {
      title: 'Su derecho de oposición (art. 21 del RGPD)',
      legitimateInterests:
        'Tiene derecho a oponerse en cualquier momento, por motivos relacionados con su situación particular, a que sus datos sean objeto de un tratamiento basado en nuestro interés legítimo (art. 6.1.f del RGPD). Esto afecta a los siguientes fines:',
      afterObjection:
        'En ese caso dejaremos de tratar sus datos para estos fines, salvo que acreditemos motivos legítimos imperiosos para el tratamiento que prevalezcan sobre sus intereses, derechos y libertades, o que el tratamiento sea necesario para la formulación, el ejercicio o la defensa de reclamaciones (art. 21.1 del RGPD).',
      directMarketing:
        'Tiene derecho a oponerse en todo momento al tratamiento de sus datos con fines de mercadotecnia directa, incluida la elaboración de perfiles en la medida en que esté relacionada con dicha mercadotecnia. En ese caso, sus datos dejarán de ser tratados para dichos fines (art. 21.2 y 21.3 del RGPD).',
      how: (email) => `Para oponerse no necesita ningún formulario: basta con un correo electrónico a ${email}.`,
    },
  },
  security: {
    sentence: (measures) =>
      `Aplicamos medidas técnicas y organizativas apropiadas para garantizar la seguridad de sus datos personales, entre ellas ${measures}.`,
    measures: {
      encryption: 'el cifrado',
      tls: 'las conexiones cifradas (TLS)',
      encrypted_backups: 'las copias de seguridad cifradas',
      access_control: 'el control de acceso',
      authentication: 'la autenticación',
      multi_factor_authentication: 'la autenticación multifactor',
      system_monitoring: 'la supervisión de los sistemas',
      pseudonymisation: 'la seudonimización',
      staff_training: 'la formación del personal',
      regular_testing: 'la verificación periódica de estas medidas',
      data_minimisation: 'la minimización de datos',
    },
  },
  automated: {
    none: 'No tomamos decisiones basadas únicamente en el tratamiento automatizado, incluida la elaboración de perfiles, que produzcan efectos jurídicos en usted o le afecten significativamente de modo similar.',
    used: (description) =>
      `Tomamos decisiones automatizadas que pueden producir efectos jurídicos en usted o afectarle significativamente de modo similar: ${description} Tiene derecho a obtener intervención humana, a expresar su punto de vista y a impugnar la decisión (art. 22.3 del RGPD).`,
  },
  changes:
    'Podemos actualizar esta política de privacidad para reflejar cambios en nuestras prácticas de tratamiento de datos o en los requisitos legales. Las actualizaciones se publicarán en esta página con la nueva fecha.',
  footer: {
    title: 'Responsable del tratamiento',
    ownedBy: 'El titular y operador de este sitio web es:',
    registry: (value) => `N.º de registro: ${value}`,
    vat: (value) => `N.º de IVA: ${value}`,
    address: (value) => `Dirección: ${value}`,
    email: (value) => `Correo electrónico: ${value}`,
    statement: (legalName) =>
      `A efectos del Reglamento General de Protección de Datos (RGPD), ${legalName} es el responsable del tratamiento de sus datos personales.`,
  },
};
