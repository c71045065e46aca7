// "Unpublished changes": the records no longer say what the live policy says. Shown on the Policy
// page and on Home, with the diff from the live version to what publishing now would show.
import { Banner, BlockStack, Text } from '@shopify/polaris';
import { DiffView } from './DiffView.tsx';
import { languageName } from './locales.ts';
import type { PolicyStatus } from './usePolicyStatus.ts';

export function UnpublishedChanges({ status, onPublish }: { status: PolicyStatus | undefined; onPublish?: () => void }) {
  if (!status?.unpublishedChanges || !status.comparison || !status.published) return null;
  const { changedLocales, locale, changes } = status.comparison;
  const action = onPublish ? { content: 'Publish the changes', onAction: onPublish } : { content: 'Review and publish', url: '/policy' };
  return (
    <Banner tone="warning" title="Unpublished changes" action={action}>
      <BlockStack gap="300">
        <Text as="p">
          {`Your records have changed since version ${status.published.version} was published, so your storefront does not show them yet. Changed: ${changedLocales.map(languageName).join(', ')}. Below, what changes in ${languageName(locale)}:`}
        </Text>
        <DiffView changes={changes} />
      </BlockStack>
    </Banner>
  );
}
