// The eight languages: registered in every list, every text table as complete as English, legal
// terms as in each language's official GDPR text, dates written each language's way, and the
// fixes a native-level review of German, French and Latvian asked for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPolicy } from '../../app/policy/render.ts';
import { textsByLocale } from '../../app/policy/texts/index.ts';
import { localeCodes, profileSchema, type Locale, type Profile } from '../../app/records/profile.ts';
import { SHOPPER_LOCALES, SHOPPER_TEXTS } from '../../app/requests/shopper-texts.ts';
import { extensionDir, STOREFRONT_LOCALES } from '../../app/storefront/liquid.ts';
import { LOCALES as ADMIN_LANGUAGES } from '../../web/src/pages/Policy/locales.ts';

const seed: Profile = profileSchema.parse(JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')));
const themeLocale = (file: string) => JSON.parse(readFileSync(`${extensionDir}locales/${file}`, 'utf8')) as Record<string, unknown>;
const themeFile = (locale: Locale) => (locale === 'en' ? 'en.default' : locale);
const policyText = (locale: Locale) => renderPolicy(seed, { locale, format: 'text', lastUpdated: '2025-06-10' });
const december1 = new Date('2026-12-01T10:00:00Z');

/** Every leaf path of a text table: a function or a string is a text; arrays count their entries; plural forms are one text. */
const shape = (node: unknown, prefix = ''): string[] => {
  if (Array.isArray(node)) return [`${prefix}[${node.length}]`];
  if (node && typeof node === 'object' && !('one' in node)) {
    return Object.entries(node).flatMap(([key, value]) => shape(value, prefix ? `${prefix}.${key}` : key));
  }
  return [prefix];
};
const sameShape = (table: unknown, english: unknown) => expect(shape(table).sort()).toEqual(shape(english).sort());

describe('the languages', () => {
  it('are the same eight in the policy, the shopper texts, the storefront and the admin’s language pickers', () => {
    const all = ['en', 'de', 'fr', 'lv', 'es', 'it', 'nl', 'pl'];
    expect([...localeCodes]).toEqual(all);
    expect([...SHOPPER_LOCALES]).toEqual(all);
    expect([...STOREFRONT_LOCALES]).toEqual(all);
    expect(ADMIN_LANGUAGES.map((language) => language.value)).toEqual(all);
    expect(Object.keys(textsByLocale).sort()).toEqual([...all].sort());
  });

  it.each(localeCodes)('have every policy, shopper and theme text in %s that English has', (locale) => {
    sameShape(textsByLocale[locale], textsByLocale.en);
    sameShape(SHOPPER_TEXTS[locale], SHOPPER_TEXTS.en);
    sameShape(themeLocale(`${themeFile(locale)}.json`), themeLocale('en.default.json'));
    sameShape(themeLocale(`${themeFile(locale)}.schema.json`), themeLocale('en.default.schema.json'));
  });

  it.each(localeCodes)('render the example profile in %s with the merchant’s own words in that language', (locale) => {
    const text = policyText(locale);
    expect(text).toContain('AIDEN GROUP SIA');
    if (locale !== 'en') expect(text).not.toContain('Email address');
  });
});

describe('the legal terms of the new languages', () => {
  it('name the right to erasure as each official GDPR text does, with the article number unchanged', () => {
    expect(policyText('es')).toContain('Derecho de supresión («el derecho al olvido») (art. 17 del RGPD)');
    expect(policyText('it')).toContain('Diritto alla cancellazione («diritto all’oblio») (art. 17 RGPD)');
    expect(policyText('nl')).toContain('Recht op gegevenswissing („recht op vergetelheid”) (art. 17 AVG)');
    expect(policyText('pl')).toContain('Prawo do usunięcia danych („prawo do bycia zapomnianym”) (art. 17 RODO)');
  });

  // The regulation, the controller and the supervisory authority as each official text names them.
  const officialTerms = {
    es: ['Reglamento General de Protección de Datos (RGPD)', 'responsable del tratamiento', 'autoridad de control'],
    it: ['regolamento generale sulla protezione dei dati (RGPD)', 'titolare del trattamento', 'autorità di controllo'],
    nl: ['Algemene verordening gegevensbescherming (AVG)', 'verwerkingsverantwoordelijke', 'toezichthoudende autoriteit'],
    pl: ['ogólnego rozporządzenia o ochronie danych (RODO)', 'Administratorem danych jest', 'organu nadzorczego'],
  } as const;
  it.each(['es', 'it', 'nl', 'pl'] as const)('name the regulation, the controller and the supervisory authority in %s as the official text does', (locale) => {
    for (const term of officialTerms[locale]) expect(policyText(locale)).toContain(term);
  });

  it('write a lower-case word after the colon in the cookie list', () => {
    for (const locale of ['fr', 'es', 'it', 'nl', 'pl'] as const) {
      expect(policyText(locale)).toMatch(/^ +\d+\. cart \(Shopify, [^)]+\) ?: \p{Ll}/mu);
    }
  });
});

