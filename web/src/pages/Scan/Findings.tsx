// A finished scan's findings, leaks first (tracker tags written in the theme's HTML first among
// them, with the tag to write instead): what leaks and what to do, the cookies the Cookies
// record lacks (added in one click through the records API, so they reach policy §4 and the
// banner's dialog at the next publish), vendors missing from the processor register, and what
// each visit saw.
import { Badge, Banner, BlockStack, Box, Button, Card, DataTable, InlineStack, List, Text } from '@shopify/polaris';
import type { CookieAddition, Leak, MarkupLeak, ScanResult } from '../../../../app/scan/result.ts';
import type { RecordsState } from '../../records/useRecords.ts';
import { VISIT_LABELS, plural } from './labels.ts';

const codeStyle = { whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontFamily: 'var(--p-font-family-mono)', fontSize: 13, margin: 0 } as const;

function TagCode({ label, tag }: { label: string; tag: string }) {
  return (
    <Box padding="200" background="bg-surface-secondary" borderRadius="200">
      <pre style={codeStyle} aria-label={label}>
        <code>{tag}</code>
      </pre>
    </Box>
  );
}

const TAG_NAMES: Record<MarkupLeak['element'], string> = { script: '<script>', iframe: '<iframe>', img: 'Image pixel', link: '<link>' };

function leakTitle(leak: Leak): string {
  const who = leak.vendor ? ` (${leak.vendor}, ${leak.category})` : '';
  if (leak.markup) {
    const tag = leak.markup.element === 'link' ? `<link rel="${leak.markup.rel ?? ''}">` : TAG_NAMES[leak.markup.element];
    return `${tag} written in your theme’s HTML, line ${leak.markup.line}${who}`;
  }
  return leak.kind === 'cookie' ? `cookie ${leak.name}${who}` : `request to ${leak.name}${who}`;
}

/** The tag as written in the theme, and the one to put in its place (or that it is to go). */
function MarkupFix({ markup }: { markup: MarkupLeak }) {
  return (
    <BlockStack gap="100">
      <Text as="p">Written in your theme:</Text>
      <TagCode label="The tag as written in your theme" tag={markup.written} />
      {markup.replacement ? (
        <>
          <Text as="p">Write it this way instead:</Text>
          <TagCode label="The tag to write instead" tag={markup.replacement} />
        </>
      ) : (
        <Text as="p" fontWeight="semibold">
          Remove this tag from your theme.
        </Text>
      )}
    </BlockStack>
  );
}

export function Leaks({ result }: { result: ScanResult }) {
  if (result.leaks.length === 0) {
    return (
      <Banner tone="success" title="No leaks">
        Nothing non-essential was set or contacted before a choice or after “Reject all”.
      </Banner>
    );
  }
  return (
    <Banner tone="critical" title={`${plural(result.leaks.length, 'leak')}: tracking without consent`}>
      <List type="bullet">
        {result.leaks.map((leak) => (
          <List.Item key={`${leak.visit} ${leak.kind} ${leak.name}`}>
            <BlockStack gap="100">
              <Text as="p">
                <Text as="span" fontWeight="semibold">
                  {VISIT_LABELS[leak.visit]}: {leakTitle(leak)}
                </Text>{' '}
                {leak.advice}
              </Text>
              {leak.markup && <MarkupFix markup={leak.markup} />}
            </BlockStack>
          </List.Item>
        ))}
      </List>
    </Banner>
  );
}

export function CookieAdditions({ result, records }: { result: ScanResult; records: RecordsState }) {
  const recorded = records.data?.records.cookies ?? [];
  const open = result.additions.filter((addition) => !recorded.some((cookie) => cookie.name === addition.name));
  const add = (additions: CookieAddition[]) =>
    void records.save(
      'cookies',
      [...recorded, ...additions],
      additions.length === 1 ? `${additions[0]?.name ?? 'Cookie'} added to your cookies` : `${additions.length} cookies added`,
    );
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack align="space-between" blockAlign="center">
          <Text as="h2" variant="headingMd">
            Cookies missing from your Cookies record
          </Text>
          {open.length > 1 && (
            <Button onClick={() => add(open)} loading={records.saving === 'cookies'} disabled={!records.data}>
              Add all {String(open.length)}
            </Button>
          )}
        </InlineStack>
        {open.length === 0 ? (
          <Text as="p" tone="subdued">
            Every cookie the scan recognised is in your record.
          </Text>
        ) : (
          <>
            <Text as="p" tone="subdued">
              Added cookies appear in your policy (section 4) and in the banner’s dialog when you next publish.
            </Text>
            <DataTable
              columnContentTypes={['text', 'text', 'text', 'text', 'text', 'text']}
              headings={['Cookie', 'Provider', 'Category', 'Purpose', 'Expiry', '']}
              rows={open.map((addition) => [
                addition.name,
                addition.provider,
                addition.category,
                addition.purpose,
                addition.expiry,
                <Button key={addition.name} size="slim" onClick={() => add([addition])} disabled={!records.data} accessibilityLabel={`Add ${addition.name}`}>
                  Add
                </Button>,
              ])}
            />
          </>
        )}
        {result.unrecognised.length > 0 && <Text as="p">Not recognised, to describe yourself on the Cookies page: {result.unrecognised.join(', ')}</Text>}
      </BlockStack>
    </Card>
  );
}

export function MissingVendors({ result }: { result: ScanResult }) {
  if (result.missingVendors.length === 0) return null;
  return (
    <Banner tone="warning" title="Vendors missing from your processor register" action={{ content: 'Open processors', url: '/processors' }}>
      <List type="bullet">
        {result.missingVendors.map((vendor) => (
          <List.Item key={vendor.vendor}>
            {vendor.vendor} received requests from your storefront ({vendor.hosts.join(', ')}) but is not in your processors.
          </List.Item>
        ))}
      </List>
    </Banner>
  );
}

export function Visits({ result }: { result: ScanResult }) {
  return (
    <Card>
      <BlockStack gap="300">
        <Text as="h2" variant="headingMd">
          What each visit saw
        </Text>
        {result.visits.map((visit) => (
          <BlockStack gap="100" key={visit.name}>
            <InlineStack gap="200" blockAlign="center">
              <Text as="h3" variant="headingSm">
                {VISIT_LABELS[visit.name]}
              </Text>
              {visit.name !== 'before_choice' && !visit.bannerFound && <Badge tone="warning">Banner not found: no choice made</Badge>}
            </InlineStack>
            <Text as="p">
              Cookies: {visit.cookies.length ? visit.cookies.map((c) => c.name).join(', ') : 'none'}. Stored keys:{' '}
              {visit.storageKeys.length ? visit.storageKeys.join(', ') : 'none'}.
            </Text>
            <Text as="p">Third-party requests: {visit.requests.length ? [...new Set(visit.requests.map((r) => r.host))].join(', ') : 'none'}.</Text>
          </BlockStack>
        ))}
      </BlockStack>
    </Card>
  );
}
