// The whole profile as one JSON file: exported as it is, imported in place of every record.
import { useRef, useState, type ChangeEvent } from 'react';
import { Button, InlineStack, Modal, Text } from '@shopify/polaris';
import { apiDownload, apiJson, ApiError } from '../../api.ts';
import { refusal, type Refusal } from './RefusalBanner.tsx';
import { SectionCard } from '../../components/SectionCard.tsx';

export function useProfileImport({ onImported, onError }: { onImported: () => Promise<unknown>; onError: (refusal: Refusal | undefined) => void }) {
  const [file, setFile] = useState<File>();
  const [importing, setImporting] = useState(false);

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (chosen) setFile(chosen);
  }

  async function runImport() {
    if (!file) return;
    setImporting(true);
    onError(undefined);
    try {
      let profile: unknown;
      try {
        profile = JSON.parse(await file.text());
      } catch {
        throw new ApiError(`${file.name} is not a JSON file. Export a profile from Lawfully to see the expected format.`, 400);
      }
      await apiJson('/api/records/import', { method: 'POST', json: profile });
      window.shopify.toast.show('Profile imported');
      setFile(undefined);
      await onImported();
    } catch (e) {
      setFile(undefined);
      onError(refusal('Not imported: nothing was changed', e));
    } finally {
      setImporting(false);
    }
  }

  return { file, choose, cancel: () => setFile(undefined), importing, runImport };
}

export function ImportExport({
  profileImport: { file, choose, cancel, importing, runImport },
  onError,
}: {
  profileImport: ReturnType<typeof useProfileImport>;
  onError: (refusal: Refusal) => void;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <>
      <SectionCard title="Import and export">
        <Text as="p" tone="subdued">
          Your whole record as one JSON file: keep a copy, edit it elsewhere, or move it to another store. Importing replaces every record.
        </Text>
        <InlineStack gap="200">
          <Button onClick={() => void apiDownload('/api/records/export', 'lawfully-profile.json').catch((e: unknown) => onError(refusal('Not exported', e)))}>
            Export profile
          </Button>
          <Button onClick={() => fileInput.current?.click()}>Import profile…</Button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            aria-label="Profile file to import"
            style={{ display: 'none' }}
            onChange={choose}
          />
        </InlineStack>
      </SectionCard>
      <Modal
        open={Boolean(file)}
        onClose={cancel}
        title="Replace all your records?"
        primaryAction={{ content: 'Import', destructive: true, onAction: () => void runImport(), loading: importing }}
        secondaryActions={[{ content: 'Cancel', onAction: cancel }]}
      >
        <Modal.Section>
          <Text as="p">{`Every record is replaced by the contents of ${file?.name ?? 'the file'}. Published policy versions are not changed.`}</Text>
        </Modal.Section>
      </Modal>
    </>
  );
}
