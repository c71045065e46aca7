// Storefront scan: a headless browser visits the storefront as a new visitor three times (before
// any choice, after Reject, after Accept) and reports leaks first, then the cookies missing from
// the record and the vendors missing from the processor register. Rescanned every week.
import { useEffect, useState } from 'react';
import { Banner, BlockStack, Button, Card, Checkbox, InlineStack, Layout, Page, ProgressBar, Text, TextField } from '@shopify/polaris';
import { apiJson } from '../../api.ts';
import { useRecords, type RecordsState } from '../../records/useRecords.ts';
import type { ScanResult } from '../../../../app/scan/result.ts';
import type { ScanSettingsView } from '../../../../app/scan/store.ts';
import { useScan, type Scan } from './useScan.ts';
import { CookieAdditions, Leaks, MissingVendors, Visits } from './Findings.tsx';
import { HtmlHold } from './HtmlHold.tsx';
import { formatMoment } from '../../dates.ts';
import { SectionCard } from '../../components/SectionCard.tsx';

type Settings = ScanSettingsView;

function ScanSettings() {
  const [settings, setSettings] = useState<Settings>();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  useEffect(() => {
    apiJson<{ settings: Settings }>('/api/scans/settings').then(
      (answer) => setSettings(answer.settings),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  const save = (change: { weekly?: boolean; password?: string | null }) =>
    apiJson<{ settings: Settings }>('/api/scans/settings', { method: 'PUT', json: change }).then(
      (answer) => {
        setSettings(answer.settings);
        setPassword('');
        setError(undefined);
        window.shopify.toast.show('Scan settings saved');
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  if (!settings) return null;
  return (
    <SectionCard title="Settings">
      {error && <Banner tone="critical">{error}</Banner>}
      <Checkbox
        label="Scan again every week, and alert me on Home when something new leaks"
        checked={settings.weekly}
        onChange={(weekly) => void save({ weekly })}
      />
      <TextField
        label="Storefront password"
        type="password"
        autoComplete="off"
        value={password}
        onChange={setPassword}
        helpText={settings.hasPassword ? 'A password is saved (stored encrypted). Enter a new one to replace it.' : 'Only if your store is password-protected.'}
        connectedRight={
          <Button onClick={() => void save({ password })} disabled={password.trim() === ''}>
            Save password
          </Button>
        }
      />
      {settings.hasPassword && (
        <InlineStack>
          <Button variant="plain" tone="critical" onClick={() => void save({ password: null })}>
            Remove the saved password
          </Button>
        </InlineStack>
      )}
    </SectionCard>
  );
}

function Progress({ scan }: { scan: Scan }) {
  return (
    <Card>
      <BlockStack gap="200">
        <Text as="p">
          {scan.status === 'queued'
            ? 'The scan is about to start…'
            : 'Visiting your storefront three times: before any choice, after “Reject all”, after “Accept all”…'}
        </Text>
        <ProgressBar progress={scan.status === 'queued' ? 10 : 60} size="small" />
      </BlockStack>
    </Card>
  );
}

function Results({ scan, result, records }: { scan: Scan; result: ScanResult; records: RecordsState }) {
  return (
    <>
      <Text as="p" tone="subdued">
        Scanned {result.target} on {formatMoment(scan.finishedAt ?? scan.createdAt)} ({scan.trigger === 'weekly' ? 'weekly rescan' : 'started by you'},{' '}
        {Math.round((scan.durationMs ?? 0) / 1000)} s).
      </Text>
      <Leaks result={result} />
      <HtmlHold advice={result.htmlHold} />
      <MissingVendors result={result} />
      <CookieAdditions result={result} records={records} />
      <Visits result={result} />
    </>
  );
}

export default function ScanPage() {
  const { current, latestDone, running, error, starting, start } = useScan();
  const records = useRecords();
  return (
    <Page
      title="Storefront scan"
      subtitle="What your storefront really does in a visitor's browser: cookies, stored data and requests to third parties, before and after each choice in the banner."
      primaryAction={{ content: 'Scan my storefront', onAction: () => void start(), loading: starting || running, disabled: running }}
    >
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            {error && <Banner tone="critical">{error}</Banner>}
            {current && running && <Progress scan={current} />}
            {current?.status === 'failed' && (
              <Banner tone="critical" title="The last scan failed">
                {current.error}
              </Banner>
            )}
            {!current && <Text as="p">No scan yet. “Scan my storefront” takes about half a minute.</Text>}
            {latestDone?.result && <Results scan={latestDone} result={latestDone.result} records={records} />}
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <ScanSettings />
        </Layout.Section>
      </Layout>
    </Page>
  );
}
