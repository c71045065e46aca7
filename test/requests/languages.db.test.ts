// A shopper who writes in Spanish, Italian, Dutch or Polish reads the answer page and the
// confirmation mail in that language, through the app proxy and real SMTP to a local sink.
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { useTestApp } from '../support/app.ts';

const shoppers = [
  {
    locale: 'es',
    email: 'lucia@example.es',
    ip: '198.51.100.41',
    page: 'Solicitud recibida',
    subject: /^Confirme su solicitud de privacidad/,
    right: 'supresión (art. 17 del RGPD)',
  },
  {
    locale: 'it',
    email: 'giulia@example.it',
    ip: '198.51.100.42',
    page: 'Richiesta ricevuta',
    subject: /^Confermi la sua richiesta sulla privacy/,
    right: 'cancellazione (art. 17 RGPD)',
  },
  {
    locale: 'nl',
    email: 'sanne@example.nl',
    ip: '198.51.100.43',
    page: 'Verzoek ontvangen',
    subject: /^Bevestig uw privacyverzoek/,
    right: 'gegevenswissing (art. 17 AVG)',
  },
  {
    locale: 'pl',
    email: 'zofia@example.pl',
    ip: '198.51.100.44',
    page: 'Żądanie otrzymane',
    subject: /^Prosimy potwierdzić żądanie/,
    right: 'usunięcie danych (art. 17 RODO)',
  },
] as const;

describe('a shopper who writes in one of the new languages', () => {
  const t = useTestApp({ mailbox: true, installed: true });

  it.each(shoppers)(
    'reads the page and the mail in $locale, with the right named as the official GDPR text names it',
    async ({ locale, email, ip, page, subject, right }) => {
      const res = await request(t.app).post(t.proxyUrl('/requests')).set('X-Forwarded-For', ip).type('form').send({ type: 'erasure', email, locale });
      expect(res.status).toBe(202);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toContain(page);
      expect(res.text).toContain(`lang="${locale}"`);
      await t.runJobs();
      const mail = await t.mailbox.waitFor(email, subject);
      expect(mail.text).toContain(right);
    },
  );
});
