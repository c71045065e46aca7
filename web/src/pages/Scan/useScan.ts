// The storefront scan from the admin: the latest scans, starting one, and following it until it
// is done (polled while it runs).
import { useCallback, useEffect, useState } from 'react';
import { apiJson } from '../../api.ts';
import type { ScanView } from '../../../../app/scan/store.ts';

export type Scan = ScanView;
const POLL_MS = 1500;

const running = (scan?: Scan) => scan?.status === 'queued' || scan?.status === 'running';

export function useScan() {
  const [scans, setScans] = useState<Scan[]>();
  const [error, setError] = useState<string>();
  const [starting, setStarting] = useState(false);

  const reload = useCallback(() => {
    apiJson<{ scans: Scan[] }>('/api/scans').then(
      (answer) => {
        setScans(answer.scans);
        setError(undefined);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);

  useEffect(reload, [reload]);

  const current = scans?.[0];
  useEffect(() => {
    if (!running(current)) return;
    const timer = setTimeout(reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [current, reload]);

  const start = useCallback(async () => {
    setStarting(true);
    try {
      const { scan } = await apiJson<{ scan: Scan }>('/api/scans', { method: 'POST' });
      setScans((previous) => [scan, ...(previous ?? [])]);
      setError(undefined);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setStarting(false);
    }
  }, []);

  const latestDone = scans?.find((scan) => scan.status === 'done');
  return { scans, current, latestDone, running: running(current), error, starting, start, reload };
}
