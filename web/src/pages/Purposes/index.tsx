// Purposes: why the store processes personal data, on which legal basis (GDPR Art. 6(1)), and
// which data categories each purpose uses (Art. 13(1)(c), (d)).
import { useEffect, useState } from 'react';
import { Banner, BlockStack, Button, Card, ChoiceList, EmptyState, FormLayout, InlineStack, Layout, Page, Select, Text, TextField } from '@shopify/polaris';
import { useRecords } from '../../records/useRecords.ts';
import { ItemHeading, LoadErrorBanner, LoadingCard, SaveBar, SaveErrorBanner, translationsNote } from '../../records/components.tsx';
import { LEGAL_BASIS_LABELS, options } from '../../records/labels.ts';
import { STARTER_PURPOSES } from '../../records/starter.ts';
import { english, hasTranslations, slugify, withEnglish, withOptionalEnglish } from '../../records/text.ts';
import type { Purpose } from '../../records/types.ts';

const BASES = ['contract', 'legal_obligation', 'legitimate_interest', 'consent'];

interface Item {
  purpose: Purpose;
  autoKey: boolean;
}

export default function PurposesPage() {
  const { data, loadError, reload, save, saving, errors, fieldError, clearErrors } = useRecords();
  const [items, setItems] = useState<Item[]>();

  useEffect(() => {
    if (data && !items) setItems((data.records.purposes ?? []).map((purpose) => ({ purpose: structuredClone(purpose), autoKey: false })));
  }, [data, items]);

  const inventory = data?.records.inventory?.categories ?? [];
  const inventoryKeys = new Set(inventory.map((c) => c.key));
  const err = (path: string) => fieldError('purposes', path);

  const update = (index: number, change: Partial<Purpose>, autoKey?: boolean) =>
    setItems((previous) =>
      previous?.map((item, i) => {
        if (i !== index) return item;
        const purpose = { ...item.purpose, ...change };
        const keepAuto = autoKey ?? item.autoKey;
        if (keepAuto && change.name !== undefined) purpose.key = slugify(english(purpose.name));
        return { purpose, autoKey: keepAuto };
      }),
    );

  function addStarter() {
    setItems((previous) => {
      const list = previous ?? [];
      const keys = new Set(list.map((item) => item.purpose.key));
      const added = STARTER_PURPOSES.filter((p) => !keys.has(p.key)).map((p) => {
        const purpose = structuredClone(p);
        const known = purpose.categories.filter((key) => inventoryKeys.has(key));
        if (known.length) purpose.categories = known;
        return { purpose, autoKey: false };
      });
      return [...list, ...added];
    });
  }

  function addEmpty() {
    setItems((previous) => [...(previous ?? []), { purpose: { key: '', name: '', description: '', legalBasis: 'contract', categories: [] }, autoKey: true }]);
  }

  async function submit() {
    if (!items) return;
    await save(
      'purposes',
      items.map(({ purpose }) => {
        const { legitimateInterest, ...rest } = purpose;
        return { ...rest, key: purpose.key.trim(), ...(purpose.legalBasis === 'legitimate_interest' && legitimateInterest ? { legitimateInterest } : {}) };
      }),
      'Purposes saved',
    );
  }

  const missingStarter = items ? STARTER_PURPOSES.some((p) => !items.some((item) => item.purpose.key === p.key)) : false;

  return (
    <Page
      title="Purposes"
      subtitle="Why you process personal data, and the legal basis for each purpose (GDPR Art. 6)."
      secondaryActions={missingStarter ? [{ content: 'Add the usual purposes', onAction: addStarter }] : []}
    >
      <BlockStack gap="400">
        <LoadErrorBanner error={loadError} onRetry={() => void reload()} />
        <SaveErrorBanner errors={errors} section="purposes" onDismiss={clearErrors} />
        {data && inventory.length === 0 && (
          <Banner tone="warning" title="List your data categories first" action={{ content: 'Open the data inventory', url: '/inventory' }}>
            Each purpose says which kinds of personal data it uses.
          </Banner>
        )}
        {!items ? (
          <LoadingCard />
        ) : (
          <Layout>
            <Layout.Section>
              <BlockStack gap="400">
                {items.length === 0 && (
                  <Card>
                    <EmptyState heading="Say why you process personal data" action={{ content: 'Add the usual purposes', onAction: addStarter }} secondaryAction={{ content: 'Add a purpose', onAction: addEmpty }} image="">
                      <p>Most shops process data to fulfil orders, to meet tax and accounting duties, to prevent fraud and improve the store, and to send newsletters to those who opted in.</p>
                    </EmptyState>
                  </Card>
                )}
                {err('_') && <Text as="p" tone="critical">{err('_')}</Text>}
                {items.map(({ purpose }, index) => {
                  const unknown = purpose.categories.filter((key) => !inventoryKeys.has(key));
                  const categoryError = Object.entries(errors?.section === 'purposes' ? errors.fields : {}).find(([path]) =>
                    path.startsWith(`${index}.categories`) || path.startsWith(`purposes.${index}.categories`),
                  )?.[1];
                  return (
                    <Card key={index}>
                      <BlockStack gap="300">
                        <ItemHeading
                          title={english(purpose.name) || 'New purpose'}
                          name={english(purpose.name) || 'this purpose'}
                          onRemove={() => setItems((previous) => previous?.filter((_, i) => i !== index))}
                        />
                        <FormLayout>
                          <FormLayout.Group>
                            <TextField
                              label="Purpose"
                              value={english(purpose.name)}
                              onChange={(value) => update(index, { name: withEnglish(purpose.name, value) })}
                              autoComplete="off"
                              placeholder="e.g. To fulfil and manage orders"
                              helpText={translationsNote(hasTranslations(purpose.name))}
                              error={err(`${index}.name`)}
                            />
                            <TextField label="Key" value={purpose.key} onChange={(value) => update(index, { key: value }, false)} autoComplete="off" monospaced error={err(`${index}.key`)} />
                          </FormLayout.Group>
                          <TextField
                            label="Description"
                            value={english(purpose.description)}
                            onChange={(value) => update(index, { description: withEnglish(purpose.description, value) })}
                            autoComplete="off"
                            multiline={2}
                            helpText={translationsNote(hasTranslations(purpose.description))}
                            error={err(`${index}.description`)}
                          />
                          <Select
                            label="Legal basis"
                            options={options(BASES, LEGAL_BASIS_LABELS)}
                            value={purpose.legalBasis}
                            onChange={(value) => update(index, { legalBasis: value as Purpose['legalBasis'] })}
                            error={err(`${index}.legalBasis`)}
                          />
                          {purpose.legalBasis === 'legitimate_interest' && (
                            <TextField
                              label="The legitimate interest you rely on"
                              value={english(purpose.legitimateInterest)}
                              onChange={(value) => update(index, { legitimateInterest: withOptionalEnglish(purpose.legitimateInterest, value) })}
                              autoComplete="off"
                              placeholder="e.g. preventing fraud"
                              helpText={translationsNote(hasTranslations(purpose.legitimateInterest)) ?? 'The policy must name it (Art. 13(1)(d)).'}
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
                        </FormLayout>
                      </BlockStack>
                    </Card>
                  );
                })}
                {items.length > 0 && (
                  <InlineStack>
                    <Button onClick={addEmpty}>Add a purpose</Button>
                  </InlineStack>
                )}
              </BlockStack>
            </Layout.Section>
            <Layout.Section>
              <SaveBar onSave={() => void submit()} loading={saving === 'purposes'} />
            </Layout.Section>
          </Layout>
        )}
      </BlockStack>
    </Page>
  );
}
