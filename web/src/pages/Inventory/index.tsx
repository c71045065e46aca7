// Data inventory: the kinds of personal data the store collects, where each comes from, and
// whether sensitive ("special category", Art. 9) data is processed, and for data the customer gives
// whether they must give it and what happens if not (Art. 13(2)(e)). Purposes, processors and
// retention rules refer to these categories by their key.
import { useEffect, useState } from 'react';
import { FormLayout, Layout, Select, TextField } from '@shopify/polaris';
import { useRecords } from '../../records/useRecords.ts';
import { YesNoWithDetails } from '../../records/components.tsx';
import { RecordsPage } from '../../records/RecordsPage.tsx';
import { SectionCard } from '../../components/SectionCard.tsx';
import { KeyedItemList } from '../../records/KeyedItemList.tsx';
import { DATA_SOURCE_LABELS, options } from '../../records/labels.ts';
import { STARTER_CATEGORIES } from '../../records/starter.ts';
import { useKeyedItems } from '../../records/useKeyedItems.ts';
import { DESCRIPTION_MAX_LENGTH } from '../../../../app/records/limits.ts';
import type { DataCategory, Inventory } from '../../records/types.ts';
import { ProvisionFields } from './ProvisionFields.tsx';

const SOURCES = ['customer', 'automatic', 'third_party'];

export default function InventoryPage() {
  const records = useRecords();
  const { data, save, fieldError } = records;
  const keyed = useKeyedItems(data?.records.inventory?.categories, Boolean(data), STARTER_CATEGORIES);
  const { items, update, addStarters, missingStarter } = keyed;
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

  async function submit() {
    if (!items) return;
    const value: Inventory = {
      categories: items.map(({ value: category }) => ({ ...category, key: category.key.trim() })),
      specialCategories: special.processed ? special : { processed: false, ...(special.details ? { details: special.details } : {}) },
    };
    await save('inventory', value, 'Data inventory saved');
  }

  return (
    <RecordsPage
      title="Data inventory"
      subtitle="The kinds of personal data your store collects. Purposes, processors and retention rules refer to these."
      starters={{ label: 'Add the usual categories', missing: missingStarter, onAdd: addStarter }}
      onSave={() => void submit()}
      records={records}
      section="inventory"
      ready={Boolean(items)}
    >
      {items && (
        <>
          <Layout.Section>
            <KeyedItemList
              keyed={keyed}
              blank={{ key: '', name: '', description: '', source: 'customer' }}
              onAddStarters={addStarter}
              words={{
                noun: 'data category',
                shortNoun: 'category',
                nameLabel: 'Name',
                namePlaceholder: 'e.g. Email address',
                keyHelpText: 'A short code other records use, e.g. email',
                emptyHeading: 'List the personal data you collect',
                emptyBody: 'Most shops collect email addresses, order details, contact details, device data and cookie data. Start with these and adapt them.',
                addStarters: 'Add the usual categories',
              }}
              error={(index, field) => err(`categories.${index}.${field}`)}
              listError={err('categories')}
            >
              {(category, index) => (
                <>
                  <FormLayout>
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
                </>
              )}
            </KeyedItemList>
          </Layout.Section>
          <Layout.Section>
            <SectionCard title="Sensitive data">
              <YesNoWithDetails
                question="Do you process special categories of data, such as health data, religion or biometric data (GDPR Art. 9)?"
                answer={special.processed}
                onAnswer={(processed) => setSpecial((previous) => ({ ...previous, processed }))}
                answerError={err('specialCategories.processed')}
                details={{
                  label: 'Which sensitive data, and why',
                  value: special.details,
                  onChange: (details) => setSpecial((previous) => ({ ...previous, details })),
                  error: err('specialCategories.details'),
                  maxLength: DESCRIPTION_MAX_LENGTH,
                }}
              />
            </SectionCard>
          </Layout.Section>
        </>
      )}
    </RecordsPage>
  );
}
