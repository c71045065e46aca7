// Rules for sending personal data to processors outside the EEA (GDPR Chapter V, Art. 44-46),
// as plain functions of the profile and a date.
//
// The rules, and why:
// - Art. 44: a transfer to a country outside the EEA is lawful only under Chapter V. Inside the
//   EEA (EU + IS, LI, NO) the GDPR applies itself, so no safeguard is needed; declaring one there
//   is unnecessary but harmless, so it is accepted.
// - Art. 45: a Commission adequacy decision is enough by itself. For a country with a full decision
//   the transfer is safeguarded whatever else the merchant declared (Canada's decision covers
//   commercial organisations under PIPEDA, which is what a shop's processors are). Declaring
//   "adequacy" for a country without a decision is refused. The United States has a decision only
//   for organisations certified under the EU-U.S. Data Privacy Framework, so there "adequacy" is
//   refused in favour of "dpf", and "dpf" is refused for any other country.
// - Art. 46(2)(c): standard contractual clauses fit any country. Only the 2021 clauses
//   (Implementing Decision (EU) 2021/914 of 4 June 2021) are valid: its Art. 4 repealed the old
//   clauses, and contracts on them could be relied on only until 27 December 2022.
// - Art. 46(2)(b), 47: binding corporate rules fit any country.
// - "none" outside the EEA without adequacy is not refused by the schema (the merchant may still
//   be sorting it out), but `findings` reports it as blocking: the transfer would be unlawful.
// `findings` also warns about data categories without a retention rule (Art. 13(2)(a)).
import adequacyData from './data/adequacy.json' with { type: 'json' };
import { countryName, isInsideEea } from './countries.ts';
import type { Processor, Profile, Safeguard } from './profile.ts';

export { isInsideEea };

type AdequacyScope = 'full' | 'commercial_organisations' | 'dpf_certified_only';
const adequacy = new Map<string, AdequacyScope>(adequacyData.decisions.map((decision) => [decision.country, decision.scope as AdequacyScope]));

/** The date of the 2021 SCC decision; clauses signed earlier are the repealed ones. */
export const currentSccSince = '2021-06-04';
export const currentSccVersion = '2021/914';
/** The last day contracts on the repealed clauses could be relied on (Decision 2021/914, Art. 4(4)). */
export const oldSccValidUntil = '2022-12-27';

/**
 * Whether the Commission found the country adequate for transfers without further safeguards.
 * False for the United States: its decision covers only DPF-certified organisations (see `dpf`).
 */
export function hasAdequacy(country: string): boolean {
  const scope = adequacy.get(country);
  return scope === 'full' || scope === 'commercial_organisations';
}

/** Whether the country has an adequacy decision limited to certified organisations (the USA and the DPF). */
export function hasAdequacyForCertifiedOnly(country: string): boolean {
  return adequacy.get(country) === 'dpf_certified_only';
}

/** Why the declared safeguard does not fit the country, in merchant words; undefined when it fits. */
export function safeguardProblem(country: string, safeguard: Safeguard): string | undefined {
  if (isInsideEea(country)) return undefined;
  const where = countryName(country);
  switch (safeguard.type) {
    case 'adequacy':
      if (hasAdequacyForCertifiedOnly(country)) {
        return `${where} has an adequacy decision only for companies certified under the EU-U.S. Data Privacy Framework: choose "Data Privacy Framework" if the processor is certified, otherwise standard contractual clauses`;
      }
      return hasAdequacy(country) ? undefined : `${where} has no EU adequacy decision: choose standard contractual clauses or binding corporate rules instead`;
    case 'dpf':
      return country === 'US'
        ? undefined
        : `The Data Privacy Framework only covers companies in the United States, not in ${where}: choose standard contractual clauses or binding corporate rules instead`;
    case 'none':
    case 'scc':
    case 'bcr':
      return undefined;
  }
}

/** Whether the safeguard declared for the processor fits the country it handles the data in. */
export function safeguardFits(processor: Pick<Processor, 'country' | 'safeguard'>): boolean {
  return safeguardProblem(processor.country, processor.safeguard) === undefined;
}

/** Whether SCCs are the current (2021/914) clauses rather than the repealed ones. */
export function isCurrentScc(safeguard: Safeguard): boolean {
  return safeguard.type === 'scc' && safeguard.version === currentSccVersion && safeguard.signedOn >= currentSccSince;
}

/**
 * Whether data sent to the processor is lawfully protected under Chapter V: inside the EEA, in a
 * country with an adequacy decision, or outside with a fitting, valid safeguard.
 */
export function isSafeguarded(processor: Pick<Processor, 'country' | 'safeguard'>, today: Date = new Date()): boolean {
  const { country, safeguard } = processor;
  if (isInsideEea(country) || hasAdequacy(country)) return true;
  if (!safeguardFits(processor)) return false;
  switch (safeguard.type) {
    case 'none':
    case 'adequacy':
      return false;
    case 'dpf':
    case 'bcr':
      return true;
    case 'scc':
      return isCurrentScc(safeguard) || (safeguard.signedOn < currentSccSince && isoDay(today) <= oldSccValidUntil);
  }
}

/** How the transfer to a processor is actually protected, for the policy text. */
export type TransferBasis = 'eea' | 'adequacy' | 'scc' | 'dpf' | 'bcr' | 'none';

