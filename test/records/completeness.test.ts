// The policy read against Art. 13 and 14 GDPR: what the rendered policy says for each paragraph,
// in every language written so far, and the completeness check the Policy page shows (one line per
// paragraph, met or missing, with the records page that fixes it).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingArticles, policyCompleteness, type ArticleCheck } from '../../app/policy/completeness.ts';
import { renderPolicy } from '../../app/policy/render.ts';
import { profileSchema, type Locale, type Profile } from '../../app/records/profile.ts';

const seed: Profile = profileSchema.parse(JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')));
const reviewed: Locale[] = ['en', 'de', 'fr', 'lv'];
const text = (profile: Profile, locale: Locale = 'en') => renderPolicy(profile, { locale, format: 'text', lastUpdated: '2026-03-02' });
const lineFor = (checks: ArticleCheck[], article: string) => {
  const found = checks.find((check) => check.article === article);
  if (!found) throw new Error(`No line for Art. ${article}`);
  return found;
};

/** The seed store run from New York: outside the EU, so it needs a representative there (Art. 27). */
const american: Profile = {
  ...seed,
  controller: { ...seed.controller, address: { line1: '350 Fifth Avenue', city: 'New York', postalCode: '10118', country: 'US' } },
};
const representative = { name: 'EU-Rep Services GmbH', address: 'Friedrichstraße 68, 10117 Berlin, Germany', email: 'rep@eu-rep.example' };
const dpo = { name: 'Anna Bērziņa', email: 'dpo@aiden.example' };

describe('the completeness check', () => {
  it('has one line per paragraph of Art. 13 and of Art. 14 that Art. 13 does not cover, and Art. 21(4), in the Regulation’s order', () => {
    expect(policyCompleteness(seed).map((check) => check.article)).toEqual([
      '13(1)(a)',
      '13(1)(b)',
      '13(1)(c)',
      '13(1)(d)',
      '13(1)(e)',
      '13(1)(f)',
      '13(2)(a)',
      '13(2)(b)',
      '13(2)(c)',
      '13(2)(d)',
      '13(2)(e)',
      '13(2)(f)',
      '14(1)(d)',
      '14(2)(f)',
      '21(4)',
    ]);
  });

  it('finds nothing missing in the seed store, and says which lines do not apply to it', () => {
    const checks = policyCompleteness(seed);
    expect(missingArticles(seed)).toEqual([]);
    expect(checks.filter((c) => c.status === 'not_applicable').map((c) => c.article)).toEqual(['13(1)(b)', '14(1)(d)', '14(2)(f)']);
    expect(lineFor(checks, '13(1)(d)').detail).toContain('To prevent fraud, provide support, and improve our services');
  });

  it('counts every paragraph as missing, each with the page to fill in, while the records are empty', () => {
    const checks = policyCompleteness({});
    expect(checks.filter((c) => c.status !== 'missing')).toEqual([]);
    expect(lineFor(checks, '13(1)(a)').fix).toBe('controller');
    expect(lineFor(checks, '13(2)(a)').fix).toBe('retention');
    expect(lineFor(checks, '13(2)(e)').fix).toBe('inventory');
  });

  it('13(1)(a): a controller outside the EU without a representative there is missing, met once one is named', () => {
    expect(lineFor(policyCompleteness(american), '13(1)(a)')).toMatchObject({ status: 'missing', fix: 'controller' });
    expect(lineFor(policyCompleteness(american), '13(1)(a)').detail).toMatch(/United States.*representative in the EU \(Art\. 27\)/);
    const named = { ...american, controller: { ...american.controller, euRepresentative: representative } };
    expect(lineFor(policyCompleteness(named), '13(1)(a)')).toMatchObject({ status: 'met' });
  });

  it('13(1)(b): met with the officer’s contact when one is appointed, not applicable otherwise', () => {
    expect(lineFor(policyCompleteness(seed), '13(1)(b)').status).toBe('not_applicable');
    const appointed = { ...seed, controller: { ...seed.controller, dpo } };
    expect(lineFor(policyCompleteness(appointed), '13(1)(b)')).toMatchObject({ status: 'met', detail: 'Anna Bērziņa, dpo@aiden.example.' });
  });

  it('13(1)(e): a processor the policy never names (no kind of recipient) is missing', () => {
    const [first, ...rest] = seed.processors;
    const { kind: _kind, ...unnamed } = first!;
    const profile = { ...seed, processors: [unnamed, ...rest] };
    expect(lineFor(policyCompleteness(profile), '13(1)(e)')).toMatchObject({ status: 'missing', fix: 'processors' });
    expect(lineFor(policyCompleteness(profile), '13(1)(e)').detail).toContain(first!.name);
  });

  it('13(1)(f): a transfer outside the EEA without a safeguard is missing', () => {
    const profile: Profile = {
      ...seed,
      processors: [
        ...seed.processors,
        { id: 'acme', name: 'Acme Mail', service: 'Email delivery', categories: ['email'], country: 'BR', safeguard: { type: 'none' } },
      ],
    };
    expect(lineFor(policyCompleteness(profile), '13(1)(f)')).toMatchObject({ status: 'missing', detail: expect.stringContaining('Acme Mail') as unknown });
  });

  it('13(2)(a): a kind of data without a retention period is missing', () => {
    const profile = { ...seed, retention: seed.retention.filter((rule) => rule.category !== 'email') };
    expect(lineFor(policyCompleteness(profile), '13(2)(a)')).toMatchObject({
      status: 'missing',
      fix: 'retention',
      detail: expect.stringContaining('Email address') as unknown,
    });
  });

  it('13(2)(e): data the customer gives without a word on whether they must is missing; automatic data is not asked for', () => {
    const categories = seed.inventory.categories.map(({ provision: _provision, ...category }) => category);
    const profile = { ...seed, inventory: { ...seed.inventory, categories } };
    const line = lineFor(policyCompleteness(profile), '13(2)(e)');
    expect(line).toMatchObject({ status: 'missing', fix: 'inventory' });
    expect(line.detail).toContain('Email address');
    expect(line.detail).not.toContain('IP address');
  });

  it('13(2)(f): automated decisions said to be used but not described are missing', () => {
    const records = { ...seed, automatedDecisions: { used: true } };
    expect(lineFor(policyCompleteness(records), '13(2)(f)')).toMatchObject({ status: 'missing', fix: 'automatedDecisions' });
  });

  it('14(1)(d) and 14(2)(f): data received from others is named with where it comes from', () => {
    const profile: Profile = {
      ...seed,
      inventory: {
        ...seed.inventory,
        categories: [
          ...seed.inventory.categories,
          { key: 'reviews', name: 'Product reviews', description: 'Received from our review platform, Trustpilot.', source: 'third_party' },
        ],
      },
      retention: [...seed.retention, { category: 'reviews', period: { amount: 2, unit: 'years' }, trigger: 'since_last_activity' }],
    };
    const checks = policyCompleteness(profile);
    expect(lineFor(checks, '14(1)(d)')).toMatchObject({ status: 'met', detail: expect.stringContaining('Product reviews') as unknown });
    expect(lineFor(checks, '14(2)(f)')).toMatchObject({ status: 'met', detail: expect.stringContaining('Trustpilot') as unknown });
  });
});

describe('what the rendered policy says for each item of Art. 13 and 14', () => {
  it('13(1)(a): names the EU representative of a controller outside the EU, in every language', () => {
    const profile = { ...american, controller: { ...american.controller, euRepresentative: representative } };
    const expected: Record<string, string> = {
      en: 'Our representative in the European Union (Article 27 of the GDPR) is EU-Rep Services GmbH',
      de: 'Unser Vertreter in der Europäischen Union (Art. 27 DSGVO) ist EU-Rep Services GmbH',
      fr: 'Notre représentant dans l’Union européenne (art. 27 du RGPD) est EU-Rep Services GmbH',
      lv: 'EU-Rep Services GmbH',
    };
    for (const locale of reviewed) {
      const policy = text(profile, locale);
      expect(policy).toContain(expected[locale]);
      expect(policy).toContain('rep@eu-rep.example');
    }
  });

  it('13(1)(b): gives the data protection officer’s contact when one is appointed, and none otherwise', () => {
    const profile = { ...seed, controller: { ...seed.controller, dpo } };
    for (const locale of reviewed) {
      expect(text(profile, locale)).toContain('Anna Bērziņa');
      expect(text(profile, locale)).toContain('dpo@aiden.example');
      expect(text(seed, locale)).not.toContain('dpo@');
    }
  });

  it('13(2)(e): says for each kind of data given whether it must be given, and what happens if not, in every language', () => {
    const expected: Record<string, string[]> = {
      en: [
        'Art. 13(2)(e) GDPR',
        'Email address – needed to enter into a contract with us. Without an email address we cannot confirm your order',
        'voluntary. You can order without giving them',
      ],
      de: [
        'Art. 13 Abs. 2 lit. e DSGVO',
        'E-Mail-Adresse – für einen Vertragsabschluss erforderlich. Ohne E-Mail-Adresse',
        '– freiwillig. Sie können auch ohne diese Angaben bestellen',
      ],
      fr: [
        'art. 13.2.e du RGPD',
        'Adresse e-mail – fourniture conditionnant la conclusion d’un contrat. Sans adresse e-mail',
        '– fourniture facultative. Vous pouvez commander',
      ],
      lv: [
        'VDAR 13. panta 2. punkta e) apakšpunkts',
        'E-pasta adrese – sniegšana ir priekšnosacījums, lai noslēgtu līgumu. Bez e-pasta adreses',
        '– sniegšana ir brīvprātīga.',
      ],
    };
    for (const locale of reviewed) for (const phrase of expected[locale]!) expect(text(seed, locale)).toContain(phrase);
    // Data collected automatically is not asked of the shopper, so no such line is written for it.
    expect(text(seed)).not.toMatch(/IP address and device data – (voluntary|needed|required)/);
  });

  it('21(4): presents the right to object under its own heading, apart from the list of rights, in every format', () => {
    const html = renderPolicy(seed, { locale: 'en', format: 'html', lastUpdated: '2026-03-02' });
    expect(html).toContain('<h3 id="right-to-object">Your right to object (Art. 21 GDPR)</h3>');
    const md = renderPolicy(seed, { locale: 'de', format: 'md', lastUpdated: '2026-03-02' });
    expect(md).toContain('### Ihr Widerspruchsrecht (Art. 21 DSGVO)');
    const plain = text(seed, 'fr');
    expect(plain).toContain('VOTRE DROIT D’OPPOSITION (ART. 21 DU RGPD)');
    expect(text(seed, 'lv')).toContain('JŪSU TIESĪBAS IEBILST (VDAR 21. PANTS)');
    // Art. 21(1): the purposes based on legitimate interest are named; Art. 21(2): direct marketing.
    const objection = text(seed).slice(text(seed).indexOf('YOUR RIGHT TO OBJECT'));
    expect(objection).toContain('To prevent fraud, provide support, and improve our services');
    expect(objection).toContain('direct marketing');
    expect(objection).toContain('info@img-expert.com');
    expect(objection).not.toContain('To fulfill and manage orders');
  });

  it('21(4): leaves out the Art. 21(1) part when no purpose relies on legitimate interest, keeping direct marketing', () => {
    const profile = { ...seed, purposes: seed.purposes.filter((purpose) => purpose.legalBasis !== 'legitimate_interest') };
    const objection = text(profile).slice(text(profile).indexOf('YOUR RIGHT TO OBJECT'));
    expect(objection).not.toContain('legitimate interests');
    expect(objection).toContain('direct marketing');
  });
});
