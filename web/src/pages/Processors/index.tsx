// Processors: the service providers that handle personal data for the store, where they handle it
// and how transfers outside the EEA are protected (GDPR Art. 28, Chapter V), plus the kinds of
// recipients the policy names and whether the store sells data (Art. 13(1)(e)). Each part is a
// component of this folder; the list's dialogs share one hook (useProcessorDialogs).
import { useMemo } from 'react';
import { Banner, BlockStack, Layout, List, Modal, Page, Text } from '@shopify/polaris';
import { useRecords, useReference } from '../../records/useRecords.ts';
import { LoadErrorBanner, LoadingCard, SaveErrorBanner, StoredProblemsBanner } from '../../records/components.tsx';
import { countryOptions as countryOptionsFor } from '../../records/CountryPicker.tsx';
import { ProcessorTable } from './ProcessorTable.tsx';
import { Recipients, useRecipientsDraft } from './Recipients.tsx';
import { Catalogue } from './Catalogue.tsx';
import { ProcessorDialog } from './ProcessorDialog.tsx';
import { useProcessorDialogs } from './useProcessorDialogs.ts';

export default function ProcessorsPage() {
  const records = useRecords();
  const { data, loadError, reload, saving, errors, clearErrors } = records;
  const { reference, error: referenceError } = useReference();
  const draft = useRecipientsDraft(data);
  const dialogs = useProcessorDialogs(records, draft.addKinds);
  const { dialog } = dialogs;

  const processors = data?.records.processors ?? [];
  const findings = data?.attention.findings ?? [];
  const blocking = findings.filter((f) => f.severity === 'blocking');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const countryOptions = useMemo(() => countryOptionsFor(reference?.countries ?? [], (c) => `${c.name}${c.eea ? '' : ' (outside EEA)'}`), [reference]);
  const countryName = (code: string) => reference?.countries.find((c) => c.code === code)?.name ?? code;
  const editing = dialog?.kind === 'edit' ? dialog : undefined;
  const closeEditor = () => {
    dialogs.close();
    clearErrors();
  };

  return (
    <Page
      title="Processors"
      subtitle="Service providers that handle personal data for you, where they do it, and how transfers outside the EEA are protected."
      primaryAction={{
        content: 'Add from catalogue',
        onAction: () => {
          clearErrors();
          dialogs.openCatalogue();
        },
        disabled: !data || !reference,
      }}
      secondaryActions={[{ content: 'Add custom processor', onAction: dialogs.addCustom, disabled: !data }]}
    >
      <BlockStack gap="400">
        <LoadErrorBanner error={loadError ?? referenceError} onRetry={() => void reload()} />
        <StoredProblemsBanner problems={data?.storedProblems} section={['processors', 'recipients']} />
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
              <ProcessorTable
                processors={processors}
                findings={findings}
                reference={reference}
                countryName={countryName}
                onCatalogue={dialogs.openCatalogue}
                onCustom={dialogs.addCustom}
                onEdit={dialogs.edit}
                onRemove={dialogs.askRemove}
              />
            </Layout.Section>
            <Layout.Section>
              <Recipients draft={draft} records={records} />
            </Layout.Section>
          </Layout>
        )}
      </BlockStack>

      <Catalogue
        open={dialog?.kind === 'catalogue'}
        presets={reference?.presets.presets ?? []}
        processors={processors}
        countryName={countryName}
        busy={saving !== undefined}
        onAdd={(preset) => void dialogs.addPreset(preset)}
        onClose={dialogs.close}
      />

      <ProcessorDialog
        editing={editing}
        records={records}
        processors={processors}
        findings={findings}
        countryOptions={countryOptions}
        setForm={dialogs.setForm}
        onSave={() => void dialogs.saveEdit()}
        onClose={closeEditor}
      />

      <Modal
        open={dialog?.kind === 'remove'}
        onClose={dialogs.close}
        title={`Remove ${dialog?.kind === 'remove' ? (processors[dialog.index]?.name ?? 'processor') : 'processor'}?`}
        primaryAction={{
          content: 'Remove',
          destructive: true,
          loading: saving !== undefined,
          onAction: () => dialog?.kind === 'remove' && void dialogs.remove(dialog.index),
        }}
        secondaryActions={[{ content: 'Cancel', onAction: dialogs.close }]}
      >
        <Modal.Section>
          <Text as="p">It will no longer be named in your policy once you publish it again.</Text>
        </Modal.Section>
      </Modal>
    </Page>
  );
}
