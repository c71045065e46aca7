// Shoppers' mails in the request's language, English when the caller names none, naming the
// store by its name and opening with it as a plain header.
import { describe, expect, it } from 'vitest';
import { confirmationMail, extensionMail, outcomeMail, rejectionMail, verificationMail } from '../../app/requests/messages.ts';
import { SHOPPER_LOCALES, type ShopperOutcome } from '../../app/requests/shopper-texts.ts';

const shop = 'Lawfully Demo Prints';
const header = `${shop}\n${'='.repeat(shop.length)}\n\n`;
const due = new Date('2026-12-25T10:00:00Z');

describe('shopper mails', () => {
  it('stay English, word for word, for callers that pass no language', () => {
    expect(confirmationMail(shop, ['access'], due).text).toBe(
      `${header}${shop} received your request (Access (Art. 15)) and will answer by 2026-12-25 at the latest (GDPR Art. 12(3)).`,
    );
    expect(extensionMail(shop, 'erasure', due, 'many orders').subject).toBe(`Your privacy request to ${shop} needs more time`);
    expect(rejectionMail(shop, 'objection', 'legal hold', 'DVI').text).toContain('(DVI) and seek a judicial remedy');
    expect(outcomeMail(shop, 'access', 'Done.')).toEqual({ subject: `Your privacy request to ${shop}: Access (Art. 15)`, text: `${header}Done.\n\n— ${shop}` });
  });

  it('fall back to English for a language we do not write', () => {
    expect(verificationMail('ja', shop, ['access'], 'https://x')).toEqual(verificationMail('en', shop, ['access'], 'https://x'));
  });

  it('tell a Latvian shopper the outcome in Latvian, with the date written the Latvian way', () => {
    const mail = outcomeMail(shop, 'erasure', { kind: 'erasure_held', until: due }, 'lv');
    expect(mail.subject).toBe(`Jūsu privātuma pieprasījums veikalam ${shop}: datu dzēšana (VDAR 17. pants)`);
    expect(mail.text).toContain('Shopify to glabās līdz 25.12.2026. un tad dzēsīs');
    expect(mail.text).toContain('Kas tiek saglabāts un kāpēc:');
  });

  it('tell a German shopper about an extension in German', () => {
    const mail = extensionMail(shop, 'access', due, 'Wir prüfen viele Bestellungen.', 'de');
    expect(mail.subject).toBe(`Ihre Datenschutzanfrage an ${shop} braucht mehr Zeit`);
    expect(mail.text).toContain('Die neue Frist endet am 25.12.2026');
  });

  it('have every outcome written in every language', () => {
    for (const locale of SHOPPER_LOCALES) {
      const outcomes: ShopperOutcome[] = [
        { kind: 'export_ready', days: 14, links: ['https://a', 'https://b'] },
        { kind: 'corrected', correction: 'street' },
        { kind: 'erased' },
        { kind: 'erased_no_customer' },
        { kind: 'restricted' },
        { kind: 'objected' },
        { kind: 'consent_withdrawn' },
        { kind: 'complaint', authority: 'DVI', website: 'https://www.dvi.gov.lv' },
        { kind: 'superseded' },
      ];
      for (const outcome of outcomes) {
        expect(outcomeMail(shop, 'access', outcome, locale).text.length).toBeGreaterThan(20);
      }
    }
  });

  it('tell a shopper whose open request was overtaken by their erasure why it will not be answered, in their language', () => {
    expect(outcomeMail(shop, 'access', { kind: 'superseded' }).text).toBe(
      `${header}Your customer data at this shop was erased, so this request can no longer be answered: there is nothing left to send or change.\n\n— ${shop}`,
    );
    const texts = new Set(SHOPPER_LOCALES.map((locale) => outcomeMail(shop, 'access', { kind: 'superseded' }, locale).text));
    expect(texts.size).toBe(SHOPPER_LOCALES.length);
  });

  it('list several rights of one submission in one mail, joined the way the language joins a list', () => {
    expect(verificationMail('en', shop, ['access', 'erasure'], 'https://x').text).toContain('a privacy request: Access (Art. 15) and Erasure (Art. 17).');
    expect(confirmationMail(shop, ['access', 'erasure', 'objection'], due, 'fr').subject).toContain(
      'Accès (art. 15 du RGPD), Effacement (art. 17 du RGPD) et Opposition (art. 21 du RGPD)',
    );
  });

  it('say after an erasure what was erased and, from the records, what is kept and why; a general line when the records name nothing', () => {
    const kept = [
      {
        category: { en: 'Orders', de: 'Bestellungen' },
        rule: { category: 'orders', period: { amount: 5, unit: 'years' as const }, trigger: 'since_order' as const, minimum: true },
        reasons: [{ en: 'To keep tax records', de: 'Zur Aufbewahrung der Steuerunterlagen' }],
      },
    ];
    expect(outcomeMail(shop, 'erasure', { kind: 'erased', kept }).text).toContain(
      '- Orders: kept at least 5 years from the date of the order. Why: To keep tax records (Art. 17(3)(b) GDPR).',
    );
    expect(outcomeMail(shop, 'erasure', { kind: 'erased', kept }, 'de').text).toContain(
      '- Bestellungen: Diese Daten werden mindestens 5 Jahre ab dem Datum der Bestellung aufbewahrt. Grund: Zur Aufbewahrung der Steuerunterlagen',
    );
    expect(outcomeMail(shop, 'erasure', { kind: 'erased_no_customer' }).text).toContain(
      '- Data the shop must keep by law, such as invoices, is kept only for the period the law requires',
    );
    for (const locale of SHOPPER_LOCALES) expect(outcomeMail(shop, 'erasure', { kind: 'erased', kept }, locale).text).not.toMatch(/undefined|\[object/);
  });
});
