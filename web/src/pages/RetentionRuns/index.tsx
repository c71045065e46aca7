// Retention runs: each dry run says what Lawfully would delete under which rule (GDPR Art.
// 5(1)(e)); the merchant applies or discards it, or lets each daily dry run apply itself.
import { useCallback, useEffect, useState } from 'react';
import {
  Badge,
  Banner,
  BlockStack,
  Box,
  Button,
  Card,
  Checkbox,
  DataTable,
  EmptyState,
  IndexTable,
  InlineStack,
  Layout,
  Modal,
  Page,
  Text,
} from '@shopify/polaris';
import { apiJson } from '../../api.ts';

type RunStatus = 'dry_run' | 'approved' | 'applied' | 'discarded';
type Kind = 'exportPackages' | 'unverifiedRequests' | 'closedRequests' | 'consentRecords';

interface RuleSource {
  basis: 'rule' | 'default' | 'expiry';
  category: string | null;
  why: string;
}

interface RunSummary {
  id: string;
  createdAt: string;
  status: RunStatus;
  approvedBy: string | null;
  appliedAt: string | null;
  deleted: Record<Kind, number> | null;
}

interface Report {
  generatedAt: string;
  kinds: Record<Kind, { count: number; cutoff: string; rule: RuleSource }>;
  orders: { cutoff: string | null; rule: RuleSource | null; protected: number | null };
  customers: {
    inactiveBefore: string | null;
    rule: RuleSource | null;
    count: number | null;
    truncated: boolean;
    listed: Array<{ id: string; createdAt: string; lastActivityAt: string; numberOfOrders: number; ordersProtectedUntil: string | null }>;
  };
  shopify: { reached: boolean; problem?: string };
}

type Run = RunSummary & { report: Report };

const KIND_LABELS: Record<Kind, string> = {
  consentRecords: 'Consent records',
  closedRequests: 'Closed requests',
  exportPackages: 'Expired export packages',
  unverifiedRequests: 'Unconfirmed storefront requests',
};

const STATUS_LABELS: Record<RunStatus, string> = { dry_run: 'Dry run', approved: 'Approved', applied: 'Applied', discarded: 'Discarded' };
const tone = (status: RunStatus) => (status === 'applied' ? 'success' : status === 'discarded' ? undefined : 'attention');
const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString() : '—');
const isOpen = (status: RunStatus) => status === 'dry_run' || status === 'approved';
const customerNumber = (gid: string) => gid.split('/').pop() ?? gid;

export default function RetentionRunsPage() {
  const [runs, setRuns] = useState<RunSummary[]>([]);
  const [selected, setSelected] = useState<Run>();
  const [automatic, setAutomatic] = useState(false);
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(true);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

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
    void load();
  }, [load]);

  async function open(id: string) {
    try {
      setSelected((await apiJson<{ run: Run }>(`/api/retention/runs/${id}`)).run);
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
  const apply = (id: string) => act(() => apiJson(`/api/retention/runs/${id}/apply`, { method: 'POST', json: {} }), 'Expired data deleted');
  const discard = (id: string) => act(() => apiJson(`/api/retention/runs/${id}/discard`, { method: 'POST', json: {} }), 'Run discarded');

  async function toggleAutomatic(value: boolean) {
    try {
      setAutomatic((await apiJson<{ settings: { automatic: boolean } }>('/api/retention/settings', { method: 'PUT', json: { automatic: value } })).settings.automatic);
      window.shopify.toast.show(value ? 'Daily dry runs will be applied automatically' : 'Daily dry runs wait for you');
    } catch (e) {
      fail(e);
    }
  }

  const total = selected ? Object.values(selected.report.kinds).reduce((sum, k) => sum + k.count, 0) : 0;

  return (
    <Page
      title="Retention runs"
      subtitle="Lawfully deletes what it holds once its keeping time is over. Each run shows what would go, and why, before anything is deleted."
      primaryAction={{ content: 'Run a dry run', onAction: () => void dryRun(), loading: busy && !confirming }}
    >
      <Layout>
        {error && (
          <Layout.Section>
            <Banner tone="critical" onDismiss={() => setError(undefined)}>{error}</Banner>
          </Layout.Section>
        )}
        <Layout.Section>
          <Card>
            <Checkbox
              label="Apply automatically after each daily dry run"
              helpText="Lawfully makes a dry run every day. When this is on, it deletes what the run found straight away; every deletion is in the audit log. Orders and Shopify customers are never deleted."
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
                headings={[{ title: 'Created' }, { title: 'Status' }, { title: 'Applied' }, { title: 'Deleted' }, { title: '' }]}
              >
                {runs.map((run, index) => (
                  <IndexTable.Row id={run.id} key={run.id} position={index} selected={selected?.id === run.id}>
                    <IndexTable.Cell>{new Date(run.createdAt).toLocaleString()}</IndexTable.Cell>
                    <IndexTable.Cell><Badge tone={tone(run.status)}>{STATUS_LABELS[run.status]}</Badge></IndexTable.Cell>
                    <IndexTable.Cell>{run.appliedAt ? `${date(run.appliedAt)} by ${run.approvedBy === 'system' ? 'Lawfully (automatic)' : 'staff'}` : ''}</IndexTable.Cell>
                    <IndexTable.Cell>{run.deleted ? `${Object.values(run.deleted).reduce((a, b) => a + b, 0)} rows` : ''}</IndexTable.Cell>
                    <IndexTable.Cell><Button variant="plain" onClick={() => void open(run.id)}>View report</Button></IndexTable.Cell>
                  </IndexTable.Row>
                ))}
              </IndexTable>
            )}
          </Card>
        </Layout.Section>

        {selected && (
          <Layout.Section>
            <RunReport run={selected} busy={busy} onApply={() => setConfirming(true)} onDiscard={() => void discard(selected.id)} />
          </Layout.Section>
        )}
      </Layout>

      {selected && (
        <Modal
          open={confirming}
          onClose={() => setConfirming(false)}
          title="Delete the expired data?"
          primaryAction={{ content: `Delete ${total} row${total === 1 ? '' : 's'}`, destructive: true, loading: busy, onAction: () => void apply(selected.id) }}
          secondaryActions={[{ content: 'Cancel', onAction: () => setConfirming(false) }]}
        >
          <Modal.Section>
            <Text as="p">
              Lawfully deletes what this dry run found, with the cutoffs shown (or later ones, if your rules now keep data longer). This cannot be undone. Orders and Shopify customers are not touched.
            </Text>
          </Modal.Section>
        </Modal>
      )}
    </Page>
  );
}

