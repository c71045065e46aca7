// A list the admin loads from the API: the first page on mount (and whenever the URL changes),
// older pages on request for lists the server pages with a `before` cursor.
import { useCallback, useEffect, useRef, useState } from 'react';
import { apiJson } from './api.ts';

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T names the server's answer for the caller, as apiJson<T> does: the admin and the API ship together
export function useApiList<T>(url: string, key: string) {
  const [items, setItems] = useState<T[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(true);
  // Only the newest load may fill the list: an answer for a filter the merchant has since changed
  // is dropped.
  const newest = useRef(0);

  const load = useCallback(
    async (before?: string) => {
      const call = ++newest.current;
      setLoading(true);
      try {
        const page = await apiJson<Record<string, unknown>>(before ? `${url}${url.includes('?') ? '&' : '?'}before=${encodeURIComponent(before)}` : url);
        if (call !== newest.current) return;
        const list = (page[key] ?? []) as T[];
        setItems((current) => (before ? [...current, ...list] : list));
        setNext(typeof page.next === 'string' ? page.next : null);
        setError(undefined);
      } catch (e) {
        if (call === newest.current) setError((e as Error).message);
      } finally {
        if (call === newest.current) setLoading(false);
      }
    },
    [url, key],
  );

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching on mount and on a new URL is this effect's purpose; load() marks the list loading before it awaits
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
