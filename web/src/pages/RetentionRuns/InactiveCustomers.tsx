// The inactive Shopify customers of a run: by name (for the merchant only) with a link to each in
// the Shopify admin, a checkbox per customer (and all / none) while the run is a dry run, and each
// customer's outcome once it is applied.
import { Badge, BlockStack, Button, Checkbox, DataTable, InlineStack, Link, Text } from '@shopify/polaris';
import { type ListedCustomer, type Outcome } from './types.ts';
import { formatDay } from '../../dates.ts';

const OUTCOME_LABELS: Record<Outcome, string> = { erased: 'Erased', deleted: 'Deleted', held: 'Held by Shopify', failed: 'Failed', skipped: 'Skipped' };
const OUTCOME_TONES: Record<Outcome, 'success' | 'attention' | 'critical' | undefined> = {
  erased: 'success',
  deleted: 'success',
  held: 'attention',
  failed: 'critical',
  skipped: undefined,
};

function outcomeText(c: ListedCustomer): string {
  if (c.outcome === 'held') return `Shopify erases them on ${formatDay(c.heldUntil, '—')} (180 days after their last order).`;
  if (c.outcome === 'erased') return 'Shopify was asked to erase them; their orders are kept without them.';
  if (c.outcome === 'deleted') return 'Deleted from Shopify (no orders).';
  return c.reason ?? '';
}

export function InactiveCustomers({
  customers,
  editable,
  excluded,
  onExcludedChange,
}: {
  customers: ListedCustomer[];
  editable: boolean;
  excluded: Set<string>;
  onExcludedChange: (excluded: Set<string>) => void;
}) {
  const toggle = (id: string, include: boolean) => {
    const next = new Set(excluded);
    if (include) next.delete(id);
    else next.add(id);
    onExcludedChange(next);
  };
  const applied = customers.some((c) => c.outcome !== undefined);
  const headings = [editable ? 'Include' : 'Included', 'Customer', 'Last activity', 'Orders', 'Orders kept until', ...(applied ? ['Outcome'] : [])];
  const rows = customers.map((c) => [
    editable ? (
      <Checkbox label={`Include ${c.name ?? 'this customer'}`} labelHidden checked={!excluded.has(c.id)} onChange={(value) => toggle(c.id, value)} />
    ) : c.included ? (
      'Yes'
    ) : (
      'Left out'
    ),
    <Link key={c.id} url={c.adminUrl} target="_blank">
      {c.name ?? (c.outcome ? `Customer ${c.id.split('/').pop() ?? ''}` : 'No name in Shopify')}
    </Link>,
    formatDay(c.lastActivityAt, '—'),
    c.numberOfOrders,
    formatDay(c.ordersProtectedUntil, '—'),
    ...(applied
      ? [
          c.outcome ? (
            <BlockStack key={`${c.id}-outcome`} gap="100">
              <Badge tone={OUTCOME_TONES[c.outcome]}>{OUTCOME_LABELS[c.outcome]}</Badge>
              <Text as="span" variant="bodySm" tone="subdued">
                {outcomeText(c)}
              </Text>
            </BlockStack>
          ) : (
            '—'
          ),
        ]
      : []),
  ]);
  return (
    <BlockStack gap="200">
      {editable && (
        <InlineStack gap="200" blockAlign="center">
          <Text as="span">
            {customers.length - excluded.size} of {customers.length} included
          </Text>
          <Button variant="plain" onClick={() => onExcludedChange(new Set())}>
            Include all
          </Button>
          <Button variant="plain" onClick={() => onExcludedChange(new Set(customers.map((c) => c.id)))}>
            Exclude all
          </Button>
        </InlineStack>
      )}
      <DataTable columnContentTypes={['text', 'text', 'text', 'numeric', 'text', 'text']} headings={headings} rows={rows} />
    </BlockStack>
  );
}
