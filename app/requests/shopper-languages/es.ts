// Lo que lee en español quien ejerce sus derechos: correos, páginas y respuestas del formulario.
// Los nombres de los derechos siguen el texto oficial del RGPD.
import { lowercaseInitial } from '../../policy/texts/case.ts';
import { localDate, relativeWait } from '../shopper-dates.ts';
import type { ShopperTexts } from '../shopper-texts.ts';

// What this app itself holds about a shopper, as each erasure outcome names it.
const APP_DATA =
  'los datos que esta aplicación conservaba sobre usted (sus registros de consentimiento de cookies, sus solicitudes de privacidad anteriores y cualquier descarga preparada para usted)';

export const es: ShopperTexts = {
  rights: {
    access: 'acceso (art. 15 del RGPD)',
    rectification: 'rectificación (art. 16 del RGPD)',
    erasure: 'supresión (art. 17 del RGPD)',
    restriction: 'limitación del tratamiento (art. 18 del RGPD)',
    portability: 'portabilidad de los datos (art. 20 del RGPD)',
    objection: 'oposición (art. 21 del RGPD)',
    withdraw_consent: 'retirada del consentimiento (art. 7.3 del RGPD)',
    complaint: 'reclamación ante la autoridad de control (art. 77 del RGPD)',
  },
  date: localDate('es'),
  retryIn: relativeWait('es'),
  verification: (shop, right, link) => ({
    subject: `Confirme su solicitud de privacidad a ${shop}`,
    text: `Ha enviado a ${shop} una solicitud sobre sus datos personales: ${right}.\n\nPara confirmar que la solicitud procede de usted, abra este enlace en las próximas 24 horas y pulse «Confirmar mi solicitud»:\n${link}\n\nSi usted no ha enviado esta solicitud, ignore este mensaje: no ocurrirá nada.`,
  }),
  confirmation: (shop, right, due) => ({
    subject: `Hemos recibido su solicitud de privacidad (${right})`,
    text: `${shop} ha recibido su solicitud (${right}) y le responderá a más tardar el ${due} (art. 12.3 del RGPD).`,
  }),
  outcomeSubject: (shop, right) => `Su solicitud de privacidad a ${shop}: ${right}`,
  outcomes: {
    export_ready: ({ days, links }) =>
      `Sus datos están listos. Descárguelos (en JSON y CSV, formatos de lectura mecánica) en un plazo de ${days} días:\n${links.join('\n')}`,
    corrected: ({ correction }) => `Sus datos se han rectificado: ${correction}`,
    erased: () =>
      `Se han suprimido: ${APP_DATA}. La tienda también ha pedido a Shopify que suprima su cuenta de cliente (nombre, datos de contacto y direcciones), y Shopify ha aceptado la solicitud.`,
    erased_no_customer: () =>
      `Se han suprimido: ${APP_DATA}. La tienda no tiene en Shopify ninguna cuenta de cliente con su dirección de correo electrónico, por lo que allí no había nada más que suprimir.`,
    erasure_held: ({ until }, date) =>
      `Se han suprimido: ${APP_DATA}. Aún no se ha suprimido: su cuenta de cliente en Shopify (nombre, datos de contacto y direcciones). Como ha realizado un pedido en los últimos 180 días, Shopify la conserva hasta el ${date(until)} y la suprimirá entonces; le escribiremos cuando se haya hecho.`,
    restricted: () => 'Hemos limitado el tratamiento de sus datos: se conservan, pero ya no se utilizan, y no recibirá publicidad.',
    objected: () => 'Hemos dejado de tratar sus datos con fines de marketing y de contacto directo.',
    consent_withdrawn: () => 'Ha retirado su consentimiento: ya no recibirá marketing, y esta tienda ya no utilizará cookies de análisis ni de marketing.',
    complaint: ({ authority, website }) =>
      `Tiene derecho a presentar una reclamación ante la autoridad de control: ${authority}${website ? ` (${website})` : ''}.`,
    superseded: () =>
      'Sus datos de cliente en esta tienda se han suprimido, por lo que ya no es posible responder a esta solicitud: no queda nada que enviarle ni que modificar.',
  },
  extension: (shop, right, due, reason) => ({
    subject: `Su solicitud de privacidad a ${shop} necesita más tiempo`,
    text: `${shop} necesita más tiempo para responder a su solicitud (${right}): ${reason}\n\nEl nuevo plazo vence el ${due} (art. 12.3 del RGPD).`,
  }),
  rejection: (shop, right, reason, authority) => ({
    subject: `Su solicitud de privacidad a ${shop} ha sido denegada`,
    text: `${shop} no puede atender su solicitud (${right}): ${reason}\n\nPuede presentar una reclamación ante una autoridad de control${authority ? ` (${authority})` : ''} y ejercitar acciones judiciales (art. 12.4 del RGPD).`,
  }),
  complaintAnswer: (authority, website) =>
    authority
      ? `Puede presentar una reclamación ante la autoridad de control: ${authority}${website ? ` (${website})` : ''}.`
      : 'Puede presentar una reclamación ante la autoridad de control del país de la UE en el que resida o trabaje.',
  confirm: {
    title: 'Confirme su solicitud',
    message: (rights) => `Está a punto de confirmar su solicitud de privacidad: ${rights}. No ocurrirá nada hasta que pulse el botón.`,
    button: 'Confirmar mi solicitud',
    erasureNote: 'Si la tienda suprime sus datos, solo conserva lo que exige la ley:',
  },
  erasure: {
    keptIntro: 'Qué se conserva y por qué:',
    keptItem: (category, period, reasons) =>
      `${category}: se conservan ${period}. Motivo: ${lowercaseInitial(reasons)} (art. 17.3.b del RGPD). Se suprimen cuando termina ese plazo.`,
    keptByLaw:
      'Los datos que la tienda debe conservar por ley, como las facturas, solo se conservan durante el plazo que exige la ley (art. 17.3.b del RGPD) y después se suprimen.',
  },
  access: {
    insideEea: 'dentro del Espacio Económico Europeo (EEE): sin transferencia fuera de él',
    noSafeguard: 'fuera del EEE; la tienda aún no ha registrado ninguna garantía para esta transferencia',
    sources: { customer: 'facilitados por usted', automatic: 'recogidos automáticamente cuando usa la tienda', third_party: 'obtenidos de terceros' },
    fromShopify: 'de Shopify, la plataforma en la que funciona esta tienda: lo que usted introdujo al hacer pedidos o crear su cuenta',
    fromYou: 'de usted: sus elecciones en el banner de cookies y las solicitudes que ha enviado',
    fromProcessors: 'los encargados del tratamiento indicados reciben datos de la tienda; ninguno de los datos de este paquete procede de ellos',
  },
  fields: {
    type: 'Elija el derecho que desea ejercer',
    email: 'Indique la dirección de correo electrónico que utiliza en esta tienda',
    details: 'Los detalles no pueden superar los 2000 caracteres',
    summary: 'No se ha podido enviar su solicitud; revise los campos marcados.',
    refused: 'No se ha podido enviar su solicitud',
    goBack: 'Vuelva al formulario y corríjalo.',
  },
  pages: {
    received: {
      title: 'Solicitud recibida',
      message: 'Hemos recibido su solicitud. Recibirá una respuesta en el plazo de un mes en la dirección de correo electrónico de su cuenta de cliente.',
    },
    verificationSent: {
      title: 'Solicitud recibida',
      message: 'Revise su correo: le hemos enviado un enlace para confirmar la solicitud. Es válido durante 24 horas.',
    },
    confirmed: (due) => ({ title: 'Solicitud confirmada', message: `Gracias. Su solicitud está confirmada y recibirá una respuesta a más tardar el ${due}.` }),
    linkExpired: { title: 'Enlace caducado', message: 'Este enlace ha caducado; envíe de nuevo su solicitud.' },
    linkUsed: {
      title: 'Enlace ya utilizado',
      message: 'Este enlace ya se ha utilizado: su solicitud está confirmada y recibirá la respuesta por correo electrónico.',
    },
    linkUnknown: {
      title: 'Enlace no reconocido',
      message: 'No reconocemos este enlace. Compruebe que ha abierto el enlace completo del correo o envíe de nuevo su solicitud.',
    },
    downloadExpired: { title: 'Descarga caducada', message: 'Este enlace de descarga ha caducado; vuelva a solicitar sus datos a la tienda.' },
    downloadUnknown: {
      title: 'Descarga no encontrada',
      message: 'No reconocemos este enlace de descarga. Compruebe que ha abierto el enlace completo del correo.',
    },
    downloadWithdrawn: {
      title: 'Descarga retirada',
      message: 'Esta descarga se ha retirado porque sus datos en esta tienda se han suprimido; ya no queda nada que descargar.',
    },
    unauthorized: {
      title: 'Abra el enlace desde la tienda',
      message: 'Esta página solo se abre a través del sitio web de la tienda. Abra de nuevo el enlace del correo.',
    },
    tooMany: (when) => ({ title: 'Demasiados intentos', message: `Demasiados intentos desde este dispositivo; vuelva a intentarlo ${when}.` }),
    busy: (when) => ({
      title: 'Demasiadas solicitudes en este momento',
      message: `Esta tienda está recibiendo demasiadas solicitudes en este momento; vuelva a intentarlo ${when}.`,
    }),
    failed: { title: 'Algo ha fallado', message: 'Algo ha fallado por nuestra parte; no se ha perdido nada. Vuelva a intentarlo dentro de unos minutos.' },
  },
};
