// Which processors block publishing the policy, and which only need a look (GDPR Art. 44-46).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import adequacyData from '../../app/records/data/adequacy.json' with { type: 'json' };
import countriesData from '../../app/records/data/countries.json' with { type: 'json' };
import eeaData from '../../app/records/data/eea.json' with { type: 'json' };
import presetsData from '../../app/records/data/processor-presets.json' with { type: 'json' };
import { profileSchema, type Processor, type Profile } from '../../app/records/profile.ts';
import { findings, hasAdequacy, isInsideEea, isSafeguarded, processorFindings, safeguardFits } from '../../app/records/transfers.ts';
import { exampleProcessor } from '../support/processor.ts';

const seed: Profile = profileSchema.parse(JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')));
const today = new Date('2025-06-10T09:00:00Z');

function findingsFor(p: Processor, on: Date = today) {
  return processorFindings([p], on);
}

describe('where the GDPR applies and where the Commission found protection adequate', () => {
  it('counts the 27 EU states plus Iceland, Liechtenstein and Norway as the EEA', () => {
    expect(eeaData.eu).toHaveLength(27);
    expect(['LV', 'DE', 'IE', 'IS', 'LI', 'NO'].every(isInsideEea)).toBe(true);
    expect(['CH', 'GB', 'US'].some(isInsideEea)).toBe(false);
  });

  it('knows the adequacy decisions, with the USA only for certified companies', () => {
    for (const country of ['AD', 'AR', 'CA', 'FO', 'GG', 'IL', 'IM', 'JP', 'JE', 'NZ', 'KR', 'CH', 'GB', 'UY']) expect(hasAdequacy(country)).toBe(true);
    expect(hasAdequacy('US')).toBe(false);
    expect(hasAdequacy('IN')).toBe(false);
    expect(adequacyData.decisions.find((decision) => decision.country === 'US')?.scope).toBe('dpf_certified_only');
  });

  it('names its source and retrieval date in every data file', () => {
    for (const data of [countriesData, eeaData, adequacyData, presetsData]) {
      expect(data.source).toMatch(/\S/);
      expect(data.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(Object.keys(countriesData.countries)).toHaveLength(249);
  });
});

describe('transfer safeguards', () => {
  it('treats the Data Privacy Framework as a safeguard for a US processor only', () => {
    expect(isSafeguarded(exampleProcessor({ country: 'US', safeguard: { type: 'dpf' } }))).toBe(true);
    expect(safeguardFits(exampleProcessor({ country: 'IN', safeguard: { type: 'dpf' } }))).toBe(false);
    expect(isSafeguarded(exampleProcessor({ country: 'IN', safeguard: { type: 'dpf' } }))).toBe(false);
  });

  it('needs no declared safeguard inside the EEA or in a country with an adequacy decision', () => {
    expect(isSafeguarded(exampleProcessor({ country: 'EE', safeguard: { type: 'none' } }))).toBe(true);
    expect(isSafeguarded(exampleProcessor({ country: 'CH', safeguard: { type: 'none' } }))).toBe(true);
    expect(findingsFor(exampleProcessor({ country: 'CH', safeguard: { type: 'none' } }))).toEqual([]);
  });

  it('blocks a processor outside the EEA without any safeguard', () => {
    expect(findingsFor(exampleProcessor({ country: 'US', safeguard: { type: 'none' } }))).toEqual([
      expect.objectContaining({ severity: 'blocking', code: 'transfer_without_safeguard', processorId: 'acme' }),
    ]);
  });

  it('blocks an adequacy decision claimed for a country without one', () => {
    const [finding] = findingsFor(exampleProcessor({ country: 'BR', safeguard: { type: 'adequacy' } }));
    expect(finding).toMatchObject({ severity: 'blocking', code: 'safeguard_does_not_fit', processorId: 'acme' });
    expect(finding?.message).toMatch(/Brazil has no EU adequacy decision/);
  });

  it('blocks SCCs signed before 4 June 2021, which expired on 27 December 2022', () => {
    const old = exampleProcessor({ safeguard: { type: 'scc', module: 2, version: '2010/87', signedOn: '2019-03-01' } });
    expect(isSafeguarded(old, today)).toBe(false);
    expect(findingsFor(old)).toEqual([expect.objectContaining({ severity: 'blocking', code: 'scc_repealed', processorId: 'acme' })]);
  });

  it('only warns about old SCCs while they were still valid, before 27 December 2022', () => {
    const old = exampleProcessor({ safeguard: { type: 'scc', module: 2, version: '2010/87', signedOn: '2019-03-01' }, lastReviewedOn: '2022-01-01' });
    expect(isSafeguarded(old, new Date('2022-06-01'))).toBe(true);
    expect(findingsFor(old, new Date('2022-06-01'))).toEqual([expect.objectContaining({ severity: 'warning', code: 'scc_transition' })]);
  });

  it('accepts the 2021 SCCs without a finding', () => {
    expect(findingsFor(exampleProcessor({}))).toEqual([]);
  });

  it('warns when SCCs use a module meant for something other than a processor working for the shop', () => {
    const controllerToController = exampleProcessor({ safeguard: { type: 'scc', module: 1, version: '2021/914', signedOn: '2024-01-15' } });
    expect(findingsFor(controllerToController)).toEqual([expect.objectContaining({ severity: 'warning', code: 'scc_unusual_module' })]);
  });
});

describe('processor reviews', () => {
  it('warns when a processor was never reviewed', () => {
    const { lastReviewedOn: _, ...unreviewed } = exampleProcessor({ country: 'DE', safeguard: { type: 'none' } });
    expect(findingsFor(unreviewed)).toEqual([expect.objectContaining({ severity: 'warning', code: 'review_missing', processorId: 'acme' })]);
  });

  it('warns when the last review is more than 12 months old, not on the anniversary itself', () => {
    const reviewed = exampleProcessor({ country: 'DE', safeguard: { type: 'none' }, lastReviewedOn: '2024-06-10' });
    expect(findingsFor(reviewed, new Date('2025-06-10T23:00:00Z'))).toEqual([]);
    expect(findingsFor(reviewed, new Date('2025-06-11T00:00:00Z'))).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'review_overdue', processorId: 'acme' }),
    ]);
  });

  it('finds nothing blocking in the seed store on the day its policy was updated', () => {
    expect(findings(seed, today).filter((finding) => finding.severity === 'blocking')).toEqual([]);
  });
});

describe('retention rules (Art. 13(2)(a) GDPR)', () => {
  // The example store has a rule for every category; without the two technical ones:
  const withoutTechnicalRules = { ...seed, retention: seed.retention.filter((rule) => rule.category !== 'device_data' && rule.category !== 'cookie_data') };

  it('warns about each data category without a retention rule, naming it', () => {
    expect(findings(withoutTechnicalRules, today)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'retention_missing',
        category: 'device_data',
        message: expect.stringContaining('"IP address and device data"'),
      }),
      expect.objectContaining({
        severity: 'warning',
        code: 'retention_missing',
        category: 'cookie_data',
        message: expect.stringContaining('"Cookies and session-related technical data"'),
      }),
    ]);
  });

  it('has nothing to say once every category has a rule', () => {
    const retention = [
      ...withoutTechnicalRules.retention,
      { category: 'device_data', period: { amount: 6, unit: 'months' as const }, trigger: 'since_last_activity' as const },
      { category: 'cookie_data', trigger: 'until_consent_withdrawn' as const },
    ];
    expect(findings({ ...seed, retention }, today)).toEqual([]);
  });
});
