// customers/redact reaches every copy Lawfully holds of the customer, whatever state it is in:
// a data_request whose job has not run yet, one that finished, the person's open and closed
// requests, their consent proofs, export packages and mails still waiting to go. Afterwards no
// table holds their email, phone or customer id in clear text or in anything Lawfully can decrypt.
import { describe, expect, it } from 'vitest';
import { useTestApp, SHOP_A } from '../support/app.ts';
import { dataRequestPayload, redactPayload } from '../support/webhooks.ts';
import { claimJob } from '../../app/jobs/queue.ts';
import { newWorkerId, runClaimedJob } from '../../app/jobs/runner.ts';
import { jobHandlers } from '../../app/background.ts';
import { queueMail } from '../../app/mail/mailer.ts';
import { encrypt, normaliseEmail, openSealed, saltedHash } from '../../app/platform/crypto.ts';
import { shopSalt } from '../../app/platform/shops.ts';
import { Prisma } from '../../app/platform/db/generated/sqlite/client.ts';

const CUSTOMER_ID = '7000000021';
const EMAIL = 'customer21@example.com';
const PHONE = '+37120001234';

describe('customers/redact reaches every copy', () => {
  const t = useTestApp({ mailbox: true, installed: true });

  const runner = () => ({ db: t.deps.db, clock: t.clock, log: t.deps.log, handlers: jobHandlers(t.deps) });
  const runJobOf = async (topic: string) => {
    const job = await t.deps.db.job.findFirst({ where: { kind: topic, status: 'queued' }, orderBy: { createdAt: 'desc' } });
    const worker = newWorkerId();
    const claimed = await claimJob(t.deps.db, job!.id, worker, t.clock.now());
    await runClaimedJob(runner(), claimed!, worker);
  };

  /** Every row of every table, as text, with every value Lawfully sealed opened. */
  async function everythingStored(): Promise<string> {
    const parts: string[] = [];
    for (const model of Object.values(Prisma.ModelName)) {
      const delegate = (t.deps.db as unknown as Record<string, { findMany(): Promise<unknown[]> }>)[model.charAt(0).toLowerCase() + model.slice(1)]!;
      const text = JSON.stringify(await delegate.findMany());
      parts.push(text);
      for (const sealed of text.match(/v1\.[\w-]+\.[\w-]+\.[\w-]*/g) ?? []) parts.push(openSealed(t.deps.config.encryptionKey, sealed) ?? '');
    }
    return parts.join('\n');
  }

  it('leaves nothing that names the customer, and builds no export for them afterwards', async () => {
    const { db, config } = t.deps;
    const key = config.encryptionKey;
    const now = t.clock.now();
    const emailHash = saltedHash(await shopSalt(db, SHOP_A), normaliseEmail(EMAIL));

    // A finished data_request (request in progress, export package ready)…
    expect((await t.deliver('customers/data_request', dataRequestPayload(SHOP_A, CUSTOMER_ID))).status).toBe(200);
    await runJobOf('customers/data_request');
    // …and a second one whose job has not run yet.
    expect(
      (await t.deliver('customers/data_request', { ...dataRequestPayload(SHOP_A, CUSTOMER_ID), customer: { id: CUSTOMER_ID, email: EMAIL, phone: PHONE } }))
        .status,
    ).toBe(200);
    // Their storefront requests (open and closed, with a note), a consent proof, and mails waiting to go.
    const open = await db.dataSubjectRequest.create({
      data: {
        shop: SHOP_A,
        type: 'rectification',
        source: 'storefront',
        status: 'verified',
        emailHash,
        emailEncrypted: encrypt(key, EMAIL),
        locale: 'de',
        receivedAt: now,
        dueAt: now,
        details: { correction: `phone is ${PHONE}` },
      },
    });
    const closed = await db.dataSubjectRequest.create({
      data: {
        shop: SHOP_A,
        type: 'objection',
        source: 'storefront',
        status: 'completed',
        emailHash,
        emailEncrypted: encrypt(key, EMAIL),
        receivedAt: now,
        closedAt: now,
        details: { grounds: `write to ${EMAIL}` },
      },
    });
    await db.requestEvent.create({
      data: { shop: SHOP_A, requestId: closed.id, actor: 'merchant:1', kind: 'note', message: `called ${PHONE}`, createdAt: now },
    });
    await db.consentRecord.create({
      data: { shop: SHOP_A, consentId: 'c-21', granted: 'analytics', denied: 'marketing', shopifyCustomerId: CUSTOMER_ID, createdAt: now },
    });
    // A retention dry run that listed them as inactive, with their name sealed for the merchant.
    await db.retentionCustomer.create({
      data: {
        shop: SHOP_A,
        runId: 'run-1',
        customerId: `gid://shopify/Customer/${CUSTOMER_ID}`,
        numberOfOrders: 0,
        lastActivityAt: now,
        nameSealed: encrypt(key, `${EMAIL} Erika Musterfrau`),
      },
    });
    await queueMail(db, key, SHOP_A, { to: EMAIL, subject: 'Confirm your request', text: `Hello ${EMAIL}` }, new Date(now.getTime() + 60_000));
    const failedMail = await queueMail(db, key, SHOP_A, { to: EMAIL.toUpperCase(), subject: 'Deadline', text: 'Your request' }, now);
    await db.job.update({ where: { id: failedMail }, data: { status: 'failed' } });
    expect(await everythingStored()).toContain(EMAIL);

    expect(
      (await t.deliver('customers/redact', { ...redactPayload(SHOP_A, CUSTOMER_ID), customer: { id: CUSTOMER_ID, email: EMAIL, phone: PHONE } })).status,
    ).toBe(200);
    await runJobOf('customers/redact');
    await t.runJobs(); // the pending data_request's job, and the erasure's own mails to the person

    const stored = await everythingStored();
    expect(stored).not.toContain(EMAIL);
    expect(stored.toLowerCase()).not.toContain(EMAIL);
    expect(stored).not.toContain(PHONE);
    expect(stored).not.toContain(CUSTOMER_ID);
    expect(stored).not.toContain(emailHash);

    // No export exists or was built for them; the pending delivery counts as processed.
    expect(await db.exportPackage.count({ where: { shop: SHOP_A } })).toBe(0);
    expect(await db.webhookDelivery.count({ where: { shop: SHOP_A, processedAt: null } })).toBe(0);
    // The open request was closed and its shopper told (in German); the waiting mails were withdrawn, not sent.
    expect(await db.dataSubjectRequest.findUnique({ where: { id: open.id }, select: { status: true } })).toEqual({ status: 'rejected' });
    const toThem = t.mailbox.mails.filter((mail) => mail.to.some((to) => to.toLowerCase() === EMAIL));
    expect(toThem.map((mail) => mail.subject).some((subject) => /Confirm your request|Deadline/.test(subject))).toBe(false);
    expect(toThem.length).toBeGreaterThan(0);
    expect(await db.job.count({ where: { shop: SHOP_A, kind: 'mail.send', lastError: 'Cancelled: the recipient was erased.' } })).toBe(2);
  });
});
