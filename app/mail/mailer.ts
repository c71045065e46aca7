// Outgoing mail over SMTP (nodemailer). Mails are sent by the job runner ("mail.send" jobs), so a
// mail server that is down delays a mail instead of losing it; the recipient is stored encrypted
// in the job until then.
import nodemailer from 'nodemailer';
import type { Prisma } from '../platform/db/index.ts';
import type { AppDeps } from '../platform/deps.ts';
import { decrypt, encrypt, normaliseEmail, openSealed } from '../platform/crypto.ts';
import { z } from 'zod';
import { enqueueJob } from '../jobs/queue.ts';
import { checkedJob } from '../jobs/runner.ts';
import { jobKinds } from '../jobs/kinds.ts';
import { UpstreamError } from '../platform/errors.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** where answers go when they should reach the merchant rather than the sender address */
  replyTo?: string;
}

/** What the mail server said: its Message-ID, kept as evidence that a processor was asked. */
export interface SentMail {
  messageId?: string;
}

export interface Mailer {
  send(mail: Mail): Promise<SentMail>;
}

export function createMailer({ smtpUrl, from }: { smtpUrl?: string; from: string }): Mailer {
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : undefined;
  return {
    async send(mail) {
      if (!transport) throw new UpstreamError('No mail server is configured (set SMTP_URL).');
      try {
        const info = (await transport.sendMail({
          from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
        })) as { messageId?: string };
        return { messageId: info.messageId };
      } catch (error) {
        throw new UpstreamError(describeMailFailure(error));
      }
    },
  };
}

/**
 * What went wrong, without the server's reply text: it usually quotes the recipient
 * ("550 5.1.1 <anna@example.com>: Recipient address rejected"), and this message ends up in
 * logs and on the Jobs page.
 */
export function describeMailFailure(error: unknown): string {
  const { code, responseCode, command } = (error ?? {}) as { code?: string; responseCode?: number; command?: string };
  const parts = [code, responseCode ? `SMTP ${responseCode}` : undefined, command ? `at ${command.split(' ')[0]}` : undefined].filter(Boolean);
  const verdict = responseCode && responseCode >= 500 ? 'The mail server refused the mail' : 'The mail could not be sent';
  return `${verdict}${parts.length ? ` (${parts.join(', ')})` : ''}.`;
}

/** Queues a mail in the caller's transaction; the "mail.send" job sends it. */
export async function queueMail(tx: Pick<Prisma.TransactionClient, 'job'>, key: Buffer, shop: string, mail: Mail, now: Date): Promise<string> {
  return enqueueJob(tx, {
    shop,
    kind: jobKinds.mailSend,
    payload: { to: encrypt(key, mail.to), subject: mail.subject, text: encrypt(key, mail.text) },
    runAt: now,
  });
}

/** A mail job: waiting (address and text sealed), or sent or withdrawn (only its subject is kept). */
const mailJobPayload = z.union([
  z.object({ subject: z.string(), sent: z.literal(true) }),
  z.object({ subject: z.string(), cancelled: z.literal(true) }),
  z.object({ to: z.string(), subject: z.string(), text: z.string() }),
]);

export function mailJobHandlers({ config, mailer, db }: Pick<AppDeps, 'config' | 'mailer' | 'db'>) {
  return {
    [jobKinds.mailSend]: checkedJob(mailJobPayload, async (payload, job) => {
      if (!('to' in payload)) return; // sent already, or withdrawn by an erasure
      await mailer.send({ to: decrypt(config.encryptionKey, payload.to), subject: payload.subject, text: decrypt(config.encryptionKey, payload.text) });
      // Once sent, the job keeps no copy of the recipient or the message.
      await db.job.update({ where: { id: job.id }, data: { payload: { subject: payload.subject, sent: true } } });
    }),
  };
}

/**
 * Withdraws the mails still waiting to go to a person who is being erased: their copy of the
 * address and text goes, and the job ends as cancelled. A mail being sent at this moment goes.
 * Returns how many were withdrawn. The erasure's own "you were erased" mails are queued after.
 */
export async function cancelMailsTo(tx: Pick<Prisma.TransactionClient, 'job'>, key: Buffer, shop: string, email: string, now: Date): Promise<number> {
  const waiting = await tx.job.findMany({
    where: { shop, kind: jobKinds.mailSend, status: { in: ['queued', 'failed'] } },
    select: { id: true, payload: true },
  });
  const theirs = waiting.filter(({ payload }) => {
    const to = (payload as { to?: unknown } | null)?.to;
    const address = typeof to === 'string' ? openSealed(key, to) : null;
    return address !== null && normaliseEmail(address) === normaliseEmail(email);
  });
  for (const { id, payload } of theirs) {
    const subject = (payload as { subject?: unknown }).subject;
    await tx.job.update({
      where: { id },
      data: {
        status: 'done',
        payload: { subject: typeof subject === 'string' ? subject : '', cancelled: true },
        lockedBy: null,
        lockedUntil: null,
        lastError: 'Cancelled: the recipient was erased.',
        finishedAt: now,
      },
    });
  }
  return theirs.length;
}
