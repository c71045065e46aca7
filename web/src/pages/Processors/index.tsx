// Processors: the service providers that handle personal data for the store, where they handle it
// and how transfers outside the EEA are protected (GDPR Art. 28, Chapter V), plus the kinds of
// recipients the policy names and whether the store sells data (Art. 13(1)(e)).
import { useEffect, useMemo, useState } from 'react';
import {
  Badge,
  Banner,
  BlockStack,
  Box,
  Button,
  Card,
  Checkbox,
  ChoiceList,
  EmptyState,
  FormLayout,
  IndexTable,
  InlineStack,
  Layout,
  List,
  Modal,
  Page,
  Select,
  Text,
  TextField,
} from '@shopify/polaris';
import { useRecords, useReference } from '../../records/useRecords.ts';
import { EnglishTextField, LoadErrorBanner, LoadingCard, SaveBar, SaveErrorBanner } from '../../records/components.tsx';
import { RECIPIENT_KIND_LABELS, SAFEGUARD_LABELS, SCC_MODULE_LABELS, label, options } from '../../records/labels.ts';
import { english, slugify } from '../../records/text.ts';
import type { Finding, LocalizedText, Preset, Processor, Recipients, Reference } from '../../records/types.ts';

const RECIPIENT_KINDS = Object.keys(RECIPIENT_KIND_LABELS);
const SAFEGUARDS = ['none', 'adequacy', 'scc', 'dpf', 'bcr'];
const CURRENT_SCC_VERSION = '2021/914';

interface Form {
  id: string;
  autoId: boolean;
  name: string;
  service: LocalizedText;
  kind: string;
  categories: string[];
  country: string;
  safeguardType: string;
  sccModule: string;
  sccVersion: string;
  sccSignedOn: string;
  dpaUrl: string;
  lastReviewedOn: string;
}

function toForm(p: Processor): Form {
  const scc = p.safeguard.type === 'scc' ? p.safeguard : undefined;
  return {
    id: p.id,
    autoId: false,
    name: p.name,
    service: p.service,
    kind: p.kind ?? '',
    categories: [...p.categories],
    country: p.country,
    safeguardType: p.safeguard.type,
    sccModule: String(scc?.module ?? 2),
    sccVersion: scc?.version ?? CURRENT_SCC_VERSION,
    sccSignedOn: scc?.signedOn ?? '',
    dpaUrl: p.dpaUrl ?? '',
    lastReviewedOn: p.lastReviewedOn ?? '',
  };
}

/** The processor as the server expects it; an incomplete SCC is sent as is so the server says what is missing. */
function fromForm(form: Form): Processor {
  const safeguard =
    form.safeguardType === 'scc'
      ? { type: 'scc', module: Number(form.sccModule), version: form.sccVersion.trim(), ...(form.sccSignedOn ? { signedOn: form.sccSignedOn } : {}) }
      : { type: form.safeguardType };
  return {
    id: form.id.trim(),
    name: form.name.trim(),
    service: form.service,
    ...(form.kind ? { kind: form.kind } : {}),
    categories: form.categories,
    country: form.country,
    safeguard,
    ...(form.dpaUrl.trim() ? { dpaUrl: form.dpaUrl.trim() } : {}),
    ...(form.lastReviewedOn ? { lastReviewedOn: form.lastReviewedOn } : {}),
  } as Processor;
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base || 'processor';
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  return id;
}

const FIELD_LABELS: Record<string, string> = {
  id: 'ID',
  name: 'Name',
  service: 'Service',
  kind: 'Kind of recipient',
  categories: 'Data categories',
  country: 'Country',
  safeguard: 'Transfer safeguard',
  'safeguard.type': 'Transfer safeguard',
  'safeguard.module': 'SCC module',
  'safeguard.version': 'SCC version',
  'safeguard.signedOn': 'Signing date',
  dpaUrl: 'Data processing agreement',
  lastReviewedOn: 'Last reviewed on',
};

/** The form label for an error path of the processor at `index` ("4.safeguard.signedOn" → "Signing date"). */
function processorFieldLabel(index: number) {
  return (path: string) => {
    const own = [`${index}.`, `processors.${index}.`].find((prefix) => path.startsWith(prefix));
    if (!own) return undefined;
    const rest = path.slice(own.length);
    return FIELD_LABELS[rest] ?? FIELD_LABELS[rest.split('.')[0] ?? ''] ?? rest;
  };
}

