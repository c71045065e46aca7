// The profile schema refuses what the merchant got wrong, naming the field and saying what to do.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../app/platform/errors.ts';
import { parseInput } from '../../app/platform/validation.ts';
import presetsData from '../../app/records/data/processor-presets.json' with { type: 'json' };
import { profileSchema, recipientKinds, type Profile } from '../../app/records/profile.ts';
import { exampleProcessor } from '../support/processor.ts';

const seed: Profile = profileSchema.parse(JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')));

/** The seed store with one change; returns the messages by field path ("processors.0.country"). */
function problemsWith(change: (profile: Profile) => void): Record<string, string> {
  const profile = structuredClone(seed);
  change(profile);
  try {
    parseInput(profileSchema, profile, 'The GDPR profile');
  } catch (error) {
    if (error instanceof ValidationError) return error.fields;
    throw error;
  }
  return {};
}

describe('the profile schema', () => {
  it('refuses an unknown country code and names the processor field', () => {
    const problems = problemsWith((p) => p.processors.push(exampleProcessor({ country: 'XX' })));
    expect(problems['processors.4.country']).toBe(
      '"XX" is not a country code we know. Choose the country where the processor handles the data (two letters, e.g. "LV" for Latvia)',
    );
  });

  it('refuses a lowercase or missing country for the business address', () => {
    expect(problemsWith((p) => (p.controller.address.country = 'lv'))['controller.address.country']).toMatch(/not a country code we know/);
    expect(problemsWith((p) => delete (p.controller.address as Partial<typeof p.controller.address>).country)['controller.address.country']).toBe(
      'Choose the country of your business address',
    );
  });

  it('refuses an adequacy decision claimed for a country that has none', () => {
    const problems = problemsWith((p) => p.processors.push(exampleProcessor({ country: 'IN', safeguard: { type: 'adequacy' } })));
    expect(problems['processors.4.safeguard.type']).toBe(
      'India has no EU adequacy decision: choose standard contractual clauses or binding corporate rules instead',
    );
  });

  it('refuses "adequacy" for the United States and points to the Data Privacy Framework', () => {
    const problems = problemsWith((p) => p.processors.push(exampleProcessor({ country: 'US', safeguard: { type: 'adequacy' } })));
    expect(problems['processors.4.safeguard.type']).toMatch(/only for companies certified under the EU-U.S. Data Privacy Framework/);
  });

  it('refuses the Data Privacy Framework for a processor outside the United States', () => {
    const problems = problemsWith((p) => p.processors.push(exampleProcessor({ country: 'IN', safeguard: { type: 'dpf' } })));
    expect(problems['processors.4.safeguard.type']).toBe(
      'The Data Privacy Framework only covers companies in the United States, not in India: choose standard contractual clauses or binding corporate rules instead',
    );
  });

  it('accepts a safeguard for a processor inside the EEA, though none is needed there', () => {
    expect(problemsWith((p) => p.processors.push(exampleProcessor({ country: 'DE', safeguard: { type: 'adequacy' } })))).toEqual({});
  });

  it('refuses an SCC version that is not year/number', () => {
    const problems = problemsWith((p) =>
      p.processors.push(exampleProcessor({ safeguard: { type: 'scc', module: 2, version: 'new', signedOn: '2024-01-15' } })),
    );
    expect(problems['processors.4.safeguard.version']).toBe('Enter the SCC version as year/number, e.g. 2021/914');
  });

  it('refuses a retention period of zero or less', () => {
    for (const amount of [0, -2]) {
      const problems = problemsWith((p) => (p.retention[0]!.period = { amount, unit: 'years' }));
      expect(problems['retention.0.period.amount']).toBe('The retention period must be a positive number');
    }
  });

  it('refuses a retention rule without a period unless the data is kept until consent is withdrawn', () => {
    expect(problemsWith((p) => delete p.retention[0]!.period)['retention.0.period']).toBe('Say how long this data is kept, e.g. 5 years');
    expect(
      problemsWith((p) => {
        delete p.retention[1]!.period;
        p.retention[1]!.trigger = 'until_consent_withdrawn';
      }),
    ).toEqual({});
  });

  it('refuses legitimate interest as a basis without saying which interest', () => {
    const problems = problemsWith((p) => delete p.purposes[2]!.legitimateInterest);
    expect(problems['purposes.2.legitimateInterest']).toMatch(/^Describe the legitimate interest you rely on for this purpose/);
  });

  it('refuses a purpose category that is not in the inventory', () => {
    const problems = problemsWith((p) => p.purposes[0]!.categories.push('shoe_size'));
    expect(problems['purposes.0.categories.3']).toMatch(/^"shoe_size" is not one of your data categories\. Add it under "Data we collect" first/);
  });

  it('refuses processor and retention categories that are not in the inventory', () => {
    const problems = problemsWith((p) => {
      p.processors[0]!.categories = ['payment_card'];
      p.retention[0]!.category = 'invoices';
    });
    expect(problems['processors.0.categories.0']).toMatch(/"payment_card" is not one of your data categories/);
    expect(problems['retention.0.category']).toMatch(/"invoices" is not one of your data categories/);
  });

  it('refuses two data categories with the same key', () => {
    const problems = problemsWith((p) => p.inventory.categories.push({ ...p.inventory.categories[0]! }));
    expect(problems['inventory.categories.5.key']).toBe('The key "email" is used by two data categories; give each a different key');
  });

  it('refuses a processor presented as a kind of recipient the policy does not list', () => {
    const problems = problemsWith((p) => p.processors.push(exampleProcessor({ kind: 'delivery_companies' })));
    expect(problems['processors.4.kind']).toMatch(/missing from the recipients you share data with/);
  });

  it('refuses a missing section with a sentence, not a type error', () => {
    const problems = problemsWith((p) => delete (p as Partial<Profile>).security);
    expect(problems['security']).toBe('Choose the security measures you use');
  });

  it('expresses "at least 5 years" and "until consent is withdrawn or 2 years of inactivity" exactly', () => {
    expect(seed.retention).toContainEqual({ category: 'order_details', period: { amount: 5, unit: 'years' }, trigger: 'since_order', minimum: true });
    expect(seed.retention).toContainEqual({
      category: 'contact_details',
      period: { amount: 2, unit: 'years' },
      trigger: 'until_consent_withdrawn_or_inactivity',
    });
  });

  it('accepts every processor preset as a processor', () => {
    const problems = problemsWith((p) => {
      p.recipients.kinds = [...recipientKinds];
      p.processors = presetsData.presets.map((preset) => ({ ...preset, lastReviewedOn: '2025-06-10' }) as Profile['processors'][number]);
    });
    expect(problems).toEqual({});
  });
});
