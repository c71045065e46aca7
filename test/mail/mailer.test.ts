// A mail that fails says why without the address: the reason is logged and shown on the Jobs page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { createMailer } from '../../app/mail/mailer.ts';

describe('the mailer', () => {
  let server: SMTPServer;
  let url: string;
  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        const error = Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected: User unknown`), { responseCode: 550 });
        callback(address.address.startsWith('gone') ? error : undefined);
      },
      onData(stream, _session, callback) {
        stream.resume();
        stream.on('end', () => callback());
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reports a refused recipient by its SMTP code, never by its address', async () => {
    const mailer = createMailer({ smtpUrl: url, from: 'shop@example.com' });
    const failure = await mailer.send({ to: 'gone.customer@example.com', subject: 'Your request', text: 'Hello' }).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    expect(failure?.message).toMatch(/^The mail server refused the mail \(.*SMTP 550.*\)\.$/);
    expect(failure?.message).not.toContain('gone.customer');
    await expect(mailer.send({ to: 'anna@example.com', subject: 'Your request', text: 'Hello' })).resolves.toEqual({
      messageId: expect.stringMatching(/^<.+@.+>$/),
    });
  });
});
