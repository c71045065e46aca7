// Publishing a version: shown on the storefront in the chosen languages, and optionally written
// over the store's privacy policy in Shopify (one text there, so in one language).
import { useState } from 'react';
import { Banner, BlockStack, Checkbox, List, Modal, Select, Text } from '@shopify/polaris';
import { apiJson, ApiError } from '../../api.ts';
import { LOCALES, languageName } from './locales.ts';
import { refusal, type Refusal } from './RefusalBanner.tsx';
import type { ArticleCheck } from './usePolicyStatus.ts';
import type { PublishResult as PublishOutcome } from '../../../../app/policy/publish.ts';
import type { Jsonified } from '../../../../app/platform/jsonified.ts';

type PublishResult = Jsonified<PublishOutcome>;

export function usePublish({
  shopPolicyLocale,
  onPublished,
  onError,
}: {
  shopPolicyLocale: string;
  onPublished: () => Promise<void>;
  onError: (refusal: Refusal | undefined) => void;
}) {
  const [open, setOpen] = useState(false);
  const [replaceShopPolicy, setReplaceShopPolicy] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [shopPolicyFailure, setShopPolicyFailure] = useState<string>();

  async function publish() {
    setPublishing(true);
    onError(undefined);
    setShopPolicyFailure(undefined);
    try {
      const result = await apiJson<PublishResult>('/api/policy/publish', {
        method: 'POST',
        json: replaceShopPolicy ? { updateShopifyPolicy: true, shopPolicyLocale } : { updateShopifyPolicy: false },
      });
      window.shopify.toast.show(`Version ${result.version} published`);
      if (result.shopPolicy.requested && !result.shopPolicy.updated) {
        setShopPolicyFailure(
          `Version ${result.version} is on your storefront, but Shopify did not take the text for your store's privacy policy. ${result.shopPolicy.error ?? ''} Publish again to retry.`,
        );
      }
      setOpen(false);
      await onPublished();
    } catch (e) {
      setOpen(false);
      onError(refusal(e instanceof ApiError && e.status === 409 ? 'Not published: fix the blocking problems first' : 'Not published', e));
    } finally {
      setPublishing(false);
    }
  }

  return {
    open,
    setOpen,
    replaceShopPolicy,
    setReplaceShopPolicy,
    publishing,
    publish,
    shopPolicyFailure,
    dismissFailure: () => setShopPolicyFailure(undefined),
  };
}

export function PublishModal({
  publish: { open, setOpen, replaceShopPolicy, setReplaceShopPolicy, publishing, publish },
  missing,
  languages,
  shopPolicyLocale,
  onShopPolicyLocale,
}: {
  publish: ReturnType<typeof usePublish>;
  /** Paragraphs of Art. 13/14 the records leave unsaid: publishing goes ahead, but the merchant is told. */
  missing: ArticleCheck[];
  languages: string[];
  shopPolicyLocale: string;
  onShopPolicyLocale: (locale: string) => void;
}) {
  return (
    <Modal
      open={open}
      onClose={() => setOpen(false)}
      title="Publish the privacy policy"
      primaryAction={{ content: 'Publish', onAction: () => void publish(), loading: publishing }}
      secondaryActions={[{ content: 'Cancel', onAction: () => setOpen(false) }]}
    >
      <Modal.Section>
        <BlockStack gap="300">
          <Text as="p">{`A new version is recorded with today's date and shown on your storefront in ${languages.map(languageName).join(', ')}. Earlier versions stay in the history.`}</Text>
          {missing.length > 0 && (
            <Banner tone="warning" title={`The policy will not yet say everything Art. 13 and 14 GDPR ask for (${missing.length} missing)`}>
              <List type="bullet">
                {missing.map((check) => (
                  <List.Item key={check.article}>{`Art. ${check.article}: ${check.detail}`}</List.Item>
                ))}
              </List>
            </Banner>
          )}
          <Checkbox
            label="Also replace my store's privacy policy in Shopify"
            helpText="Overwrites the text under Settings › Policies › Privacy policy. Shopify keeps one text there, so choose its language."
            checked={replaceShopPolicy}
            onChange={setReplaceShopPolicy}
          />
          {replaceShopPolicy && (
            <Select label="Language of the store's privacy policy" options={LOCALES} value={shopPolicyLocale} onChange={onShopPolicyLocale} />
          )}
        </BlockStack>
      </Modal.Section>
    </Modal>
  );
}
