// The record of processing activities (GDPR Art. 30(1)) in the words of the English policy:
// readable transfers and retention, the controller's representative, and every kind of recipient.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordOfProcessing, ropaToCsv } from '../../app/policy/ropa.ts';
import { profileSchema, type Profile } from '../../app/records/profile.ts';

const seed: Profile = profileSchema.parse(JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')));
const withRepresentative: Profile = {
  ...seed,
  controller: {
    ...seed.controller,
    euRepresentative: { name: 'EU-Rep GmbH', address: 'Friedrichstraße 1, 10117 Berlin, Germany', email: 'rep@eu-rep.example' },
    dpo: { name: 'Anna Bērziņa', email: 'dpo@img-expert.com' },
  },
};
const activities = recordOfProcessing(withRepresentative);
const marketing = activities.find((a) => a.purpose === 'To send marketing communications')!;
const orders = activities.find((a) => a.purpose === 'To fulfill and manage orders')!;

describe('the record of processing activities', () => {
  it('names the transfer safeguard in words, with the details of the standard contractual clauses', () => {
    expect(orders.transfersOutsideEea).toContain('Stripe: United States — Standard Contractual Clauses (SCC), module 2, 2021/914, signed 2024-05-14');
    expect(orders.transfersOutsideEea).toContain('Shopify: Canada — adequacy decision');
    expect(orders.transfersOutsideEea.join(' ')).not.toMatch(/, scc\b|, adequacy\b/);
  });

  it('says how long data is kept in the words of the policy, not as a record code', () => {
    expect(marketing.retention).toEqual([
      'Email address – until consent is withdrawn or 2 years of inactivity',
      'Name and other contact information (if voluntarily provided) – until consent is withdrawn or 2 years of inactivity',
    ]);
    expect(orders.retention).toContain('Order and transaction details – at least 5 years from the date of the order');
    expect(activities.flatMap((a) => a.retention).join(' ')).not.toContain('_');
  });

  it('names the representative in the EU and the data protection officer when they are recorded', () => {
    expect(orders.representative).toBe('EU-Rep GmbH, Friedrichstraße 1, 10117 Berlin, Germany <rep@eu-rep.example>');
    expect(orders.dpo).toBe('Anna Bērziņa <dpo@img-expert.com>');
    expect(recordOfProcessing(seed)[0]).toMatchObject({ representative: '', dpo: '' });
  });

  it('lists the kinds of recipients, such as authorities and advisors, beside the processors', () => {
    expect(orders.recipients).toContain('Stripe (Payment processing, United States)');
    expect(orders.recipients).toContain('Competent public authorities – only as required by law');
    expect(orders.recipients).toContain('Legal and accounting advisors (if applicable)');
  });

  it('says the data subjects are assumed when the records do not list them', () => {
    expect(orders.dataSubjects).toMatch(/^Customers and visitors of the online store \(assumed/);
  });

  it('lists the security measures as the policy names them', () => {
    expect(orders.securityMeasures).toEqual(['encryption', 'access control', 'authentication', 'system monitoring']);
  });

  it('writes the same readable texts into the CSV export', () => {
    const csv = ropaToCsv(activities);
    const [header] = csv.split('\n');
    expect(header!.split(',')).toContain('representative');
    expect(csv).toContain('EU-Rep GmbH, Friedrichstraße 1, 10117 Berlin, Germany <rep@eu-rep.example>');
    expect(csv).toContain('Stripe: United States — Standard Contractual Clauses (SCC), module 2, 2021/914, signed 2024-05-14');
    expect(csv).toContain('Email address – until consent is withdrawn or 2 years of inactivity');
    expect(csv).not.toContain('until consent withdrawn or inactivity');
  });

  it('keeps the readable texts in the JSON export', () => {
    const json = JSON.parse(JSON.stringify({ activities }));
    expect(json.activities[0].transfersOutsideEea).toContain('Stripe: United States — Standard Contractual Clauses (SCC), module 2, 2021/914, signed 2024-05-14');
    expect(json.activities[0].representative).toContain('EU-Rep GmbH');
  });
});
