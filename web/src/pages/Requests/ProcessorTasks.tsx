// The request's processor tasks (GDPR Art. 19 and 28(3)(e)): one per processor the request reaches,
// with what the merchant can do to each (mark sent or confirmed with evidence, retry, waive with a
// reason, remove) and adding one by hand. Every change goes to the API, then the request reloads.
import { useState } from 'react';
import { Badge, Banner, BlockStack, Button, Card, InlineStack, Modal, Select, Text, TextField } from '@shopify/polaris';
import { apiJson, ApiError } from '../../api.ts';
import type { describeTask } from '../../../../app/processors/tasks.ts';
import type { Jsonified } from '../../../../app/platform/jsonified.ts';
import { formatDay, formatMoment } from '../../dates.ts';

/** A task as the request page's answer carries it (app/processors/tasks.ts describeTask). */
export type ProcessorTask = Jsonified<ReturnType<typeof describeTask>>;

const STATUS: Record<string, { label: string; tone?: 'success' | 'info' | 'warning' | 'critical' | 'attention' }> = {
  pending: { label: 'Pending', tone: 'attention' },
  sent: { label: 'Sent', tone: 'info' },
  confirmed: { label: 'Confirmed', tone: 'success' },
  done: { label: 'Done', tone: 'success' },
  failed: { label: 'Failed', tone: 'critical' },
  waived: { label: 'Waived' },
};
const METHOD: Record<string, string> = { api: 'through its API', email: 'by email', manual: 'by hand' };
const ACTION: Record<string, string> = { erase: 'Erase', rectify: 'Correct', restrict: 'Restrict', object: 'Stop marketing', export: 'Export' };

type Dialog = { kind: 'sent' | 'confirmed' | 'waive'; task: ProcessorTask } | { kind: 'add' } | { kind: 'waiveOpen' } | undefined;

const DIALOG_TITLES = {
  sent: 'Mark as sent',
  confirmed: 'Mark as confirmed',
  waive: 'Waive the task',
  add: 'Add a processor task',
  waiveOpen: 'Waive every open task',
};

