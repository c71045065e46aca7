// Jobs: background work (webhook processing, retention sweeps). A job that kept failing shows
// its error here and can be retried.
import { useState } from 'react';
import { Badge, Banner, BlockStack, Button, Card, EmptyState, IndexTable, Page, Select, Text } from '@shopify/polaris';
import { apiJson } from '../../api.ts';
import { useApiList } from '../../useApiList.ts';
import type { listJobs } from '../../../../app/jobs/queue.ts';
import type { Jsonified } from '../../../../app/platform/jsonified.ts';
import { formatMoment } from '../../dates.ts';

/** A job as GET /api/jobs answers it (app/jobs/queue.ts listJobs). */
type Job = Jsonified<Awaited<ReturnType<typeof listJobs>>[number]>;

/** What each kind of job does, in words; the code stays beside it for support. */
const JOB_LABELS: Record<string, string> = {
  'customers/data_request': "Answering Shopify's request for a customer's data",
  'customers/redact': "Erasing a customer's data at Shopify's request",
  'shop/redact': "Erasing the store's data after uninstall",
  'mail.send': 'Sending an email',
  'requests.daily': 'Daily check of request deadlines',
  'retention.sweep': 'Daily retention dry run',
  'retention.apply': 'Applying a retention run',
};

const tone = (status: string) => (status === 'done' ? 'success' : status === 'failed' ? 'critical' : status === 'running' ? 'attention' : 'info');

export default function JobsPage() {
  const [status, setStatus] = useState('');
  const { items: jobs, error, setError, loading, reload } = useApiList<Job>(`/api/jobs${status ? `?status=${status}` : ''}`, 'jobs');

  async function retry(id: string) {
    try {
      await apiJson(`/api/jobs/${id}/retry`, { method: 'POST', json: {} });
      window.shopify.toast.show('Job queued again');
      await reload();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  const failed = jobs.filter((j) => j.status === 'failed').length;
  return (
    <Page title="Jobs" subtitle="Work Lawfully does in the background, retried automatically with growing waits.">
      <BlockStack gap="400">
        {error && <Banner tone="critical">{error}</Banner>}
        {failed > 0 && (
          <Banner tone="critical" title={`${failed} job${failed === 1 ? '' : 's'} gave up`}>
            Read the error, fix the cause (often: open Lawfully once so it can reach Shopify), then retry.
          </Banner>
        )}
        <div style={{ maxWidth: 240 }}>
          <Select
            label="Status"
            labelInline
            options={[{ label: 'All', value: '' }, 'queued', 'running', 'done', 'failed'].map((o) => (typeof o === 'string' ? { label: o, value: o } : o))}
            value={status}
            onChange={setStatus}
          />
        </div>
        <Card padding="0">
          {jobs.length === 0 && !loading ? (
            <EmptyState heading="No background work yet" image="">
              <p>Webhook processing and retention sweeps appear here.</p>
            </EmptyState>
          ) : (
            <IndexTable
              resourceName={{ singular: 'job', plural: 'jobs' }}
              itemCount={jobs.length}
              selectable={false}
              loading={loading}
              headings={[
                { title: 'Job' },
                { title: 'Status' },
                { title: 'Attempts' },
                { title: 'Created' },
                { title: 'Error' },
                { title: 'Actions', hidden: true },
              ]}
            >
              {jobs.map((job, index) => (
                <IndexTable.Row id={job.id} key={job.id} position={index}>
                  <IndexTable.Cell>
                    <BlockStack gap="050">
                      <Text as="span" fontWeight="semibold">
                        {JOB_LABELS[job.kind] ?? job.kind}
                      </Text>
                      {JOB_LABELS[job.kind] && (
                        <Text as="span" tone="subdued" variant="bodySm">
                          {job.kind}
                        </Text>
                      )}
                    </BlockStack>
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <Badge tone={tone(job.status)}>{job.status}</Badge>
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    {job.attempts} of {job.maxAttempts}
                  </IndexTable.Cell>
                  <IndexTable.Cell>{formatMoment(job.createdAt)}</IndexTable.Cell>
                  <IndexTable.Cell>{job.lastError ?? ''}</IndexTable.Cell>
                  <IndexTable.Cell>{job.status === 'failed' && <Button onClick={() => void retry(job.id)}>Retry</Button>}</IndexTable.Cell>
                </IndexTable.Row>
              ))}
            </IndexTable>
          )}
        </Card>
      </BlockStack>
    </Page>
  );
}
