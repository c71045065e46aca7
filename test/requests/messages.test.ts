// Shoppers' mails in the request's language, English when the caller names none.
import { describe, expect, it } from 'vitest';
import { confirmationMail, extensionMail, outcomeMail, rejectionMail, verificationMail } from '../../app/requests/messages.ts';
import { SHOPPER_LOCALES, type ShopperOutcome } from '../../app/requests/shopper-texts.ts';

const shop = 'lawfully-demo.myshopify.com';
const due = new Date('2026-12-25T10:00:00Z');

describe('shopper mails', () => {
  it('stay English, word for word, for callers that pass no language', () => {
    expect(confirmationMail(shop, 'access', due).text).toBe(`${shop} received your request (Access (Art. 15)) and will answer by 2026-12-25 at the latest (GDPR Art. 12(3)).`);
    expect(extensionMail(shop, 'erasure', due, 'many orders').subject).toBe(`Your privacy request to ${shop} needs more time`);
    expect(rejectionMail(shop, 'objection', 'legal hold', 'DVI').text).toContain('(DVI) and seek a judicial remedy');
    expect(outcomeMail(shop, 'access', 'Done.')).toEqual({ subject: `Your privacy request to ${shop}: Access (Art. 15)`, text: `Done.\n\n— ${shop}` });
  });

  it('fall back to English for a language we do not write', () => {
    expect(verificationMail('ja', shop, 'access', 'https://x')).toEqual(verificationMail('en', shop, 'access', 'https://x'));
  });

  it('tell a Latvian shopper the outcome in Latvian, with the date written the Latvian way', () => {
    const mail = outcomeMail(shop, 'erasure', { kind: 'erasure_held', until: due }, 'lv');
    expect(mail.subject).toBe(`Jūsu privātuma pieprasījums veikalam ${shop}: datu dzēšana (VDAR 17. pants)`);
    expect(mail.text).toContain('glabās līdz 25.12.2026. un tad to dzēsīs');
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
      `Your customer data at this shop was erased, so this request can no longer be answered: there is nothing left to send or change.\n\n— ${shop}`,
    );
    const texts = new Set(SHOPPER_LOCALES.map((locale) => outcomeMail(shop, 'access', { kind: 'superseded' }, locale).text));
    expect(texts.size).toBe(SHOPPER_LOCALES.length);
  });
});
