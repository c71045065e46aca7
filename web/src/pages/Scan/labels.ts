// Words for what the scan records.
import type { VisitName } from '../../../../app/scan/result.ts';

export const VISIT_LABELS: Record<VisitName, string> = {
  before_choice: 'Before any choice',
  after_reject: 'After “Reject all”',
  after_accept: 'After “Accept all”',
};

export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
