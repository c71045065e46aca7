// The one thing the shopper is told about processors: that they were asked (GDPR Art. 19 lets
// the person ask who the recipients are; the outcome names none of them). In every language the
// storefront offers; a missing one fails the typecheck.
import { pickLocale, type Mail, type ShopperLocale } from '../requests/shopper-texts.ts';

const texts = {
  en: 'We have also asked the service providers who received your data to act on your request.',
  de: 'Wir haben auch die Dienstleister, die Ihre Daten erhalten haben, gebeten, Ihrer Anfrage nachzukommen.',
  fr: 'Nous avons aussi demandé aux prestataires qui ont reçu vos données de donner suite à votre demande.',
  lv: 'Mēs esam lūguši arī pakalpojumu sniedzējus, kuri saņēma jūsu datus, izpildīt jūsu pieprasījumu.',
  es: 'También hemos pedido a los proveedores de servicios que recibieron sus datos que atiendan su solicitud.',
  it: 'Abbiamo chiesto anche ai fornitori di servizi che hanno ricevuto i suoi dati di dare seguito alla sua richiesta.',
  nl: 'We hebben ook de dienstverleners die uw gegevens hebben ontvangen gevraagd uw verzoek uit te voeren.',
  pl: 'Poprosiliśmy również usługodawców, którzy otrzymali Pana/Pani dane, o realizację Pana/Pani żądania.',
};

export const PROCESSORS_ASKED: Record<ShopperLocale, string> = texts;

/** The outcome mail with the sentence added before its signature line. */
export function withProcessorsAsked(mail: Mail, locale?: string | null): Mail {
  const sentence = PROCESSORS_ASKED[pickLocale(locale)];
  const signature = mail.text.lastIndexOf('\n\n— ');
  const text = signature === -1 ? `${mail.text}\n\n${sentence}` : `${mail.text.slice(0, signature)}\n\n${sentence}${mail.text.slice(signature)}`;
  return { ...mail, text };
}
