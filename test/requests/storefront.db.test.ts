// Shoppers' requests through the app proxy: signature, identity (Shopify account or one-time
// link), rate limits, the pages links from mails open, the shopper's language, and the mail that
// goes over real SMTP to a local sink.
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { useTestApp, SHOP_A } from '../support/app.ts';
import { seedController } from '../support/seed-records.ts';
import { tokenHash } from '../../app/requests/shopper-links.ts';
import { DAY_MS, HOUR_MS } from '../../app/platform/time.ts';

describe('shopper requests through the app proxy', () => {
  const t = useTestApp({ mailbox: true, installed: true });

  /** The storefront form posted by script (it asks for JSON) from the visitor at `ip`. */
  const submit = (ip: string, body: object) =>
    request(t.app).post(t.proxyUrl('/requests')).set('X-Forwarded-For', ip).set('Accept', 'application/json').send(body);
  const linkIn = (text: string) => /https?:\/\/\S+\/apps\/lawfully(\/verify\/\S+)/.exec(text)![1]!;
  /** The shopper presses the confirmation page's button: the form posts the link's token. */
  const press = (path: string, ip = '198.51.100.200') =>
    request(t.app)
      .post(t.proxyUrl('/verify'))
      .set('X-Forwarded-For', ip)
      .type('form')
      .send({ token: path.split('/').pop() });

  it('refuses an unsigned or tampered request with 401 and stores nothing', async () => {
    const before = await t.deps.db.dataSubjectRequest.count();
    expect(
      (
        await request(t.app)
          .post('/proxy/requests?shop=' + SHOP_A)
          .send({ type: 'access', email: 'a@example.com' })
      ).status,
    ).toBe(401);
    const signed = t.proxyUrl('/requests', { customerId: '7000000001' }).replace('7000000001', '7000000002');
    expect((await request(t.app).post(signed).send({ type: 'access', email: 'a@example.com' })).status).toBe(401);
    const stale = t.proxyUrl('/requests', { timestamp: Math.floor(Date.now() / 1000) - 3600 });
    expect((await request(t.app).post(stale).send({ type: 'access', email: 'a@example.com' })).status).toBe(401);
    expect(await t.deps.db.dataSubjectRequest.count()).toBe(before);
  });

  it('answers 400 with a message per field and stores nothing for bad input', async () => {
    const before = await t.deps.db.dataSubjectRequest.count();
    const res = await request(t.app).post(t.proxyUrl('/requests')).set('Accept', 'application/json').send({ type: 'teleport', email: 'not-an-email' });
    expect(res.status).toBe(400);
    expect(res.body.fields).toMatchObject({ type: expect.any(String), email: expect.stringMatching(/email/) });
    expect(await t.deps.db.dataSubjectRequest.count()).toBe(before);
  });

  it('verifies a logged-in customer at once and starts the 30-day clock', async () => {
    const res = await request(t.app)
      .post(t.proxyUrl('/requests', { customerId: '7000000003' }))
      .set('Accept', 'application/json')
      .send({ type: 'access', email: 'customer3@example.com' });
    expect(res.status).toBe(202);
    expect(res.body.status).toBe('verified');
    const row = await t.deps.db.dataSubjectRequest.findFirst({ where: { shopifyCustomerId: '7000000003', source: 'storefront' } });
    expect(row).toMatchObject({ status: 'verified', type: 'access' });
    expect(row!.dueAt!.getTime() - t.clock.now().getTime()).toBe(30 * DAY_MS);
    await t.runJobs();
    expect((await t.mailbox.waitFor('customer3@example.com', /received your privacy request/)).text).toMatch(/answer by/);
  });

  it('writes to the email of the logged-in customer’s Shopify account, not to the one typed in the form', async () => {
    const res = await request(t.app)
      .post(t.proxyUrl('/requests', { customerId: '7000000004' }))
      .set('X-Forwarded-For', '198.51.100.4')
      .set('Accept', 'application/json')
      .send({ type: 'portability', email: 'someone.else@example.com' });
    expect(res.body.status).toBe('verified');
    await t.runJobs();
    expect((await t.mailbox.waitFor('customer4@example.com', /received your privacy request/)).text).toContain('Portability');
    expect(t.mailbox.mails.some((m) => m.to.includes('someone.else@example.com'))).toBe(false);
  });

  it('asks a logged-in customer to confirm by email link when Shopify cannot be asked for their account', async () => {
    await t.deps.db.session.deleteMany({ where: { shop: SHOP_A } });
    try {
      const res = await request(t.app)
        .post(t.proxyUrl('/requests', { customerId: '7000000005' }))
        .set('X-Forwarded-For', '198.51.100.5')
        .set('Accept', 'application/json')
        .send({ type: 'restriction', email: 'typed.by.customer5@example.com' });
      expect(res.body.status).toBe('verification_sent');
      expect(await t.deps.db.dataSubjectRequest.findFirst({ where: { source: 'storefront', type: 'restriction' } })).toMatchObject({
        status: 'unverified',
        dueAt: null,
        shopifyCustomerId: null,
      });
      await t.runJobs();
      expect((await t.mailbox.waitFor('typed.by.customer5@example.com')).subject).toMatch(/^Confirm/);
    } finally {
      await t.install();
    }
  });

  it('writes to a logged-in customer in German when the form was German', async () => {
    await request(t.app)
      .post(t.proxyUrl('/requests', { customerId: '7000000006' }))
      .set('X-Forwarded-For', '198.51.100.6')
      .set('Accept', 'application/json')
      .send({ type: 'objection', email: 'customer6@example.com', locale: 'de' });
    await t.runJobs();
    const mail = await t.mailbox.waitFor('customer6@example.com', /Wir haben Ihre Datenschutzanfrage erhalten/);
    expect(mail.subject).toContain('Widerspruch (Art. 21 DSGVO)');
    expect(mail.text).toContain('spätestens bis zum 25.12.2026');
  });

  it('asks an anonymous shopper to confirm by a one-time link that works once, within 24 hours', async () => {
    const res = await request(t.app)
      .post(t.proxyUrl('/requests'))
      .set('Accept', 'application/json')
      .send({ type: 'erasure', email: 'Shopper.One@Example.com', locale: 'de' });
    expect(res.body.status).toBe('verification_sent');
    const row = await t.deps.db.dataSubjectRequest.findFirst({ where: { source: 'storefront', type: 'erasure' }, orderBy: { createdAt: 'desc' } });
    expect(row).toMatchObject({ status: 'unverified', dueAt: null });
    await t.runJobs();
    const mail = await t.mailbox.waitFor('shopper.one@example.com', /Bestätigen/);
    const path = linkIn(mail.text);
    expect(row!.verificationHash).not.toContain(path.split('/').pop());

    const confirmed = await press(path);
    expect(confirmed.status).toBe(200);
    expect(confirmed.text).toContain('Ihre Anfrage ist bestätigt');
    expect(await t.deps.db.dataSubjectRequest.findUnique({ where: { id: row!.id } })).toMatchObject({ status: 'verified', verificationExpiresAt: null });

    for (const reused of [await press(path), await request(t.app).get(t.proxyUrl(path))]) {
      expect(reused.status).toBe(410);
      expect(reused.headers['content-type']).toMatch(/^text\/html/);
      expect(reused.text).toContain('Dieser Link wurde bereits verwendet');
    }
  });

  it('writes to a Latvian shopper in Latvian, from the link to the confirmation', async () => {
    await submit('198.51.100.7', { type: 'erasure', email: 'janis@example.lv', locale: 'lv' });
    await t.runJobs();
    const mail = await t.mailbox.waitFor('janis@example.lv', /^Apstipriniet savu privātuma pieprasījumu/);
    expect(mail.text).toContain('datu dzēšana (VDAR 17. pants)');
    const page = await request(t.app).get(t.proxyUrl(linkIn(mail.text)));
    expect(page.text).toContain('Apstiprināt pieprasījumu');
    expect((await press(linkIn(mail.text))).text).toContain('Pieprasījums apstiprināts');
    await t.runJobs();
    expect((await t.mailbox.waitFor('janis@example.lv', /^Esam saņēmuši/)).text).toContain('ne vēlāk kā 25.12.2026.');
  });

  it('confirms nothing when the link is opened (a GET, as mail scanners do); the button’s POST confirms', async () => {
    await submit('198.51.100.21', { type: 'restriction', email: 'scanned@example.com' });
    await t.runJobs();
    const path = linkIn((await t.mailbox.waitFor('scanned@example.com', /^Confirm/)).text);
    const row = await t.deps.db.dataSubjectRequest.findFirst({ where: { type: 'restriction', status: 'unverified' }, orderBy: { createdAt: 'desc' } });
    const jobsBefore = await t.deps.db.job.count({ where: { kind: 'mail.send' } });

    for (let i = 0; i < 3; i++) {
      const opened = await request(t.app).get(t.proxyUrl(path));
      expect(opened.status).toBe(200);
      expect(opened.headers['cache-control']).toBe('no-store');
      expect(opened.text).toContain('Confirm your request');
      expect(opened.text).toContain('Nothing happens until you press the button.');
      expect(opened.text).toMatch(
        /<form method="post" action="\/apps\/lawfully\/verify"><input type="hidden" name="token" value="[^"]+"><button type="submit">Confirm my request<\/button><\/form>/,
      );
    }
    expect(await t.deps.db.dataSubjectRequest.findUnique({ where: { id: row!.id } })).toMatchObject({ status: 'unverified', verifiedAt: null, dueAt: null });
    expect(await t.deps.db.requestEvent.count({ where: { requestId: row!.id, kind: 'verified' } })).toBe(0);
    expect(await t.deps.db.job.count({ where: { kind: 'mail.send' } })).toBe(jobsBefore);

    // The press goes through the app proxy too: unsigned, it is refused and changes nothing.
    expect(
      (
        await request(t.app)
          .post(`/proxy/verify?shop=${SHOP_A}`)
          .type('form')
          .send({ token: path.split('/').pop() })
      ).status,
    ).toBe(401);
    expect((await request(t.app).post(t.proxyUrl('/verify')).type('form').send({})).status).toBe(400);
    expect((await t.deps.db.dataSubjectRequest.findUnique({ where: { id: row!.id } }))!.status).toBe('unverified');

    const pressed = await press(path);
    expect(pressed.status).toBe(200);
    expect(pressed.text).toContain('Your request is confirmed and will be answered by 2026-12-25');
    expect(await t.deps.db.dataSubjectRequest.findUnique({ where: { id: row!.id } })).toMatchObject({
      status: 'verified',
      dueAt: new Date('2026-12-25T10:00:00Z'),
    });
    await t.runJobs();
    expect((await t.mailbox.waitFor('scanned@example.com', /received your privacy request/)).text).toContain('Restriction');
  });

  it('takes several rights in one submission: one request per right, one mail, one confirmation for all', async () => {
    const res = await submit('198.51.100.22', { type: ['access', 'erasure', 'objection'], email: 'several@example.com', locale: 'de' });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'verification_sent', requests: 3 });
    const rows = await t.deps.db.dataSubjectRequest.findMany({
      where: { status: 'unverified', locale: 'de', type: { in: ['access', 'erasure', 'objection'] } },
      orderBy: { type: 'asc' },
    });
    const mine = rows.filter((r) => r.receivedAt.getTime() === t.clock.now().getTime() && r.emailHash === rows.at(-1)!.emailHash);
    expect(mine.map((r) => r.type).sort()).toEqual(['access', 'erasure', 'objection']);
    await t.runJobs();
    const mails = t.mailbox.mails.filter((m) => m.to.includes('several@example.com'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('Auskunft (Art. 15 DSGVO), Löschung (Art. 17 DSGVO) und Widerspruch (Art. 21 DSGVO)');
    const path = linkIn(mails[0]!.text);

    const page = await request(t.app).get(t.proxyUrl(path));
    expect(page.text).toContain('Sie bestätigen Ihre Datenschutzanfrage: Auskunft (Art. 15 DSGVO), Löschung (Art. 17 DSGVO) und Widerspruch (Art. 21 DSGVO).');
    // An erasure among them: the page says beforehand what the law keeps.
    expect(page.text).toContain('Wenn der Shop Ihre Daten löscht, bewahrt er nur auf, was das Gesetz verlangt:');

    expect((await press(path, '198.51.100.23')).status).toBe(200);
    const confirmed = await t.deps.db.dataSubjectRequest.findMany({ where: { id: { in: mine.map((r) => r.id) } } });
    expect(confirmed.map((r) => r.status)).toEqual(['verified', 'verified', 'verified']);
    await t.runJobs();
    const after = t.mailbox.mails.filter((m) => m.to.includes('several@example.com'));
    expect(after).toHaveLength(2);
    expect(after[1]!.subject).toBe(
      'Wir haben Ihre Datenschutzanfrage erhalten (Auskunft (Art. 15 DSGVO), Löschung (Art. 17 DSGVO) und Widerspruch (Art. 21 DSGVO))',
    );
    expect((await press(path, '198.51.100.24')).status).toBe(410);
  });

  it('names the store by its Shopify name in mails and pages, in a plain header, not by its myshopify domain', async () => {
    await submit('198.51.100.25', { type: 'access', email: 'named@example.com' });
    await t.runJobs();
    const mail = await t.mailbox.waitFor('named@example.com');
    expect(mail.subject).toBe('Confirm your privacy request to Lawfully Demo Prints');
    expect(mail.text).toMatch(/^Lawfully Demo Prints\n=+\n\nYou sent Lawfully Demo Prints a privacy request: Access/);
    expect(mail.text).not.toContain(`${SHOP_A} `);
    const page = await request(t.app).get(t.proxyUrl(linkIn(mail.text)));
    expect(page.text).toContain('<header class="lawfully-page__store"><p>Lawfully Demo Prints</p></header>');
    const unknown = await request(t.app).get(t.proxyUrl('/verify/no-such-token'));
    expect(unknown.text).toContain('<header class="lawfully-page__store"><p>Lawfully Demo Prints</p></header>');
    expect((await t.deps.db.shop.findUnique({ where: { domain: SHOP_A } }))?.name).toBe('Lawfully Demo Prints');
  });

  it('refuses a confirmation link after 24 hours with a page saying so, not JSON', async () => {
    await request(t.app).post(t.proxyUrl('/requests')).set('Accept', 'application/json').send({ type: 'objection', email: 'late@example.com' });
    await t.runJobs();
    const path = linkIn((await t.mailbox.waitFor('late@example.com')).text);
    t.clock.advance(24 * HOUR_MS + 1000);
    for (const res of [await request(t.app).get(t.proxyUrl(path)), await press(path)]) {
      expect(res.status).toBe(410);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toContain('This link has expired; please send your request again.');
      expect(res.text).not.toContain('"error"');
    }
  });

  it('answers an unknown confirmation or download link with a 404 page', async () => {
    for (const path of ['/verify/not-a-real-token', '/exports/not-a-real-token']) {
      const res = await request(t.app).get(t.proxyUrl(path));
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toMatch(/We do not recognise this (download )?link/);
      expect(res.text).not.toContain('"error"');
    }
  });

  it('answers an expired download link with a page in the language of the request', async () => {
    const owner = await t.deps.db.dataSubjectRequest.create({
      data: { shop: SHOP_A, type: 'access', source: 'storefront', status: 'completed', locale: 'fr', receivedAt: t.clock.now() },
    });
    await t.deps.db.exportPackage.create({
      data: {
        shop: SHOP_A,
        requestId: owner.id,
        content: {},
        summary: '',
        downloadHash: tokenHash('expired-download'),
        createdAt: t.clock.now(),
        expiresAt: t.clock.now(),
      },
    });
    const res = await request(t.app).get(t.proxyUrl('/exports/expired-download'));
    expect(res.status).toBe(410);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('Ce lien de téléchargement a expiré');
  });

  it('shows a browser that opens a link page without Shopify’s signature a 401 page', async () => {
    const res = await request(t.app).get(`/proxy/verify/some-token?shop=${SHOP_A}`).set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8');
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('open the link from the email again');
  });

  it('answers a German form’s mistakes in German', async () => {
    const res = await submit('198.51.100.8', { type: 'access', email: 'nope', locale: 'de' });
    expect(res.status).toBe(400);
    expect(res.body.fields.email).toBe('Geben Sie die E-Mail-Adresse ein, die Sie bei diesem Shop verwenden');
  });

  it('answers a form posted without JavaScript with a page, in the form’s language, saying what to correct', async () => {
    const res = await request(t.app)
      .post(t.proxyUrl('/requests'))
      .set('X-Forwarded-For', '198.51.100.11')
      .set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8')
      .type('form')
      .send({ type: 'access', email: 'nope', locale: 'de' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('Ihre Anfrage konnte nicht gesendet werden');
    expect(res.text).toContain('Geben Sie die E-Mail-Adresse ein, die Sie bei diesem Shop verwenden');
    expect(res.text).not.toContain('"error"');
  });

  it('takes requests from storefronts in any language, answering in English where it has no texts', async () => {
    const spanish = await submit('198.51.100.13', { type: 'access', email: 'ana@example.com', locale: 'es' });
    expect(spanish.status).toBe(202);
    const twice = await request(t.app)
      .post(t.proxyUrl('/requests'))
      .set('X-Forwarded-For', '198.51.100.14')
      .type('form')
      .send('type=access&email=nope&locale=de&locale=fr');
    expect(twice.status).toBe(400);
    expect(twice.headers['content-type']).toMatch(/^text\/html/);
    expect(twice.text).toContain('Your request could not be sent');
    const odd = await submit('198.51.100.15', { type: 'access', email: 'nope', locale: 5 });
    expect(odd.status).toBe(400);
  });

  it('answers a complaint with the supervisory authority of the controller profile', async () => {
    await t.deps.db.recordsProfile.create({
      data: {
        shop: SHOP_A,
        profile: {
          controller: { ...seedController(), supervisoryAuthority: { name: 'Datu valsts inspekcija', website: 'https://www.dvi.gov.lv', country: 'LV' } },
        },
        updatedAt: t.clock.now(),
        updatedBy: 'test',
      },
    });
    const res = await request(t.app).post(t.proxyUrl('/requests')).set('Accept', 'application/json').send({ type: 'complaint', email: 'c@example.com' });
    expect(res.body).toMatchObject({ status: 'answered', message: expect.stringContaining('Datu valsts inspekcija') });
    const page = await request(t.app)
      .post(t.proxyUrl('/requests'))
      .set('X-Forwarded-For', '198.51.100.12')
      .type('form')
      .send({ type: 'complaint', email: 'c@example.com', locale: 'lv' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('Datu valsts inspekcija');
  });

  it('limits each visitor to five requests an hour', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await submit('203.0.113.9', { type: 'access', email: `r${i}@example.com` });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const other = await submit('203.0.113.10', { type: 'access', email: 'other@example.com' });
    expect(other.status).toBe(202);
  });
});

describe('mail jobs', () => {
  // An app of its own: the test counts every mail job in the database.
  const t = useTestApp({ mailbox: true });

  it('keep no copy of the recipient or the message once the mail is sent', async () => {
    await request(t.app).post(t.proxyUrl('/requests')).set('Accept', 'application/json').send({ type: 'access', email: 'private.person@example.com' });
    await t.runJobs();
    await t.mailbox.waitFor('private.person@example.com');
    const mailJobs = await t.deps.db.job.findMany({ where: { kind: 'mail.send' } });
    expect(mailJobs.map((j) => j.status)).toEqual(['done']);
    // not even encrypted: the recipient and the text (with its one-time link) are gone
    expect(mailJobs[0]!.payload).toEqual({ subject: expect.stringMatching(/Confirm/), sent: true });
  });
});
