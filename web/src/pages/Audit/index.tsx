// Audit log: every change to the records, every publish, every request decision, with who and when.
import { Banner, BlockStack, Button, Card, EmptyState, IndexTable, Link, Page, Text } from '@shopify/polaris';
import { useApiList } from '../../useApiList.ts';
import { describeDetails } from '../Requests/labels.ts';
import { actorLabel } from '../../actors.ts';
import type { AuditLogEntry } from '../../../../app/audit/log.ts';
import type { Jsonified } from '../../../../app/platform/jsonified.ts';
import { formatMoment } from '../../dates.ts';

/** An entry as GET /api/audit answers it, with its sentence (app/audit/sentences.ts). */
type AuditEvent = Jsonified<AuditLogEntry>;

export default function AuditPage() {
  const { items: events, error, loading, more } = useApiList<AuditEvent>('/api/audit', 'events');

  return (
    <Page title="Audit log" subtitle="Who changed what, and when. Kept as evidence of accountability (GDPR Art. 5(2)).">
      <BlockStack gap="400">
        {error && (
          <Banner tone="critical" title="The audit log could not be loaded">
            {error}
          </Banner>
        )}
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
                  <IndexTable.Cell>{formatMoment(event.createdAt)}</IndexTable.Cell>
                  <IndexTable.Cell>{actorLabel(event.actor)}</IndexTable.Cell>
                  <IndexTable.Cell>
                    <Text as="span" fontWeight="semibold">
                      {event.sentence}
                    </Text>
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <BlockStack gap="050">
                      {event.subject?.startsWith('request:') && <Link url={`/requests/${event.subject.slice('request:'.length)}`}>Open the request</Link>}
                      <Text as="span" tone="subdued">
                        {describeDetails(event.details)}
                      </Text>
                    </BlockStack>
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
