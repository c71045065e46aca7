// The seed store (examples/seed-store.json) must render to a policy that states every fact of
// /work/shared/seed/privacy-policy.txt, in every language and format.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyFormats, policyLocales, renderAll, renderPolicy, type PolicyFormat } from '../../app/policy/render.ts';
import { profileSchema, type Locale, type Profile } from '../../app/records/profile.ts';
import { findings } from '../../app/records/transfers.ts';

const seedJson: unknown = JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8'));
const seed: Profile = profileSchema.parse(seedJson);
const policy = renderPolicy(seed, { locale: 'en', format: 'text', lastUpdated: '2025-06-10' });

/** The text of one numbered section of a plain-text policy, up to the next section. */
function section(text: string, number: number): string {
  const start = text.search(new RegExp(`^${number}\\. `, 'm'));
  const bodyStart = text.indexOf('\n', start);
  const next = text.slice(bodyStart).search(/^\d{1,2}\. |^Data Controller$/m);
  return text.slice(start, next === -1 ? undefined : bodyStart + next);
}

/** Every phrase is in the text (a failure names the missing one). */
function expectAll(text: string, phrases: string[]) {
  for (const phrase of phrases) expect(text).toContain(phrase);
}

function sectionHeadings(output: string, format: PolicyFormat): string[] {
  const pattern = { html: /<section id="[^"]+">\n<h2>(\d+)\. /g, md: /^## (\d+)\. /gm, text: /^(\d+)\. \S/gm }[format];
  return [...output.matchAll(pattern)].map((match) => match[1]!);
}

describe('the seed store policy in English', () => {
  it('validates as a profile', () => {
    expect(profileSchema.safeParse(seedJson).success).toBe(true);
  });

  it('names the controller by legal name, registry number, VAT number, address and email', () => {
    const footer = policy.slice(policy.lastIndexOf('Data Controller'));
    expect(footer).toContain('AIDEN GROUP SIA');
    expect(footer).toContain('Registry No: 50103654441');
    expect(footer).toContain('VAT No: LV50103654441');
    expect(footer).toContain('Address: Buļļu iela 45B, Rīga, LV-1067, Latvia');
    expect(footer).toContain('Email: info@img-expert.com');
    expect(footer).toContain('AIDEN GROUP SIA is the data controller responsible for the processing of your personal data');
    expect(section(policy, 1)).toContain('contact us via email: info@img-expert.com');
  });

  it('lists the five categories of data and says no sensitive data is collected', () => {
    const collected = section(policy, 2);
    expectAll(collected, [
      'Email address',
      'Order and transaction details',
      'IP address and device data',
      'Cookies and session-related technical data',
      'Name and other contact information (if voluntarily provided)',
    ]);
    expect(collected).toContain('We do not collect any sensitive personal data (special categories of data under Article 9 of the GDPR)');
  });

  it('gives the four purposes, each with its legal basis', () => {
    const purposes = section(policy, 3);
    expect(purposes).toContain('To fulfill and manage orders – based on the necessity for contract performance');
    expect(purposes).toContain('To comply with legal obligations, such as tax or accounting – based on legal compliance');
    expect(purposes).toContain('To prevent fraud, provide support, and improve our services – based on our legitimate interest');
    expect(purposes).toContain('To send marketing communications – only with your prior consent');
  });

  it('says analytics tools are activated only after consent', () => {
    expect(section(policy, 4)).toContain(
      'Analytics tools (Google Analytics) are only activated after you provide consent through the cookie banner or settings.',
    );
  });

  it('names the four kinds of recipients and says data is not sold', () => {
    const sharing = section(policy, 5);
    expect(sharing).toContain('We do not sell your personal data.');
    expect(sharing).toContain('Payment processors (e.g. Stripe, PayPal)');
    expect(sharing).toMatch(/Hosting, cloud and IT service providers/);
    expect(sharing).toContain('Legal and accounting advisors (if applicable)');
    expect(sharing).toContain('Competent public authorities – only as required by law');
  });

  it('protects transfers outside the EEA with Standard Contractual Clauses', () => {
    expect(section(policy, 5)).toMatch(
      /If data is transferred outside the EEA, we ensure an adequate level of protection on the basis of an adequacy decision \(Art\. 45 GDPR\) or appropriate safeguards \(Art\. 46 GDPR\), in our case Standard Contractual Clauses \(SCC\)/,
    );
    expect(section(policy, 5)).toContain('Stripe – United States: Standard Contractual Clauses (SCC)');
  });

  it('keeps orders at least 5 years and contact details until consent is withdrawn or 2 years of inactivity', () => {
    const retention = section(policy, 6);
    expect(retention).toContain('Order and transaction details – at least 5 years');
    expect(retention).toMatch(
      /Email address, name and other contact information \(if voluntarily provided\) – until consent is withdrawn or 2 years of inactivity/,
    );
    expect(retention).toContain('Cookies – according to their specific expiration periods');
  });

  it('lists the eight rights under the GDPR', () => {
    const rights = section(policy, 7);
    expectAll(rights, [
      'Right to access your data',
      'Right to rectify inaccurate data',
      'Right to erasure (“right to be forgotten”)',
      'Right to restrict processing',
      'Right to data portability',
      'Right to object to processing',
      'Right to withdraw consent at any time',
      'Right to lodge a complaint with a supervisory authority',
    ]);
    expect(rights.match(/^ {2}\d\. Right/gm)).toHaveLength(8);
  });

  it('names encryption, access control, authentication and system monitoring as security measures', () => {
    expect(section(policy, 8)).toContain('including encryption, access control, authentication, and system monitoring.');
  });

  it('says no automated decision-making is used', () => {
    expect(section(policy, 9)).toContain('We do not use automated decision-making or profiling that produces legal or similarly significant effects on users.');
  });

  it('shows the last-updated date', () => {
    expect(policy.startsWith('Last updated: June 10, 2025')).toBe(true);
    expect(section(policy, 10)).toContain('Updates will be published on this page with the revised date.');
  });

  it('takes the last-updated date from the profile when none is given', () => {
    expect(renderPolicy(seed, { locale: 'en', format: 'md' })).toContain('Last updated: June 10, 2025');
  });

  it('has no blocking transfer findings', () => {
    expect(findings(seed, new Date('2025-07-01')).filter((finding) => finding.severity === 'blocking')).toEqual([]);
  });
});

