// One processor of the records, as the schema takes it, for tests that vary a field or two.
import type { Profile } from '../../app/records/profile.ts';

type Processor = Profile['processors'][number];

/** Acme Mail: email delivery in the US under the 2021 SCCs (module 2), last reviewed on 1 January 2025. */
export function exampleProcessor(overrides: Partial<Processor> = {}): Processor {
  return {
    id: 'acme',
    name: 'Acme Mail',
    service: 'Email delivery',
    categories: ['email'],
    country: 'US',
    safeguard: { type: 'scc', module: 2, version: '2021/914', signedOn: '2024-01-15' },
    lastReviewedOn: '2025-01-01',
    ...overrides,
  };
}
