// Data inventory: the kinds of personal data the store collects, where each comes from, and
// whether sensitive ("special category", Art. 9) data is processed, and for data the customer gives
// whether they must give it and what happens if not (Art. 13(2)(e)). Purposes, processors and
// retention rules refer to these categories by their key.
import { useEffect, useState } from 'react';
import { BlockStack, Button, Card, ChoiceList, EmptyState, FormLayout, InlineStack, Layout, Page, Select, Text, TextField } from '@shopify/polaris';
import { useRecords } from '../../records/useRecords.ts';
import { EnglishTextField, ItemHeading, LoadErrorBanner, LoadingCard, SaveBar, SaveErrorBanner } from '../../records/components.tsx';
import { DATA_SOURCE_LABELS, options } from '../../records/labels.ts';
import { STARTER_CATEGORIES } from '../../records/starter.ts';
import { useKeyedItems } from '../../records/useKeyedItems.ts';
import { english } from '../../records/text.ts';
import { DESCRIPTION_MAX_LENGTH, KEY_MAX_LENGTH, NAME_MAX_LENGTH } from '../../../../app/records/limits.ts';
import type { DataCategory, Inventory } from '../../records/types.ts';
import { ProvisionFields } from './ProvisionFields.tsx';

const SOURCES = ['customer', 'automatic', 'third_party'];

