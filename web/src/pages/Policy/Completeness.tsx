// The policy read against Art. 13 and 14 GDPR, one line per paragraph: met, missing (with the page
// of the records that fixes it) or not applicable. Publishing is not blocked by a missing line.
import { Badge, BlockStack, Box, Card, InlineStack, Link, Text } from '@shopify/polaris';
import { SECTION_PAGES } from '../../records/labels.ts';
import type { ArticleCheck } from './usePolicyStatus.ts';

const BADGES = {
  met: { tone: 'success', label: 'Met' },
  missing: { tone: 'warning', label: 'Missing' },
  not_applicable: { tone: undefined, label: 'Not applicable' },
} as const;

export function Completeness({ checks }: { checks: ArticleCheck[] | undefined }) {
  const missing = checks?.filter((check) => check.status === 'missing').length ?? 0;
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack align="space-between" blockAlign="center">
          <Text as="h2" variant="headingMd">
            What the law asks the policy to say
          </Text>
          {checks && <Badge tone={missing ? 'warning' : 'success'}>{missing ? `${missing} missing` : 'Complete'}</Badge>}
        </InlineStack>
        <Text as="p" tone="subdued">
          {missing
            ? 'Art. 13 and 14 GDPR list what a privacy policy must tell people. You can publish now, but the policy will not say what is marked missing until you fill it in.'
            : 'Art. 13 and 14 GDPR list what a privacy policy must tell people; your records give each of them.'}
        </Text>
        <div role="list" aria-label="Articles 13 and 14 GDPR" data-testid="policy-completeness">
          {(checks ?? []).map((check, index) => {
            const badge = BADGES[check.status];
            const page = check.fix ? SECTION_PAGES[check.fix] : undefined;
            return (
              <div role="listitem" key={check.article} data-article={check.article} data-status={check.status}>
                <Box paddingBlock="200" borderBlockStartWidth={index === 0 ? '0' : '025'} borderColor="border">
                  <InlineStack gap="300" wrap={false} blockAlign="start">
                    <Box minWidth="84px">
                      <Text as="span" fontWeight="semibold">{`Art. ${check.article}`}</Text>
                    </Box>
                    <BlockStack gap="050">
                      <InlineStack gap="200" blockAlign="center">
                        <Text as="span">{check.requirement}</Text>
                        <Badge tone={badge.tone}>{badge.label}</Badge>
                      </InlineStack>
                      <Text as="span" tone="subdued">
                        {check.detail}
                        {check.status === 'missing' && page && (
                          <>
                            {' '}
                            <Link url={page.path}>{`Fix it on ${page.label}`}</Link>
                          </>
                        )}
                      </Text>
                    </BlockStack>
                  </InlineStack>
                </Box>
              </div>
            );
          })}
        </div>
      </BlockStack>
    </Card>
  );
}
