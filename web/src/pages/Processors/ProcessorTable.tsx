// The list of processors: where each handles the data, its safeguard, its last review and what
// the checks found.
import { Badge, BlockStack, Button, Card, EmptyState, IndexTable, InlineStack, Text } from '@shopify/polaris';
import { SAFEGUARD_LABELS, label } from '../../records/labels.ts';
import { english } from '../../records/text.ts';
import type { Finding, Processor, Reference } from '../../records/types.ts';
import { CountryBadge, findingBadge } from './Badges.tsx';

interface Props {
  processors: Processor[];
  findings: Finding[];
  reference: Reference | undefined;
  countryName: (code: string) => string;
  onCatalogue: () => void;
  onCustom: () => void;
  onEdit: (index: number) => void;
  onRemove: (index: number) => void;
}

export function ProcessorTable({ processors, findings, reference, countryName, onCatalogue, onCustom, onEdit, onRemove }: Props) {
  return (
    <Card padding="0">
      {processors.length === 0 ? (
        <EmptyState
          heading="Which service providers handle personal data for you?"
          action={{ content: 'Add from catalogue', onAction: onCatalogue }}
          secondaryAction={{ content: 'Add custom processor', onAction: onCustom }}
          image=""
        >
          <p>Payment providers, your hosting, email marketing and analytics tools: each receives personal data and must be named in your policy.</p>
        </EmptyState>
      ) : (
        <IndexTable
          resourceName={{ singular: 'processor', plural: 'processors' }}
          itemCount={processors.length}
          selectable={false}
          headings={[
            { title: 'Processor' },
            { title: 'Country' },
            { title: 'Safeguard' },
            { title: 'Last review' },
            { title: 'Status' },
            { title: 'Actions', hidden: true, alignment: 'end' },
          ]}
        >
          {processors.map((p, index) => {
            const own = findings.filter((f) => f.processorId === p.id);
            const scc = p.safeguard.type === 'scc' ? p.safeguard : undefined;
            return (
              <IndexTable.Row id={p.id} key={p.id} position={index}>
                <IndexTable.Cell>
                  <BlockStack gap="050">
                    <Text as="span" fontWeight="semibold">
                      {p.name}
                    </Text>
                    <Text as="span" tone="subdued">
                      {english(p.service)}
                    </Text>
                  </BlockStack>
                </IndexTable.Cell>
                <IndexTable.Cell>
                  <BlockStack gap="100" inlineAlign="start">
                    <Text as="span">{countryName(p.country)}</Text>
                    <CountryBadge code={p.country} reference={reference} />
                  </BlockStack>
                </IndexTable.Cell>
                <IndexTable.Cell>
                  {label(SAFEGUARD_LABELS, p.safeguard.type)}
                  {scc && (
                    <Text as="p" tone="subdued" variant="bodySm">
                      Module {scc.module}, {scc.version}, signed {scc.signedOn}
                    </Text>
                  )}
                </IndexTable.Cell>
                <IndexTable.Cell>
                  {p.lastReviewedOn ?? (
                    <Text as="span" tone="subdued">
                      Not recorded
                    </Text>
                  )}
                </IndexTable.Cell>
                <IndexTable.Cell>
                  <BlockStack gap="100" inlineAlign="start">
                    {own.length === 0 ? (
                      <Badge tone="success">OK</Badge>
                    ) : (
                      [...new Map(own.map((f) => [findingBadge(f).label, findingBadge(f)])).values()].map((b) => (
                        <Badge key={b.label} tone={b.tone}>
                          {b.label}
                        </Badge>
                      ))
                    )}
                  </BlockStack>
                </IndexTable.Cell>
                <IndexTable.Cell>
                  <InlineStack gap="200" align="end" wrap={false}>
                    <Button size="slim" onClick={() => onEdit(index)} accessibilityLabel={`Edit ${p.name}`}>
                      Edit
                    </Button>
                    <Button size="slim" tone="critical" variant="plain" onClick={() => onRemove(index)} accessibilityLabel={`Remove ${p.name}`}>
                      Remove
                    </Button>
                  </InlineStack>
                </IndexTable.Cell>
              </IndexTable.Row>
            );
          })}
        </IndexTable>
      )}
    </Card>
  );
}