describe('every language and format of the seed store policy', () => {
  // The seed store chose all eight languages.
  const all = renderAll(seed, new Date('2025-06-10T12:00:00Z')) as Record<Locale, Record<PolicyFormat, string>>;

  it('renders each of the eight languages the store chose', () => {
    expect(Object.keys(all).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'lv', 'nl', 'pl']);
  });

  for (const locale of policyLocales) {
    for (const format of policyFormats) {
      it(`renders the ten sections in order as ${format} in ${locale}`, () => {
        const output = all[locale][format];
        expect(sectionHeadings(output, format)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
        expect(output).toContain('50103654441');
        expect(output).toContain('LV50103654441');
        expect(output).toContain('info@img-expert.com');
        expect(output).toContain('Buļļu iela 45B');
      });
    }
  }

  it('is written in each language, not English', () => {
    expect(all.de.text).toContain('Wir verkaufen Ihre personenbezogenen Daten nicht.');
    expect(all.de.text).toContain('Zuletzt aktualisiert: 10. Juni 2025');
    expect(all.de.text).toContain('mindestens 5 Jahre');
    expect(all.fr.text).toContain('Nous ne vendons pas vos données personnelles.');
    expect(all.fr.text).toContain('Dernière mise à jour : 10 juin 2025');
    expect(all.fr.text).toContain('au moins 5 ans');
    expect(all.lv.text).toContain('Mēs nepārdodam jūsu personas datus.');
    expect(all.lv.text).toContain('Pēdējo reizi atjaunināta 2025. gada 10. jūnijā');
    expect(all.lv.text).toContain('vismaz 5 gadus');
    expect(all.es.text).toContain('No vendemos sus datos personales.');
    expect(all.es.text).toContain('Última actualización: 10 de junio de 2025');
    expect(all.es.text).toContain('al menos 5 años');
    expect(all.it.text).toContain('Non vendiamo i suoi dati personali.');
    expect(all.it.text).toContain('Ultimo aggiornamento: 10 giugno 2025');
    expect(all.it.text).toContain('almeno 5 anni');
    expect(all.nl.text).toContain('We verkopen uw persoonsgegevens niet.');
    expect(all.nl.text).toContain('Laatst bijgewerkt: 10 juni 2025');
    expect(all.nl.text).toContain('ten minste 5 jaar');
    expect(all.pl.text).toContain('Nie sprzedajemy Państwa danych osobowych.');
    expect(all.pl.text).toContain('Ostatnia aktualizacja: 10 czerwca 2025');
    expect(all.pl.text).toContain('co najmniej 5 lat');
    for (const locale of policyLocales.filter((l) => l !== 'en')) {
      expect(all[locale].text).not.toContain('We do not sell');
      expect(all[locale].text).not.toContain('Right to access');
    }
  });

  it('escapes every merchant value in HTML', () => {
    const hostile = structuredClone(seed);
    hostile.controller.legalName = '<script>alert("x")</script> & Co';
    hostile.cookies[0]!.name = '<img src=x onerror=alert(1)>';
    const html = renderPolicy(hostile, { locale: 'en', format: 'html', lastUpdated: '2025-06-10' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
  });

  it('keeps Markdown formatting characters in merchant values literal', () => {
    const md = renderPolicy(seed, { locale: 'en', format: 'md', lastUpdated: '2025-06-10' });
    expect(md).toContain('\\_ga\\_\\<container-id\\>');
  });
});
