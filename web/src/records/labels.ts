// Merchant-facing labels for the option codes the records use, and where each section is edited.
import type { ProvisionRequirement } from '../../../app/records/inventory-schema.ts';

export const LEGAL_BASIS_LABELS: Record<string, string> = {
  contract: 'Contract (needed to fulfil the order)',
  legal_obligation: 'Legal obligation (e.g. tax and accounting law)',
  legitimate_interest: 'Legitimate interest',
  consent: 'Consent',
};

export const RECIPIENT_KIND_LABELS: Record<string, string> = {
  payment_processors: 'Payment processors',
  delivery_companies: 'Delivery companies',
  it_service_providers: 'IT and hosting providers',
  marketing_providers: 'Marketing and analytics providers',
  professional_advisors: 'Professional advisors (accountants, lawyers)',
  authorities: 'Public authorities, where the law requires it',
};

export const DATA_SOURCE_LABELS: Record<string, string> = {
  customer: 'Given by the customer',
  automatic: 'Collected automatically',
  third_party: 'Received from a third party',
};

/** Art. 13(2)(e) GDPR: whether the customer must give a kind of data. */
export const PROVISION_LABELS: Record<ProvisionRequirement, string> = {
  statutory: 'Required by law',
  contractual: 'Required by a contract with the customer',
  contract_entry: 'Needed to enter into a contract, e.g. to place an order',
  voluntary: 'Voluntary: the customer may leave it out',
};

export const TRIGGER_LABELS: Record<string, string> = {
  since_order: 'From the order',
  since_last_activity: 'From the last activity',
  until_consent_withdrawn: 'Until consent is withdrawn',
  until_consent_withdrawn_or_inactivity: 'Until consent is withdrawn, or after inactivity',
};

export const UNIT_LABELS: Record<string, string> = { days: 'days', months: 'months', years: 'years' };

export const COOKIE_CATEGORY_LABELS: Record<string, string> = {
  necessary: 'Strictly necessary',
  preferences: 'Preferences',
  analytics: 'Analytics',
  marketing: 'Marketing',
};

export const SECURITY_MEASURE_LABELS: Record<string, string> = {
  encryption: 'Encryption of stored data',
  tls: 'Encrypted connections (TLS/HTTPS)',
  encrypted_backups: 'Encrypted backups',
  access_control: 'Access control (only staff who need it)',
  authentication: 'Password-protected accounts',
  multi_factor_authentication: 'Two-factor authentication',
  system_monitoring: 'System monitoring',
  pseudonymisation: 'Pseudonymisation',
  staff_training: 'Staff training',
  regular_testing: 'Regular testing of the measures',
  data_minimisation: 'Data minimisation',
};

export const SAFEGUARD_LABELS: Record<string, string> = {
  none: 'None',
  adequacy: 'Adequacy decision',
  scc: 'Standard contractual clauses (SCC)',
  dpf: 'EU-U.S. Data Privacy Framework',
  bcr: 'Binding corporate rules',
};

export const SCC_MODULE_LABELS: Record<string, string> = {
  '1': 'Module 1: controller to controller',
  '2': 'Module 2: controller to processor',
  '3': 'Module 3: processor to processor',
  '4': 'Module 4: processor to controller',
};

/** Each section of the records, the page where it is edited and what it is called there. */
export const SECTION_PAGES: Record<string, { label: string; path: string }> = {
  controller: { label: 'Data controller', path: '/controller' },
  inventory: { label: 'Data inventory', path: '/inventory' },
  purposes: { label: 'Purposes', path: '/purposes' },
  recipients: { label: 'Recipients', path: '/processors' },
  processors: { label: 'Processors', path: '/processors' },
  retention: { label: 'Retention', path: '/retention' },
  cookies: { label: 'Cookies', path: '/cookies' },
  security: { label: 'Security', path: '/security' },
  automatedDecisions: { label: 'Automated decisions', path: '/security' },
  policy: { label: 'Privacy policy', path: '/policy' },
};

export const label = (labels: Record<string, string>, code: string): string => labels[code] ?? code.replace(/_/g, ' ');

export const options = (codes: readonly string[], labels: Record<string, string>) => codes.map((value) => ({ value, label: label(labels, value) }));
