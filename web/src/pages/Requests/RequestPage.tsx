// One request: who asked for what, its deadline, what was done (execution log) and who decided
// what (trail), its export package, and the actions the merchant takes on it.
import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Badge, Banner, BlockStack, Box, Button, InlineStack, Layout, Modal, Page, Text, TextField } from '@shopify/polaris';
import { apiDownload, apiJson, ApiError } from '../../api.ts';
import { TYPE_LABELS, SOURCE_LABELS, STATUS_LABELS, RESULT_LABELS, statusTone, deadlineBadge, stepLabel, describeDetails, eventLabel } from './labels.ts';
import { actorLabel } from '../../actors.ts';
import { ProcessorTasks } from './ProcessorTasks.tsx';
import type { RequestDetail } from '../../../../app/requests/routes.ts';
import type { Jsonified } from '../../../../app/platform/jsonified.ts';
import { formatDay, formatMoment } from '../../dates.ts';
import { SectionCard } from '../../components/SectionCard.tsx';

/** The request as GET /api/requests/:id answers it. */
type Detail = Jsonified<RequestDetail>;

const FULFIL_LABELS: Record<string, string> = {
  access: 'Assemble and send the data export',
  portability: 'Assemble and send the portable export',
  rectification: 'Record the correction and complete',
  erasure: 'Erase the customer’s data',
  restriction: 'Restrict processing',
  objection: 'Stop processing for marketing',
  withdraw_consent: 'Withdraw the consent',
  complaint: 'Send the supervisory authority’s details',
};

type Dialog = 'reject' | 'extend' | 'fulfil' | undefined;

/** The word the merchant types before an erasure (the server's ERASE_CONFIRMATION). */
const ERASE_WORD = 'ERASE';

