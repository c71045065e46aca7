// Audit log: every change to the records, every publish, every request decision, with who and when.
import { Banner, BlockStack, Button, Card, EmptyState, IndexTable, Page, Text } from '@shopify/polaris';
import { useApiList } from '../../useApiList.ts';
import { describeDetails } from '../Requests/labels.ts';
import { actorLabel } from '../../actors.ts';
import { SECTION_PAGES } from '../../records/labels.ts';

const ACTION_LABELS: Record<string, string> = {
  'records.imported': 'Imported all records from a file',
  'policy.published': 'Published the privacy policy',
  'policy.publish_failed': 'Publishing the privacy policy failed',
  'retention.deleted': 'Deleted data past its retention period',
  'retention.discarded': 'Discarded a retention dry run',
  'retention.settings_changed': 'Changed retention settings',
  'job.retried': 'Retried a failed job',
};

/** "records.processors.updated" → "Changed Processors"; unknown actions as they are. */
function actionLabel(action: string): string {
  const section = /^records\.(\w+)\.updated$/.exec(action)?.[1];
  if (section) return `Changed ${SECTION_PAGES[section]?.label ?? section}`;
  return ACTION_LABELS[action] ?? action;
}

interface AuditEvent {
  id: string;
  actor: string;
  action: string;
  subject: string | null;
  details: unknown;
  createdAt: string;
}

export default function AuditPage() {
  const { items: events, error, loading, more } = useApiList<AuditEvent>('/api/audit', 'events');

  return (
    <Page title="Audit log" subtitle="Who changed what, and when. Kept as evidence of accountability (GDPR Art. 5(2)).">
      <BlockStack gap="400">
        {error && <Banner tone="critical" title="The audit log could not be loaded">{error}</Banner>}
        <Card padding="0">
          {events.length === 0 && !loading ? (
            <EmptyState heading="Nothing recorded yet" image="">
              <p>Changes to your records, published policies and request decisions appear here.</p>
            </EmptyState>
          ) : (
            <IndexTable
              resourceName={{ singular: 'event', plural: 'events' }}
              itemCount={events.length}
              selectable={false}
              loading={loading}
              headings={[{ title: 'When' }, { title: 'Who' }, { title: 'What' }, { title: 'Details' }]}
            >
              {events.map((event, index) => (
                <IndexTable.Row id={event.id} key={event.id} position={index}>
                  <IndexTable.Cell>{new Date(event.createdAt).toLocaleString()}</IndexTable.Cell>
                  <IndexTable.Cell>{actorLabel(event.actor)}</IndexTable.Cell>
                  <IndexTable.Cell>
                    <Text as="span" fontWeight="semibold">
                      {actionLabel(event.action)}
                    </Text>
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <Text as="span" tone="subdued">
                      {describeDetails(event.details) || event.subject || ''}
                    </Text>
                  </IndexTable.Cell>
                </IndexTable.Row>
              ))}
            </IndexTable>
          )}
        </Card>
        {more && (
          <Button onClick={more} loading={loading}>
            Older events
          </Button>
        )}
      </BlockStack>
    </Page>
  );
}
