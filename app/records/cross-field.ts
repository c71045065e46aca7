// The rules that span fields and sections: keys are unique and referenced keys exist, a
// legitimate interest is named, a safeguard fits its country. Each issue names the field the
// merchant has to change.
import { safeguardProblem } from './transfers.ts';
import type { BaseProfile } from './profile.ts';

type Issue = { path: (string | number)[]; message: string };

/** Checks that span fields; each issue names the field the merchant has to change. */
export function crossFieldIssues(profile: BaseProfile): Issue[] {
  const issues: Issue[] = [];
  const keys = new Set<string>();
  profile.inventory.categories.forEach((category, i) => {
    if (keys.has(category.key)) {
      issues.push({
        path: ['inventory', 'categories', i, 'key'],
        message: `The key "${category.key}" is used by two data categories; give each a different key`,
      });
    }
    keys.add(category.key);
  });
  const unknownCategory = (key: string) =>
    `"${key}" is not one of your data categories. Add it under "Data we collect" first, or choose one of: ${[...keys].join(', ')}`;

  if (profile.inventory.specialCategories.processed && !profile.inventory.specialCategories.details) {
    issues.push({ path: ['inventory', 'specialCategories', 'details'], message: 'Describe which sensitive data you process and why' });
  }

  const purposeKeys = new Set<string>();
  profile.purposes.forEach((purpose, i) => {
    if (purposeKeys.has(purpose.key)) {
      issues.push({ path: ['purposes', i, 'key'], message: `The key "${purpose.key}" is used by two purposes; give each a different key` });
    }
    purposeKeys.add(purpose.key);
    // Art. 13(1)(d) GDPR: when relying on legitimate interest, the policy must say which interest.
    if (purpose.legalBasis === 'legitimate_interest' && !purpose.legitimateInterest) {
      issues.push({
        path: ['purposes', i, 'legitimateInterest'],
        message: 'Describe the legitimate interest you rely on for this purpose, e.g. "preventing fraud"; the law requires the policy to name it',
      });
    }
    purpose.categories.forEach((key, j) => {
      if (!keys.has(key)) issues.push({ path: ['purposes', i, 'categories', j], message: unknownCategory(key) });
    });
  });

  const processorIds = new Set<string>();
  profile.processors.forEach((processor, i) => {
    if (processorIds.has(processor.id)) {
      issues.push({ path: ['processors', i, 'id'], message: `The id "${processor.id}" is used by two processors; give each a different id` });
    }
    processorIds.add(processor.id);
    processor.categories.forEach((key, j) => {
      if (!keys.has(key)) issues.push({ path: ['processors', i, 'categories', j], message: unknownCategory(key) });
    });
    processor.purposes?.forEach((key, j) => {
      if (!purposeKeys.has(key)) {
        issues.push({
          path: ['processors', i, 'purposes', j],
          message: `"${key}" is not one of your purposes. Add it under "Purposes" first, or choose one of: ${[...purposeKeys].join(', ')}`,
        });
      }
    });
    const problem = safeguardProblem(processor.country, processor.safeguard);
    if (problem) issues.push({ path: ['processors', i, 'safeguard', 'type'], message: problem });
    if (processor.kind && !profile.recipients.kinds.includes(processor.kind)) {
      issues.push({
        path: ['processors', i, 'kind'],
        message: `${processor.name} is listed as a recipient of the kind "${processor.kind}", which is missing from the recipients you share data with; add it there too`,
      });
    }
  });

  profile.retention.forEach((rule, i) => {
    if (!keys.has(rule.category)) issues.push({ path: ['retention', i, 'category'], message: unknownCategory(rule.category) });
    if (rule.trigger !== 'until_consent_withdrawn' && !rule.period) {
      issues.push({ path: ['retention', i, 'period'], message: 'Say how long this data is kept, e.g. 5 years' });
    }
  });

  if (profile.automatedDecisions.used && !profile.automatedDecisions.description) {
    issues.push({ path: ['automatedDecisions', 'description'], message: 'Describe the automated decisions you make and what they mean for your customers' });
  }
  return issues;
}