const FINDING_BADGES: Record<string, { tone: 'critical' | 'warning' | 'attention'; label: string }> = {
  review_overdue: { tone: 'warning', label: 'Review overdue' },
  review_missing: { tone: 'attention', label: 'Review date missing' },
  scc_transition: { tone: 'warning', label: 'Old clauses' },
  scc_unusual_module: { tone: 'warning', label: 'Check SCC module' },
};

function findingBadge(finding: Finding) {
  if (finding.severity === 'blocking') return { tone: 'critical' as const, label: 'No valid transfer safeguard' };
  return FINDING_BADGES[finding.code] ?? { tone: 'warning' as const, label: 'Check' };
}

function CountryBadge({ code, reference }: { code: string; reference?: Reference }) {
  const country = reference?.countries.find((c) => c.code === code);
  if (!country) return null;
  if (country.eea) return <Badge tone="success">Inside EEA</Badge>;
  const adequacy = reference?.adequacy?.decisions.find((d) => d.country === code);
  if (adequacy && adequacy.scope !== 'dpf_certified_only') return <Badge tone="info">Outside EEA · adequacy</Badge>;
  return <Badge tone="attention">Outside EEA</Badge>;
}

type Dialog = { kind: 'edit'; index: number; form: Form; isNew: boolean } | { kind: 'catalogue' } | { kind: 'remove'; index: number } | undefined;

