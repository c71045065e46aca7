// A card of the admin with its heading: the one shape of "a titled card" every page uses.
import type { ReactNode } from 'react';
import { BlockStack, Card, Text } from '@shopify/polaris';

export function SectionCard({ title, gap = '300', children }: { title: ReactNode; gap?: '200' | '300' | '400'; children: ReactNode }) {
  return (
    <Card>
      <BlockStack gap={gap}>
        {typeof title === 'string' ? (
          <Text as="h2" variant="headingMd">
            {title}
          </Text>
        ) : (
          title
        )}
        {children}
      </BlockStack>
    </Card>
  );
}
