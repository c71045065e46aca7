// The dialog that adds or edits one processor, with the server's messages beside its fields and
// what the checks found about it.
import { Banner, BlockStack, Box, ChoiceList, FormLayout, Modal, Select, Text, TextField } from '@shopify/polaris';
import { EnglishTextField, SaveErrorBanner } from '../../records/components.tsx';
import { CountryPicker, type CountryOption } from '../../records/CountryPicker.tsx';
import { KEY_MAX_LENGTH, NAME_MAX_LENGTH, URL_MAX_LENGTH } from '../../../../app/records/limits.ts';
import { RECIPIENT_KIND_LABELS, SAFEGUARD_LABELS, SCC_MODULE_LABELS, options } from '../../records/labels.ts';
import { english } from '../../records/text.ts';
import type { RecordsState } from '../../records/useRecords.ts';
import type { Finding, Processor } from '../../records/types.ts';
import { processorFieldLabel, type Form } from './form.ts';
import { RECIPIENT_KINDS } from './Recipients.tsx';
import { ProcessorConnection } from './ProcessorConnection.tsx';

const SAFEGUARDS = ['none', 'adequacy', 'scc', 'dpf', 'bcr'];

interface Props {
  editing: { index: number; form: Form; isNew: boolean } | undefined;
  records: RecordsState;
  processors: Processor[];
  findings: Finding[];
  countryOptions: CountryOption[];
  setForm: (change: Partial<Form>) => void;
  onSave: () => void;
  onClose: () => void;
}

export function ProcessorDialog({
  editing,
  records: { data, errors, fieldError, saving },
  processors,
  findings,
  countryOptions,
  setForm,
  onSave,
  onClose,
}: Props) {
  const inventory = data?.records.inventory?.categories ?? [];
  const inventoryKeys = new Set(inventory.map((c) => c.key));
  const purposes = data?.records.purposes ?? [];
  const perr = (path: string) => (editing ? fieldError('processors', `${editing.index}.${path}`) : undefined);
  // The saved processor being edited: its API connection is kept apart from the records (ProcessorConnection).
  const saved = editing && !editing.isNew ? processors[editing.index] : undefined;
  const editingFindings = editing && !editing.isNew ? findings.filter((f) => f.processorId === processors[editing.index]?.id) : [];
  const categoryError = editing
    ? Object.entries(errors?.section === 'processors' ? errors.fields : {}).find(
        ([path]) => path.startsWith(`${editing.index}.categories`) || path.startsWith(`processors.${editing.index}.categories`),
      )?.[1]
    : undefined;

  return (
    <Modal
      open={Boolean(editing)}
      onClose={onClose}
      title={editing?.isNew ? 'Add processor' : `Edit ${editing?.form.name ?? 'processor'}`}
      primaryAction={{ content: 'Save', onAction: onSave, loading: saving !== undefined }}
      secondaryActions={[{ content: 'Cancel', onAction: onClose }]}
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
                <TextField
                  label="Name"
                  value={editing.form.name}
                  onChange={(name) => setForm({ name })}
                  autoComplete="off"
                  maxLength={NAME_MAX_LENGTH}
                  error={perr('name')}
                />
                <TextField
                  label="Key"
                  value={editing.form.id}
                  onChange={(id) => setForm({ id, autoId: false })}
                  autoComplete="off"
                  monospaced
                  maxLength={KEY_MAX_LENGTH}
                  helpText={
                    editing.form.autoId
                      ? 'Made from the name, e.g. "stripe"; Lawfully uses it to tell your processors apart. It is not shown in the policy.'
                      : 'Lawfully uses it to tell your processors apart, e.g. "stripe". It is not shown in the policy.'
                  }
                  error={perr('id')}
                />
              </FormLayout.Group>
              <EnglishTextField
                label="Service"
                value={editing.form.service}
                onChange={(service) => setForm({ service })}
                placeholder="e.g. Payment processing"
                maxLength={NAME_MAX_LENGTH}
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
                  ...editing.form.categories
                    .filter((key) => !inventoryKeys.has(key))
                    .map((key) => ({ label: `${key} (not in your data inventory)`, value: key })),
                ]}
                selected={editing.form.categories}
                onChange={(categories) => setForm({ categories })}
                error={categoryError}
              />
              {purposes.length > 0 && (
                <ChoiceList
                  title="Purposes it serves (optional)"
                  allowMultiple
                  choices={purposes.map((p) => ({ label: english(p.name) || p.key, value: p.key }))}
                  selected={editing.form.purposes}
                  onChange={(chosen) => setForm({ purposes: chosen })}
                  error={perr('purposes') ?? perr('purposes.0')}
                />
              )}
              {purposes.length > 0 && (
                <Text as="p" tone="subdued">
                  The record of processing lists it as a recipient under these purposes; with none chosen, under every purpose that uses one of its data
                  categories.
                </Text>
              )}
              <CountryPicker
                label="Country where it handles the data"
                options={countryOptions}
                value={editing.form.country}
                onChange={(country) => setForm({ country })}
                error={perr('country')}
              />
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
                    <Select
                      label="SCC module"
                      options={options(['1', '2', '3', '4'], SCC_MODULE_LABELS)}
                      value={editing.form.sccModule}
                      onChange={(sccModule) => setForm({ sccModule })}
                      error={perr('safeguard.module')}
                    />
                    <FormLayout.Group>
                      <TextField
                        label="SCC version"
                        value={editing.form.sccVersion}
                        onChange={(sccVersion) => setForm({ sccVersion })}
                        autoComplete="off"
                        helpText="The current clauses are 2021/914."
                        error={perr('safeguard.version')}
                      />
                      <TextField
                        label="Signing date"
                        type="date"
                        value={editing.form.sccSignedOn}
                        onChange={(sccSignedOn) => setForm({ sccSignedOn })}
                        autoComplete="off"
                        error={perr('safeguard.signedOn')}
                      />
                    </FormLayout.Group>
                  </FormLayout>
                </Box>
              )}
              <TextField
                label="Data processing agreement (web address)"
                type="url"
                value={editing.form.dpaUrl}
                onChange={(dpaUrl) => setForm({ dpaUrl })}
                autoComplete="off"
                maxLength={URL_MAX_LENGTH}
                placeholder="https://"
                error={perr('dpaUrl')}
              />
              <TextField
                label="Last reviewed on"
                type="date"
                value={editing.form.lastReviewedOn}
                onChange={(lastReviewedOn) => setForm({ lastReviewedOn })}
                autoComplete="off"
                helpText="Review each processor at least once a year."
                error={perr('lastReviewedOn')}
              />
            </FormLayout>
          </BlockStack>
        </Modal.Section>
      )}
      {saved && (
        <Modal.Section>
          <ProcessorConnection processorId={saved.id} name={saved.name} />
        </Modal.Section>
      )}
    </Modal>
  );
}
