// The list editor of records kept by key (data categories, purposes): an empty state offering the
// usual ones, a card per item with its name, key and description, the page's own fields below
// them, and a button to add one more.
import type { ReactNode } from 'react';
import { BlockStack, Button, Card, EmptyState, FormLayout, InlineStack, Text, TextField } from '@shopify/polaris';
import { EnglishTextField, ItemHeading } from './components.tsx';
import { english } from './text.ts';
import type { useKeyedItems } from './useKeyedItems.ts';
import type { LocalizedText } from './types.ts';
import { DESCRIPTION_MAX_LENGTH, KEY_MAX_LENGTH, NAME_MAX_LENGTH } from '../../../app/records/limits.ts';

interface Keyed {
  key: string;
  name: LocalizedText;
  description: LocalizedText;
}

export function KeyedItemList<T extends Keyed>({
  keyed: { items, update, remove, addEmpty },
  blank,
  onAddStarters,
  words,
  error,
  listError,
  children,
}: {
  keyed: ReturnType<typeof useKeyedItems<T>>;
  /** a new item, before the merchant fills it in */
  blank: T;
  onAddStarters: () => void;
  words: {
    /** "data category", "purpose" */ noun: string;
    /** "category", "purpose": for "this …" */ shortNoun: string;
    nameLabel: string;
    namePlaceholder: string;
    keyHelpText?: string;
    emptyHeading: string;
    emptyBody: ReactNode;
    addStarters: string;
  };
  /** the server's message for a field of an item ("name", "key"…) */
  error: (index: number, field: string) => string | undefined;
  /** the server's message for the list as a whole */
  listError?: string;
  /** the page's own fields of an item, under its description */
  children: (item: T, index: number) => ReactNode;
}) {
  const add = `Add a ${words.shortNoun}`;
  const onAdd = () => addEmpty(structuredClone(blank));
  if (!items) return null;
  return (
    <BlockStack gap="400">
      {items.length === 0 && (
        <Card>
          <EmptyState
            heading={words.emptyHeading}
            action={{ content: words.addStarters, onAction: onAddStarters }}
            secondaryAction={{ content: add, onAction: onAdd }}
            image=""
          >
            <p>{words.emptyBody}</p>
          </EmptyState>
        </Card>
      )}
      {listError && (
        <Text as="p" tone="critical">
          {listError}
        </Text>
      )}
      {items.map(({ value: item }, index) => (
        <Card key={index}>
          <BlockStack gap="300">
            <ItemHeading
              title={english(item.name) || `New ${words.noun}`}
              name={english(item.name) || `this ${words.shortNoun}`}
              onRemove={() => remove(index)}
            />
            <FormLayout>
              <FormLayout.Group>
                <EnglishTextField
                  label={words.nameLabel}
                  value={item.name}
                  onChange={(name) => update(index, { name } as Partial<T>)}
                  placeholder={words.namePlaceholder}
                  maxLength={NAME_MAX_LENGTH}
                  error={error(index, 'name')}
                />
                <TextField
                  label="Key"
                  value={item.key}
                  onChange={(key) => update(index, { key } as Partial<T>, false)}
                  autoComplete="off"
                  monospaced
                  maxLength={KEY_MAX_LENGTH}
                  helpText={words.keyHelpText}
                  error={error(index, 'key')}
                />
              </FormLayout.Group>
              <EnglishTextField
                label="Description"
                value={item.description}
                onChange={(description) => update(index, { description } as Partial<T>)}
                multiline={2}
                maxLength={DESCRIPTION_MAX_LENGTH}
                showCharacterCount
                error={error(index, 'description')}
              />
            </FormLayout>
            {children(item, index)}
          </BlockStack>
        </Card>
      ))}
      {items.length > 0 && (
        <InlineStack gap="200">
          <Button onClick={onAdd}>{add}</Button>
        </InlineStack>
      )}
    </BlockStack>
  );
}
