// One run's report: what Lawfully holds past its keeping time, the orders under their legal
// period (never deleted), and the inactive customers in Shopify with their outcomes.
import { Banner, BlockStack, Box, Button, Card, DataTable, InlineStack, Text } from '@shopify/polaris';
import { InactiveCustomers } from './InactiveCustomers.tsx';
import { isOpen, KIND_LABELS, type Kind, type Run } from './types.ts';
import { formatDay, formatMoment } from '../../dates.ts';

export function RunReport({
  run,
  busy,
  excluded,
  onExcludedChange,
  onApply,
  onDiscard,
}: {
  run: Run;
  busy: boolean;
  excluded: Set<string>;
  onExcludedChange: (excluded: Set<string>) => void;
  onApply: () => void;
  onDiscard: () => void;
}) {
  const { report } = run;
  const kinds = Object.keys(KIND_LABELS) as Kind[];
  const leftOut = report.customers.leftOut;
  return (
    <Card>
      <BlockStack gap="400">
        <InlineStack align="space-between" blockAlign="center">
          <BlockStack gap="100">
            <Text as="h2" variant="headingMd">
              Report of {formatMoment(run.createdAt)}
            </Text>
            <Text as="p" tone="subdued">
              The cutoffs and rules in force when the run was made.
            </Text>
          </BlockStack>
          {isOpen(run.status) && (
            <InlineStack gap="200">
              <Button onClick={onDiscard} disabled={busy}>
                Discard
              </Button>
              <Button variant="primary" tone="critical" onClick={onApply} disabled={busy}>
                Apply
              </Button>
            </InlineStack>
          )}
        </InlineStack>

        {run.status === 'applying' && (
          <Banner tone="info">
            Lawfully is asking Shopify to erase the customers below, a few at a time within Shopify’s rate limit. Outcomes appear as they come.
          </Banner>
        )}

        <DataTable
          columnContentTypes={['text', 'numeric', 'numeric', 'text', 'text']}
          headings={['What Lawfully holds', run.deleted ? 'Found' : 'Would delete', 'Deleted', 'Older than', 'Rule']}
          rows={kinds.map((kind) => [
            KIND_LABELS[kind],
            report.kinds[kind].count,
            run.deleted ? run.deleted[kind] : '—',
            formatDay(report.kinds[kind].cutoff, '—'),
            report.kinds[kind].rule.why,
          ])}
        />

        <Box>
          <BlockStack gap="200">
            <Text as="h3" variant="headingSm">
              Orders
            </Text>
            <Text as="p">
              {report.orders.rule
                ? `${report.orders.protected ?? 'An unknown number of'} order${report.orders.protected === 1 ? ' is' : 's are'} protected until the end of the minimum period (placed since ${formatDay(report.orders.cutoff, '—')}). ${report.orders.rule.why}`
                : 'Your records have no retention rule for orders.'}{' '}
              Orders are never deleted: when Shopify erases a customer it keeps their orders without the person.
            </Text>
          </BlockStack>
        </Box>

        <BlockStack gap="200">
          <Text as="h3" variant="headingSm">
            Inactive customers in Shopify
          </Text>
          {!report.shopify.reached && <Banner tone="warning">Shopify could not be asked: {report.shopify.problem}</Banner>}
          {report.customers.rule ? (
            <>
              <Text as="p">
                {report.customers.count ?? 0} customer{report.customers.count === 1 ? ' has' : 's have'} had no order or other activity since{' '}
                {formatDay(report.customers.inactiveBefore, '—')}. {report.customers.rule.why} Applying asks Shopify to erase each one you include (customers
                without orders are deleted). Shopify holds an erasure until 180 days after a customer’s last order.
              </Text>
              {leftOut && leftOut.subscribed + leftOut.openRequest + leftOut.alreadyErased > 0 && (
                <Text as="p" tone="subdued">
                  Left alone although inactive: {leftOut.subscribed} subscribed to marketing, {leftOut.openRequest} with a request still open,{' '}
                  {leftOut.alreadyErased} already sent to Shopify for erasure.
                </Text>
              )}
              {report.customers.listed.length > 0 && (
                <InactiveCustomers customers={report.customers.listed} editable={isOpen(run.status)} excluded={excluded} onExcludedChange={onExcludedChange} />
              )}
              {report.customers.truncated && (
                <Text as="p" tone="subdued">
                  Showing the first {report.customers.listed.length} of {report.customers.count}.
                </Text>
              )}
            </>
          ) : (
            <Text as="p">Your records have no rule that ends with inactivity, so no customers are listed.</Text>
          )}
        </BlockStack>
      </BlockStack>
    </Card>
  );
}