describe('dates in each language', () => {
  it('are written the way each language writes them in the shopper’s mails and pages', () => {
    const written = Object.fromEntries(SHOPPER_LOCALES.map((locale) => [locale, SHOPPER_TEXTS[locale].date(december1)]));
    expect(written).toEqual({
      en: '2026-12-01',
      de: '01.12.2026',
      fr: '1er décembre 2026',
      lv: '01.12.2026.',
      es: '1 de diciembre de 2026',
      it: '1º dicembre 2026',
      nl: '1 december 2026',
      pl: '1 grudnia 2026 r.',
    });
  });

  it('show "Last updated" in each language in the policy', () => {
    expect(policyText('es')).toContain('Última actualización: 10 de junio de 2025');
    expect(policyText('it')).toContain('Ultimo aggiornamento: 10 giugno 2025');
    expect(renderPolicy(seed, { locale: 'it', format: 'text', lastUpdated: '2025-06-01' })).toContain('Ultimo aggiornamento: 1º giugno 2025');
    expect(policyText('nl')).toContain('Laatst bijgewerkt: 10 juni 2025');
    expect(policyText('pl')).toContain('Ostatnia aktualizacja: 10 czerwca 2025 r.');
  });
});

describe('the fixes from the native-level review', () => {
  it('Polish: a date ends in "r.", and the confirmation page that ends with one has one full stop', () => {
    const pl = SHOPPER_TEXTS.pl;
    expect(pl.pages.confirmed(pl.date(december1)).message).toMatch(/najpóźniej 1 grudnia 2026 r\.$/);
    expect(pl.confirmation('Ceramika Zofii', pl.rights.access, pl.date(december1)).text).toContain('najpóźniej 1 grudnia 2026 r. (art. 12 ust. 3 RODO).');
  });

  it('the reason data is kept after an erasure goes on in lower case after its colon, a name like "VAT" kept as written', () => {
    const reasons = { fr: 'Motif : pour', lv: 'Iemesls: lai', es: 'Motivo: para', it: 'Motivo: per', nl: 'Reden: om', pl: 'Powód: w' } as const;
    const purpose = { fr: 'Pour', lv: 'Lai', es: 'Para', it: 'Per', nl: 'Om', pl: 'W' } as const;
    for (const locale of ['fr', 'lv', 'es', 'it', 'nl', 'pl'] as const) {
      const kept = SHOPPER_TEXTS[locale].erasure.keptItem('X', '5', `${purpose[locale]} tax law`);
      expect(kept, locale).toContain(`${reasons[locale]} tax law`);
      expect(SHOPPER_TEXTS[locale].erasure.keptItem('X', '5', 'VAT law'), locale).toContain(' VAT law');
    }
  });

  it('Latvian: the confirmation page ends the date with one full stop, whichever way ICU writes it', () => {
    const lv = SHOPPER_TEXTS.lv;
    expect(lv.pages.confirmed(lv.date(december1)).message).toMatch(/ne vēlāk kā 01\.12\.2026\.$/);
    expect(lv.pages.confirmed('01.12.2026.').message).not.toContain('..');
  });

  it('Latvian: the policy says "pietiekamu" (Art. 45(1)), "iejaukšanos" (Art. 22(3)) and one spelling of "tīmekļvietne"', () => {
    const withAutomation = structuredClone(seed);
    withAutomation.automatedDecisions = { used: true, description: 'Krāpšanas pārbaude.' };
    const text = renderPolicy(withAutomation, { locale: 'lv', format: 'text', lastUpdated: '2025-06-10' });
    expect(text).toContain('mēs nodrošinām pietiekamu aizsardzības līmeni');
    expect(text).toContain('panākt cilvēka iejaukšanos');
    expect(text).not.toContain('pienācīgu');
    expect(text).not.toMatch(/tīmekļa vietn/);
    expect(SHOPPER_TEXTS.lv.pages.unauthorized.message).toContain('tīmekļvietni');
  });

  it('Latvian: names the whole name, the supervisory authority, and a banner category apart from the dialog title', () => {
    expect(policyText('lv')).toContain('Vārds, uzvārds un cita kontaktinformācija');
    expect(SHOPPER_TEXTS.lv.complaintAnswer()).toContain('uzraudzības iestādei');
    expect(SHOPPER_TEXTS.lv.complaintAnswer()).not.toContain('datu aizsardzības iestādei');
    const banner = themeLocale('lv.json') as { categories: { preferences: { name: string } } };
    expect(banner.categories.preferences.name).toBe('Izvēles');
    for (const locale of ['lv', 'es', 'it', 'nl', 'pl'] as const) {
      const texts = themeLocale(`${locale}.json`) as { dialog: { title: string }; categories: { preferences: { name: string } } };
      expect(texts.dialog.title.toLowerCase()).not.toContain(texts.categories.preferences.name.toLowerCase());
    }
  });

  it('French: consentement in the banner, "ne sont plus utilisées", "2 000 caractères" and one style of article citation', () => {
    expect(JSON.stringify(themeLocale('fr.json'))).toContain('Avec votre consentement');
    expect(SHOPPER_TEXTS.fr.outcomes.restricted({ kind: 'restricted' }, (d) => SHOPPER_TEXTS.fr.date(d))).toContain('mais ne sont plus utilisées');
    expect(SHOPPER_TEXTS.fr.fields.details).toContain('2\u202f000 caractères');
    const all = policyText('fr') + JSON.stringify(SHOPPER_TEXTS.fr.rights) + SHOPPER_TEXTS.fr.confirmation('Boutique', 'Accès', '1er décembre 2026').text;
    expect(all).not.toMatch(/article \d|par\. \d/);
    expect(all).toContain('art. 12.3 du RGPD');
  });

  it('German: "Ihre Daten werden aufbewahrt", "kürzlich aufgegebenen Bestellung", "Datenschutzrahmen EU-USA", "Multi-Faktor-Authentifizierung"', () => {
    const de = SHOPPER_TEXTS.de;
    expect(de.outcomes.restricted({ kind: 'restricted' }, (d) => de.date(d))).toContain('Ihre Daten werden aufbewahrt');
    expect(de.outcomes.erasure_held({ kind: 'erasure_held', until: december1 }, (d) => de.date(d))).toContain('kürzlich aufgegebenen Bestellung');
    expect(textsByLocale.de.sharing.safeguardsShort.dpf).toBe('Datenschutzrahmen EU-USA');
    expect(textsByLocale.de.security.measures.multi_factor_authentication).toBe('Multi-Faktor-Authentifizierung');
    const banner = themeLocale('de.json') as { rights: { portability: string }; categories: { necessary: { description: string } } };
    expect(banner.rights.portability).toMatch(/erhalten$/);
    expect(banner.categories.necessary.description).not.toContain('in Gang');
  });

  it.each(localeCodes)('the "not published" note for merchants keeps its second sentence in %s', (locale) => {
    const note = (themeLocale(`${themeFile(locale)}.json`) as { policy: { not_published: string } }).policy.not_published;
    expect(note.split(/(?<=\.) /)).toHaveLength(2);
    expect(note).toContain('Lawfully');
  });
});
