// Badges of the processor list: what the checks found, and where the country stands (EEA, adequacy).
import { Badge } from '@shopify/polaris';
import type { Finding, Reference } from '../../records/types.ts';

const FINDING_BADGES: Record<string, { tone: 'critical' | 'warning' | 'attention'; label: string }> = {
  review_overdue: { tone: 'warning', label: 'Review overdue' },
  review_missing: { tone: 'attention', label: 'Review date missing' },
  scc_transition: { tone: 'warning', label: 'Old clauses' },
  scc_unusual_module: { tone: 'warning', label: 'Check SCC module' },
};

export function findingBadge(finding: Finding) {
  if (finding.severity === 'blocking') return { tone: 'critical' as const, label: 'No valid transfer safeguard' };
  return FINDING_BADGES[finding.code] ?? { tone: 'warning' as const, label: 'Check' };
}

export function CountryBadge({ code, reference }: { code: string; reference?: Reference }) {
  const country = reference?.countries.find((c) => c.code === code);
  if (!country) return null;
  if (country.eea) return <Badge tone="success">Inside EEA</Badge>;
  const adequacy = reference?.adequacy.decisions.find((d) => d.country === code);
  if (adequacy && adequacy.scope !== 'dpf_certified_only') return <Badge tone="info">Outside EEA · adequacy</Badge>;
  return <Badge tone="attention">Outside EEA</Badge>;
}
