// Requests: the inbox of data-subject requests (Shopify's compliance webhooks and shoppers'
// storefront requests) with their legal deadlines, and each request's page.
import { useState } from 'react';
import { Route, Routes, useNavigate } from 'react-router-dom';
import { Badge, Banner, BlockStack, Card, EmptyState, IndexTable, Page, Select, Text, InlineStack, Button } from '@shopify/polaris';
import { apiJson, isPreview } from '../../api.ts';
import { useApiList } from '../../useApiList.ts';
import { TYPE_LABELS, SOURCE_LABELS, STATUS_LABELS, statusTone, deadlineBadge } from './labels.ts';
import RequestPage from './RequestPage.tsx';
import { WaitingOnProcessors } from './WaitingOnProcessors.tsx';
import type { InboxRequest } from '../../../../app/requests/routes.ts';
import type { Jsonified } from '../../../../app/platform/jsonified.ts';
import { formatDay } from '../../dates.ts';

/** A row of the inbox, as GET /api/requests answers it. */
export type RequestSummary = Jsonified<InboxRequest>;

function Inbox() {
  const navigate = useNavigate();
  const [status, setStatus] = useState('');
  const { items: requests, error, setError, loading, reload } = useApiList<RequestSummary>(`/api/requests${status ? `?status=${status}` : ''}`, 'requests');
  const [simulating, setSimulating] = useState(false);

  async function simulate() {
    setSimulating(true);
    try {
      await apiJson('/api/preview/simulate-data-request', { method: 'POST', json: {} });
      window.shopify.toast.show('Shopify sent a customers/data_request');
      setTimeout(() => void reload(), 1500);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSimulating(false);
    }
  }

  const open = requests.filter((r) => ['received', 'verified', 'in_progress'].includes(r.status));
  const overdue = open.filter((r) => r.deadline === 'overdue').length;
  const dueSoon = open.filter((r) => r.deadline === 'due_soon').length;

  return (
    <Page
      title="Requests"
      subtitle="Every data-subject request, answered within one month of receipt (GDPR Art. 12(3))."
      secondaryActions={isPreview() ? [{ content: 'Simulate a Shopify data request', onAction: () => void simulate(), loading: simulating }] : []}
    >
      <BlockStack gap="400">
        {error && (
          <Banner tone="critical" title="Something went wrong">
            {error}
          </Banner>
        )}
        {overdue > 0 && (
          <Banner tone="critical" title={`${overdue} request${overdue === 1 ? ' is' : 's are'} overdue`}>
            Answer now, or record why not; the legal deadline has passed.
          </Banner>
        )}
        <WaitingOnProcessors />
        {dueSoon > 0 && <Banner tone="warning" title={`${dueSoon} request${dueSoon === 1 ? ' is' : 's are'} due within a week`} />}
        <InlineStack align="end">
          <div style={{ minWidth: 220 }}>
            <Select
              label="Status"
              labelInline
              options={[{ label: 'All', value: '' }, ...Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))]}
              value={status}
              onChange={setStatus}
            />
          </div>
        </InlineStack>
        <Card padding="0">
          {requests.length === 0 && !loading ? (
            <EmptyState heading="No requests" image="">
              <p>Requests from Shopify's compliance webhooks and from your storefront's request form appear here.</p>
            </EmptyState>
          ) : (
            <IndexTable
              resourceName={{ singular: 'request', plural: 'requests' }}
              itemCount={requests.length}
              selectable={false}
              loading={loading}
              headings={[{ title: 'Request' }, { title: 'From' }, { title: 'Person' }, { title: 'Status' }, { title: 'Received' }, { title: 'Deadline' }]}
            >
              {requests.map((r, index) => {
                const badge = deadlineBadge(r.deadline, r.daysLeft, r.heldUntil);
                return (
                  <IndexTable.Row id={r.id} key={r.id} position={index} onClick={() => navigate(`/requests/${r.id}`)}>
                    <IndexTable.Cell>
                      <Button variant="plain" onClick={() => navigate(`/requests/${r.id}`)}>
                        {TYPE_LABELS[r.type] ?? r.type}
                      </Button>
                    </IndexTable.Cell>
                    <IndexTable.Cell>{SOURCE_LABELS[r.source] ?? r.source}</IndexTable.Cell>
                    <IndexTable.Cell>
                      {r.email ?? (
                        <Text as="span" tone="subdued">
                          erased
                        </Text>
                      )}
                    </IndexTable.Cell>
                    <IndexTable.Cell>
                      <Badge tone={statusTone(r.status)}>{STATUS_LABELS[r.status] ?? r.status}</Badge>
                    </IndexTable.Cell>
                    <IndexTable.Cell>{formatDay(r.receivedAt)}</IndexTable.Cell>
                    <IndexTable.Cell>{badge ? <Badge tone={badge.tone}>{badge.label}</Badge> : r.dueAt ? formatDay(r.dueAt) : '—'}</IndexTable.Cell>
                  </IndexTable.Row>
                );
              })}
            </IndexTable>
          )}
        </Card>
      </BlockStack>
    </Page>
  );
}

export default function RequestsPage() {
  return (
    <Routes>
      <Route index element={<Inbox />} />
      <Route path=":id" element={<RequestPage />} />
    </Routes>
  );
}
