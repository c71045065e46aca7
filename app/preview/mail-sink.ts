// A local SMTP server that keeps what it receives: the mailbox of the local preview
// (/preview/mail) and of the tests. Real SMTP on loopback, so the app's mail path is exercised
// exactly as in production.
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  receivedAt: Date;
}

export interface MailSink {
  url: string;
  mails: ReceivedMail[];
  /** resolves with the first mail to `to` whose subject matches, waiting up to `ms` */
  waitFor(to: string, subject?: RegExp, ms?: number): Promise<ReceivedMail>;
  stop(): Promise<void>;
}

export async function startMailSink(port = 0): Promise<MailSink> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            receivedAt: new Date(),
          });
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    mails,
    async waitFor(to, subject, ms = 10_000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const mail = mails.find((m) => m.to.includes(to) && (!subject || subject.test(m.subject)));
        if (mail) return mail;
        if (Date.now() > deadline) throw new Error(`no mail to ${to}${subject ? ` matching ${subject}` : ''} arrived within ${ms} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