export default function InventoryPage() {
  const { data, loadError, reload, save, saving, errors, fieldError, clearErrors } = useRecords();
  const { items, update, addStarters, addEmpty, remove, missingStarter } = useKeyedItems(
    data?.records.inventory?.categories,
    Boolean(data),
    STARTER_CATEGORIES,
  );
  const [special, setSpecial] = useState<Inventory['specialCategories']>({ processed: false });

  useEffect(() => {
    // Read once, with the categories (the hook loads those in the same pass).
    if (data && !items) {
      const saved = data.records.inventory?.specialCategories;
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the draft is copied once from the records when they arrive; later loads must not overwrite the merchant's edits
      setSpecial(saved ? structuredClone(saved) : { processed: false });
    }
  }, [data, items]);

  const err = (path: string) => fieldError('inventory', path);
  const addStarter = () => addStarters();
  const addCategory = () => addEmpty({ key: '', name: '', description: '', source: 'customer' });

  async function submit() {
    if (!items) return;
    const value: Inventory = {
      categories: items.map(({ value: category }) => ({ ...category, key: category.key.trim() })),
      specialCategories: special.processed ? special : { processed: false, ...(special.details ? { details: special.details } : {}) },
    };
    await save('inventory', value, 'Data inventory saved');
  }

  return (
    <Page
      title="Data inventory"
      subtitle="The kinds of personal data your store collects. Purposes, processors and retention rules refer to these."
      secondaryActions={missingStarter ? [{ content: 'Add the usual categories', onAction: addStarter }] : []}
    >
      <BlockStack gap="400">
        <LoadErrorBanner error={loadError} onRetry={() => void reload()} />
        <SaveErrorBanner errors={errors} section="inventory" onDismiss={clearErrors} />
        {!items ? (
          <LoadingCard />
        ) : (
          <Layout>
            <Layout.Section>
              <BlockStack gap="400">
                {items.length === 0 && (
                  <Card>
                    <EmptyState
                      heading="List the personal data you collect"
                      action={{ content: 'Add the usual categories', onAction: addStarter }}
                      secondaryAction={{ content: 'Add a category', onAction: addCategory }}
                      image=""
                    >
                      <p>Most shops collect email addresses, order details, contact details, device data and cookie data. Start with these and adapt them.</p>
                    </EmptyState>
                  </Card>
                )}
                {err('categories') && (
                  <Text as="p" tone="critical">
                    {err('categories')}
                  </Text>
                )}
                {items.map(({ value: category }, index) => (
                  <Card key={index}>
                    <BlockStack gap="300">
                      <ItemHeading
                        title={english(category.name) || 'New data category'}
                        name={english(category.name) || 'this category'}
                        onRemove={() => remove(index)}
                      />
                      <FormLayout>
                        <FormLayout.Group>
                          <EnglishTextField
                            label="Name"
                            value={category.name}
                            onChange={(name) => update(index, { name })}
                            placeholder="e.g. Email address"
                            maxLength={NAME_MAX_LENGTH}
                            error={err(`categories.${index}.name`)}
                          />
                          <TextField
                            label="Key"
                            value={category.key}
                            onChange={(value) => update(index, { key: value }, false)}
                            autoComplete="off"
                            monospaced
                            maxLength={KEY_MAX_LENGTH}
                            helpText="A short code other records use, e.g. email"
                            error={err(`categories.${index}.key`)}
                          />
                        </FormLayout.Group>
                        <EnglishTextField
                          label="Description"
                          value={category.description}
                          onChange={(description) => update(index, { description })}
                          multiline={2}
                          maxLength={DESCRIPTION_MAX_LENGTH}
                          showCharacterCount
                          error={err(`categories.${index}.description`)}
                        />
                        <FormLayout.Group>
                          <Select
                            label="Source"
                            options={options(SOURCES, DATA_SOURCE_LABELS)}
                            value={category.source}
                            onChange={(value) => update(index, { source: value as DataCategory['source'] })}
                            error={err(`categories.${index}.source`)}
                          />
                          <TextField
                            label="Examples (optional, comma-separated)"
                            value={(category.examples ?? []).join(', ')}
                            onChange={(value) => {
                              const examples = value.split(',').map((s) => s.trimStart());
                              update(index, { examples: value.trim() ? examples : undefined });
                            }}
                            onBlur={() => update(index, { examples: category.examples?.map((s) => s.trim()).filter(Boolean) })}
                            autoComplete="off"
                            error={err(`categories.${index}.examples`)}
                          />
                        </FormLayout.Group>
                      </FormLayout>
                      {/* Art. 13(2)(e) concerns data asked of the customer; an answer kept from an import stays editable whatever the source. */}
                      {(category.source === 'customer' || category.provision) && (
                        <ProvisionFields
                          provision={category.provision}
                          onChange={(provision) => update(index, { provision })}
                          error={(field) => err(field ? `categories.${index}.provision.${field}` : `categories.${index}.provision`)}
                        />
                      )}
                    </BlockStack>
                  </Card>
                ))}
                {items.length > 0 && (
                  <InlineStack gap="200">
                    <Button onClick={addCategory}>Add a category</Button>
                  </InlineStack>
                )}
              </BlockStack>
            </Layout.Section>
            <Layout.Section>
              <Card>
                <BlockStack gap="300">
                  <Text as="h2" variant="headingMd">
                    Sensitive data
                  </Text>
                  <ChoiceList
                    title="Do you process special categories of data, such as health data, religion or biometric data (GDPR Art. 9)?"
                    choices={[
                      { label: 'No', value: 'no' },
                      { label: 'Yes', value: 'yes' },
                    ]}
                    selected={[special.processed ? 'yes' : 'no']}
                    onChange={([value]) => setSpecial((previous) => ({ ...previous, processed: value === 'yes' }))}
                    error={err('specialCategories.processed')}
                  />
                  {special.processed && (
                    <EnglishTextField
                      label="Which sensitive data, and why"
                      value={special.details}
                      optional
                      onChange={(details) => setSpecial((previous) => ({ ...previous, details }))}
                      multiline={3}
                      maxLength={DESCRIPTION_MAX_LENGTH}
                      showCharacterCount
                      error={err('specialCategories.details')}
                    />
                  )}
                </BlockStack>
              </Card>
            </Layout.Section>
            <Layout.Section>
              <SaveBar onSave={() => void submit()} loading={saving === 'inventory'} />
            </Layout.Section>
          </Layout>
        )}
      </BlockStack>
    </Page>
  );
}
