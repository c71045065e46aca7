// What Lawfully writes to shoppers and merchants about requests. Plain text, in the shopper's
// language where we have it (English otherwise).
import { RIGHT_LABELS, type RequestType } from './rights.ts';

type Locale = 'en' | 'de' | 'fr' | 'lv';

const VERIFY: Record<Locale, (shop: string, right: string, link: string) => { subject: string; text: string }> = {
  en: (shop, right, link) => ({
    subject: `Confirm your privacy request to ${shop}`,
    text: `You asked ${shop} to exercise your right of ${right}.\n\nTo confirm that this request comes from you, open this link within 24 hours:\n${link}\n\nIf you did not ask for this, ignore this message: nothing will happen.`,
  }),
  de: (shop, right, link) => ({
    subject: `Bestätigen Sie Ihre Datenschutzanfrage an ${shop}`,
    text: `Sie haben ${shop} gebeten, Ihr Recht auf ${right} auszuüben.\n\nUm zu bestätigen, dass die Anfrage von Ihnen stammt, öffnen Sie diesen Link innerhalb von 24 Stunden:\n${link}\n\nWenn Sie dies nicht angefragt haben, ignorieren Sie diese Nachricht.`,
  }),
  fr: (shop, right, link) => ({
    subject: `Confirmez votre demande à ${shop}`,
    text: `Vous avez demandé à ${shop} d'exercer votre droit : ${right}.\n\nPour confirmer que la demande vient de vous, ouvrez ce lien dans les 24 heures :\n${link}\n\nSi vous n'avez rien demandé, ignorez ce message.`,
  }),
  lv: (shop, right, link) => ({
    subject: `Apstipriniet savu privātuma pieprasījumu ${shop}`,
    text: `Jūs lūdzāt ${shop} īstenot jūsu tiesības: ${right}.\n\nLai apstiprinātu, ka pieprasījums ir no jums, 24 stundu laikā atveriet šo saiti:\n${link}\n\nJa jūs to nelūdzāt, ignorējiet šo ziņu.`,
  }),
};

const pickLocale = (locale?: string | null): Locale => (['en', 'de', 'fr', 'lv'].includes(locale ?? '') ? (locale as Locale) : 'en');

export function verificationMail(locale: string | null | undefined, shop: string, type: RequestType, link: string) {
  return VERIFY[pickLocale(locale)](shop, RIGHT_LABELS[type], link);
}

export function confirmationMail(shop: string, type: RequestType, dueAt: Date) {
  return {
    subject: `We received your privacy request (${RIGHT_LABELS[type]})`,
    text: `${shop} received your request (${RIGHT_LABELS[type]}) and will answer by ${dueAt.toISOString().slice(0, 10)} at the latest (GDPR Art. 12(3)).`,
  };
}

export function outcomeMail(shop: string, type: RequestType, outcome: string) {
  return { subject: `Your privacy request to ${shop}: ${RIGHT_LABELS[type]}`, text: `${outcome}\n\n— ${shop}` };
}

export function extensionMail(shop: string, type: RequestType, dueAt: Date, reason: string) {
  return {
    subject: `Your privacy request to ${shop} needs more time`,
    text: `${shop} needs more time to answer your request (${RIGHT_LABELS[type]}): ${reason}\n\nThe new deadline is ${dueAt.toISOString().slice(0, 10)} (GDPR Art. 12(3)).`,
  };
}

export function rejectionMail(shop: string, type: RequestType, reason: string, authority?: string) {
  return {
    subject: `Your privacy request to ${shop} was refused`,
    text: `${shop} cannot act on your request (${RIGHT_LABELS[type]}): ${reason}\n\nYou may lodge a complaint with a supervisory authority${authority ? ` (${authority})` : ''} and seek a judicial remedy (GDPR Art. 12(4)).`,
  };
}

export function merchantNewRequestMail(shop: string, type: RequestType, dueAt: Date | null, adminUrl: string) {
  return {
    subject: `New privacy request: ${RIGHT_LABELS[type]}`,
    text: `A new ${RIGHT_LABELS[type]} request arrived for ${shop}.${dueAt ? ` It must be answered by ${dueAt.toISOString().slice(0, 10)}.` : ''}\n\nOpen it in Lawfully: ${adminUrl}`,
  };
}

export function merchantDeadlineMail(shop: string, count: number, adminUrl: string) {
  return {
    subject: `${count} privacy request${count === 1 ? '' : 's'} due within a week`,
    text: `${count} request${count === 1 ? ' is' : 's are'} due within seven days or overdue at ${shop}.\n\nOpen Lawfully: ${adminUrl}`,
  };
}
