// The frame of a records page: its title and actions, the banners every one of them shows (records
// not loaded, saved records that no longer fit, a refused save) above its own notices, a loading
// card until the page's draft is ready, then its layout sections and the Save button under them.
import type { ReactNode } from 'react';
import { BlockStack, Layout, Page, Text, type PageProps } from '@shopify/polaris';
import { LoadErrorBanner, LoadingCard, SaveBar, SaveErrorBanner, StoredProblemsBanner } from './components.tsx';
import type { RecordsState } from './useRecords.ts';
import type { SectionName } from './types.ts';

export function RecordsPage({
  title,
  subtitle,
  starters,
  records,
  section,
  fieldLabel,
  notices,
  ready,
  onSave,
  saveError,
  after,
  children,
}: Pick<PageProps, 'title' | 'subtitle'> & {
  /** the usual entries the page can add, offered while one of them is missing */
  starters?: { label: string; missing: boolean; onAdd: () => void };
  records: RecordsState;
  /** the sections this page saves */
  section: SectionName | SectionName[];
  fieldLabel?: (path: string) => string | undefined;
  /** the page's own banners, under the common ones */
  notices?: ReactNode;
  /** the draft is loaded: the page's sections replace the loading card */
  ready: boolean;
  onSave: () => void;
  /** the server's message for the whole section, shown by the Save button */
  saveError?: string;
  /** layout sections under the Save button (settings saved on their own) */
  after?: ReactNode;
  /** the page's layout sections */
  children: ReactNode;
}) {
  const { data, loadError, reload, errors, clearErrors, saving } = records;
  const sections: string[] = Array.isArray(section) ? section : [section];
  return (
    <Page title={title} subtitle={subtitle} secondaryActions={starters?.missing ? [{ content: starters.label, onAction: starters.onAdd }] : []}>
      <BlockStack gap="400">
        <LoadErrorBanner error={loadError} onRetry={() => void reload()} />
        <StoredProblemsBanner problems={data?.storedProblems} section={section} fieldLabel={fieldLabel} />
        <SaveErrorBanner errors={errors} section={section} onDismiss={clearErrors} fieldLabel={fieldLabel} />
        {notices}
        {ready ? (
          <Layout>
            {children}
            <Layout.Section>
              <BlockStack gap="200">
                {saveError && (
                  <Text as="p" tone="critical">
                    {saveError}
                  </Text>
                )}
                <SaveBar onSave={onSave} loading={saving !== undefined && sections.includes(saving)} />
              </BlockStack>
            </Layout.Section>
            {after}
          </Layout>
        ) : (
          <LoadingCard />
        )}
      </BlockStack>
    </Page>
  );
}
