// The right to complain (Art. 77): the person is told which supervisory authority to turn to.
import { ConflictError } from '../../platform/errors.ts';
import { loadRecords } from '../../records/store.ts';
import { localize } from '../../policy/render.ts';
import type { Fulfilled, Fulfilment } from './fulfilment.ts';

export async function answerComplaint({ deps, shop, step }: Fulfilment): Promise<Fulfilled> {
  const records = await loadRecords(deps.db, shop);
  const authority = records?.controller?.supervisoryAuthority;
  if (!authority) throw new ConflictError('Fill in your supervisory authority on the Data controller page first.');
  const name = localize(authority.name, 'en');
  await step('complaint.answered', 'lawfully', 'ok');
  return { outcome: { kind: 'complaint', authority: name, ...(authority.website ? { website: authority.website } : {}) } };
}
