// The record of processing activities (GDPR Art. 30(1)) built from the same records as the
// policy: one activity per purpose, with its data, recipients, transfers, retention and security.
import { stringify } from 'csv-stringify/sync';
import type { Profile } from '../records/profile.ts';
import { localize } from './render.ts';
import { isInsideEea, transferBasis } from '../records/transfers.ts';
import { countryName } from '../records/countries.ts';

export interface RopaActivity {
  controller: string;
  controllerContact: string;
  dpo: string;
  purpose: string;
  legalBasis: string;
  legitimateInterest: string;
  dataSubjects: string;
  dataCategories: string[];
  specialCategories: string;
  recipients: string[];
  transfersOutsideEea: string[];
  retention: string[];
  securityMeasures: string[];
}

const period = (rule: Profile['retention'][number]) =>
  `${rule.minimum ? 'at least ' : ''}${rule.period ? `${rule.period.amount} ${rule.period.unit}` : ''} ${rule.trigger.replace(/_/g, ' ')}`.trim();

export function recordOfProcessing(profile: Profile): RopaActivity[] {
  const categoryName = new Map(profile.inventory.categories.map((c) => [c.key, localize(c.name, 'en')]));
  return profile.purposes.map((purpose) => {
    const processors = profile.processors.filter((p) => p.categories.some((c) => purpose.categories.includes(c)));
    return {
      controller: `${profile.controller.legalName} (${profile.controller.registryNumber})`,
      controllerContact: profile.controller.contactEmail,
      dpo: profile.controller.dpo ? `${profile.controller.dpo.name} <${profile.controller.dpo.email}>` : '',
      purpose: localize(purpose.name, 'en'),
      legalBasis: `Art. 6(1)(${{ consent: 'a', contract: 'b', legal_obligation: 'c', legitimate_interest: 'f' }[purpose.legalBasis]}) ${purpose.legalBasis.replace('_', ' ')}`,
      legitimateInterest: purpose.legitimateInterest ? localize(purpose.legitimateInterest, 'en') : '',
      dataSubjects: 'Customers and visitors of the online store',
      dataCategories: purpose.categories.map((key) => categoryName.get(key) ?? key),
      specialCategories: profile.inventory.specialCategories.processed ? 'yes' : 'none',
      recipients: processors.map((p) => `${p.name} (${localize(p.service, 'en')}, ${countryName(p.country)})`),
      transfersOutsideEea: processors.filter((p) => !isInsideEea(p.country)).map((p) => `${p.name}: ${countryName(p.country)}, ${transferBasis(p)}`),
      retention: profile.retention.filter((r) => purpose.categories.includes(r.category)).map((r) => `${categoryName.get(r.category) ?? r.category}: ${period(r)}`),
      securityMeasures: profile.security.measures.map((m) => m.replace(/_/g, ' ')),
    };
  });
}

export function ropaToCsv(activities: RopaActivity[]): string {
  const columns = Object.keys(activities[0] ?? { purpose: '' }) as Array<keyof RopaActivity>;
  return stringify([columns, ...activities.map((a) => columns.map((c) => (Array.isArray(a[c]) ? (a[c] as string[]).join('; ') : (a[c] as string))))]);
}
