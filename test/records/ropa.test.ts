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

  it('names the data subjects the merchant chose for a purpose, and assumes them only where none are chosen', () => {
    const chosen = profileSchema.parse({
      ...seed,
      purposes: seed.purposes.map((p) => (p.key === 'marketing' ? { ...p, dataSubjects: ['newsletter_subscribers', 'account_holders'] } : p)),
    });
    const byPurpose = new Map(recordOfProcessing(chosen).map((a) => [a.purpose, a.dataSubjects]));
    expect(byPurpose.get('To send marketing communications')).toBe('Newsletter subscribers; Customers with an account');
    expect(byPurpose.get('To fulfill and manage orders')).toMatch(/\(assumed/);
  });

  it('refuses a data subject the records do not know, naming the field', () => {
    const result = profileSchema.safeParse({ ...seed, purposes: seed.purposes.map((p, i) => (i === 0 ? { ...p, dataSubjects: ['employees'] } : p)) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['purposes', 0, 'dataSubjects', 0]);
  });

  it('lists a processor only under the purposes it serves, not under every purpose sharing a data category', () => {
    // Without purposes recorded, Stripe receives email addresses and so shows under marketing too.
    expect(marketing.recipients).toContain('Stripe (Payment processing, United States)');
    const tied = profileSchema.parse({
      ...seed,
      recipients: { ...seed.recipients, kinds: [...seed.recipients.kinds, 'marketing_providers'] },
      processors: [
        ...seed.processors.map((p) => (p.id === 'stripe' || p.id === 'paypal' ? { ...p, purposes: ['orders', 'fraud_support_improvement'] } : p)),
        {
          id: 'klaviyo',
          name: 'Klaviyo',
          service: 'Email marketing',
          kind: 'marketing_providers',
          categories: ['email'],
          country: 'US',
          safeguard: { type: 'dpf' },
          purposes: ['marketing'],
        },
      ],
    });
    const recipients = new Map(recordOfProcessing(tied).map((a) => [a.purpose, a.recipients.join(' | ')]));
    expect(recipients.get('To send marketing communications')).toContain('Klaviyo (Email marketing, United States)');
    expect(recipients.get('To send marketing communications')).not.toContain('Stripe');
    expect(recipients.get('To send marketing communications')).not.toContain('PayPal');
    expect(recipients.get('To fulfill and manage orders')).toContain('Stripe');
    expect(recipients.get('To fulfill and manage orders')).not.toContain('Klaviyo');
    // The kind Klaviyo stands for is a recipient where Klaviyo is, not a blanket line under orders.
    expect(recipients.get('To fulfill and manage orders')).not.toMatch(/marketing/i);
    // Kinds no processor stands for are still listed under each purpose.
    expect(recipients.get('To send marketing communications')).toContain('Competent public authorities');
  });

  it('refuses a processor tied to a purpose the records do not have', () => {
    const result = profileSchema.safeParse({ ...seed, processors: seed.processors.map((p, i) => (i === 0 ? { ...p, purposes: ['loyalty'] } : p)) });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((issue) => issue.path.join('.') === 'processors.0.purposes.0')?.message).toMatch(/"loyalty" is not one of your purposes/);
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
    expect(json.activities[0].transfersOutsideEea).toContain(
      'Stripe: United States — Standard Contractual Clauses (SCC), module 2, 2021/914, signed 2024-05-14',
    );
    expect(json.activities[0].representative).toContain('EU-Rep GmbH');
  });
});
