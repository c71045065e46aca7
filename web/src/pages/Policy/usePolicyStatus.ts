// How the live policy stands: whether publishing now would change it (with the diff, in the
// language shown), and the Art. 13/14 completeness check. Shared by the Policy page and Home.
import { useCallback, useEffect, useState } from 'react';
import { apiJson } from '../../api.ts';
import type { PolicyStatus } from '../../../../app/policy/unpublished.ts';

export type { PolicyStatus };
export type { ArticleCheck } from '../../../../app/policy/completeness.ts';

export function usePolicyStatus(locale?: string) {
  const [status, setStatus] = useState<PolicyStatus>();
  const [error, setError] = useState<string>();
  const load = useCallback(
    () =>
      apiJson<PolicyStatus>(`/api/policy/status${locale ? `?locale=${locale}` : ''}`).then(
        (result) => {
          setStatus(result);
          setError(undefined);
        },
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      ),
    [locale],
  );
  useEffect(() => {
    void load();
  }, [load]);
  return { status, error, load };
}