export default function ProcessorsPage() {
  const { data, loadError, reload, save, saving, errors, fieldError, clearErrors } = useRecords();
  const { reference, error: referenceError } = useReference();
  const [recipients, setRecipients] = useState<Recipients>();
  const [dialog, setDialog] = useState<Dialog>();

  useEffect(() => {
    if (data && !recipients) setRecipients(structuredClone(data.records.recipients ?? { kinds: [], sellsData: false }));
  }, [data, recipients]);

  const processors = data?.records.processors ?? [];
  const inventory = data?.records.inventory?.categories ?? [];
  const inventoryKeys = new Set(inventory.map((c) => c.key));
  const findings = data?.attention.findings ?? [];
  const blocking = findings.filter((f) => f.severity === 'blocking');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const countryOptions = useMemo(() => [{ label: 'Choose a country', value: '' }, ...(reference?.countries ?? []).map((c) => ({ label: `${c.name}${c.eea ? '' : ' (outside EEA)'}`, value: c.code }))], [reference]);
  const countryName = (code: string) => reference?.countries.find((c) => c.code === code)?.name ?? code;

  /** Saves the whole list; kinds of recipients the list names but the records lack are added first. */
  async function saveList(list: Processor[], done: string): Promise<boolean> {
    const saved = data?.records.recipients ?? { kinds: [], sellsData: false };
    const missing = [...new Set(list.flatMap((p) => (p.kind && !saved.kinds.includes(p.kind) ? [p.kind] : [])))];
    if (missing.length) {
      const next = { ...saved, kinds: [...saved.kinds, ...missing] };
      if (!(await save('recipients', next, `Added ${missing.map((k) => label(RECIPIENT_KIND_LABELS, k).toLowerCase()).join(', ')} to your recipients`))) return false;
      setRecipients((previous) => (previous ? { ...previous, kinds: [...new Set([...previous.kinds, ...missing])] } : previous));
    }
    return save('processors', list, done);
  }

  async function addPreset(preset: Preset) {
    const taken = new Set(processors.map((p) => p.id));
    const categories = preset.categories.filter((key) => inventoryKeys.has(key));
    const processor = {
      id: uniqueId(preset.id, taken),
      name: preset.name,
      service: preset.service,
      ...(preset.kind ? { kind: preset.kind } : {}),
      categories,
      country: preset.country,
      safeguard: structuredClone(preset.safeguard),
      ...(preset.dpaUrl ? { dpaUrl: preset.dpaUrl } : {}),
    } as Processor;
    setDialog(undefined);
    const ok = await saveList([...processors, processor], `${preset.name} added`);
    // Refused (e.g. none of its usual data categories is in the inventory): let the merchant complete it.
    if (!ok) setDialog({ kind: 'edit', index: processors.length, form: toForm(processor), isNew: true });
  }

  function addCustom() {
    clearErrors();
    setDialog({
      kind: 'edit',
      index: processors.length,
      isNew: true,
      form: { id: '', autoId: true, name: '', service: '', kind: '', categories: [], country: '', safeguardType: 'none', sccModule: '2', sccVersion: CURRENT_SCC_VERSION, sccSignedOn: '', dpaUrl: '', lastReviewedOn: '' },
    });
  }

  async function saveEdit() {
    if (dialog?.kind !== 'edit') return;
    const list = [...processors];
    list[dialog.index] = fromForm(dialog.form);
    if (await saveList(list, `${dialog.form.name.trim() || 'Processor'} saved`)) setDialog(undefined);
  }

  async function remove(index: number) {
    const name = processors[index]?.name ?? 'Processor';
    if (await saveList(processors.filter((_, i) => i !== index), `${name} removed`)) setDialog(undefined);
  }

  const setForm = (change: Partial<Form>) =>
    setDialog((previous) => {
      if (previous?.kind !== 'edit') return previous;
      const form = { ...previous.form, ...change };
      if (form.autoId && change.name !== undefined) form.id = uniqueId(slugify(form.name), new Set(processors.filter((_, i) => i !== previous.index).map((p) => p.id)));
      return { ...previous, form };
    });

  const editing = dialog?.kind === 'edit' ? dialog : undefined;
  const perr = (path: string) => (editing ? fieldError('processors', `${editing.index}.${path}`) : undefined);
  const editingFindings = editing && !editing.isNew ? findings.filter((f) => f.processorId === processors[editing.index]?.id) : [];
  const editingCategoryError = editing
    ? Object.entries(errors?.section === 'processors' ? errors.fields : {}).find(([path]) => path.startsWith(`${editing.index}.categories`) || path.startsWith(`processors.${editing.index}.categories`))?.[1]
    : undefined;
  const rerr = (path: string) => fieldError('recipients', path);
  const presets = reference?.presets.presets ?? [];

  return (
    <Page
      title="Processors"
      subtitle="Service providers that handle personal data for you, where they do it, and how transfers outside the EEA are protected."
      primaryAction={{ content: 'Add from catalogue', onAction: () => (clearErrors(), setDialog({ kind: 'catalogue' })), disabled: !data || !reference }}
      secondaryActions={[{ content: 'Add custom processor', onAction: addCustom, disabled: !data }]}
    >
      <BlockStack gap="400">
        <LoadErrorBanner error={loadError ?? referenceError} onRetry={() => void reload()} />
        {!editing && <SaveErrorBanner errors={errors} section={['processors', 'recipients']} onDismiss={clearErrors} />}
        {blocking.length > 0 && (
          <Banner tone="critical" title="Personal data would leave the EEA without a valid safeguard">
            <List type="bullet">
              {blocking.map((f, i) => (
                <List.Item key={i}>{f.message}</List.Item>
              ))}
            </List>
          </Banner>
        )}
        {warnings.length > 0 && (
          <Banner tone="warning" title="To look at">
            <List type="bullet">
              {warnings.map((f, i) => (
                <List.Item key={i}>{f.message}</List.Item>
              ))}
            </List>
          </Banner>
        )}
        {!data ? (
          <LoadingCard />
        ) : (
          <Layout>
            <Layout.Section>
              <Card padding="0">
                {processors.length === 0 ? (
                  <EmptyState
                    heading="Which service providers handle personal data for you?"
                    action={{ content: 'Add from catalogue', onAction: () => setDialog({ kind: 'catalogue' }) }}
                    secondaryAction={{ content: 'Add custom processor', onAction: addCustom }}
                    image=""
                  >
                    <p>Payment providers, your hosting, email marketing and analytics tools: each receives personal data and must be named in your policy.</p>
                  </EmptyState>
                ) : (
                  <IndexTable
                    resourceName={{ singular: 'processor', plural: 'processors' }}
                    itemCount={processors.length}
                    selectable={false}
                    headings={[{ title: 'Processor' }, { title: 'Country' }, { title: 'Safeguard' }, { title: 'Last review' }, { title: 'Status' }, { title: '', alignment: 'end' }]}
                  >
                    {processors.map((p, index) => {
                      const own = findings.filter((f) => f.processorId === p.id);
                      const scc = p.safeguard.type === 'scc' ? p.safeguard : undefined;
                      return (
                        <IndexTable.Row id={p.id} key={p.id} position={index}>
                          <IndexTable.Cell>
                            <BlockStack gap="050">
                              <Text as="span" fontWeight="semibold">{p.name}</Text>
                              <Text as="span" tone="subdued">{english(p.service)}</Text>
                            </BlockStack>
                          </IndexTable.Cell>
                          <IndexTable.Cell>
                            <BlockStack gap="100" inlineAlign="start">
                              <Text as="span">{countryName(p.country)}</Text>
                              <CountryBadge code={p.country} reference={reference} />
                            </BlockStack>
                          </IndexTable.Cell>
                          <IndexTable.Cell>
                            {label(SAFEGUARD_LABELS, p.safeguard.type)}
                            {scc && (
                              <Text as="p" tone="subdued" variant="bodySm">
                                Module {scc.module}, {scc.version}, signed {scc.signedOn}
                              </Text>
                            )}
                          </IndexTable.Cell>
                          <IndexTable.Cell>{p.lastReviewedOn ?? <Text as="span" tone="subdued">Not recorded</Text>}</IndexTable.Cell>
                          <IndexTable.Cell>
                            <BlockStack gap="100" inlineAlign="start">
                              {own.length === 0 ? (
                                <Badge tone="success">OK</Badge>
                              ) : (
                                [...new Map(own.map((f) => [findingBadge(f).label, findingBadge(f)])).values()].map((b) => (
                                  <Badge key={b.label} tone={b.tone}>{b.label}</Badge>
                                ))
                              )}
                            </BlockStack>
                          </IndexTable.Cell>
                          <IndexTable.Cell>
                            <InlineStack gap="200" align="end" wrap={false}>
                              <Button size="slim" onClick={() => (clearErrors(), setDialog({ kind: 'edit', index, form: toForm(p), isNew: false }))} accessibilityLabel={`Edit ${p.name}`}>
                                Edit
                              </Button>
                              <Button size="slim" tone="critical" variant="plain" onClick={() => setDialog({ kind: 'remove', index })} accessibilityLabel={`Remove ${p.name}`}>
                                Remove
                              </Button>
                            </InlineStack>
                          </IndexTable.Cell>
                        </IndexTable.Row>
                      );
                    })}
                  </IndexTable>
                )}
              </Card>
            </Layout.Section>
            <Layout.Section>
              <Card>
                <BlockStack gap="300">
                  <Text as="h2" variant="headingMd">Recipients</Text>
                  <Text as="p" tone="subdued">The policy names the kinds of recipients you share personal data with (Art. 13(1)(e)); each processor is an example of one.</Text>
                  {recipients && (
                    <>
                      <ChoiceList
                        title="We share personal data with"
                        allowMultiple
                        choices={options(RECIPIENT_KINDS, RECIPIENT_KIND_LABELS)}
                        selected={recipients.kinds}
                        onChange={(kinds) => setRecipients({ ...recipients, kinds: kinds as Recipients['kinds'] })}
                        error={rerr('kinds')}
                      />
                      <Checkbox
                        label="We do not sell personal data"
                        checked={!recipients.sellsData}
                        onChange={(checked) => setRecipients({ ...recipients, sellsData: !checked })}
                        error={rerr('sellsData')}
                      />
                      <SaveBar label="Save recipients" onSave={() => void save('recipients', recipients, 'Recipients saved')} loading={saving === 'recipients'} />
                    </>
                  )}
                </BlockStack>
              </Card>
            </Layout.Section>
          </Layout>
        )}
      </BlockStack>

      <Modal open={dialog?.kind === 'catalogue'} onClose={() => setDialog(undefined)} title="Add from catalogue" secondaryActions={[{ content: 'Close', onAction: () => setDialog(undefined) }]}>
        <Modal.Section>
          <Text as="p" tone="subdued">
            Each entry comes with its usual country, safeguard and data processing agreement. Check them against your own contract after adding.
          </Text>
        </Modal.Section>
        {presets.map((preset) => {
          const added = processors.some((p) => p.id === preset.id || p.name === preset.name);
          return (
            <Modal.Section key={preset.id}>
              <InlineStack align="space-between" blockAlign="center" wrap={false} gap="400">
                <BlockStack gap="050">
                  <Text as="span" fontWeight="semibold">{preset.name}</Text>
                  <Text as="span" tone="subdued">
                    {preset.service} · {countryName(preset.country)} · {label(SAFEGUARD_LABELS, preset.safeguard.type)}
                  </Text>
                  {preset.note && <Text as="span" tone="subdued" variant="bodySm">{preset.note}</Text>}
                </BlockStack>
                <Button onClick={() => void addPreset(preset)} disabled={added || saving !== undefined} accessibilityLabel={`Add ${preset.name}`}>
                  {added ? 'Added' : 'Add'}
                </Button>
              </InlineStack>
            </Modal.Section>
          );
        })}
      </Modal>

      <Modal
        open={Boolean(editing)}
        onClose={() => (setDialog(undefined), clearErrors())}
        title={editing?.isNew ? 'Add processor' : `Edit ${editing?.form.name ?? 'processor'}`}
        primaryAction={{ content: 'Save', onAction: () => void saveEdit(), loading: saving !== undefined }}
        secondaryActions={[{ content: 'Cancel', onAction: () => (setDialog(undefined), clearErrors()) }]}
      >
        {editing && (
          <Modal.Section>
            <BlockStack gap="400">
              <SaveErrorBanner errors={errors} section={['processors', 'recipients']} fieldLabel={processorFieldLabel(editing.index)} />
              {editingFindings.map((f, i) => (
                <Banner key={i} tone={f.severity === 'blocking' ? 'critical' : 'warning'}>
                  {f.message}
                </Banner>
              ))}
              <FormLayout>
                <FormLayout.Group>
                  <TextField label="Name" value={editing.form.name} onChange={(name) => setForm({ name })} autoComplete="off" error={perr('name')} />
                  <TextField label="ID" value={editing.form.id} onChange={(id) => setForm({ id, autoId: false })} autoComplete="off" monospaced error={perr('id')} />
                </FormLayout.Group>
                <EnglishTextField
                  label="Service"
                  value={editing.form.service}
                  onChange={(service) => setForm({ service })}
                  placeholder="e.g. Payment processing"
                  error={perr('service')}
                />
                <Select
                  label="Kind of recipient"
                  options={[{ label: 'Not named as an example', value: '' }, ...options(RECIPIENT_KINDS, RECIPIENT_KIND_LABELS)]}
                  value={editing.form.kind}
                  onChange={(kind) => setForm({ kind })}
                  error={perr('kind')}
                />
                <ChoiceList
                  title="Data categories it receives"
                  allowMultiple
                  choices={[
                    ...inventory.map((c) => ({ label: english(c.name) || c.key, value: c.key })),
                    ...editing.form.categories.filter((key) => !inventoryKeys.has(key)).map((key) => ({ label: `${key} (not in your data inventory)`, value: key })),
                  ]}
                  selected={editing.form.categories}
                  onChange={(categories) => setForm({ categories })}
                  error={editingCategoryError}
                />
                <Select label="Country where it handles the data" options={countryOptions} value={editing.form.country} onChange={(country) => setForm({ country })} error={perr('country')} />
                <Select
                  label="Transfer safeguard"
                  options={options(SAFEGUARDS, SAFEGUARD_LABELS)}
                  value={editing.form.safeguardType}
                  onChange={(safeguardType) => setForm({ safeguardType })}
                  error={perr('safeguard.type') ?? perr('safeguard')}
                  helpText="Needed when the country is outside the EEA and has no adequacy decision (GDPR Art. 44-46)."
                />
                {editing.form.safeguardType === 'scc' && (
                  <Box paddingInlineStart="400">
                    <FormLayout>
                      <Select label="SCC module" options={options(['1', '2', '3', '4'], SCC_MODULE_LABELS)} value={editing.form.sccModule} onChange={(sccModule) => setForm({ sccModule })} error={perr('safeguard.module')} />
                      <FormLayout.Group>
                        <TextField label="SCC version" value={editing.form.sccVersion} onChange={(sccVersion) => setForm({ sccVersion })} autoComplete="off" helpText="The current clauses are 2021/914." error={perr('safeguard.version')} />
                        <TextField label="Signing date" type="date" value={editing.form.sccSignedOn} onChange={(sccSignedOn) => setForm({ sccSignedOn })} autoComplete="off" error={perr('safeguard.signedOn')} />
                      </FormLayout.Group>
                    </FormLayout>
                  </Box>
                )}
                <TextField label="Data processing agreement (web address)" type="url" value={editing.form.dpaUrl} onChange={(dpaUrl) => setForm({ dpaUrl })} autoComplete="off" placeholder="https://" error={perr('dpaUrl')} />
                <TextField label="Last reviewed on" type="date" value={editing.form.lastReviewedOn} onChange={(lastReviewedOn) => setForm({ lastReviewedOn })} autoComplete="off" helpText="Review each processor at least once a year." error={perr('lastReviewedOn')} />
              </FormLayout>
            </BlockStack>
          </Modal.Section>
        )}
      </Modal>

      <Modal
        open={dialog?.kind === 'remove'}
        onClose={() => setDialog(undefined)}
        title={`Remove ${dialog?.kind === 'remove' ? (processors[dialog.index]?.name ?? 'processor') : 'processor'}?`}
        primaryAction={{ content: 'Remove', destructive: true, loading: saving !== undefined, onAction: () => dialog?.kind === 'remove' && void remove(dialog.index) }}
        secondaryActions={[{ content: 'Cancel', onAction: () => setDialog(undefined) }]}
      >
        <Modal.Section>
          <Text as="p">It will no longer be named in your policy once you publish it again.</Text>
        </Modal.Section>
      </Modal>
    </Page>
  );
}
