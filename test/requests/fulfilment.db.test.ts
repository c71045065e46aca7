// The merchant fulfils each kind of request: what happens in Lawfully, in Shopify (the
// stand-in Admin API) and in the shopper's mailbox (a real SMTP sink).
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import request from 'supertest';
import { SHOP_A, useTestApp } from '../support/app.ts';
import { redactPayload } from '../support/webhooks.ts';
import { seedController } from '../support/seed-records.ts';
import { addStep } from '../../app/requests/store.ts';
import { SHOPIFY_ERASURE_STEP } from '../../app/requests/shopify-erasure.ts';
import { DAY_MS } from '../../app/platform/time.ts';

describe('fulfilling requests', () => {
  const t = useTestApp({ mailbox: true, installed: true });

  /** A logged-in customer asks on the storefront (verified at once by the signed proxy). */
  async function ask(type: string, customerNumber: number, extra: { locale?: string; details?: string } = {}) {
    const id = String(7000000000 + customerNumber);
    const res = await request(t.app)
      .post(t.proxyUrl('/requests', { customerId: id }))
      .set('Accept', 'application/json')
      .set('X-Forwarded-For', `192.0.2.${customerNumber}`)
      .send({ type, email: `customer${customerNumber}@example.com`, ...extra });
    expect(res.status).toBe(202);
    return (await t.deps.db.dataSubjectRequest.findFirst({ where: { shopifyCustomerId: id, type }, orderBy: { createdAt: 'desc' } }))!;
  }
  /** The merchant's action; fulfilling an erasure carries the typed confirmation, as the admin sends it. */
  const act = (id: string, path: string, body: object = {}) =>
    t.api('post', `/api/requests/${id}/${path}`, path === 'fulfil' ? { confirmation: 'ERASE', ...body } : body);
  const detail = async (id: string) => (await t.api('get', `/api/requests/${id}`)).body.request;
  const customer = (n: number) => t.standIn.seed(SHOP_A).customers.find((c) => c.id === 7000000000 + n)!;
  const ordersOf = (customerId: number) => t.standIn.seed(SHOP_A).orders.filter((o) => o.customerId === customerId);
  /** customers Shopify holds an erasure for: an order in the last 60 days */
  const recentBuyers = () =>
    t.standIn.seed(SHOP_A).customers.filter((c) => ordersOf(c.id).some((o) => o.createdAt.getTime() > t.clock.now().getTime() - 60 * DAY_MS));
  /** customers Shopify erases at once: orders, all older than 200 days */
  const pastBuyers = () =>
    t.standIn
      .seed(SHOP_A)
      .customers.filter((c) => ordersOf(c.id).length > 0 && ordersOf(c.id).every((o) => o.createdAt.getTime() < t.clock.now().getTime() - 200 * DAY_MS));
  /** The example store's records (examples/seed-store.json): orders kept 5 years under tax law. */
  async function saveSeedRecords() {
    const profile = JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')) as object;
    await t.deps.db.recordsProfile.upsert({
      where: { shop: SHOP_A },
      create: { shop: SHOP_A, profile, updatedAt: t.clock.now(), updatedBy: 'test' },
      update: { profile },
    });
  }
  /** A shopper who is not logged in asks, and confirms by the link in their mailbox. */
  async function askAsGuest(type: string, email: string, ip: string) {
    const seen = t.mailbox.mails.length;
    const res = await request(t.app).post(t.proxyUrl('/requests')).set('Accept', 'application/json').set('X-Forwarded-For', ip).send({ type, email });
    expect(res.body.status).toBe('verification_sent');
    await t.runJobs();
    const mail = await vi.waitUntil(() => t.mailbox.mails.slice(seen).find((m) => m.to.includes(email) && /^Confirm/.test(m.subject)), { timeout: 10_000 });
    const path = /\/apps\/lawfully(\/verify\/\S+)/.exec(mail.text)![1]!;
    expect((await request(t.app).get(t.proxyUrl(path))).status).toBe(200);
    const confirmed = await request(t.app)
      .post(t.proxyUrl('/verify'))
      .set('X-Forwarded-For', ip)
      .type('form')
      .send({ token: path.split('/').pop() });
    expect(confirmed.status).toBe(200);
    return (await t.deps.db.dataSubjectRequest.findFirst({ where: { source: 'storefront', type }, orderBy: { createdAt: 'desc' } }))!;
  }
  async function shopifyRedacts(customerId: number) {
    expect((await t.deliver('customers/redact', redactPayload(SHOP_A, customerId))).status).toBe(200);
    await t.runJobs();
  }

  it('access: assembles the export and mails the shopper a download link that expires', async () => {
    const r = await ask('access', 21);
    expect((await act(r.id, 'fulfil')).status).toBe(200);
    expect(await detail(r.id)).toMatchObject({
      status: 'completed',
      steps: expect.arrayContaining([expect.objectContaining({ action: 'export.assemble', result: 'ok' })]),
    });
    await t.runJobs();
    const mail = await t.mailbox.waitFor('customer21@example.com', /^Your privacy request.*Access/);
    const path = /\/apps\/lawfully(\/exports\/[^\s?]+)/.exec(mail.text)![1]!;
    const download = await request(t.app).get(t.proxyUrl(path));
    expect(download.status).toBe(200);
    expect(JSON.parse(download.text).shopify.customer.email).toBe('customer21@example.com');
    t.clock.advance(15 * DAY_MS);
    expect((await request(t.app).get(t.proxyUrl(path))).status).toBe(410);
  });

  it('rectification: records what was corrected and tells the shopper', async () => {
    const r = await ask('rectification', 22);
    expect((await act(r.id, 'fulfil', {})).status).toBe(400);
    expect((await act(r.id, 'fulfil', { correction: 'Street name spelled Brīvības iela' })).status).toBe(200);
    const d = await detail(r.id);
    expect(d.steps).toContainEqual(expect.objectContaining({ action: 'rectification.recorded', result: 'ok' }));
    expect(JSON.stringify(d.events)).not.toContain('Brīvības'); // kept encrypted in the details, not in the trail
    await t.runJobs();
    expect((await t.mailbox.waitFor('customer22@example.com', /^Your privacy request.*Rectification/)).text).toContain('Brīvības iela');
  });

  it('erasure: erases Lawfully data and asks Shopify to erase the customer, recording Shopify’s answer', async () => {
    const inactive = t.standIn.seed(SHOP_A).customers.find((c) => {
      const orders = t.standIn.seed(SHOP_A).orders.filter((o) => o.customerId === c.id);
      return orders.length > 0 && orders.every((o) => o.createdAt.getTime() < t.clock.now().getTime() - 200 * DAY_MS);
    })!;
    const n = inactive.id - 7000000000;
    const r = await ask('erasure', n);
    expect((await act(r.id, 'fulfil')).status).toBe(200);
    expect(t.standIn.erasureRequests(SHOP_A).map((e) => e.customerId)).toContain(`gid://shopify/Customer/${inactive.id}`);
    const d = await detail(r.id);
    expect(d.status).toBe('completed');
    expect(d.steps).toContainEqual(expect.objectContaining({ action: 'shopify.customerRequestDataErasure', result: 'ok' }));
    expect(d.email).toBeNull();
  });

  it('erasure needs the merchant to type ERASE: without it the server refuses with 400 and erases nothing', async () => {
    const buyer = pastBuyers()[2]!;
    const r = await ask('erasure', buyer.id - 7000000000);
    const erasures = t.standIn.erasureRequests(SHOP_A).length;
    for (const body of [{}, { confirmation: 'yes' }, { confirmation: 'erase it' }]) {
      const refused = await t.api('post', `/api/requests/${r.id}/fulfil`, body);
      expect(refused.status).toBe(400);
      expect(refused.body.error).toBe("Erasing cannot be undone. Type ERASE to confirm that the person's data is to be erased.");
      expect(refused.body.fields).toEqual({ confirmation: 'Type ERASE to confirm' });
    }
    expect(t.standIn.erasureRequests(SHOP_A)).toHaveLength(erasures);
    expect((await detail(r.id)).status).toBe('verified');
    expect((await t.api('post', `/api/requests/${r.id}/fulfil`, { confirmation: 'ERASE' })).status).toBe(200);
    expect((await detail(r.id)).status).toBe('completed');
  });

  it('tells the erased shopper what was erased and what is kept and why, from the retention rules, in their language', async () => {
    await saveSeedRecords();
    const [english, german] = pastBuyers().slice(3, 5);
    const en = await ask('erasure', english!.id - 7000000000);
    const de = await ask('erasure', german!.id - 7000000000, { locale: 'de' });
    for (const r of [en, de]) expect((await act(r.id, 'fulfil')).status).toBe(200);
    await t.runJobs();
    const mail = await t.mailbox.waitFor(`customer${english!.id - 7000000000}@example.com`, /^Your privacy request to Lawfully Demo Prints: Erasure/);
    expect(mail.text).toMatch(/^Lawfully Demo Prints\n=+\n/);
    expect(mail.text).toContain('Erased: the data this app held about you');
    expect(mail.text).toContain(
      'The shop also asked Shopify to erase your customer record (name, contact details and addresses), and Shopify accepted the request.',
    );
    expect(mail.text).toContain('What is kept, and why:');
    expect(mail.text).toContain(
      '- Order and transaction details: kept at least 5 years from the date of the order. Why: To comply with legal obligations, such as tax or accounting (Art. 17(3)(b) GDPR).',
    );
    expect(mail.text).not.toMatch(/Your personal data has been erased/);
    const mailDe = await t.mailbox.waitFor(`customer${german!.id - 7000000000}@example.com`, /^Ihre Datenschutzanfrage an Lawfully Demo Prints: Löschung/);
    expect(mailDe.text).toContain('Gelöscht wurden: die Daten, die diese App über Sie gespeichert hatte');
    expect(mailDe.text).toContain('Was aufbewahrt wird, und warum:');
    expect(mailDe.text).toContain(
      'Bestell- und Transaktionsdaten: Diese Daten werden mindestens 5 Jahre ab dem Datum der Bestellung aufbewahrt. Grund: Zur Erfüllung gesetzlicher Pflichten, etwa im Steuer- und Rechnungswesen (Art. 17 Abs. 3 lit. b DSGVO).',
    );
  });

  it('says honestly, with the date, when Shopify holds the erasure of a recent buyer', async () => {
    const buyer = recentBuyers()[3]!;
    const r = await ask('erasure', buyer.id - 7000000000, { locale: 'de' });
    expect((await act(r.id, 'fulfil')).status).toBe(200);
    const heldUntil = (await detail(r.id)).heldUntil as string;
    await t.runJobs();
    const mail = await t.mailbox.waitFor(`customer${buyer.id - 7000000000}@example.com`, /^Ihre Datenschutzanfrage an Lawfully Demo Prints: Löschung/);
    const [year, month, day] = heldUntil.split('-');
    expect(mail.text).toContain(
      `Noch nicht gelöscht ist Ihr Kundenkonto bei Shopify (Name, Kontaktdaten und Adressen): Wegen einer kürzlich aufgegebenen Bestellung (in den letzten 180 Tagen) bewahrt Shopify es bis zum ${day}.${month}.${year} auf`,
    );
    expect(mail.text).not.toMatch(/Gelöscht wurden:[^.]*Kundenkonto/);
  });

  it('erasure of a customer who ordered in the last 180 days: shown as held by Shopify, not as done', async () => {
    const recent = t.standIn
      .seed(SHOP_A)
      .customers.find((c) =>
        t.standIn.seed(SHOP_A).orders.some((o) => o.customerId === c.id && o.createdAt.getTime() > t.clock.now().getTime() - 60 * DAY_MS),
      )!;
    const r = await ask('erasure', recent.id - 7000000000);
    expect((await act(r.id, 'fulfil')).status).toBe(200);
    const d = await detail(r.id);
    expect(d.status).toBe('in_progress');
    expect(d.steps).toContainEqual(expect.objectContaining({ action: 'shopify.customerRequestDataErasure', result: 'held' }));
  });

  it('refuses a second erasure click while Shopify holds the erasure, and shows the hold instead of a deadline', async () => {
    const buyer = recentBuyers()[1]!;
    const r = await ask('erasure', buyer.id - 7000000000);
    expect((await act(r.id, 'fulfil')).status).toBe(200);
    const again = await act(r.id, 'fulfil');
    expect(again.status).toBe(409);
    expect(again.body.error).toMatch(/^Shopify already has this erasure and holds it until \d{4}-\d{2}-\d{2}/);
    // Nor can it be closed by hand while Shopify holds it.
    const closed = await act(r.id, 'status', { status: 'completed' });
    expect(closed.status).toBe(409);
    expect((await act(r.id, 'status', { status: 'rejected', reason: 'duplicate' })).status).toBe(409);
    expect((await detail(r.id)).status).toBe('in_progress');
    expect((await act('no-such-request', 'fulfil')).status).toBe(404);
    expect(t.standIn.erasureRequests(SHOP_A).filter((e) => e.customerId === `gid://shopify/Customer/${buyer.id}`)).toHaveLength(1);
    const list = (await t.api('get', '/api/requests')).body.requests;
    expect(list.find((x: { id: string }) => x.id === r.id)).toMatchObject({
      status: 'in_progress',
      deadline: 'held',
      heldUntil: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      daysLeft: null,
    });
  });

  it('completes a held erasure when Shopify sends customers/redact, leaving no personal data in any request’s trail', async () => {
    const buyer = recentBuyers()[2]!;
    const n = buyer.id - 7000000000;
    const email = `customer${n}@example.com`;
    const correction = 'Delivery address is Brīvības iela 77';
    const rectification = await ask('rectification', n);
    expect((await act(rectification.id, 'fulfil', { correction })).status).toBe(200);
    const erasure = await ask('erasure', n);
    expect((await act(erasure.id, 'extend', { days: 10, reason: `Waiting for ${email} to answer` })).status).toBe(200);
    expect((await act(erasure.id, 'fulfil')).status).toBe(200);
    expect((await detail(erasure.id)).status).toBe('in_progress');

    await shopifyRedacts(buyer.id);

    const d = await detail(erasure.id);
    expect(d).toMatchObject({ status: 'completed', email: null, shopifyCustomerId: null, deadline: 'closed' });
    expect(d.events).toContainEqual(expect.objectContaining({ kind: 'completed', actor: 'shopify', message: expect.stringContaining('customers/redact') }));
    const trail = await t.deps.db.dataSubjectRequest.findMany({
      where: { id: { in: [rectification.id, erasure.id] } },
      include: { events: true, steps: true },
    });
    expect(trail).toHaveLength(2);
    for (const secret of [email, correction, 'Brīvības', String(buyer.id)]) expect(JSON.stringify(trail)).not.toContain(secret);
  });

  it('erasure after a failed Shopify call: the retry asks Shopify again and completes', async () => {
    const buyer = pastBuyers()[1]!;
    const r = await ask('erasure', buyer.id - 7000000000);
    const customers = t.standIn.seed(SHOP_A).customers;
    const index = customers.indexOf(buyer);
    customers.splice(index, 1); // Shopify answers "Customer does not exist"
    expect((await act(r.id, 'fulfil')).status).toBe(502);
    customers.splice(index, 0, buyer);
    expect((await detail(r.id)).status).toBe('verified');

    expect((await act(r.id, 'fulfil')).status).toBe(200);
    const d = await detail(r.id);
    expect(d.status).toBe('completed');
    expect(
      d.steps
        .filter((s: { action: string }) => s.action.endsWith('.fulfil') || s.action === 'shopify.customerRequestDataErasure')
        .map((s: { result: string }) => s.result),
    ).toEqual(['failed', 'ok']);
    expect(t.standIn.erasureRequests(SHOP_A).map((e) => e.customerId)).toContain(`gid://shopify/Customer/${buyer.id}`);
  });

  it('erasure for a guest with no Shopify customer erases their earlier requests and export, and keeps no email', async () => {
    const email = 'guest.shopper@example.com';
    const access = await askAsGuest('access', email, '198.51.100.1');
    expect((await act(access.id, 'fulfil')).status).toBe(200);
    expect(await t.deps.db.exportPackage.count({ where: { requestId: access.id } })).toBe(1);
    await t.runJobs();
    const ready = await t.mailbox.waitFor(email, /^Your privacy request to Lawfully Demo Prints: Access/);
    const download = t.proxyUrl(/\/apps\/lawfully(\/exports\/[^\s?]+)/.exec(ready.text)![1]!);
    expect((await request(t.app).get(download)).status).toBe(200);
    const erasure = await askAsGuest('erasure', email, '198.51.100.2');
    expect((await act(erasure.id, 'fulfil')).status).toBe(200);

    const d = await detail(erasure.id);
    expect(d).toMatchObject({ status: 'completed', email: null });
    expect(d.steps).toContainEqual(
      expect.objectContaining({ action: 'lawfully.erase', details: expect.objectContaining({ requestsAnonymised: 1, exportPackages: 1 }) }),
    );
    // The link already sent says why it stopped working; the package keeps none of the data.
    expect((await t.deps.db.exportPackage.findFirst({ where: { requestId: access.id } }))?.content).toEqual({ withdrawn: 'erased' });
    const withdrawn = await request(t.app).get(download);
    expect(withdrawn.status).toBe(410);
    expect(withdrawn.headers['content-type']).toMatch(/^text\/html/);
    expect(withdrawn.text).toContain('This download was withdrawn because your data at this shop was erased');
    const rows = await t.deps.db.dataSubjectRequest.findMany({ where: { id: { in: [access.id, erasure.id] } } });
    expect(rows.map((row) => [row.emailHash, row.emailEncrypted])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('erasure: closes the person’s other open requests as superseded and tells them in their language', async () => {
    const buyer = pastBuyers()[2]!;
    const n = buyer.id - 7000000000;
    const access = await ask('access', n, { locale: 'fr' });
    const erasure = await ask('erasure', n);
    expect((await act(erasure.id, 'fulfil')).status).toBe(200);

    expect(await detail(erasure.id)).toMatchObject({ status: 'completed', email: null });
    expect(await detail(access.id)).toMatchObject({
      status: 'rejected',
      email: null,
      rejectionReason: expect.stringMatching(/^Superseded: the person’s data was erased/),
      deadline: 'closed',
    });
    await t.runJobs();
    const mail = await t.mailbox.waitFor(`customer${n}@example.com`, /^Votre demande auprès de .* : Accès/);
    expect(mail.text).toContain('Vos données client auprès de cette boutique ont été effacées');
  });

  it('erasure Shopify holds: leaves the person’s other open requests open and answerable', async () => {
    const buyer = recentBuyers()[3]!;
    const n = buyer.id - 7000000000;
    const access = await ask('access', n);
    const erasure = await ask('erasure', n);
    expect((await act(erasure.id, 'fulfil')).status).toBe(200);
    expect((await detail(erasure.id)).status).toBe('in_progress');
    expect(await detail(access.id)).toMatchObject({ status: 'verified', email: `customer${n}@example.com` });
    expect((await act(access.id, 'fulfil')).status).toBe(200);
    await t.runJobs();
    expect((await t.mailbox.waitFor(`customer${n}@example.com`, /^Your privacy request.*Access/)).text).toMatch(/Your data is ready/);
  });

  it('erasure Shopify accepted but that never closed: fulfilling again finishes it, closing by hand is refused', async () => {
    const buyer = pastBuyers()[3]!;
    const r = await ask('erasure', buyer.id - 7000000000);
    // Shopify said yes, then the transaction that closes the request failed.
    await addStep(t.deps.db, {
      shop: SHOP_A,
      requestId: r.id,
      action: SHOPIFY_ERASURE_STEP,
      system: 'shopify',
      result: 'ok',
      details: { requested: true },
      at: t.clock.now(),
    });
    expect((await detail(r.id)).shopifyErasure).toEqual({ state: 'accepted', date: null });
    const rejected = await act(r.id, 'status', { status: 'rejected', reason: 'duplicate' });
    expect(rejected.status).toBe(409);
    expect(rejected.body.error).toMatch(/Fulfil the request again/);
    expect((await act(r.id, 'fulfil')).status).toBe(200);
    expect(await detail(r.id)).toMatchObject({ status: 'completed', email: null, shopifyErasure: null });
  });

  it('shows the merchant the shopper’s message and the correction in clear on the request’s page only', async () => {
    const r = await ask('rectification', 29, { details: 'My street is Brīvības iela, not Brivibas' });
    expect((await detail(r.id)).details).toEqual({ message: 'My street is Brīvības iela, not Brivibas' });
    expect((await act(r.id, 'fulfil', { correction: 'Street corrected to Brīvības iela' })).status).toBe(200);
    expect((await detail(r.id)).details).toEqual({ message: 'My street is Brīvības iela, not Brivibas', correction: 'Street corrected to Brīvības iela' });
    const list = await t.api('get', '/api/requests');
    expect(list.text).not.toContain('Brīvības');
    // Stored encrypted; a value that no longer opens (another key) is said to be unreadable.
    const stored = (await t.deps.db.dataSubjectRequest.findUnique({ where: { id: r.id } }))!;
    expect(JSON.stringify(stored.details)).not.toContain('Brīvības');
    await t.deps.db.dataSubjectRequest.update({ where: { id: r.id }, data: { details: { ...(stored.details as object), message: 'v1:not-a-sealed-value' } } });
    expect((await detail(r.id)).details).toEqual({ message: '(unreadable)', correction: 'Street corrected to Brīvības iela' });
  });

  it('restriction and objection: flag the customer and revoke marketing consent in Shopify', async () => {
    for (const [type, n, tag] of [
      ['restriction', 23, 'lawfully-restricted'],
      ['objection', 24, 'lawfully-objected'],
    ] as const) {
      const r = await ask(type, n);
      expect((await act(r.id, 'fulfil')).status).toBe(200);
      expect(customer(n).tags).toContain(tag);
      expect(customer(n).marketingState).toBe('UNSUBSCRIBED');
      expect((await detail(r.id)).status).toBe('completed');
    }
  });

  it('withdrawal of consent: records the withdrawal and unsubscribes the customer', async () => {
    const r = await ask('withdraw_consent', 25);
    expect((await act(r.id, 'fulfil')).status).toBe(200);
    const record = await t.deps.db.consentRecord.findFirst({ where: { shopifyCustomerId: '7000000025', source: 'request' } });
    expect(record).toMatchObject({ granted: '', denied: 'preferences,analytics,marketing' });
    expect(customer(25).marketingState).toBe('UNSUBSCRIBED');
  });

  it('rejection needs a reason and tells the shopper; a closed request cannot be changed', async () => {
    const r = await ask('portability', 26);
    expect((await act(r.id, 'status', { status: 'rejected' })).status).toBe(400);
    expect((await act(r.id, 'status', { status: 'rejected', reason: 'We hold no data about this address.' })).status).toBe(200);
    expect((await act(r.id, 'fulfil')).status).toBe(409);
    await t.runJobs();
    expect((await t.mailbox.waitFor('customer26@example.com', /refused/)).text).toContain('We hold no data');
  });

  it('extends the deadline once with a reason, and tells the shopper', async () => {
    const r = await ask('access', 27);
    const res = await act(r.id, 'extend', { days: 60, reason: 'Many requests at once' });
    expect(res.status).toBe(200);
    const d = await detail(r.id);
    expect(new Date(d.dueAt).getTime() - new Date(d.verifiedAt).getTime()).toBe(90 * DAY_MS);
    expect((await act(r.id, 'extend', { days: 10, reason: 'again' })).status).toBe(409);
    expect((await act(r.id, 'extend', { days: 61, reason: 'too long' })).status).toBe(400);
    await t.runJobs();
    expect((await t.mailbox.waitFor('customer27@example.com', /more time/)).text).toContain('Many requests at once');
  });

  it('keeps internal notes in the trail', async () => {
    const r = await ask('access', 28);
    await act(r.id, 'notes', { text: 'Called the customer to confirm.' });
    expect((await detail(r.id)).events).toContainEqual(expect.objectContaining({ kind: 'note', message: 'Called the customer to confirm.' }));
  });
});

describe('an erasure whose customers/redact never comes', () => {
  const t = useTestApp({ installed: true });

  /** The merchant's action; fulfilling an erasure carries the typed confirmation, as the admin sends it. */
  const act = (id: string, path: string, body: object = {}) =>
    t.api('post', `/api/requests/${id}/${path}`, path === 'fulfil' ? { confirmation: 'ERASE', ...body } : body);
  const detail = async (id: string) => (await t.api('get', `/api/requests/${id}`)).body.request;
  /** two customers who ordered in the last 60 days, so Shopify holds their erasures */
  async function heldErasures() {
    const seed = t.standIn.seed(SHOP_A);
    const buyers = seed.customers
      .filter((c) => seed.orders.some((o) => o.customerId === c.id && o.createdAt.getTime() > t.clock.now().getTime() - 60 * DAY_MS))
      .slice(0, 2);
    const held = [];
    for (const [i, buyer] of buyers.entries()) {
      await request(t.app)
        .post(t.proxyUrl('/requests', { customerId: String(buyer.id) }))
        .set('Accept', 'application/json')
        .set('X-Forwarded-For', `192.0.2.${200 + i}`)
        .send({ type: 'erasure', email: buyer.email });
      const r = (await t.deps.db.dataSubjectRequest.findFirst({ where: { shopifyCustomerId: String(buyer.id), type: 'erasure' } }))!;
      expect((await act(r.id, 'fulfil')).status).toBe(200);
      held.push({ id: r.id, customer: `gid://shopify/Customer/${buyer.id}`, heldUntil: new Date(`${(await detail(r.id)).heldUntil}T00:00:00Z`) });
    }
    return held;
  }

  it('is waited for until ten days after the hold, then may be asked again or closed by hand', async () => {
    const [first, second] = await heldErasures();
    const [earlier, later] = [first!, second!].map((e) => e.heldUntil.getTime()).sort((a, b) => a - b);
    // Nine days after the earlier hold ends: both still Shopify's to confirm.
    t.clock.set(new Date(earlier! + 9 * DAY_MS));
    for (const { id } of [first!, second!]) {
      expect((await act(id, 'fulfil')).status).toBe(409);
      expect((await act(id, 'status', { status: 'rejected', reason: 'Shopify never confirmed' })).status).toBe(409);
    }
    // Eleven days after the later hold ends: Shopify's silence is the merchant's to resolve.
    t.clock.set(new Date(later! + 11 * DAY_MS));
    const d = await detail(first!.id);
    expect(d).toMatchObject({
      status: 'in_progress',
      heldUntil: null,
      shopifyErasure: { state: 'unconfirmed', date: first!.heldUntil.toISOString().slice(0, 10) },
    });
    expect(d.deadline).not.toBe('held');

    expect((await act(first!.id, 'fulfil')).status).toBe(200);
    expect(t.standIn.erasureRequests(SHOP_A).filter((e) => e.customerId === first!.customer)).toHaveLength(2);
    expect(await detail(first!.id)).toMatchObject({ status: 'completed', email: null });

    expect((await act(second!.id, 'status', { status: 'rejected', reason: 'Shopify never confirmed the erasure' })).status).toBe(200);
    expect((await detail(second!.id)).status).toBe('rejected');
  });
});

// Each on an app of its own: the round counts every request of the shop.
describe('the requests’ daily round', () => {
  // Installed: Lawfully can ask Shopify for a signed-in customer's email.
  const t = useTestApp({ mailbox: true, installed: true });

  it('expires unconfirmed storefront requests and warns the merchant of requests due within a week', async () => {
    const url = t.proxyUrl('/requests');
    await request(t.app).post(url).set('Accept', 'application/json').send({ type: 'access', email: 'never.confirms@example.com' });
    await request(t.app)
      .post(t.proxyUrl('/requests', { customerId: '7000000030' }))
      .set('Accept', 'application/json')
      .send({ type: 'access', email: 'customer30@example.com' });
    await t.deps.db.recordsProfile.create({
      data: {
        shop: SHOP_A,
        profile: { controller: { ...seedController(), contactEmail: 'privacy@demo-shop.example' } },
        updatedAt: t.clock.now(),
        updatedBy: 'test',
      },
    });
    t.clock.advance(25 * DAY_MS);
    const { dailyRound } = await import('../../app/requests/daily.ts');
    expect(await dailyRound(t.deps, SHOP_A)).toEqual({ expired: 1, dueSoonOrOverdue: 1 });
    expect(await t.deps.db.dataSubjectRequest.count({ where: { status: 'expired' } })).toBe(1);
    await t.runJobs();
    expect((await t.mailbox.waitFor('privacy@demo-shop.example', /due within a week/)).text).toContain('1 request is due');
  });
});

describe('the requests’ daily round, for an erasure Shopify holds', () => {
  const t = useTestApp({ installed: true });

  it('leaves it out of the deadline warnings', async () => {
    const seed = t.standIn.seed(SHOP_A);
    const buyer = seed.customers.find((c) => seed.orders.some((o) => o.customerId === c.id && o.createdAt.getTime() > t.clock.now().getTime() - 60 * DAY_MS))!;
    await request(t.app)
      .post(t.proxyUrl('/requests', { customerId: String(buyer.id) }))
      .set('Accept', 'application/json')
      .send({ type: 'erasure', email: buyer.email });
    const r = (await t.deps.db.dataSubjectRequest.findFirst({ where: { shopifyCustomerId: String(buyer.id) } }))!;
    expect((await t.api('post', `/api/requests/${r.id}/fulfil`, { confirmation: 'ERASE' })).status).toBe(200);
    t.clock.advance(40 * DAY_MS);
    const { dailyRound } = await import('../../app/requests/daily.ts');
    expect(await dailyRound(t.deps, SHOP_A)).toEqual({ expired: 0, dueSoonOrOverdue: 0 });
    const [listed] = (await t.api('get', '/api/requests')).body.requests;
    expect(listed).toMatchObject({ id: r.id, deadline: 'held' });
  });
});
