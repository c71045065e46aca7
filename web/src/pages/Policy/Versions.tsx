// The published versions, newest first, each viewable as it was published.
import { useCallback, useEffect, useState } from 'react';
import { Badge, Box, Button, Card, IndexTable, InlineStack, Modal, Text } from '@shopify/polaris';
import { apiJson } from '../../api.ts';
import { actorLabel } from '../../actors.ts';
import { refusal, type Refusal } from './RefusalBanner.tsx';
import type { listVersions } from '../../../../app/policy/publish.ts';
import type { Jsonified } from '../../../../app/platform/jsonified.ts';
import { formatDay, formatMoment } from '../../dates.ts';

/** A published version as GET /api/policy/versions lists it (app/policy/publish.ts listVersions). */
export type Version = Jsonified<Awaited<ReturnType<typeof listVersions>>[number]>;

export function useVersions(onError: (refusal: Refusal) => void) {
  const [versions, setVersions] = useState<Version[]>();
  const load = useCallback(async () => {
    try {
      setVersions((await apiJson<{ versions: Version[] }>('/api/policy/versions')).versions);
    } catch (e) {
      onError(refusal('The version history could not be loaded', e));
    }
  }, [onError]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching on mount is this effect's purpose; the state is set once the answer arrives
    void load();
  }, [load]);
  return { versions, load };
}

/** One published version, opened in a modal in the language of the preview. */
function useVersionViewer(locale: string, onError: (refusal: Refusal) => void) {
  const [viewing, setViewing] = useState<{ version: number; content: string | null }>();
  async function view(version: number) {
    try {
      const result = await apiJson<{ content: string | null }>(`/api/policy/versions/${version}?locale=${locale}&format=html`);
      setViewing({ version, content: result.content });
    } catch (e) {
      onError(refusal(`Version ${version} could not be loaded`, e));
    }
  }
  return { viewing, view, close: () => setViewing(undefined) };
}

export function Versions({ versions, locale, onError }: { versions: Version[] | undefined; locale: string; onError: (refusal: Refusal) => void }) {
  const { viewing, view, close } = useVersionViewer(locale, onError);
  return (
    <>
      <Card padding="0">
        <Box padding="400">
          <Text as="h2" variant="headingMd">
            Version history
          </Text>
        </Box>
        <IndexTable
          resourceName={{ singular: 'version', plural: 'versions' }}
          itemCount={versions?.length ?? 0}
          selectable={false}
          loading={!versions}
          emptyState={
            <Box padding="400">
              <Text as="p" tone="subdued">
                No version published yet.
              </Text>
            </Box>
          }
          headings={[
            { title: 'Version' },
            { title: 'Last updated' },
            { title: 'Published' },
            { title: 'By' },
            { title: 'Consent version' },
            { title: 'Shopify policy' },
            { title: 'Fingerprint' },
            { title: 'Actions', hidden: true },
          ]}
        >
          {(versions ?? []).map((v, index) => (
            <IndexTable.Row id={String(v.version)} key={v.version} position={index}>
              <IndexTable.Cell>
                <InlineStack gap="200">
                  <Text as="span" fontWeight="semibold">{`Version ${v.version}`}</Text>
                  {index === 0 && <Badge tone="success">Current</Badge>}
                </InlineStack>
              </IndexTable.Cell>
              <IndexTable.Cell>{formatDay(v.lastUpdated)}</IndexTable.Cell>
              <IndexTable.Cell>{formatMoment(v.publishedAt)}</IndexTable.Cell>
              <IndexTable.Cell>{actorLabel(v.publishedBy)}</IndexTable.Cell>
              <IndexTable.Cell>{v.consentVersion}</IndexTable.Cell>
              <IndexTable.Cell>
                {v.shopPolicyUpdated ? (
                  <Badge tone="info">Replaced</Badge>
                ) : (
                  <Text as="span" tone="subdued">
                    Unchanged
                  </Text>
                )}
              </IndexTable.Cell>
              <IndexTable.Cell>
                <Text as="span" tone="subdued" variant="bodySm">
                  <code>{v.contentHash.slice(0, 12)}</code>
                </Text>
              </IndexTable.Cell>
              <IndexTable.Cell>
                <Button size="slim" variant="plain" onClick={() => void view(v.version)} accessibilityLabel={`View version ${v.version}`}>
                  View
                </Button>
              </IndexTable.Cell>
            </IndexTable.Row>
          ))}
        </IndexTable>
      </Card>
      <Modal open={Boolean(viewing)} onClose={close} title={`Version ${viewing?.version ?? ''}`} size="large">
        <Modal.Section>
          {viewing?.content ? (
            <iframe title={`Policy version ${viewing.version}`} sandbox="" srcDoc={viewing.content} style={{ width: '100%', height: 500, border: 0 }} />
          ) : (
            <Text as="p" tone="subdued">
              This version has no text in this language.
            </Text>
          )}
        </Modal.Section>
      </Modal>
    </>
  );
}