export function transferBasis(processor: Pick<Processor, 'country' | 'safeguard'>): TransferBasis {
  if (isInsideEea(processor.country)) return 'eea';
  if (hasAdequacy(processor.country)) return 'adequacy';
  if (!safeguardFits(processor)) return 'none';
  return processor.safeguard.type === 'adequacy' ? 'none' : processor.safeguard.type;
}

export type Finding = {
  severity: 'blocking' | 'warning';
  code:
    | 'transfer_without_safeguard'
    | 'safeguard_does_not_fit'
    | 'scc_repealed'
    | 'scc_transition'
    | 'scc_unusual_module'
    | 'review_missing'
    | 'review_overdue'
    | 'retention_missing';
  message: string;
  processorId?: string;
  /** The data category a retention finding is about. */
  category?: string;
};

/** Months after which a processor's contract and safeguard should be looked at again. */
export const reviewEveryMonths = 12;

/**
 * What the merchant must fix (blocking) or should look at (warning) about their processors and
 * retention rules. Blocking findings stop the policy from being published as compliant.
 */
export function findings(profile: Profile, today: Date): Finding[] {
  return [...processorFindings(profile.processors, today), ...retentionFindings(profile)];
}

/**
 * Art. 13(2)(a) GDPR: the policy must give, for the data collected, how long it is kept or the
 * criteria for that period. A category without a rule leaves that out, so the merchant is warned.
 */
export function retentionFindings(profile: Pick<Profile, 'inventory' | 'retention'>): Finding[] {
  const covered = new Set(profile.retention.map((rule) => rule.category));
  return profile.inventory.categories
    .filter((category) => !covered.has(category.key))
    .map((category) => {
      const name = typeof category.name === 'string' ? category.name : (category.name.en ?? Object.values(category.name).find(Boolean) ?? category.key);
      return {
        severity: 'warning' as const,
        code: 'retention_missing' as const,
        category: category.key,
        message: `You have not said how long you keep "${name}". The policy must give the period, or the criteria that decide it (Art. 13(2)(a) GDPR): add a retention rule for it.`,
      };
    });
}

/** Findings about the processors alone: transfer safeguards (Art. 44-46) and overdue reviews. */
export function processorFindings(processors: Profile['processors'], today: Date): Finding[] {
  const out: Finding[] = [];
  const todayIso = isoDay(today);
  for (const processor of processors) {
    const { id: processorId, name, country, safeguard } = processor;
    const where = countryName(country);
    const outside = !isInsideEea(country) && !hasAdequacy(country);

    if (outside) {
      const problem = safeguardProblem(country, safeguard);
      if (problem) {
        out.push({ severity: 'blocking', code: 'safeguard_does_not_fit', processorId, message: `${name}: ${problem}.` });
      } else if (safeguard.type === 'none') {
        // Art. 44, 46(1): without adequacy, a transfer needs appropriate safeguards.
        out.push({
          severity: 'blocking',
          code: 'transfer_without_safeguard',
          processorId,
          message: `${name} handles data in ${where}, which is outside the EEA and has no EU adequacy decision. Sign the standard contractual clauses with ${name} (or rely on its binding corporate rules${country === 'US' ? ' or its Data Privacy Framework certification' : ''}) before sending it personal data.`,
        });
      } else if (safeguard.type === 'scc' && !isCurrentScc(safeguard)) {
        // Decision (EU) 2021/914, Art. 4: the old clauses are repealed; contracts on them expired on 27 December 2022.
        const expired = todayIso > oldSccValidUntil || safeguard.signedOn >= currentSccSince;
        out.push({
          severity: expired ? 'blocking' : 'warning',
          code: expired ? 'scc_repealed' : 'scc_transition',
          processorId,
          message: expired
            ? `The standard contractual clauses with ${name} are the old ones (signed ${safeguard.signedOn}, version ${safeguard.version}), which stopped protecting transfers on 27 December 2022. Sign the 2021 clauses (${currentSccVersion}) with ${name}.`
            : `The standard contractual clauses with ${name} are the old ones; they stay valid only until 27 December 2022. Sign the 2021 clauses (${currentSccVersion}) with ${name} before then.`,
        });
      }
      if (safeguard.type === 'scc' && (safeguard.module === 1 || safeguard.module === 4)) {
        out.push({
          severity: 'warning',
          code: 'scc_unusual_module',
          processorId,
          message: `The clauses with ${name} use module ${safeguard.module}, which is meant for ${safeguard.module === 1 ? 'transfers between two controllers' : 'a processor sending data back to its controller'}. For a service provider working for you it is usually module 2. Check the contract.`,
        });
      }
    }

    if (!processor.lastReviewedOn) {
      out.push({
        severity: 'warning',
        code: 'review_missing',
        processorId,
        message: `You have not recorded when you last reviewed ${name}. Check its data processing agreement and where it handles the data, then enter today's date.`,
      });
    } else if (addMonths(processor.lastReviewedOn, reviewEveryMonths) < todayIso) {
      out.push({
        severity: 'warning',
        code: 'review_overdue',
        processorId,
        message: `${name} was last reviewed on ${processor.lastReviewedOn}, more than ${reviewEveryMonths} months ago. Check that its data processing agreement, country and safeguard are still right.`,
      });
    }
  }
  return out;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "2024-02-29" + 12 months → "2025-02-28": the same day of the month, clamped to the month's end. */
function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}
