// Purposes: why the store processes personal data, on which legal basis (GDPR Art. 6(1)), and
// which data categories each purpose uses (Art. 13(1)(c), (d)).
import { Banner, ChoiceList, FormLayout, Layout, Select, Text } from '@shopify/polaris';
import { useRecords } from '../../records/useRecords.ts';
import { EnglishTextField } from '../../records/components.tsx';
import { RecordsPage } from '../../records/RecordsPage.tsx';
import { KeyedItemList } from '../../records/KeyedItemList.tsx';
import { LEGAL_BASIS_LABELS, options } from '../../records/labels.ts';
import { STARTER_PURPOSES } from '../../records/starter.ts';
import { useKeyedItems } from '../../records/useKeyedItems.ts';
import { english } from '../../records/text.ts';
import type { Purpose } from '../../records/types.ts';
import { DESCRIPTION_MAX_LENGTH } from '../../../../app/records/limits.ts';
import { dataSubjectKinds, dataSubjectNames } from '../../../../app/records/data-subjects.ts';

const BASES = ['contract', 'legal_obligation', 'legitimate_interest', 'consent'];

export default function PurposesPage() {
  const records = useRecords();
  const { data, save, errors, fieldError } = records;
  const keyed = useKeyedItems(data?.records.purposes, Boolean(data), STARTER_PURPOSES);
  const { items, update, addStarters, missingStarter } = keyed;

  const inventory = data?.records.inventory?.categories ?? [];
  const inventoryKeys = new Set(inventory.map((c) => c.key));
  const err = (path: string) => fieldError('purposes', path);

  // A usual purpose names the usual categories; those this store has listed are kept.
  const addStarter = () =>
    addStarters((purpose) => {
      const known = purpose.categories.filter((key) => inventoryKeys.has(key));
      return known.length ? { ...purpose, categories: known } : purpose;
    });

  async function submit() {
    if (!items) return;
    await save(
      'purposes',
      items.map(({ value: purpose }) => {
        const { legitimateInterest, ...rest } = purpose;
        return { ...rest, key: purpose.key.trim(), ...(purpose.legalBasis === 'legitimate_interest' && legitimateInterest ? { legitimateInterest } : {}) };
      }),
      'Purposes saved',
    );
  }

  return (
    <RecordsPage
      title="Purposes"
      subtitle="Why you process personal data, and the legal basis for each purpose (GDPR Art. 6)."
      starters={{ label: 'Add the usual purposes', missing: missingStarter, onAdd: addStarter }}
      onSave={() => void submit()}
      records={records}
      section="purposes"
      notices={
        data &&
        inventory.length === 0 && (
          <Banner tone="warning" title="List your data categories first" action={{ content: 'Open the data inventory', url: '/inventory' }}>
            Each purpose says which kinds of personal data it uses.
          </Banner>
        )
      }
      ready={Boolean(items)}
    >
      {items && (
        <>
          <Layout.Section>
            <KeyedItemList
              keyed={keyed}
              blank={{ key: '', name: '', description: '', legalBasis: 'contract', categories: [] }}
              onAddStarters={addStarter}
              words={{
                noun: 'purpose',
                shortNoun: 'purpose',
                nameLabel: 'Purpose',
                namePlaceholder: 'e.g. To fulfil and manage orders',
                emptyHeading: 'Say why you process personal data',
                emptyBody:
                  'Most shops process data to fulfil orders, to meet tax and accounting duties, to prevent fraud and improve the store, and to send newsletters to those who opted in.',
                addStarters: 'Add the usual purposes',
              }}
              error={(index, field) => err(`${index}.${field}`)}
              listError={err('_')}
            >
              {(purpose, index) => {
                const unknown = purpose.categories.filter((key) => !inventoryKeys.has(key));
                const categoryError = Object.entries(errors?.section === 'purposes' ? errors.fields : {}).find(
                  ([path]) => path.startsWith(`${index}.categories`) || path.startsWith(`purposes.${index}.categories`),
                )?.[1];
                return (
                  <FormLayout>
                    <Select
                      label="Legal basis"
                      options={options(BASES, LEGAL_BASIS_LABELS)}
                      value={purpose.legalBasis}
                      onChange={(value) => update(index, { legalBasis: value as Purpose['legalBasis'] })}
                      error={err(`${index}.legalBasis`)}
                    />
                    {purpose.legalBasis === 'legitimate_interest' && (
                      <EnglishTextField
                        label="The legitimate interest you rely on"
                        value={purpose.legitimateInterest}
                        optional
                        onChange={(legitimateInterest) => update(index, { legitimateInterest })}
                        placeholder="e.g. preventing fraud"
                        helpText="The policy must name it (Art. 13(1)(d))."
                        maxLength={DESCRIPTION_MAX_LENGTH}
                        error={err(`${index}.legitimateInterest`)}
                      />
                    )}
                    <ChoiceList
                      title="Data categories used"
                      allowMultiple
                      choices={[
                        ...inventory.map((c) => ({ label: english(c.name) || c.key, value: c.key })),
                        ...unknown.map((key) => ({ label: `${key} (not in your data inventory)`, value: key })),
                      ]}
                      selected={purpose.categories}
                      onChange={(selected) => update(index, { categories: selected })}
                      error={categoryError}
                    />
                    <ChoiceList
                      title="Whose data it is"
                      allowMultiple
                      choices={dataSubjectKinds.map((kind) => ({ label: dataSubjectNames[kind], value: kind }))}
                      selected={purpose.dataSubjects ?? []}
                      onChange={(selected) => update(index, { dataSubjects: selected.length ? (selected as NonNullable<Purpose['dataSubjects']>) : undefined })}
                      error={err(`${index}.dataSubjects`)}
                    />
                    {!purpose.dataSubjects?.length && (
                      <Text as="p" tone="subdued">
                        None chosen: the record of processing says customers and visitors of the store are assumed.
                      </Text>
                    )}
                  </FormLayout>
                );
              }}
            </KeyedItemList>
          </Layout.Section>
        </>
      )}
    </RecordsPage>
  );
}
