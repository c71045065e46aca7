// Retention: how long each data category is kept and from when (GDPR Art. 5(1)(e), 13(2)(a)).
import { useEffect, useState } from 'react';
import { Banner, BlockStack, Button, Card, Checkbox, EmptyState, FormLayout, InlineStack, Layout, Select, TextField } from '@shopify/polaris';
import { RecordsPage } from '../../records/RecordsPage.tsx';
import { useRecords } from '../../records/useRecords.ts';
import { ItemHeading } from '../../records/components.tsx';
import { TRIGGER_LABELS, UNIT_LABELS, options } from '../../records/labels.ts';
import { STARTER_RETENTION } from '../../records/starter.ts';
import { english } from '../../records/text.ts';
import type { RetentionRule } from '../../records/types.ts';

const TRIGGERS = ['since_order', 'since_last_activity', 'until_consent_withdrawn', 'until_consent_withdrawn_or_inactivity'];
const UNITS = ['days', 'months', 'years'];

/** A rule as the form holds it: the period's amount as typed, its unit and the trigger as chosen. */
type Row = Pick<RetentionRule, 'category'> & {
  trigger: string;
  amount: string;
  unit: string;
  minimum: boolean;
};

const toRow = (rule: RetentionRule): Row => ({
  category: rule.category,
  trigger: rule.trigger,
  amount: rule.period ? String(rule.period.amount) : '',
  unit: rule.period?.unit ?? 'years',
  minimum: rule.minimum ?? false,
});

function fromRow(row: Row): RetentionRule {
  const needsPeriod = row.trigger !== 'until_consent_withdrawn';
  return {
    category: row.category,
    trigger: row.trigger,
    ...(needsPeriod ? { period: { amount: row.amount.trim() === '' ? null : Number(row.amount), unit: row.unit } } : {}),
    ...(row.minimum && needsPeriod ? { minimum: true } : {}),
  } as RetentionRule;
}

export default function RetentionPage() {
  const records = useRecords();
  const { data, save, fieldError } = records;
  const [rows, setRows] = useState<Row[]>();

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the draft is copied once from the records when they arrive; later loads must not overwrite the merchant's edits
    if (data && !rows) setRows((data.records.retention ?? []).map(toRow));
  }, [data, rows]);

  const inventory = data?.records.inventory?.categories ?? [];
  const err = (path: string) => fieldError('retention', path);
  const update = (index: number, change: Partial<Row>) => setRows((previous) => previous?.map((row, i) => (i === index ? { ...row, ...change } : row)));

  function addStarter() {
    setRows((previous) => {
      const list = previous ?? [];
      const covered = new Set(list.map((row) => row.category));
      return [...list, ...STARTER_RETENTION.filter((rule) => !covered.has(rule.category)).map(toRow)];
    });
  }

  function addEmpty() {
    const used = new Set((rows ?? []).map((row) => row.category));
    const next = inventory.find((c) => !used.has(c.key))?.key ?? inventory[0]?.key ?? '';
    setRows((previous) => [...(previous ?? []), { category: next, trigger: 'since_order', amount: '', unit: 'years', minimum: false }]);
  }

  const categoryOptions = (current: string) => [
    ...(current === '' ? [{ label: 'Choose a data category', value: '' }] : []),
    ...inventory.map((c) => ({ label: english(c.name) || c.key, value: c.key })),
    ...(current && !inventory.some((c) => c.key === current) ? [{ label: `${current} (not in your data inventory)`, value: current }] : []),
  ];
  const uncovered = rows ? inventory.filter((c) => !rows.some((row) => row.category === c.key)) : [];
  const missingStarter = rows ? STARTER_RETENTION.some((rule) => !rows.some((row) => row.category === rule.category)) : false;

  return (
    <RecordsPage
      title="Retention"
      subtitle="How long you keep each kind of personal data, and from when the period runs."
      starters={{ label: 'Add the usual rules', missing: missingStarter, onAdd: addStarter }}

      onSave={() => rows && void save('retention', rows.map(fromRow), 'Retention rules saved')}
      records={records}
      section="retention"
      notices={
        <>
          {data && inventory.length === 0 && (
            <Banner tone="warning" title="List your data categories first" action={{ content: 'Open the data inventory', url: '/inventory' }}>
              Each retention rule is for one data category.
            </Banner>
          )}
          {rows && uncovered.length > 0 && rows.length > 0 && (
            <Banner tone="info">
              No rule yet for: {uncovered.map((c) => english(c.name) || c.key).join(', ')}. The policy then says such data is kept only as long as needed for
              its purpose.
            </Banner>
          )}
        </>
      }
      ready={Boolean(rows)}
    >
      {rows && (
        <>
          <Layout.Section>
            <BlockStack gap="400">
              {rows.length === 0 && (
                <Card>
                  <EmptyState
                    heading="Say how long you keep personal data"
                    action={{ content: 'Add the usual rules', onAction: addStarter }}
                    secondaryAction={{ content: 'Add a rule', onAction: addEmpty }}
                    image=""
                  >
                    <p>
                      For example: order details at least 5 years from the order (accounting law); email addresses until consent is withdrawn or after 2 years
                      of inactivity.
                    </p>
                  </EmptyState>
                </Card>
              )}
              {rows.map((row, index) => {
                const needsPeriod = row.trigger !== 'until_consent_withdrawn';
                return (
                  <Card key={index}>
                    <BlockStack gap="300">
                      <ItemHeading
                        title={english(inventory.find((c) => c.key === row.category)?.name) || row.category || 'New rule'}
                        name={`the rule for ${row.category || 'this category'}`}
                        onRemove={() => setRows((previous) => previous?.filter((_, i) => i !== index))}
                      />
                      <FormLayout>
                        <FormLayout.Group>
                          <Select
                            label="Data category"
                            options={categoryOptions(row.category)}
                            value={row.category}
                            onChange={(category) => update(index, { category })}
                            error={err(`${index}.category`)}
                          />
                          <Select
                            label="Kept"
                            options={options(TRIGGERS, TRIGGER_LABELS)}
                            value={row.trigger}
                            onChange={(trigger) => update(index, { trigger })}
                            error={err(`${index}.trigger`)}
                          />
                        </FormLayout.Group>
                        {needsPeriod && (
                          <FormLayout.Group condensed>
                            <TextField
                              label={row.trigger === 'until_consent_withdrawn_or_inactivity' ? 'Inactivity period' : 'Period'}
                              type="number"
                              min={1}
                              value={row.amount}
                              onChange={(amount) => update(index, { amount })}
                              autoComplete="off"
                              error={err(`${index}.period.amount`) ?? err(`${index}.period`)}
                            />
                            <Select
                              label="Unit"
                              options={options(UNITS, UNIT_LABELS)}
                              value={row.unit}
                              onChange={(unit) => update(index, { unit })}
                              error={err(`${index}.period.unit`)}
                            />
                          </FormLayout.Group>
                        )}
                        {needsPeriod && (
                          <Checkbox
                            label="This is a minimum (“at least”), as legal retention duties usually are"
                            checked={row.minimum}
                            onChange={(minimum) => update(index, { minimum })}
                            error={err(`${index}.minimum`)}
                          />
                        )}
                      </FormLayout>
                    </BlockStack>
                  </Card>
                );
              })}
              {rows.length > 0 && (
                <InlineStack>
                  <Button onClick={addEmpty} disabled={inventory.length === 0}>
                    Add a rule
                  </Button>
                </InlineStack>
              )}
            </BlockStack>
          </Layout.Section>
        </>
      )}
    </RecordsPage>
  );
}
