// Privacy policy: the policy rendered from the records in each language and format, publishing a
// version (optionally replacing the store's Shopify privacy policy), the history of versions and
// what changed between two, and import/export of the whole profile as JSON.
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { Badge, Banner, BlockStack, Box, Button, Card, Checkbox, ChoiceList, IndexTable, InlineStack, Layout, Link, List, Modal, Page, Select, SkeletonBodyText, Tabs, Text } from '@shopify/polaris';
import { apiDownload, apiJson, ApiError } from '../../api.ts';
import { SECTION_PAGES } from '../../records/labels.ts';
import { actorLabel } from '../../actors.ts';

interface Version {
  version: number;
  lastUpdated: string;
  contentHash: string;
  consentVersion: number;
  publishedBy: string;
  publishedAt: string;
  shopPolicyUpdated: boolean;
}

interface Change {
  added: boolean;
  removed: boolean;
  value: string;
}

interface PublishResult {
  version: number;
  locales: string[];
  shopPolicy: { requested: false } | { requested: true; locale: string; updated: boolean; error?: string };
}

interface Refusal {
  title: string;
  message: string;
  fields: Record<string, string>;
}

const LOCALES = [
  { label: 'English', value: 'en' },
  { label: 'Deutsch', value: 'de' },
  { label: 'Français', value: 'fr' },
  { label: 'Latviešu', value: 'lv' },
];
const FORMATS = [
  { id: 'html', content: 'Page (HTML)' },
  { id: 'md', content: 'Markdown' },
  { id: 'text', content: 'Plain text' },
];

const languageName = (code: string) => LOCALES.find((l) => l.value === code)?.label ?? code;

const refusal = (title: string, e: unknown): Refusal => ({ title, message: (e as Error).message, fields: e instanceof ApiError ? e.fields : {} });

function RefusalBanner({ refusal, onDismiss }: { refusal?: Refusal; onDismiss?: () => void }) {
  if (!refusal) return null;
  const entries = Object.entries(refusal.fields);
  return (
    <Banner tone="critical" title={refusal.title} onDismiss={onDismiss}>
      <BlockStack gap="200">
        <Text as="p">{refusal.message}</Text>
        {entries.length > 0 && (
          <List type="bullet">
            {entries.slice(0, 15).map(([path, message]) => {
              const page = SECTION_PAGES[path.split('.')[0] ?? ''];
              return (
                <List.Item key={path}>
                  {page ? (
                    <>
                      <Link url={page.path}>{page.label}</Link>: {message}
                    </>
                  ) : path === '_' ? (
                    message
                  ) : (
                    `${path}: ${message}`
                  )}
                </List.Item>
              );
            })}
          </List>
        )}
        {entries.length > 15 && <Text as="p">…and {entries.length - 15} more.</Text>}
      </BlockStack>
    </Banner>
  );
}

/** Lines of a diff with + / − prefixes (readable without colour); long unchanged stretches are folded. */
function DiffView({ changes }: { changes: Change[] }) {
  const lines: Array<{ kind: 'added' | 'removed' | 'same' | 'fold'; text: string }> = [];
  changes.forEach((change, index) => {
    const text = change.value.endsWith('\n') ? change.value.slice(0, -1) : change.value;
    const parts = text.split('\n');
    if (change.added || change.removed) {
      for (const line of parts) lines.push({ kind: change.added ? 'added' : 'removed', text: line });
      return;
    }
    const context = 2;
    const keepHead = index > 0 ? context : 0;
    const keepTail = index < changes.length - 1 ? context : 0;
    if (parts.length > keepHead + keepTail + 1) {
      parts.slice(0, keepHead).forEach((line) => lines.push({ kind: 'same', text: line }));
      lines.push({ kind: 'fold', text: `… ${parts.length - keepHead - keepTail} unchanged lines …` });
      parts.slice(parts.length - keepTail).forEach((line) => lines.push({ kind: 'same', text: line }));
    } else {
      parts.forEach((line) => lines.push({ kind: 'same', text: line }));
    }
  });
  const changed = changes.some((c) => c.added || c.removed);
  if (!changed) return <Text as="p" tone="subdued">The two versions read the same in this language.</Text>;
  const style = (kind: string) => ({
    background: kind === 'added' ? 'var(--p-color-bg-surface-success)' : kind === 'removed' ? 'var(--p-color-bg-surface-critical)' : undefined,
    color: kind === 'added' ? 'var(--p-color-text-success)' : kind === 'removed' ? 'var(--p-color-text-critical)' : kind === 'fold' ? 'var(--p-color-text-secondary)' : undefined,
    textDecoration: kind === 'removed' ? 'line-through' : undefined,
    padding: '0 8px',
    whiteSpace: 'pre-wrap' as const,
    wordBreak: 'break-word' as const,
  });
  return (
    <div data-testid="policy-diff" style={{ fontFamily: 'var(--p-font-family-mono)', fontSize: 13, lineHeight: 1.6, border: '1px solid var(--p-color-border)', borderRadius: 8, overflow: 'hidden' }}>
      {lines.map((line, i) => (
        <div key={i} className={`diff-${line.kind}`} style={style(line.kind)}>
          {line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '− ' : line.kind === 'fold' ? '' : '  '}
          {line.text}
        </div>
      ))}
    </div>
  );
}

