// The alert on Home when the latest storefront scan found leaks the one before it did not have.
import { useEffect, useState } from 'react';
import { Banner } from '@shopify/polaris';
import { apiJson } from '../../api.ts';
import type { LatestScanSummary } from '../../../../app/scan/routes.ts';
import type { Jsonified } from '../../../../app/platform/jsonified.ts';
import { plural } from './labels.ts';
import { formatDay } from '../../dates.ts';

type Latest = Jsonified<LatestScanSummary>;

export function ScanAlert() {
  const [latest, setLatest] = useState<Latest | null>(null);
  useEffect(() => {
    apiJson<{ scan: Latest | null }>('/api/scans/latest').then(
      (answer) => setLatest(answer.scan),
      () => setLatest(null),
    );
  }, []);
  if (!latest || latest.newLeaks === 0) return null;
  const when = formatDay(latest.finishedAt, '');
  return (
    <Banner
      tone="critical"
      title={`The storefront scan of ${when} found ${plural(latest.newLeaks, 'new leak')}`}
      action={{ content: 'Open the scan', url: '/scan' }}
    >
      Something on your storefront sets a cookie or contacts a tracker before the visitor chose, or after they refused. The scan says what and how to stop it.
    </Banner>
  );
}