function RunReport({ run, busy, onApply, onDiscard }: { run: Run; busy: boolean; onApply: () => void; onDiscard: () => void }) {
  const { report } = run;
  const kinds = Object.keys(KIND_LABELS) as Kind[];
  return (
    <Card>
      <BlockStack gap="400">
        <InlineStack align="space-between" blockAlign="center">
          <BlockStack gap="100">
            <Text as="h2" variant="headingMd">Report of {new Date(run.createdAt).toLocaleString()}</Text>
            <Text as="p" tone="subdued">The cutoffs and rules in force when the run was made.</Text>
          </BlockStack>
          {isOpen(run.status) && (
            <InlineStack gap="200">
              <Button onClick={onDiscard} disabled={busy}>Discard</Button>
              <Button variant="primary" tone="critical" onClick={onApply} disabled={busy}>Apply</Button>
            </InlineStack>
          )}
        </InlineStack>

        <DataTable
          columnContentTypes={['text', 'numeric', 'numeric', 'text', 'text']}
          headings={['What Lawfully holds', run.deleted ? 'Found' : 'Would delete', 'Deleted', 'Older than', 'Rule']}
          rows={kinds.map((kind) => [
            KIND_LABELS[kind],
            report.kinds[kind].count,
            run.deleted ? run.deleted[kind] : '—',
            date(report.kinds[kind].cutoff),
            report.kinds[kind].rule.why,
          ])}
        />

        <Box>
          <BlockStack gap="200">
            <Text as="h3" variant="headingSm">Orders</Text>
            <Text as="p">
              {report.orders.rule
                ? `${report.orders.protected ?? 'An unknown number of'} order${report.orders.protected === 1 ? ' is' : 's are'} protected until the end of the minimum period (placed since ${date(report.orders.cutoff)}). ${report.orders.rule.why}`
                : 'Your records have no retention rule for orders.'}{' '}
              Lawfully never deletes orders.
            </Text>
          </BlockStack>
        </Box>

        <BlockStack gap="200">
          <Text as="h3" variant="headingSm">Inactive customers in Shopify</Text>
          {!report.shopify.reached && <Banner tone="warning">Shopify could not be asked: {report.shopify.problem}</Banner>}
          {report.customers.rule ? (
            <>
              <Text as="p">
                {report.customers.count ?? 0} customer{report.customers.count === 1 ? ' has' : 's have'} had no order or other activity since {date(report.customers.inactiveBefore)}. {report.customers.rule.why} Lawfully does not delete
                them: erase their contact details in Shopify; orders still protected stay.
              </Text>
              {report.customers.listed.length > 0 && (
                <DataTable
                  columnContentTypes={['text', 'text', 'text', 'numeric', 'text']}
                  headings={['Customer', 'Since', 'Last activity', 'Orders', 'Orders protected until']}
                  rows={report.customers.listed.map((c) => [customerNumber(c.id), date(c.createdAt), date(c.lastActivityAt), c.numberOfOrders, date(c.ordersProtectedUntil)])}
                  footerContent={report.customers.truncated ? `Showing the first ${report.customers.listed.length} of ${report.customers.count}` : undefined}
                />
              )}
            </>
          ) : (
            <Text as="p">Your records have no rule that ends with inactivity, so no customers are listed.</Text>
          )}
        </BlockStack>
      </BlockStack>
    </Card>
  );
}