export function ProcessorTasks({ requestId, tasks, onChanged }: { requestId: string; tasks: ProcessorTask[]; onChanged: () => Promise<void> }) {
  const [dialog, setDialog] = useState<Dialog>();
  const [text, setText] = useState('');
  const [processorId, setProcessorId] = useState('');
  const [method, setMethod] = useState('email');
  const [processors, setProcessors] = useState<Array<{ name: string; processorId: string }>>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [fields, setFields] = useState<Record<string, string>>({});

  const close = () => {
    setDialog(undefined);
    setText('');
    setFields({});
  };

  async function call(path: string, init: { method: string; json?: unknown }, done: string) {
    setBusy(true);
    setFields({});
    try {
      await apiJson(`/api/processors/${path}`, init);
      window.shopify.toast.show(done);
      close();
      setError(undefined);
      await onChanged();
    } catch (e) {
      setError((e as Error).message);
      if (e instanceof ApiError) setFields(e.fields);
    } finally {
      setBusy(false);
    }
  }

  async function openAdd() {
    setDialog({ kind: 'add' });
    try {
      const { connections } = await apiJson<{ connections: Array<{ name: string; processorId: string }> }>('/api/processors/connections');
      setProcessors(connections);
      setProcessorId((current) => current || (connections[0]?.processorId ?? ''));
    } catch (e) {
      setError((e as Error).message);
    }
  }

  function submit() {
    if (!dialog) return;
    if (dialog.kind === 'add') void call('tasks', { method: 'POST', json: { requestId, processorId, method } }, 'Task added');
    else if (dialog.kind === 'waiveOpen') void call(`requests/${requestId}/waive-open`, { method: 'POST', json: { reason: text } }, 'Open tasks waived');
    else if (dialog.kind === 'waive') void call(`tasks/${dialog.task.id}/waive`, { method: 'POST', json: { reason: text } }, 'Task waived');
    else
      void call(
        `tasks/${dialog.task.id}/${dialog.kind}`,
        { method: 'POST', json: { evidence: text } },
        dialog.kind === 'sent' ? 'Marked as sent' : 'Marked as confirmed',
      );
  }

  const open = tasks.filter((t) => t.status === 'pending' || t.status === 'failed');
  const needsText = dialog?.kind !== 'add';
  const textIsReason = dialog?.kind === 'waive' || dialog?.kind === 'waiveOpen';

  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack align="space-between" blockAlign="center">
          <Text as="h2" variant="headingMd">
            Processors
          </Text>
          <InlineStack gap="200">
            {open.length > 1 && <Button onClick={() => setDialog({ kind: 'waiveOpen' })}>Waive open tasks</Button>}
            <Button onClick={() => void openAdd()}>Add task</Button>
          </InlineStack>
        </InlineStack>
        {error && !dialog && (
          <Banner tone="critical" title="The processor task was not changed" onDismiss={() => setError(undefined)}>
            {error}
          </Banner>
        )}
        {tasks.length === 0 ? (
          <Text as="p" tone="subdued">
            No processor is asked to act on this request.
          </Text>
        ) : (
          tasks.map((task) => {
            const status = STATUS[task.status] ?? { label: task.status };
            const isOpen = task.status === 'pending' || task.status === 'failed';
            return (
              <BlockStack key={task.id} gap="100">
                <InlineStack gap="200" blockAlign="center">
                  <Badge tone={status.tone}>{status.label}</Badge>
                  <Text as="span" fontWeight="semibold">
                    {task.processor}
                  </Text>
                  <Text as="span" tone="subdued">
                    {ACTION[task.action] ?? task.action} {METHOD[task.method] ?? task.method}
                    {task.dueAt ? ` · due ${formatDay(task.dueAt)}` : ''}
                  </Text>
                </InlineStack>
                {task.status === 'failed' && task.lastError && (
                  <Text as="p" tone="critical">
                    {task.lastError}
                  </Text>
                )}
                {task.waivedReason && (
                  <Text as="p" tone="subdued">
                    Waived: {task.waivedReason}
                  </Text>
                )}
                {task.evidence.map((item, index) => (
                  <Text key={index} as="p" tone="subdued">
                    {formatMoment(item.at)}: {item.text}
                    {item.ids?.length ? ` (${item.ids.join(', ')})` : ''}
                  </Text>
                ))}
                {(isOpen || task.status === 'sent') && (
                  <InlineStack gap="200">
                    {task.status === 'failed' && (
                      <Button size="slim" disabled={busy} onClick={() => void call(`tasks/${task.id}/retry`, { method: 'POST' }, 'Retrying')}>
                        Retry
                      </Button>
                    )}
                    {isOpen && (
                      <Button size="slim" onClick={() => setDialog({ kind: 'sent', task })}>
                        Mark sent
                      </Button>
                    )}
                    <Button size="slim" onClick={() => setDialog({ kind: 'confirmed', task })}>
                      Mark confirmed
                    </Button>
                    <Button size="slim" onClick={() => setDialog({ kind: 'waive', task })}>
                      Waive
                    </Button>
                    {isOpen && (
                      <Button size="slim" tone="critical" disabled={busy} onClick={() => void call(`tasks/${task.id}`, { method: 'DELETE' }, 'Task removed')}>
                        Remove
                      </Button>
                    )}
                  </InlineStack>
                )}
              </BlockStack>
            );
          })
        )}
      </BlockStack>
      <Modal
        open={Boolean(dialog)}
        onClose={close}
        title={dialog ? `${DIALOG_TITLES[dialog.kind]}${'task' in dialog ? `: ${dialog.task.processor}` : ''}` : ''}
        primaryAction={{ content: dialog?.kind === 'add' ? 'Add' : 'Save', loading: busy, disabled: needsText ? !text.trim() : !processorId, onAction: submit }}
        secondaryActions={[{ content: 'Cancel', onAction: close }]}
      >
        <Modal.Section>
          <BlockStack gap="200">
            {error && <Banner tone="critical">{error}</Banner>}
            {dialog?.kind === 'add' ? (
              <>
                <Select
                  label="Processor"
                  options={processors.map((p) => ({ label: p.name, value: p.processorId }))}
                  value={processorId}
                  onChange={setProcessorId}
                  error={fields.processorId}
                />
                <Select
                  label="How it is asked"
                  options={[
                    { label: 'By email to its privacy contact', value: 'email' },
                    { label: 'By hand (you record the proof)', value: 'manual' },
                  ]}
                  value={method}
                  onChange={setMethod}
                  error={fields.method}
                />
              </>
            ) : (
              <TextField
                label={textIsReason ? 'Reason' : 'Evidence'}
                helpText={textIsReason ? 'Kept in the request’s trail and the audit log.' : 'What proves it: a reference, a date, who answered.'}
                value={text}
                onChange={setText}
                multiline={2}
                autoComplete="off"
                error={textIsReason ? fields.reason : fields.evidence}
              />
            )}
          </BlockStack>
        </Modal.Section>
      </Modal>
    </Card>
  );
}
