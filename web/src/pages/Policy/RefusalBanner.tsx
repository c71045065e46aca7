// A refusal from the API shown as a banner: its message and, per field, a link to the page of
// the records where it is fixed.
import { Banner, BlockStack, Link, List, Text } from '@shopify/polaris';
import { ApiError } from '../../api.ts';
import { SECTION_PAGES } from '../../records/labels.ts';

export interface Refusal {
  title: string;
  message: string;
  fields: Record<string, string>;
}

export const refusal = (title: string, e: unknown): Refusal => ({ title, message: (e as Error).message, fields: e instanceof ApiError ? e.fields : {} });

export function RefusalBanner({ refusal, onDismiss }: { refusal?: Refusal; onDismiss?: () => void }) {
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
