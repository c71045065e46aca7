// Privacy policy: the policy rendered from the records in each language and format, publishing a
// version (optionally replacing the store's Shopify privacy policy), the history of versions and
// what changed between two, unpublished changes, the Art. 13/14 completeness check, downloads of
// past versions, and import/export of the whole profile as JSON. Each part is a
// component of this folder with its own hook; the page holds what they share (the language shown,
// the last refusal).
import { useState } from 'react';
import { Banner, BlockStack, Layout, Page, Text } from '@shopify/polaris';
import { RefusalBanner, type Refusal } from './RefusalBanner.tsx';
import { Preview, usePreview } from './Preview.tsx';
import { Languages, useLanguages } from './Languages.tsx';
import { useVersions, Versions } from './Versions.tsx';
import { CompareVersions, useCompare } from './CompareVersions.tsx';
import { PublishModal, usePublish } from './Publish.tsx';
import { ImportExport, useProfileImport } from './ImportExport.tsx';
import { usePolicyStatus } from './usePolicyStatus.ts';
import { UnpublishedChanges } from './UnpublishedChanges.tsx';
import { Completeness } from './Completeness.tsx';
import { Downloads } from './Downloads.tsx';

export default function PolicyPage() {
  const [locale, setLocale] = useState('en');
  const [actionError, setActionError] = useState<Refusal>();
  const preview = usePreview(locale);
  const policyStatus = usePolicyStatus(locale);
  const languages = useLanguages({
    onSaved: (chosen) => {
      if (!chosen.includes(locale)) setLocale(chosen[0] ?? 'en');
      void policyStatus.load();
    },
    onError: setActionError,
  });
  const { versions, load: loadVersions } = useVersions(setActionError);
  const compare = useCompare(versions, locale, setActionError);
  const publish = usePublish({
    shopPolicyLocale: languages.shopPolicyLocale,
    onPublished: async () => {
      compare.clear();
      await Promise.all([loadVersions(), policyStatus.load()]);
    },
    onError: setActionError,
  });
  const profileImport = useProfileImport({ onImported: () => Promise.all([preview.load(), languages.load(), policyStatus.load()]), onError: setActionError });

  return (
    <Page
      title="Privacy policy"
      subtitle="Written from your records, in the languages you chose. Publish it to show it on your storefront."
      primaryAction={{ content: 'Publish', onAction: () => publish.setOpen(true), disabled: Boolean(preview.error) || preview.loading }}
    >
      <BlockStack gap="400">
        <RefusalBanner refusal={actionError} onDismiss={() => setActionError(undefined)} />
        <UnpublishedChanges status={policyStatus.status} onPublish={() => publish.setOpen(true)} />
        {publish.shopPolicyFailure && (
          <Banner tone="warning" title="Your store's privacy policy in Shopify was not replaced" onDismiss={publish.dismissFailure}>
            <Text as="p">{publish.shopPolicyFailure}</Text>
          </Banner>
        )}
        <Layout>
          <Layout.Section>
            <Preview preview={preview} locale={locale} onLocale={setLocale} />
          </Layout.Section>
          <Layout.Section>
            <Completeness checks={policyStatus.status?.completeness} />
          </Layout.Section>
          <Layout.Section>
            <Languages languages={languages} />
          </Layout.Section>
          <Layout.Section>
            <Versions versions={versions} locale={locale} onError={setActionError} />
          </Layout.Section>
          <Layout.Section>
            <CompareVersions versions={versions} compare={compare} />
          </Layout.Section>
          <Layout.Section>
            <Downloads versions={versions} locale={locale} onError={setActionError} />
          </Layout.Section>
          <Layout.Section>
            <ImportExport profileImport={profileImport} onError={setActionError} />
          </Layout.Section>
        </Layout>
      </BlockStack>
      <PublishModal
        publish={publish}
        missing={policyStatus.status?.completeness.filter((check) => check.status === 'missing') ?? []}
        languages={languages.languages}
        shopPolicyLocale={languages.shopPolicyLocale}
        onShopPolicyLocale={languages.setShopPolicyLocale}
      />
    </Page>
  );
}
