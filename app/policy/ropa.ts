// The record of processing activities (GDPR Art. 30(1)) built from the same records as the
// policy: one activity per purpose, with its data, recipients, transfers, retention and security.
// It is kept in English, in the words of the English policy (texts/en.ts), not in record codes.
import { stringify } from 'csv-stringify/sync';
import { dataSubjectNames, type Processor, type Profile, type Purpose } from '../records/profile.ts';
import { localize, retentionPeriod } from './render.ts';
import { transferBasis } from '../records/transfers.ts';
import { countryName } from '../records/countries.ts';
import { en } from './texts/en.ts';

/** The record as GET /api/policy/ropa.json answers it. */
export interface RopaDocument {
  generatedAt: string;
  article: string;
  activities: RopaActivity[];
}

export interface RopaActivity {
  controller: string;
  controllerContact: string;
  /** Art. 27 GDPR representative in the EU; empty when none is recorded. */
  representative: string;
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

// A purpose whose data subjects the merchant has not chosen names the people an online store deals
// with, and says that this is assumed rather than recorded.
const assumedDataSubjects = 'Customers and visitors of the online store (assumed: the records do not list categories of data subjects)';

/** Art. 30(1)(c): the people the purpose concerns, as the merchant chose them. */
function dataSubjectsOf(purpose: Purpose): string {
  if (!purpose.dataSubjects?.length) return assumedDataSubjects;
  return purpose.dataSubjects.map((kind) => dataSubjectNames[kind]).join('; ');
}

/**
 * The processors that receive a purpose's data: those the merchant tied to the purpose, or, for a
 * processor tied to no purpose, those receiving one of the purpose's data categories.
 */
export function processorsOf(profile: Profile, purpose: Purpose): Processor[] {
  return profile.processors.filter((p) => (p.purposes?.length ? p.purposes.includes(purpose.key) : p.categories.some((c) => purpose.categories.includes(c))));
}

/** "United States — Standard Contractual Clauses (SCC), module 2, 2021/914, signed 2024-03-01". */
function transferText(processor: Processor): string | undefined {
  const basis = transferBasis(processor);
  if (basis === 'eea') return undefined;
  const where = countryName(processor.country);
  if (basis === 'none') return `${where} — no safeguard recorded (Art. 44-46 GDPR)`;
  const { safeguard } = processor;
  const details = basis === 'scc' && safeguard.type === 'scc' ? `, module ${safeguard.module}, ${safeguard.version}, signed ${safeguard.signedOn}` : '';
  return `${where} — ${en.sharing.safeguardsShort[basis]}${details}`;
}

export function recordOfProcessing(profile: Profile): RopaActivity[] {
  const { controller } = profile;
  const categoryName = new Map(profile.inventory.categories.map((c) => [c.key, localize(c.name, 'en')]));
  const representative = controller.euRepresentative
    ? `${controller.euRepresentative.name}, ${controller.euRepresentative.address} <${controller.euRepresentative.email}>`
    : '';
  return profile.purposes.map((purpose) => {
    const processors = processorsOf(profile, purpose);
    // Art. 30(1)(d): categories of recipients too. A kind some processor is named for (payment,
    // marketing…) is a recipient where those processors are; a kind no processor stands for
    // (authorities, advisors…) is not tied to a purpose by the records, so it is listed under each.
    const namedKinds = new Set(profile.processors.map((p) => p.kind));
    const otherRecipients = profile.recipients.kinds.filter((kind) => !namedKinds.has(kind)).map((kind) => en.sharing.kinds[kind]);
    return {
      controller: controller.registryNumber ? `${controller.legalName} (${controller.registryNumber})` : controller.legalName,
      controllerContact: controller.contactEmail,
      representative,
      dpo: controller.dpo ? `${controller.dpo.name} <${controller.dpo.email}>` : '',
      purpose: localize(purpose.name, 'en'),
      legalBasis: `Art. 6(1)(${{ consent: 'a', contract: 'b', legal_obligation: 'c', legitimate_interest: 'f' }[purpose.legalBasis]}) ${purpose.legalBasis.replace('_', ' ')}`,
      legitimateInterest: purpose.legitimateInterest ? localize(purpose.legitimateInterest, 'en') : '',
      dataSubjects: dataSubjectsOf(purpose),
      dataCategories: purpose.categories.map((key) => categoryName.get(key) ?? key),
      specialCategories: profile.inventory.specialCategories.processed ? 'yes' : 'none',
      recipients: [...processors.map((p) => `${p.name} (${localize(p.service, 'en')}, ${countryName(p.country)})`), ...otherRecipients],
      transfersOutsideEea: processors.flatMap((p) => {
        const text = transferText(p);
        return text ? [`${p.name}: ${text}`] : [];
      }),
      retention: profile.retention
        .filter((r) => purpose.categories.includes(r.category))
        .map((r) => en.retention.item(categoryName.get(r.category) ?? r.category, retentionPeriod(r, 'en'))),
      securityMeasures: profile.security.measures.map((m) => en.security.measures[m]),
    };
  });
}

export function ropaToCsv(activities: RopaActivity[]): string {
  const columns = Object.keys(activities[0] ?? { purpose: '' }) as Array<keyof RopaActivity>;
  return stringify([
    columns,
    ...activities.map((a) =>
      columns.map((c) => {
        const value = a[c];
        return Array.isArray(value) ? value.join('; ') : value;
      }),
    ),
  ]);
}
