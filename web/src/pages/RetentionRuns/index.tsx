// Retention runs: each dry run says what Lawfully would delete under which rule (GDPR Art.
// 5(1)(e)) and which inactive Shopify customers it would have Shopify erase; the merchant leaves
// customers out, applies (with a confirmation) or discards it, or lets each daily dry run apply itself.
import { useCallback, useEffect, useState } from 'react';
import { Badge, Banner, Button, Card, Checkbox, EmptyState, IndexTable, Layout, Modal, Page, Text } from '@shopify/polaris';
import { apiJson } from '../../api.ts';
import { RunReport } from './RunReport.tsx';
import { STATUS_LABELS, type Run, type RunStatus, type RunSummary } from './types.ts';
import { formatDay, formatMoment } from '../../dates.ts';

const tone = (status: RunStatus) => (status === 'applied' ? 'success' : status === 'discarded' ? undefined : 'attention');

export default function RetentionRunsPage() {
  const [runs, setRuns] = useState<RunSummary[]>([]);
  const [selected, setSelected] = useState<Run>();
  const [automatic, setAutomatic] = useState(false);
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(true);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [excluded, setExcluded] = useState<Set<string>>(new Set());

  const fail = (e: unknown) => setError((e as Error).message);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const [list, settings] = await Promise.all([
        apiJson<{ runs: RunSummary[] }>('/api/retention/runs'),
        apiJson<{ settings: { automatic: boolean } }>('/api/retention/settings'),
      ]);
      setRuns(list.runs);
      setAutomatic(settings.settings.automatic);
    } catch (e) {
      fail(e);
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching on mount is this effect's purpose; the state is set once the answer arrives
    void load();
  }, [load]);

  async function open(id: string) {
    try {
      setSelected((await apiJson<{ run: Run }>(`/api/retention/runs/${id}`)).run);
      setExcluded(new Set());
    } catch (e) {
      fail(e);
    }
  }

  async function act(action: () => Promise<{ run: Run }>, message: string) {
    setBusy(true);
    setError(undefined);
    try {
      setSelected((await action()).run);
      window.shopify.toast.show(message);
      await load();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  const dryRun = () => act(() => apiJson('/api/retention/runs', { method: 'POST', json: {} }), 'Dry run ready: nothing was deleted');
  const apply = (id: string) =>
    act(
      () => apiJson(`/api/retention/runs/${id}/apply`, { method: 'POST', json: { excluded: [...excluded] } }),
      'Applied: Shopify is being asked to erase the customers',
    );

  // While Shopify's customers are being erased (a background job), the outcomes are fetched as they come.
  const applyingId = selected?.status === 'applying' ? selected.id : undefined;
  useEffect(() => {
    if (!applyingId) return;
    const timer = setInterval(() => {
      apiJson<{ run: Run }>(`/api/retention/runs/${applyingId}`).then(({ run }) => {
        setSelected(run);
        if (run.status !== 'applying') void load();
      }, fail);
    }, 2000);
    return () => clearInterval(timer);
  }, [applyingId, load]);
  const discard = (id: string) => act(() => apiJson(`/api/retention/runs/${id}/discard`, { method: 'POST', json: {} }), 'Run discarded');

  async function toggleAutomatic(value: boolean) {
    try {
      setAutomatic(
        (await apiJson<{ settings: { automatic: boolean } }>('/api/retention/settings', { method: 'PUT', json: { automatic: value } })).settings.automatic,
      );
      window.shopify.toast.show(value ? 'Daily dry runs will be applied automatically' : 'Daily dry runs wait for you');
    } catch (e) {
      fail(e);
    }
  }

  const total = selected ? Object.values(selected.report.kinds).reduce((sum, k) => sum + k.count, 0) : 0;
  const customers = selected ? selected.report.customers.listed.length - excluded.size : 0;

  return (
    <Page
      title="Retention runs"
      subtitle="Lawfully deletes what it holds once its keeping time is over. Each run shows what would go, and why, before anything is deleted."
      primaryAction={{ content: 'Run a dry run', onAction: () => void dryRun(), loading: busy && !confirming }}
    >
      <Layout>
        {error && (
          <Layout.Section>
            <Banner tone="critical" onDismiss={() => setError(undefined)}>
              {error}
            </Banner>
          </Layout.Section>
        )}
        <Layout.Section>
          <Card>
            <Checkbox
              label="Apply automatically after each daily dry run"
              helpText="Lawfully makes a dry run every day. When this is on, it deletes what the run found straight away and asks Shopify to erase the inactive customers it lists; every deletion is in the audit log. Orders are never deleted."
              checked={automatic}
              onChange={(value) => void toggleAutomatic(value)}
            />
          </Card>
        </Layout.Section>

        <Layout.Section>
          <Card padding="0">
            {runs.length === 0 && !loading ? (
              <EmptyState heading="No retention runs yet" image="" action={{ content: 'Run a dry run', onAction: () => void dryRun() }}>
                <p>A dry run counts what is past its keeping time. It deletes nothing.</p>
              </EmptyState>
            ) : (
              <IndexTable
                resourceName={{ singular: 'run', plural: 'runs' }}
                itemCount={runs.length}
                selectable={false}
                loading={loading}
                headings={[{ title: 'Created' }, { title: 'Status' }, { title: 'Applied' }, { title: 'Deleted' }, { title: 'Actions', hidden: true }]}
              >
                {runs.map((run, index) => (
                  <IndexTable.Row id={run.id} key={run.id} position={index} selected={selected?.id === run.id}>
                    <IndexTable.Cell>{formatMoment(run.createdAt)}</IndexTable.Cell>
                    <IndexTable.Cell>
                      <Badge tone={tone(run.status)}>{STATUS_LABELS[run.status]}</Badge>
                    </IndexTable.Cell>
                    <IndexTable.Cell>
                      {run.appliedAt ? `${formatDay(run.appliedAt, '—')} by ${run.approvedBy === 'system' ? 'Lawfully (automatic)' : 'staff'}` : ''}
                    </IndexTable.Cell>
                    <IndexTable.Cell>{run.deleted ? `${Object.values(run.deleted).reduce((a, b) => a + b, 0)} rows` : ''}</IndexTable.Cell>
                    <IndexTable.Cell>
                      <Button variant="plain" onClick={() => void open(run.id)}>
                        View report
                      </Button>
                    </IndexTable.Cell>
                  </IndexTable.Row>
                ))}
              </IndexTable>
            )}
          </Card>
        </Layout.Section>

        {selected && (
          <Layout.Section>
            <RunReport
              run={selected}
              busy={busy}
              excluded={excluded}
              onExcludedChange={setExcluded}
              onApply={() => setConfirming(true)}
              onDiscard={() => void discard(selected.id)}
            />
          </Layout.Section>
        )}
      </Layout>

      {selected && (
        <Modal
          open={confirming}
          onClose={() => setConfirming(false)}
          title="Apply this retention run?"
          primaryAction={{
            content: `Delete ${total} row${total === 1 ? '' : 's'} and erase ${customers} customer${customers === 1 ? '' : 's'}`,
            destructive: true,
            loading: busy,
            onAction: () => void apply(selected.id),
          }}
          secondaryActions={[{ content: 'Cancel', onAction: () => setConfirming(false) }]}
        >
          <Modal.Section>
            <Text as="p">
              Lawfully deletes what this dry run found, with the cutoffs shown (or later ones, if your rules now keep data longer), and asks Shopify to erase
              the {customers} customer{customers === 1 ? '' : 's'} you included (those without orders are deleted; Shopify keeps orders without the person). A
              customer active again by then is skipped. This cannot be undone.
            </Text>
          </Modal.Section>
        </Modal>
      )}
    </Page>
  );
}
