// Consent log: each storefront choice as proof (GDPR Art. 7(1)), counts per day and category,
// and a CSV export.
import { useEffect, useState } from 'react';
import { Badge, Banner, BlockStack, Button, Card, DataTable, EmptyState, IndexTable, InlineStack, Page, Text, TextField } from '@shopify/polaris';
import { apiDownload, apiJson } from '../../api.ts';
import { useApiList } from '../../useApiList.ts';
import { optionalCategories } from '../../../../app/consent/categories.ts';
import type { ConsentLogRow, ConsentStatsDay } from '../../../../app/consent/store.ts';
import type { Jsonified } from '../../../../app/platform/jsonified.ts';
import { formatMoment } from '../../dates.ts';
import { SectionCard } from '../../components/SectionCard.tsx';

/** A choice in the log, as GET /api/consent answers it. */
type ConsentRow = Jsonified<ConsentLogRow>;
/** A day of GET /api/consent/stats: its choices, and per optional category how many granted and denied. */
type Day = Jsonified<ConsentStatsDay>;

export default function ConsentPage() {
  // A visitor quotes the consent id their banner's preferences dialog shows them.
  const [search, setSearch] = useState('');
  const consentId = search.trim();
  const {
    items: rows,
    error: listError,
    loading,
    more,
  } = useApiList<ConsentRow>(consentId ? `/api/consent?consentId=${encodeURIComponent(consentId)}` : '/api/consent', 'records');
  const [days, setDays] = useState<Day[]>([]);
  const [statsError, setStatsError] = useState<string>();
  useEffect(() => {
    apiJson<{ days: Day[] }>('/api/consent/stats?days=30').then(
      (stats) => setDays(stats.days),
      (e: unknown) => setStatsError((e as Error).message),
    );
  }, []);
  const error = listError ?? statsError;

  return (
    <Page
      title="Consent log"
      subtitle="Every choice made in your storefront's cookie banner, kept as proof of consent (GDPR Art. 7(1)). IP addresses are stored only as salted hashes."
      secondaryActions={[{ content: 'Export CSV', onAction: () => void apiDownload('/api/consent/export.csv', 'consent-log.csv') }]}
    >
      <BlockStack gap="400">
        {error && <Banner tone="critical">{error}</Banner>}
        <SectionCard title="Last 30 days" gap="200">
          {days.length === 0 ? (
            <Text as="p" tone="subdued">
              No choices yet.
            </Text>
          ) : (
            <DataTable
              columnContentTypes={['text', 'numeric', ...optionalCategories.flatMap(() => ['numeric', 'numeric'] as const)]}
              headings={['Day', 'Choices', ...optionalCategories.flatMap((c) => [`${c} granted`, `${c} denied`])]}
              rows={days.map((d) => [d.day, d.choices, ...optionalCategories.flatMap((c) => [d[`${c}Granted`], d[`${c}Denied`]])])}
            />
          )}
        </SectionCard>
        <Card>
          <TextField
            label="Find a visitor's choices by consent ID"
            helpText="Shoppers see their consent ID in the banner's Privacy settings dialog and can quote it to you."
            value={search}
            onChange={setSearch}
            autoComplete="off"
            monospaced
            clearButton
            onClearButtonClick={() => setSearch('')}
            maxLength={64}
          />
        </Card>
        <Card padding="0">
          {rows.length === 0 && !loading && consentId ? (
            <EmptyState heading="No choices with this consent ID" image="">
              <p>Check the ID the shopper quoted: it is shown in full in the banner's Privacy settings dialog.</p>
            </EmptyState>
          ) : rows.length === 0 && !loading ? (
            <EmptyState heading="No consent recorded yet" image="">
              <p>Turn on the Lawfully cookie banner in your theme (App embeds) to start collecting consent.</p>
            </EmptyState>
          ) : (
            <IndexTable
              resourceName={{ singular: 'choice', plural: 'choices' }}
              itemCount={rows.length}
              selectable={false}
              loading={loading}
              headings={[{ title: 'When' }, { title: 'Visitor' }, { title: 'Granted' }, { title: 'Denied' }, { title: 'Policy' }, { title: 'Kind' }]}
            >
              {rows.map((row, index) => (
                <IndexTable.Row id={row.id} key={row.id} position={index}>
                  <IndexTable.Cell>{formatMoment(row.createdAt)}</IndexTable.Cell>
                  <IndexTable.Cell>{row.shopifyCustomerId ? `Customer ${row.shopifyCustomerId} · ${row.consentId}` : row.consentId}</IndexTable.Cell>
                  <IndexTable.Cell>
                    <InlineStack gap="100">
                      {row.granted ? (
                        row.granted.split(',').map((c) => (
                          <Badge key={c} tone="success">
                            {c}
                          </Badge>
                        ))
                      ) : (
                        <Text as="span" tone="subdued">
                          only necessary
                        </Text>
                      )}
                    </InlineStack>
                  </IndexTable.Cell>
                  <IndexTable.Cell>{row.denied.split(',').filter(Boolean).join(', ')}</IndexTable.Cell>
                  <IndexTable.Cell>{row.policyVersion ? `v${row.policyVersion}` : '—'}</IndexTable.Cell>
                  <IndexTable.Cell>{row.source === 'withdrawal' ? <Badge tone="warning">withdrawal</Badge> : row.source}</IndexTable.Cell>
                </IndexTable.Row>
              ))}
            </IndexTable>
          )}
        </Card>
        {more && (
          <Button onClick={more} loading={loading}>
            Older choices
          </Button>
        )}
      </BlockStack>
    </Page>
  );
}
