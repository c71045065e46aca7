// Processors without an erasure API (PayPal, delivery companies, hosting) are asked by mail to
// their privacy contact. The mail names the person by the fewest identifiers the processor needs
// (their email address: it is how a shop's data reaches them), says which article obliges whom,
// gives a reference and the deadline, and carries the merchant's own address as Reply-To, so the
// processor's answer reaches someone who can mark the task confirmed.
import type { Mailer } from '../mail/mailer.ts';
import { VendorError, type Connector, type Subject } from './connector.ts';
import type { TaskAction } from './plan.ts';

export interface Asking {
  mailer: Mailer;
  /** the processor's privacy contact */
  to: string;
  processorName: string;
  /** the merchant's privacy contact (records' controller.contactEmail); answers go there */
  replyTo?: string;
  controllerName: string;
  shop: string;
  reference: string;
  dueAt: Date | null;
}

const ASKS: Record<TaskAction, { subject: string; ask: string; law: string }> = {
  erase: {
    subject: 'Erasure request',
    ask: 'Please erase the personal data you hold about this person on our behalf, and confirm by replying to this mail.',
    law: 'The person asked us to erase their personal data (GDPR Art. 17), and we must tell every recipient of it (Art. 19).',
  },
  rectify: {
    subject: 'Rectification request',
    ask: 'The person asked us to correct their data. Please reply to this mail so that we can tell you what to correct in what you hold on our behalf.',
    law: 'The person asked us to rectify their personal data (GDPR Art. 16), and we must tell every recipient of it (Art. 19).',
  },
  restrict: {
    subject: 'Restriction request',
    ask: 'Please restrict the processing of the personal data you hold about this person on our behalf (store it, but do not otherwise use it) until we tell you otherwise, and confirm by replying to this mail.',
    law: 'The person asked us to restrict the processing of their personal data (GDPR Art. 18), and we must tell every recipient of it (Art. 19).',
  },
  object: {
    subject: 'Objection to marketing',
    ask: 'Please stop using the personal data you hold about this person for marketing on our behalf, and confirm by replying to this mail.',
    law: 'The person objected to the use of their personal data for marketing or withdrew their consent (GDPR Art. 21(3), Art. 7(3)).',
  },
  export: {
    subject: 'Access request',
    ask: 'Please send us, by replying to this mail, a copy of the personal data you hold about this person on our behalf.',
    law: 'The person asked us for a copy of their personal data (GDPR Art. 15); as our processor you help us answer (Art. 28(3)(e)).',
  },
};

export function privacyMail(asking: Omit<Asking, 'mailer'>, action: TaskAction, subject: Subject) {
  const what = ASKS[action];
  const due = asking.dueAt ? `\nPlease answer by ${asking.dueAt.toISOString().slice(0, 10)}.` : '';
  return {
    to: asking.to,
    ...(asking.replyTo ? { replyTo: asking.replyTo } : {}),
    subject: `${what.subject} from ${asking.controllerName} (ref. ${asking.reference})`,
    text: [
      `Dear ${asking.processorName} privacy team,`,
      '',
      `We are ${asking.controllerName}, the controller behind the online shop ${asking.shop}. ${what.law}`,
      '',
      `The person is known to you by this email address: ${subject.email}`,
      '',
      `${what.ask}${due}`,
      '',
      `Our reference: ${asking.reference}`,
      asking.replyTo ? `Please reply to ${asking.replyTo}.` : 'Please reply to this mail.',
      '',
      `— ${asking.controllerName}`,
    ].join('\n'),
  };
}

/** The mail connector: "erase" (or any other action) sends the mail and keeps its Message-ID as evidence. */
export function emailConnector(asking: Asking, action: TaskAction = 'erase'): Connector {
  return {
    async erase(subject) {
      const sent = await asking.mailer.send(privacyMail(asking, action, subject));
      return {
        found: true,
        ids: sent.messageId ? [sent.messageId] : [],
        evidence: `Mail sent to ${asking.to}${sent.messageId ? ` (Message-ID ${sent.messageId})` : ''}; the answer goes to ${asking.replyTo ?? 'the sender address'}.`,
      };
    },
    test() {
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(asking.to)) return Promise.reject(new VendorError(`"${asking.to}" is not an email address.`, false));
      return Promise.resolve(`Mails go to ${asking.to}.`);
    },
  };
}