export default function RequestPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const [request, setRequest] = useState<Detail>();
  const [error, setError] = useState<string>();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [dialog, setDialog] = useState<Dialog>();
  const [text, setText] = useState('');
  const [days, setDays] = useState('60');
  const [note, setNote] = useState('');

  const load = useCallback(async () => {
    try {
      setRequest((await apiJson<{ request: Detail }>(`/api/requests/${id}`)).request);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [id]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching on mount is this effect's purpose; the state is set once the answer arrives
    void load();
  }, [load]);

  async function act(path: string, json: unknown, done: string) {
    setBusy(true);
    setFields({});
    try {
      await apiJson(`/api/requests/${id}/${path}`, { method: 'POST', json });
      window.shopify.toast.show(done);
      setDialog(undefined);
      setText('');
      setNote('');
      setError(undefined);
      await load();
    } catch (e) {
      setError((e as Error).message);
      if (e instanceof ApiError) setFields(e.fields);
    } finally {
      setBusy(false);
    }
  }

  if (!request) {
    return (
      <Page title="Request" backAction={{ content: 'Requests', onAction: () => navigate('/requests') }}>
        {error && <Banner tone="critical">{error}</Banner>}
      </Page>
    );
  }
  const open = ['received', 'verified', 'in_progress'].includes(request.status);
  // While Shopify holds the erasure, doing it again would change nothing; the request waits for Shopify.
  const waitingOnShopify = request.shopifyErasure?.state === 'held';
  // Once Shopify accepted the erasure, only fulfilling again (which finishes it) closes the request.
  const closableByHand = !waitingOnShopify && request.shopifyErasure?.state !== 'accepted';
  const unconfirmedSince = request.shopifyErasure?.state === 'unconfirmed' ? request.shopifyErasure.date : null;
  const badge = deadlineBadge(request.deadline, request.daysLeft, request.heldUntil);
  const needsText = request.type === 'rectification';
  // Erasing cannot be undone: the merchant types the word, and the server checks it too.
  const isErasure = request.type === 'erasure';
  const erasureConfirmed = text.trim() === ERASE_WORD;
  const fulfilInput = needsText ? { correction: text } : isErasure ? { confirmation: text.trim() } : {};

  return (
    <Page
      title={`${TYPE_LABELS[request.type] ?? request.type} request`}
      titleMetadata={<Badge tone={statusTone(request.status)}>{STATUS_LABELS[request.status] ?? request.status}</Badge>}
      subtitle={`From ${SOURCE_LABELS[request.source] ?? request.source}, received ${formatMoment(request.receivedAt)}`}
      backAction={{ content: 'Requests', onAction: () => navigate('/requests') }}
      primaryAction={
        open && !waitingOnShopify ? { content: FULFIL_LABELS[request.type] ?? 'Fulfil', onAction: () => setDialog('fulfil'), disabled: busy } : undefined
      }
      secondaryActions={
        open
          ? [
              ...(request.status !== 'in_progress'
                ? [{ content: 'Start work', onAction: () => void act('status', { status: 'in_progress' }, 'Marked in progress') }]
                : []),
              ...(!request.extendedAt && request.dueAt && !waitingOnShopify ? [{ content: 'Extend deadline', onAction: () => setDialog('extend') }] : []),
              // While Shopify holds the erasure, only Shopify's answer closes the request.
              ...(closableByHand ? [{ content: 'Reject', destructive: true, onAction: () => setDialog('reject') }] : []),
            ]
          : []
      }
    >
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            {error && (
              <Banner tone="critical" title="The action was refused">
                {error}
              </Banner>
            )}
            {request.status === 'rejected' && request.rejectionReason && (
              <Banner tone="critical" title="Rejected">
                {request.rejectionReason}
              </Banner>
            )}
            {open && request.heldUntil && (
              <Banner tone="info" title={`Held by Shopify until ${formatDay(request.heldUntil)}`}>
                The customer ordered in the last 180 days, so Shopify keeps their record until then. Lawfully completes this request when Shopify erases the
                customer.
              </Banner>
            )}
            {open && unconfirmedSince && (
              <Banner tone="warning" title={`Shopify has not confirmed the erasure since ${formatDay(unconfirmedSince)}: ask again or close it`}>
                Shopify’s hold ended, but its confirmation (customers/redact) never came. Erasing again asks Shopify once more, which is harmless; or close the
                request by hand.
              </Banner>
            )}
            <SectionCard title="What was done" gap="200">
              {request.steps.length === 0 ? (
                <Text as="p" tone="subdued">
                  Nothing yet.
                </Text>
              ) : (
                request.steps.map((step) => (
                  <InlineStack key={step.id} gap="200" blockAlign="center">
                    <Badge tone={step.result === 'ok' ? 'success' : step.result === 'failed' ? 'critical' : step.result === 'held' ? 'warning' : undefined}>
                      {RESULT_LABELS[step.result] ?? step.result}
                    </Badge>
                    <Text as="span" fontWeight="semibold">
                      {stepLabel(step.action)}
                    </Text>
                    <Text as="span" tone="subdued">
                      {step.system} · {formatMoment(step.createdAt)}
                    </Text>
                    {step.details ? (
                      <Text as="span" tone="subdued">
                        {describeDetails(step.details)}
                      </Text>
                    ) : null}
                  </InlineStack>
                ))
              )}
            </SectionCard>
            <ProcessorTasks requestId={request.id} tasks={request.processorTasks} onChanged={load} />
            {request.exports.length > 0 && (
              <SectionCard title="Export package" gap="200">
                <Text as="p">{request.exports[0]?.summary}</Text>
                <Text as="p" tone="subdued">
                  Kept until {formatDay(request.exports[0]?.expiresAt, '—')}.
                </Text>
                <InlineStack gap="200">
                  <Button onClick={() => void apiDownload(`/api/requests/${request.id}/export.json`, `lawfully-export-${request.id}.json`)}>
                    Download JSON
                  </Button>
                  <Button onClick={() => void apiDownload(`/api/requests/${request.id}/export.csv`, `lawfully-export-${request.id}.csv`)}>Download CSV</Button>
                </InlineStack>
              </SectionCard>
            )}
            <SectionCard title="Trail" gap="200">
              {request.events.map((event) => (
                <Box key={event.id}>
                  <Text as="p">
                    <Text as="span" fontWeight="semibold">
                      {eventLabel(event.kind)}
                    </Text>{' '}
                    · {actorLabel(event.actor)} · {formatMoment(event.createdAt)}
                  </Text>
                  {event.message && (
                    <Text as="p" tone="subdued">
                      {event.message}
                    </Text>
                  )}
                </Box>
              ))}
              <TextField label="Internal note" value={note} onChange={setNote} multiline={2} autoComplete="off" error={fields.text} />
              <InlineStack>
                <Button disabled={!note.trim() || busy} onClick={() => void act('notes', { text: note }, 'Note added')}>
                  Add note
                </Button>
              </InlineStack>
            </SectionCard>
          </BlockStack>
        </Layout.Section>
        <Layout.Section variant="oneThird">
          <SectionCard title="Deadline" gap="200">
            {badge ? (
              <Badge tone={badge.tone}>{badge.label}</Badge>
            ) : (
              <Text as="p" tone="subdued">
                {request.closedAt ? `Closed ${formatDay(request.closedAt)}` : 'Starts once the identity is verified'}
              </Text>
            )}
            {request.dueAt && <Text as="p">Due {formatDay(request.dueAt)}</Text>}
            {request.extendedAt && (
              <Text as="p" tone="subdued">
                Extended: {request.extensionReason}
              </Text>
            )}
            <Text as="h2" variant="headingMd">
              Person
            </Text>
            <Text as="p">{request.email ?? 'No contact details kept (erased)'}</Text>
            {request.shopifyCustomerId && (
              <Text as="p" tone="subdued">
                Shopify customer {request.shopifyCustomerId}
              </Text>
            )}
            {request.details && (
              <Text as="p" tone="subdued">
                {describeDetails(request.details)}
              </Text>
            )}
          </SectionCard>
        </Layout.Section>
      </Layout>

      <Modal
        open={dialog === 'fulfil'}
        onClose={() => setDialog(undefined)}
        title={FULFIL_LABELS[request.type] ?? 'Fulfil'}
        primaryAction={{
          content: isErasure ? 'Erase permanently' : 'Do it',
          destructive: isErasure,
          loading: busy,
          disabled: (needsText && !text.trim()) || (isErasure && !erasureConfirmed),
          onAction: () => void act('fulfil', fulfilInput, isErasure ? 'Erased' : 'Done'),
        }}
        secondaryActions={[
          {
            content: 'Cancel',
            onAction: () => {
              setDialog(undefined);
              setText('');
            },
          },
        ]}
      >
        <Modal.Section>
          {needsText ? (
            <TextField label="What was corrected" value={text} onChange={setText} multiline={3} autoComplete="off" error={fields.correction} />
          ) : isErasure ? (
            <BlockStack gap="200">
              <Banner tone="critical" title="This cannot be undone">
                Lawfully erases what it holds about the person at once and asks Shopify to erase the customer. Orders are kept for as long as your retention
                rules say the law requires; the person is told what was erased and what is kept.
              </Banner>
              <TextField label={`Type ${ERASE_WORD} to confirm`} value={text} onChange={setText} autoComplete="off" error={fields.confirmation} />
            </BlockStack>
          ) : (
            <Text as="p">Lawfully carries this out, records each step as proof and tells the person.</Text>
          )}
        </Modal.Section>
      </Modal>
      <Modal
        open={dialog === 'reject'}
        onClose={() => setDialog(undefined)}
        title="Reject the request"
        primaryAction={{
          content: 'Reject',
          destructive: true,
          loading: busy,
          disabled: !text.trim(),
          onAction: () => void act('status', { status: 'rejected', reason: text }, 'Request rejected'),
        }}
        secondaryActions={[{ content: 'Cancel', onAction: () => setDialog(undefined) }]}
      >
        <Modal.Section>
          <TextField
            label="Reason (the person is told, GDPR Art. 12(4))"
            value={text}
            onChange={setText}
            multiline={3}
            autoComplete="off"
            error={fields.reason}
          />
        </Modal.Section>
      </Modal>
      <Modal
        open={dialog === 'extend'}
        onClose={() => setDialog(undefined)}
        title="Extend the deadline"
        primaryAction={{
          content: 'Extend',
          loading: busy,
          disabled: !text.trim(),
          onAction: () => void act('extend', { days: Number(days), reason: text }, 'Deadline extended'),
        }}
        secondaryActions={[{ content: 'Cancel', onAction: () => setDialog(undefined) }]}
      >
        <Modal.Section>
          <BlockStack gap="200">
            <Text as="p">Once only, by up to two months, where the request is complex or there are many (GDPR Art. 12(3)). The person is told why.</Text>
            <TextField label="Days" type="number" min={1} max={60} value={days} onChange={setDays} autoComplete="off" error={fields.days} />
            <TextField label="Reason" value={text} onChange={setText} multiline={2} autoComplete="off" error={fields.reason} />
          </BlockStack>
        </Modal.Section>
      </Modal>
    </Page>
  );
}
