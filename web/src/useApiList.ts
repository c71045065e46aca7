// A list the admin loads from the API: the first page on mount (and whenever the URL changes),
// older pages on request for lists the server pages with a `before` cursor.
import { useCallback, useEffect, useState } from 'react';
import { apiJson } from './api.ts';

export function useApiList<T>(url: string, key: string) {
  const [items, setItems] = useState<T[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(true);

  const load = useCallback(
    async (before?: string) => {
      setLoading(true);
      try {
        const page = await apiJson<Record<string, unknown>>(before ? `${url}${url.includes('?') ? '&' : '?'}before=${encodeURIComponent(before)}` : url);
        const list = (page[key] ?? []) as T[];
        setItems((current) => (before ? [...current, ...list] : list));
        setNext(typeof page.next === 'string' ? page.next : null);
        setError(undefined);
      } catch (e) {
        setError((e as Error).message);
      } finally {
        setLoading(false);
      }
    },
    [url, key],
  );

  useEffect(() => {
    void load();
  }, [load]);

  return {
    items,
    error,
    setError,
    loading,
    reload: () => load(),
    /** the next older page, or undefined when there is none */
    more: next ? () => void load(next) : undefined,
  };
}