export default function PolicyPage() {
  const [locale, setLocale] = useState('en');
  const [format, setFormat] = useState(0);
  const [content, setContent] = useState<string>();
  const [previewError, setPreviewError] = useState<Refusal>();
  const [loadingPreview, setLoadingPreview] = useState(true);
  const [versions, setVersions] = useState<Version[]>();
  const [publishOpen, setPublishOpen] = useState(false);
  const [replaceShopPolicy, setReplaceShopPolicy] = useState(false);
  const [languages, setLanguages] = useState<string[]>(['en']);
  const [chosenLanguages, setChosenLanguages] = useState<string[]>(['en']);
  const [savingLanguages, setSavingLanguages] = useState(false);
  const [languagesSaved, setLanguagesSaved] = useState(false);
  const [shopPolicyLocale, setShopPolicyLocale] = useState('en');
  const [shopPolicyFailure, setShopPolicyFailure] = useState<string>();
  const [publishing, setPublishing] = useState(false);
  const [actionError, setActionError] = useState<Refusal>();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [changes, setChanges] = useState<Change[]>();
  const [comparing, setComparing] = useState(false);
  const [importFile, setImportFile] = useState<File>();
  const [importing, setImporting] = useState(false);
  const [viewing, setViewing] = useState<{ version: number; content: string | null }>();
  const fileInput = useRef<HTMLInputElement>(null);
  const formatId = FORMATS[format]!.id;

  const loadPreview = useCallback(async () => {
    setLoadingPreview(true);
    try {
      setContent((await apiJson<{ content: string }>(`/api/policy/preview?locale=${locale}&format=${formatId}`)).content);
      setPreviewError(undefined);
    } catch (e) {
      setContent(undefined);
      setPreviewError(refusal('The policy cannot be shown yet', e));
    } finally {
      setLoadingPreview(false);
    }
  }, [locale, formatId]);

  const loadVersions = useCallback(async () => {
    try {
      const list = (await apiJson<{ versions: Version[] }>('/api/policy/versions')).versions;
      setVersions(list);
      if (list.length >= 2) {
        setTo(String(list[0]!.version));
        setFrom(String(list[1]!.version));
      }
    } catch (e) {
      setActionError(refusal('The version history could not be loaded', e));
    }
  }, []);

  useEffect(() => {
    void loadPreview();
  }, [loadPreview]);
  useEffect(() => {
    void loadVersions();
  }, [loadVersions]);
  const loadLanguages = useCallback(async () => {
    try {
      const result = await apiJson<{ locales: string[]; shopPolicyLocale: string }>('/api/policy/languages');
      setLanguages(result.locales);
      setChosenLanguages(result.locales);
      setShopPolicyLocale(result.shopPolicyLocale);
    } catch {
      // The preview already says what is wrong with the records.
    }
  }, []);
  useEffect(() => {
    void loadLanguages();
  }, [loadLanguages]);

  /** The policy's languages are part of the records (the policy section), kept with its other settings. */
  async function saveLanguages() {
    setSavingLanguages(true);
    setActionError(undefined);
    setLanguagesSaved(false);
    try {
      const { records } = await apiJson<{ records: { policy?: Record<string, unknown> } }>('/api/records');
      await apiJson('/api/records/policy', { method: 'PUT', json: { ...(records.policy ?? {}), locales: chosenLanguages } });
      setLanguages(chosenLanguages);
      if (!chosenLanguages.includes(locale)) setLocale(chosenLanguages[0] ?? 'en');
      setLanguagesSaved(true);
    } catch (e) {
      setActionError(refusal('The languages could not be saved', e));
    } finally {
      setSavingLanguages(false);
    }
  }

  async function publish() {
    setPublishing(true);
    setActionError(undefined);
    setShopPolicyFailure(undefined);
    try {
      const result = await apiJson<PublishResult>('/api/policy/publish', {
        method: 'POST',
        json: replaceShopPolicy ? { updateShopifyPolicy: true, shopPolicyLocale } : { updateShopifyPolicy: false },
      });
      window.shopify.toast.show(`Version ${result.version} published`);
      if (result.shopPolicy.requested && !result.shopPolicy.updated) {
        setShopPolicyFailure(`Version ${result.version} is on your storefront, but Shopify did not take the text for your store's privacy policy. ${result.shopPolicy.error ?? ''} Publish again to retry.`);
      }
      setPublishOpen(false);
      setChanges(undefined);
      await loadVersions();
    } catch (e) {
      setPublishOpen(false);
      setActionError(refusal(e instanceof ApiError && e.status === 409 ? 'Not published: fix the blocking problems first' : 'Not published', e));
    } finally {
      setPublishing(false);
    }
  }

  async function compare() {
    setComparing(true);
    try {
      setChanges((await apiJson<{ changes: Change[] }>(`/api/policy/diff?from=${from}&to=${to}&locale=${locale}`)).changes);
    } catch (e) {
      setActionError(refusal('The versions could not be compared', e));
    } finally {
      setComparing(false);
    }
  }

  async function view(version: number) {
    try {
      const result = await apiJson<{ content: string | null }>(`/api/policy/versions/${version}?locale=${locale}&format=html`);
      setViewing({ version, content: result.content });
    } catch (e) {
      setActionError(refusal(`Version ${version} could not be loaded`, e));
    }
  }

  function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) setImportFile(file);
  }

  async function runImport() {
    if (!importFile) return;
    setImporting(true);
    setActionError(undefined);
    try {
      let profile: unknown;
      try {
        profile = JSON.parse(await importFile.text());
      } catch {
        throw new ApiError(`${importFile.name} is not a JSON file. Export a profile from Lawfully to see the expected format.`, 400);
      }
      await apiJson('/api/records/import', { method: 'POST', json: profile });
      window.shopify.toast.show('Profile imported');
      setImportFile(undefined);
      await Promise.all([loadPreview(), loadLanguages()]);
    } catch (e) {
      setImportFile(undefined);
      setActionError(refusal('Not imported: nothing was changed', e));
    } finally {
      setImporting(false);
    }
  }

  const versionOptions = (versions ?? []).map((v) => ({ label: `Version ${v.version} (${v.lastUpdated.slice(0, 10)})`, value: String(v.version) }));

  return (
    <Page
      title="Privacy policy"
      subtitle="Written from your records, in the languages you chose. Publish it to show it on your storefront."
      primaryAction={{ content: 'Publish', onAction: () => setPublishOpen(true), disabled: Boolean(previewError) || loadingPreview }}
    >
      <BlockStack gap="400">
        <RefusalBanner refusal={actionError} onDismiss={() => setActionError(undefined)} />
        {shopPolicyFailure && (
          <Banner tone="warning" title="Your store's privacy policy in Shopify was not replaced" onDismiss={() => setShopPolicyFailure(undefined)}>
            <Text as="p">{shopPolicyFailure}</Text>
          </Banner>
        )}
        <Layout>
          <Layout.Section>
            <Card padding="0">
              <Box padding="400">
                <InlineStack align="space-between" blockAlign="center" gap="400">
                  <Text as="h2" variant="headingMd">Preview</Text>
                  <div style={{ minWidth: 200 }}>
                    <Select label="Language" labelInline options={LOCALES} value={locale} onChange={setLocale} />
                  </div>
                </InlineStack>
              </Box>
              <Tabs tabs={FORMATS} selected={format} onSelect={setFormat} />
              <Box padding="400">
                {previewError ? (
                  <RefusalBanner refusal={previewError} />
                ) : content === undefined ? (
                  <SkeletonBodyText lines={10} />
                ) : formatId === 'html' ? (
                  <iframe title="Policy preview" sandbox="" srcDoc={content} style={{ width: '100%', height: 600, border: '1px solid var(--p-color-border)', borderRadius: 8, background: 'white' }} />
                ) : (
                  <pre data-testid="policy-source" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontFamily: 'var(--p-font-family-mono)', fontSize: 13, maxHeight: 600, overflow: 'auto', margin: 0 }}>
                    {content}
                  </pre>
                )}
              </Box>
            </Card>
          </Layout.Section>
          <Layout.Section>
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">Languages</Text>
                <ChoiceList
                  title="Publish the policy in"
                  allowMultiple
                  choices={LOCALES.map((l) => ({ label: l.label, value: l.value }))}
                  selected={chosenLanguages}
                  onChange={(selected) => {
                    setChosenLanguages(selected);
                    setLanguagesSaved(false);
                  }}
                  error={chosenLanguages.length === 0 ? 'Choose at least one language' : undefined}
                />
                <Text as="p" tone="subdued">Lawfully writes the policy’s own sentences in every language. Texts you typed yourself (descriptions, interests, services) appear as you wrote them; to translate them, export your records below, add the translations and import the file again.</Text>
                <InlineStack gap="200" blockAlign="center">
                  <Button onClick={() => void saveLanguages()} loading={savingLanguages} disabled={chosenLanguages.length === 0 || chosenLanguages.join() === languages.join()}>
                    Save languages
                  </Button>
                  {languagesSaved && <Badge tone="success">Saved</Badge>}
                </InlineStack>
              </BlockStack>
            </Card>
          </Layout.Section>
          <Layout.Section>
            <Card padding="0">
              <Box padding="400">
                <Text as="h2" variant="headingMd">Version history</Text>
              </Box>
              <IndexTable
                resourceName={{ singular: 'version', plural: 'versions' }}
                itemCount={versions?.length ?? 0}
                selectable={false}
                loading={!versions}
                emptyState={
                  <Box padding="400">
                    <Text as="p" tone="subdued">No version published yet.</Text>
                  </Box>
                }
                headings={[{ title: 'Version' }, { title: 'Last updated' }, { title: 'Published' }, { title: 'By' }, { title: 'Consent version' }, { title: 'Shopify policy' }, { title: 'Fingerprint' }, { title: '' }]}
              >
                {(versions ?? []).map((v, index) => (
                  <IndexTable.Row id={String(v.version)} key={v.version} position={index}>
                    <IndexTable.Cell>
                      <InlineStack gap="200">
                        <Text as="span" fontWeight="semibold">{`Version ${v.version}`}</Text>
                        {index === 0 && <Badge tone="success">Current</Badge>}
                      </InlineStack>
                    </IndexTable.Cell>
                    <IndexTable.Cell>{v.lastUpdated.slice(0, 10)}</IndexTable.Cell>
                    <IndexTable.Cell>{new Date(v.publishedAt).toLocaleString()}</IndexTable.Cell>
                    <IndexTable.Cell>{actorLabel(v.publishedBy)}</IndexTable.Cell>
                    <IndexTable.Cell>{v.consentVersion}</IndexTable.Cell>
                    <IndexTable.Cell>{v.shopPolicyUpdated ? <Badge tone="info">Replaced</Badge> : <Text as="span" tone="subdued">Unchanged</Text>}</IndexTable.Cell>
                    <IndexTable.Cell>
                      <Text as="span" tone="subdued" variant="bodySm">
                        <code>{v.contentHash.slice(0, 12)}</code>
                      </Text>
                    </IndexTable.Cell>
                    <IndexTable.Cell>
                      <Button size="slim" variant="plain" onClick={() => void view(v.version)} accessibilityLabel={`View version ${v.version}`}>
                        View
                      </Button>
                    </IndexTable.Cell>
                  </IndexTable.Row>
                ))}
              </IndexTable>
            </Card>
          </Layout.Section>
          <Layout.Section>
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">Compare versions</Text>
                {(versions?.length ?? 0) < 2 ? (
                  <Text as="p" tone="subdued">Publish at least two versions to see what changed between them.</Text>
                ) : (
                  <>
                    <InlineStack gap="300" blockAlign="end">
                      <Select label="From" options={versionOptions} value={from} onChange={setFrom} />
                      <Select label="To" options={versionOptions} value={to} onChange={setTo} />
                      <Button onClick={() => void compare()} loading={comparing} disabled={!from || !to || from === to}>
                        Compare
                      </Button>
                    </InlineStack>
                    {changes && <DiffView changes={changes} />}
                  </>
                )}
              </BlockStack>
            </Card>
          </Layout.Section>
          <Layout.Section>
            <Card>
              <BlockStack gap="300">
                <Text as="h2" variant="headingMd">Import and export</Text>
                <Text as="p" tone="subdued">Your whole record as one JSON file: keep a copy, edit it elsewhere, or move it to another store. Importing replaces every record.</Text>
                <InlineStack gap="200">
                  <Button onClick={() => void apiDownload('/api/records/export', 'lawfully-profile.json').catch((e: unknown) => setActionError(refusal('Not exported', e)))}>Export profile</Button>
                  <Button onClick={() => fileInput.current?.click()}>Import profile…</Button>
                  <input ref={fileInput} type="file" accept="application/json,.json" aria-label="Profile file to import" style={{ display: 'none' }} onChange={chooseFile} />
                </InlineStack>
              </BlockStack>
            </Card>
          </Layout.Section>
        </Layout>
      </BlockStack>

      <Modal
        open={publishOpen}
        onClose={() => setPublishOpen(false)}
        title="Publish the privacy policy"
        primaryAction={{ content: 'Publish', onAction: () => void publish(), loading: publishing }}
        secondaryActions={[{ content: 'Cancel', onAction: () => setPublishOpen(false) }]}
      >
        <Modal.Section>
          <BlockStack gap="300">
            <Text as="p">{`A new version is recorded with today's date and shown on your storefront in ${languages.map(languageName).join(', ')}. Earlier versions stay in the history.`}</Text>
            <Checkbox
              label="Also replace my store's privacy policy in Shopify"
              helpText="Overwrites the text under Settings › Policies › Privacy policy. Shopify keeps one text there, so choose its language."
              checked={replaceShopPolicy}
              onChange={setReplaceShopPolicy}
            />
            {replaceShopPolicy && (
              <Select label="Language of the store's privacy policy" options={LOCALES} value={shopPolicyLocale} onChange={setShopPolicyLocale} />
            )}
          </BlockStack>
        </Modal.Section>
      </Modal>

      <Modal
        open={Boolean(importFile)}
        onClose={() => setImportFile(undefined)}
        title="Replace all your records?"
        primaryAction={{ content: 'Import', destructive: true, onAction: () => void runImport(), loading: importing }}
        secondaryActions={[{ content: 'Cancel', onAction: () => setImportFile(undefined) }]}
      >
        <Modal.Section>
          <Text as="p">{`Every record is replaced by the contents of ${importFile?.name ?? 'the file'}. Published policy versions are not changed.`}</Text>
        </Modal.Section>
      </Modal>

      <Modal open={Boolean(viewing)} onClose={() => setViewing(undefined)} title={`Version ${viewing?.version ?? ''}`} size="large">
        <Modal.Section>
          {viewing?.content ? (
            <iframe title={`Policy version ${viewing.version}`} sandbox="" srcDoc={viewing.content} style={{ width: '100%', height: 500, border: 0 }} />
          ) : (
            <Text as="p" tone="subdued">This version has no text in this language.</Text>
          )}
        </Modal.Section>
      </Modal>
    </Page>
  );
}
