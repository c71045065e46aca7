// Rectification (Art. 16): the merchant corrects the data where it lives and says what was
// corrected; Lawfully records it (encrypted) and tells the person.
import { encrypt } from '../../platform/crypto.ts';
import { ValidationError } from '../../platform/errors.ts';
import type { Fulfilled, Fulfilment } from './fulfilment.ts';

export async function recordCorrection({ deps, request, input, step }: Fulfilment): Promise<Fulfilled> {
  const correction = input.correction?.trim();
  if (!correction) throw new ValidationError('Describe what was corrected.', { correction: 'Describe what was corrected' });
  await deps.db.dataSubjectRequest.update({
    where: { id: request.id },
    data: { details: { ...(request.details as object), correction: encrypt(deps.config.encryptionKey, correction) } },
  });
  await step('rectification.recorded', 'lawfully', 'ok');
  return {
    outcome: { kind: 'corrected', correction },
    // The correction is personal data: it stays encrypted in the request's details.
    trail: 'The person was told what was corrected.',
  };
}
