// Cookies: what the storefront stores in visitors' browsers, grouped by consent category
// (ePrivacy Directive Art. 5(3); the consent banner and the policy list them).
import { useEffect, useState } from 'react';
import { BlockStack, Button, Card, FormLayout, InlineStack, Layout, Text, TextField } from '@shopify/polaris';
import { RecordsPage } from '../../records/RecordsPage.tsx';
import { useRecords } from '../../records/useRecords.ts';
import { EnglishTextField, ItemHeading } from '../../records/components.tsx';
import { COOKIE_CATEGORY_LABELS } from '../../records/labels.ts';
import type { Cookie } from '../../records/types.ts';
import { consentCategories } from '../../../../app/consent/categories.ts';
import { DESCRIPTION_MAX_LENGTH, NAME_MAX_LENGTH } from '../../../../app/records/limits.ts';
import { ConsentSettingsCard } from './ConsentSettingsCard.tsx';

const DESCRIPTIONS: Record<string, string> = {
  necessary: 'Needed for the store to work (cart, checkout, security). No consent needed.',
  preferences: 'Remember choices such as language or currency. Set only after consent.',
  analytics: 'Measure how the store is used. Set only after consent.',
  marketing: 'Advertising and retargeting. Set only after consent.',
};

export default function CookiesPage() {
  const records = useRecords();
  const { data, save, fieldError } = records;
  const [cookies, setCookies] = useState<Cookie[]>();

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the draft is copied once from the records when they arrive; later loads must not overwrite the merchant's edits
    if (data && !cookies) setCookies(structuredClone(data.records.cookies ?? []));
  }, [data, cookies]);

  const err = (path: string) => fieldError('cookies', path);
  const update = (index: number, change: Partial<Cookie>) => setCookies((previous) => previous?.map((c, i) => (i === index ? { ...c, ...change } : c)));
  const add = (category: Cookie['category']) => setCookies((previous) => [...(previous ?? []), { name: '', category, provider: '', purpose: '', expiry: '' }]);

  return (
    <RecordsPage
      title="Cookies"
      subtitle="The cookies your store sets, by category. Your policy and consent banner list them."
      onSave={() => cookies && void save('cookies', cookies, 'Cookies saved')}
      after={
        <Layout.Section>
          <ConsentSettingsCard />
        </Layout.Section>
      }
      records={records}
      section="cookies"
      ready={Boolean(cookies)}
    >
      {cookies && (
        <>
          {consentCategories.map((category) => {
            const categoryLabel = COOKIE_CATEGORY_LABELS[category] ?? category;
            const entries = cookies.map((cookie, index) => ({ cookie, index })).filter(({ cookie }) => cookie.category === category);
            return (
              <Layout.AnnotatedSection key={category} title={categoryLabel} description={DESCRIPTIONS[category]}>
                <Card>
                  <BlockStack gap="400">
                    {entries.length === 0 && (
                      <Text as="p" tone="subdued">
                        No {categoryLabel.toLowerCase()} cookies.
                      </Text>
                    )}
                    {entries.map(({ cookie, index }) => (
                      <BlockStack key={index} gap="200">
                        <ItemHeading
                          level="h3"
                          title={cookie.name || 'New cookie'}
                          name={cookie.name || 'this cookie'}
                          onRemove={() => setCookies((previous) => previous?.filter((_, i) => i !== index))}
                        />
                        <FormLayout>
                          <FormLayout.Group>
                            <TextField
                              label="Cookie name"
                              value={cookie.name}
                              onChange={(name) => update(index, { name })}
                              autoComplete="off"
                              monospaced
                              maxLength={NAME_MAX_LENGTH}
                              placeholder="e.g. _ga"
                              error={err(`${index}.name`)}
                            />
                            <TextField
                              label="Provider"
                              value={cookie.provider}
                              onChange={(provider) => update(index, { provider })}
                              autoComplete="off"
                              maxLength={NAME_MAX_LENGTH}
                              placeholder="e.g. Google Analytics"
                              error={err(`${index}.provider`)}
                            />
                          </FormLayout.Group>
                          <FormLayout.Group>
                            <EnglishTextField
                              label="Purpose"
                              maxLength={DESCRIPTION_MAX_LENGTH}
                              value={cookie.purpose}
                              onChange={(purpose) => update(index, { purpose })}
                              error={err(`${index}.purpose`)}
                            />
                            <EnglishTextField
                              label="Expiry"
                              maxLength={NAME_MAX_LENGTH}
                              value={cookie.expiry}
                              onChange={(expiry) => update(index, { expiry })}
                              placeholder="e.g. 1 year, or session"
                              error={err(`${index}.expiry`)}
                            />
                          </FormLayout.Group>
                        </FormLayout>
                      </BlockStack>
                    ))}
                    <InlineStack>
                      <Button
                        onClick={() => add(category)}
                      >{`Add ${/^[aeiou]/i.test(categoryLabel) ? 'an' : 'a'} ${categoryLabel.toLowerCase()} cookie`}</Button>
                    </InlineStack>
                  </BlockStack>
                </Card>
              </Layout.AnnotatedSection>
            );
          })}
        </>
      )}
    </RecordsPage>
  );
}
