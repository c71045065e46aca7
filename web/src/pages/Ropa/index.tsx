// Record of processing activities (GDPR Art. 30(1)): one row per purpose, built from the same
// records as the policy, to keep and hand to the data protection authority on request.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Banner, BlockStack, Box, Card, DataTable, InlineStack, Layout, Link, List, Page, SkeletonBodyText, Text } from '@shopify/polaris';
import { apiDownload, apiJson, ApiError } from '../../api.ts';
import { SECTION_PAGES } from '../../records/labels.ts';
import type { RopaDocument as Ropa } from '../../../../app/policy/ropa.ts';
import { formatMoment } from '../../dates.ts';

const lines = (items: string[]) =>
  items.length === 0 ? (
    <Text as="span" tone="subdued">
      None
    </Text>
  ) : (
    <BlockStack gap="050">
      {items.map((item, i) => (
        <Text as="span" key={i}>
          {item}
        </Text>
      ))}
    </BlockStack>
  );

const wrap = (content: ReactNode) => <div style={{ whiteSpace: 'normal', minWidth: 160, maxWidth: 280 }}>{content}</div>;

export default function RopaPage() {
  const [ropa, setRopa] = useState<Ropa>();
  const [error, setError] = useState<{ message: string; fields: Record<string, string> }>();
  const [downloadError, setDownloadError] = useState<string>();

  const load = useCallback(async () => {
    try {
      setRopa(await apiJson<Ropa>('/api/policy/ropa.json'));
      setError(undefined);
    } catch (e) {
      setError({ message: (e as Error).message, fields: e instanceof ApiError ? e.fields : {} });
    }
  }, []);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching on mount is this effect's purpose; the state is set once the answer arrives
    void load();
  }, [load]);

  async function download(format: 'csv' | 'json') {
    try {
      await apiDownload(`/api/policy/ropa.${format}`, `record-of-processing.${format}`);
      setDownloadError(undefined);
    } catch (e) {
      setDownloadError((e as Error).message);
    }
  }

  const first = ropa?.activities[0];
  const missing = Object.entries(error?.fields ?? {});

  return (
    <Page
      fullWidth
      title="Record of processing"
      subtitle="The record of processing activities GDPR Art. 30 asks you to keep, built from your records."
      primaryAction={{ content: 'Download CSV', onAction: () => void download('csv'), disabled: !ropa }}
      secondaryActions={[{ content: 'Download JSON', onAction: () => void download('json'), disabled: !ropa }]}
    >
      <BlockStack gap="400">
        {downloadError && (
          <Banner tone="critical" title="Not downloaded" onDismiss={() => setDownloadError(undefined)}>
            {downloadError}
          </Banner>
        )}
        <Layout>
          <Layout.Section>
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingMd">
                  What this is
                </Text>
                <Text as="p">
                  Every controller keeps a written record of its processing activities (GDPR Art. 30(1)): for each purpose, the legal basis, the categories of
                  people and data, the recipients, transfers outside the EEA with their safeguards, how long the data is kept and the security measures. The
                  data protection authority may ask to see it (Art. 30(4)).
                </Text>
                <Text as="p" tone="subdued">
                  Lawfully builds it from the same records as your privacy policy, so the two always agree. Download it after each change and keep the copies.
                </Text>
              </BlockStack>
            </Card>
          </Layout.Section>
          {error && (
            <Layout.Section>
              <Banner tone="warning" title="Complete your records to see the record of processing">
                <BlockStack gap="200">
                  <Text as="p">{error.message}</Text>
                  {missing.length > 0 && (
                    <List type="bullet">
                      {missing.slice(0, 12).map(([path, message]) => {
                        const page = SECTION_PAGES[path.split('.')[0] ?? ''];
                        return (
                          <List.Item key={path}>
                            {page ? <Link url={page.path}>{page.label}</Link> : path}: {message}
                          </List.Item>
                        );
                      })}
                    </List>
                  )}
                </BlockStack>
              </Banner>
            </Layout.Section>
          )}
          {!error && (
            <Layout.Section>
              <Card padding="0">
                {!ropa || !first ? (
                  <Box padding="400">
                    <SkeletonBodyText lines={6} />
                  </Box>
                ) : (
                  <BlockStack gap="0">
                    <Box padding="400">
                      <BlockStack gap="100">
                        <InlineStack gap="200">
                          <Text as="span" fontWeight="semibold">
                            Controller:
                          </Text>
                          <Text as="span">
                            {first.controller}, {first.controllerContact}
                          </Text>
                        </InlineStack>
                        {first.representative && (
                          <InlineStack gap="200">
                            <Text as="span" fontWeight="semibold">
                              Representative in the EU:
                            </Text>
                            <Text as="span">{first.representative}</Text>
                          </InlineStack>
                        )}
                        {first.dpo && (
                          <InlineStack gap="200">
                            <Text as="span" fontWeight="semibold">
                              Data protection officer:
                            </Text>
                            <Text as="span">{first.dpo}</Text>
                          </InlineStack>
                        )}
                        <Text as="span" tone="subdued">{`${ropa.article} · generated ${formatMoment(ropa.generatedAt)}`}</Text>
                      </BlockStack>
                    </Box>
                    <DataTable
                      columnContentTypes={['text', 'text', 'text', 'text', 'text', 'text', 'text', 'text']}
                      headings={[
                        'Purpose',
                        'Legal basis',
                        'Data subjects',
                        'Data categories',
                        'Recipients',
                        'Transfers outside the EEA',
                        'Retention',
                        'Security measures',
                      ]}
                      rows={ropa.activities.map((a) => [
                        wrap(
                          <Text as="span" fontWeight="semibold">
                            {a.purpose}
                          </Text>,
                        ),
                        wrap(
                          <BlockStack gap="050">
                            <Text as="span">{a.legalBasis}</Text>
                            {a.legitimateInterest && (
                              <Text as="span" tone="subdued">
                                {a.legitimateInterest}
                              </Text>
                            )}
                          </BlockStack>,
                        ),
                        wrap(a.dataSubjects),
                        wrap(
                          <BlockStack gap="050">
                            {lines(a.dataCategories)}
                            {a.specialCategories !== 'none' && (
                              <Text as="span" tone="caution">
                                Includes special categories
                              </Text>
                            )}
                          </BlockStack>,
                        ),
                        wrap(lines(a.recipients)),
                        wrap(lines(a.transfersOutsideEea)),
                        wrap(lines(a.retention)),
                        wrap(lines(a.securityMeasures)),
                      ])}
                    />
                  </BlockStack>
                )}
              </Card>
            </Layout.Section>
          )}
        </Layout>
      </BlockStack>
    </Page>
  );
}
