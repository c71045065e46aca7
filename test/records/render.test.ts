// What the rendered policy says and in which languages: the merchant's chosen languages, the
// transfer grounds, the retention list, real dates, and the body sent to Shopify's policy page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chosenLocales, policyLocales, renderAll, renderPolicy, renderShopPolicyBody } from '../../app/policy/render.ts';
import { contentHashOf, defaultShopPolicyLocale } from '../../app/policy/publish.ts';
import { profileSchema, type Locale, type Profile } from '../../app/records/profile.ts';

const seed: Profile = profileSchema.parse(JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')));
const withLocales = (locales: Locale[] | undefined): Profile => ({ ...seed, policy: { lastUpdated: '2025-06-10', ...(locales ? { locales } : {}) } });

describe('the languages of the policy', () => {
  it('renders only the languages the merchant chose, in their order', () => {
    const profile = withLocales(['lv', 'en']);
    expect(chosenLocales(profile)).toEqual(['lv', 'en']);
    expect(Object.keys(renderAll(profile))).toEqual(['lv', 'en']);
  });

  it('falls back to English when no language is chosen', () => {
    expect(Object.keys(renderAll(withLocales(undefined)))).toEqual(['en']);
    expect(Object.keys(renderAll(withLocales([])))).toEqual(['en']);
  });
});

describe('the body sent to Shopify’s own privacy policy', () => {
  it('leaves out the <h1> title, which Shopify’s policy page already shows', () => {
    const body = renderShopPolicyBody(seed, { locale: 'de' });
    expect(body).not.toContain('<h1');
    expect(body).toContain('lang="de"');
    expect(body).toContain('Zuletzt aktualisiert: 10. Juni 2025');
    expect(renderPolicy(seed, { locale: 'de', format: 'html' })).toContain('<h1>Datenschutzerklärung</h1>');
  });

  it('is in the first chosen language by default, else the shop’s primary language, else English', () => {
    expect(defaultShopPolicyLocale(withLocales(['fr', 'en']), 'de')).toBe('fr');
    expect(defaultShopPolicyLocale(withLocales(undefined), 'de-AT')).toBe('de');
    expect(defaultShopPolicyLocale(withLocales(undefined), 'ja')).toBe('en');
    expect(defaultShopPolicyLocale(withLocales(undefined))).toBe('en');
  });
});

describe('the content hash of a version', () => {
  it('changes when only the German text changes', () => {
    const rendered = renderAll(seed, '2025-06-10');
    const german = { ...rendered, de: { ...rendered.de!, md: `${rendered.de!.md}\nNeu.` } };
    expect(contentHashOf(german)).not.toBe(contentHashOf(rendered));
    expect(contentHashOf({ ...rendered })).toBe(contentHashOf(rendered));
  });
});

describe('section 5: transfers outside the EEA', () => {
  it('names the adequacy decision (Art. 45) apart from appropriate safeguards (Art. 46) in every language', () => {
    const expected: Record<Locale, string> = {
      en: 'on the basis of an adequacy decision (Art. 45 GDPR) or appropriate safeguards (Art. 46 GDPR)',
      de: 'auf der Grundlage eines Angemessenheitsbeschlusses (Art. 45 DSGVO) oder geeigneter Garantien (Art. 46 DSGVO)',
      fr: 'sur la base d’une décision d’adéquation (art. 45 du RGPD) ou de garanties appropriées (art. 46 du RGPD)',
      lv: 'pamatojoties uz lēmumu par aizsardzības līmeņa pietiekamību (VDAR 45. pants) vai atbilstošām garantijām (VDAR 46. pants)',
      es: 'sobre la base de una decisión de adecuación (art. 45 del RGPD) o de garantías adecuadas (art. 46 del RGPD)',
      it: 'sulla base di una decisione di adeguatezza (art. 45 RGPD) o di garanzie adeguate (art. 46 RGPD)',
      nl: 'op basis van een adequaatheidsbesluit (art. 45 AVG) of passende waarborgen (art. 46 AVG)',
      pl: 'na podstawie decyzji stwierdzającej odpowiedni stopień ochrony (art. 45 RODO) lub odpowiednich zabezpieczeń (art. 46 RODO)',
    };
    for (const [locale, phrase] of Object.entries(expected) as Array<[Locale, string]>) {
      expect(renderPolicy(seed, { locale, format: 'text' })).toContain(phrase);
    }
    expect(renderPolicy(seed, { locale: 'en', format: 'text' })).not.toContain('through appropriate safeguards: an adequacy decision');
  });
});

describe('section 6: retention', () => {
  it('writes the names joined in one item in lower case after the first, in English', () => {
    expect(renderPolicy(seed, { locale: 'en', format: 'text' })).toContain(
      'Email address, name and other contact information (if voluntarily provided) – until consent is withdrawn or 2 years of inactivity',
    );
  });

  it('keeps acronyms as they are', () => {
    const profile: Profile = {
      ...seed,
      retention: [...seed.retention, { category: 'device_data', period: { amount: 2, unit: 'years' }, trigger: 'until_consent_withdrawn_or_inactivity' }],
    };
    expect(renderPolicy(profile, { locale: 'en', format: 'text' })).toContain(
      'Email address, name and other contact information (if voluntarily provided), IP address and device data – until',
    );
  });

  it('keeps the capitals of names that look like proper names', async () => {
    const { lowercaseInitial } = await import('../../app/policy/texts/case.ts');
    expect(['Google Analytics data', 'PayPal records', 'IP address', 'Shopify Payments', 'Order history'].map(lowercaseInitial)).toEqual([
      'Google Analytics data',
      'PayPal records',
      'IP address',
      'Shopify Payments',
      'order history',
    ]);
  });

  it('keeps the capital letters of German nouns', () => {
    expect(renderPolicy(seed, { locale: 'de', format: 'text' })).toContain('E-Mail-Adresse, Name und weitere Kontaktdaten');
  });
});

describe('the last-updated date', () => {
  it('refuses a date that does not exist', () => {
    expect(() => renderPolicy(seed, { locale: 'en', format: 'md', lastUpdated: '2025-13-45' })).toThrow(/"2025-13-45" is not a date that exists/);
    expect(() => renderPolicy(seed, { locale: 'en', format: 'md', lastUpdated: '2023-02-29' })).toThrow(/not a date that exists/);
  });
});

describe('section 2: data received from third parties (Art. 14 GDPR)', () => {
  const withReceivedData: Profile = {
    ...seed,
    inventory: {
      ...seed.inventory,
      categories: [
        ...seed.inventory.categories,
        {
          key: 'delivery_status',
          name: { en: 'Delivery status', lv: 'Piegādes statuss' },
          description: { en: 'Tracking events sent to us by the delivery company.', lv: 'Sūtījuma izsekošanas notikumi, ko mums nosūta piegādes uzņēmums.' },
          source: 'third_party',
        },
      ],
    },
  };
  const collected = (text: string) => text.slice(text.search(/^2\. /m), text.search(/^3\. /m));

  it('names the data that does not come from the customer, and where it comes from, in English', () => {
    expect(collected(renderPolicy(withReceivedData, { locale: 'en', format: 'text' }))).toContain(
      'We receive some of this data from third parties rather than from you (Art. 14(2)(f) GDPR): delivery status – Tracking events sent to us by the delivery company.',
    );
  });

  it('names the data that does not come from the customer, and where it comes from, in Latvian', () => {
    expect(collected(renderPolicy(withReceivedData, { locale: 'lv', format: 'text' }))).toContain(
      'Daļu šo datu mēs saņemam nevis no jums, bet no trešajām personām (VDAR 14. panta 2. punkta f) apakšpunkts): piegādes statuss – Sūtījuma izsekošanas notikumi, ko mums nosūta piegādes uzņēmums.',
    );
  });

  it('says nothing of third parties when all data comes from the customer or their visit', () => {
    for (const locale of policyLocales) {
      expect(renderPolicy(seed, { locale, format: 'text' })).not.toMatch(/Art\. 14|art\. 14|14\. panta/);
    }
  });
});

describe('a controller without a registration or VAT number', () => {
  const { registryNumber: _registry, vatNumber: _vat, ...controller } = seed.controller;
  const soleTrader: Profile = profileSchema.parse({ ...seed, controller });

  it('is a complete profile, and the policy names neither number', () => {
    const text = renderPolicy(soleTrader, { locale: 'en', format: 'text', lastUpdated: '2025-06-10' });
    expect(text).toContain(seed.controller.legalName);
    expect(text).not.toMatch(/Registry No|VAT No|undefined/);
    expect(renderPolicy(seed, { locale: 'en', format: 'text', lastUpdated: '2025-06-10' })).toContain(`VAT No: ${seed.controller.vatNumber!}`);
  });
});
