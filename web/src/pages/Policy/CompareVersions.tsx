// What changed between two published versions, in the language of the preview.
import { useState } from 'react';
import { BlockStack, Button, Card, InlineStack, Select, Text } from '@shopify/polaris';
import { apiJson } from '../../api.ts';
import { DiffView, type Change } from './DiffView.tsx';
import { refusal, type Refusal } from './RefusalBanner.tsx';
import type { Version } from './Versions.tsx';
import { formatDay } from '../../dates.ts';

export function useCompare(versions: Version[] | undefined, locale: string, onError: (refusal: Refusal) => void) {
  // Until the merchant picks, the two newest versions of the history as loaded are compared.
  const [pickedFrom, setFrom] = useState('');
  const [pickedTo, setTo] = useState('');
  const [changes, setChanges] = useState<Change[]>();
  const [comparing, setComparing] = useState(false);
  const [newest, previous] = versions ?? [];
  const to = pickedTo || (newest && previous ? String(newest.version) : '');
  const from = pickedFrom || (newest && previous ? String(previous.version) : '');

  async function compare() {
    setComparing(true);
    try {
      setChanges((await apiJson<{ changes: Change[] }>(`/api/policy/diff?from=${from}&to=${to}&locale=${locale}`)).changes);
    } catch (e) {
      onError(refusal('The versions could not be compared', e));
    } finally {
      setComparing(false);
    }
  }

  return { from, setFrom, to, setTo, changes, clear: () => setChanges(undefined), comparing, compare };
}

export function CompareVersions({
  versions,
  compare: { from, setFrom, to, setTo, changes, comparing, compare },
}: {
  versions: Version[] | undefined;
  compare: ReturnType<typeof useCompare>;
}) {
  const versionOptions = (versions ?? []).map((v) => ({ label: `Version ${v.version} (${formatDay(v.lastUpdated)})`, value: String(v.version) }));
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          Compare versions
        </Text>
        {(versions?.length ?? 0) < 2 ? (
          <Text as="p" tone="subdued">
            Publish at least two versions to see what changed between them.
          </Text>
        ) : (
          <>
            <InlineStack gap="300" blockAlign="end">
              <Select label="From" options={versionOptions} value={from} onChange={setFrom} />
              <Select label="To" options={versionOptions} value={to} onChange={setTo} />
              <Button onClick={() => void compare()} loading={comparing} disabled={!from || !to || from === to}>
                Compare
              </Button>
            </InlineStack>
            {changes && <DiffView changes={changes} />}
          </>
        )}
      </BlockStack>
    </Card>
  );
}
