// Home: what needs attention in the merchant's GDPR records (blocking problems first, then
// unpublished changes and what the policy does not yet say), and the steps from a fresh install to
// a published privacy policy; a step is done only once nothing about it needs attention.
import { useEffect, useState } from 'react';
import { Badge, Banner, BlockStack, Box, Button, Card, InlineStack, Layout, Link, List, Page, ProgressBar, Text } from '@shopify/polaris';
import { apiJson } from '../../api.ts';
import { useRecords } from '../../records/useRecords.ts';
import { LoadErrorBanner, LoadingCard } from '../../records/components.tsx';
import { SECTION_PAGES } from '../../records/labels.ts';
import type { Records } from '../../records/types.ts';
import { usePolicyStatus } from '../Policy/usePolicyStatus.ts';
import { UnpublishedChanges } from '../Policy/UnpublishedChanges.tsx';
import type { Version } from '../Policy/Versions.tsx';
import { ScanAlert } from '../Scan/ScanAlert.tsx';
import { RequestsAlert } from '../Requests/RequestsAlert.tsx';
import { formatDay } from '../../dates.ts';
import { SectionCard } from '../../components/SectionCard.tsx';

interface Step {
  title: string;
  description: string;
  url: string;
  done: boolean;
  /** Filled in (or published) but something about it needs attention. */
  attention: boolean;
}

/**
 * The checklist. A step is done once its records are filled in and nothing about them needs
 * attention (a warning, a problem, a paragraph of Art. 13/14 left unsaid: `warned` holds their
 * sections); publishing is done while the live policy says what the records say.
 */
function steps(records: Records, { published, stale }: { published: boolean; stale: boolean }, warned: ReadonlySet<string>): Step[] {
  const state = (...sections: Array<keyof Records>) => {
    const filled = sections.every((section) => Boolean(records[section]));
    const warnedAbout = sections.some((section) => warned.has(section));
    return { done: filled && !warnedAbout, attention: filled && warnedAbout };
  };
  return [
    { title: 'Say who you are', description: 'Your business details and data protection authority.', url: '/controller', ...state('controller') },
    { title: 'List the data you collect', description: 'Email addresses, order details, device data…', url: '/inventory', ...state('inventory') },
    { title: 'Say why you use it', description: 'Each purpose with its legal basis.', url: '/purposes', ...state('purposes') },
    {
      title: 'Name your processors',
      description: 'Service providers, their countries and safeguards, and who you share data with.',
      url: '/processors',
      ...state('processors', 'recipients'),
    },
    { title: 'Set retention periods', description: 'How long each kind of data is kept.', url: '/retention', ...state('retention') },
    { title: 'List your cookies', description: 'What your storefront stores in browsers.', url: '/cookies', ...state('cookies') },
    {
      title: 'Describe your security',
      description: 'Security measures and automated decisions.',
      url: '/security',
      ...state('security', 'automatedDecisions'),
    },
    {
      title: 'Publish your privacy policy',
      description: 'Preview it in every language and publish it to your store.',
      url: '/policy',
      done: published && !stale,
      attention: published && stale,
    },
  ];
}

export default function HomePage() {
  const { data, loadError, reload } = useRecords();
  const [versions, setVersions] = useState<Version[]>();
  const { status: policyStatus } = usePolicyStatus();

  useEffect(() => {
    apiJson<{ versions: Version[] }>('/api/policy/versions').then(
      (result) => setVersions(result.versions),
      () => setVersions([]),
    );
  }, []);

  const attention = data?.attention;
  const blocking = attention?.findings.filter((f) => f.severity === 'blocking') ?? [];
  const warnings = attention?.findings.filter((f) => f.severity === 'warning') ?? [];
  const missing: string[] = attention?.missingSections ?? [];
  const problems = Object.entries(attention?.problems ?? {}).filter(([path]) => !missing.includes(path.split('.')[0] ?? ''));
  const unsaid = policyStatus?.completeness.filter((check) => check.status === 'missing') ?? [];
  const stale = policyStatus?.unpublishedChanges === true;
  const warned = new Set<string>([
    ...blocking.concat(warnings).map((f) => (f.code === 'retention_missing' ? 'retention' : 'processors')),
    ...problems.map(([path]) => path.split('.')[0] ?? ''),
    ...unsaid.flatMap((check) => (check.fix ? [check.fix] : [])),
  ]);
  const checklist = data ? steps(data.records, { published: Boolean(versions?.length), stale }, warned) : [];
  const done = checklist.filter((s) => s.done).length;
  const latest = versions?.[0];
  const allClear = data && blocking.length === 0 && missing.length === 0 && problems.length === 0 && warnings.length === 0 && unsaid.length === 0 && !stale;

  return (
    <Page title="Home" subtitle="Your store's GDPR records and privacy policy at a glance.">
      <BlockStack gap="400">
        <LoadErrorBanner error={loadError} onRetry={() => void reload()} />
        {!data ? (
          <LoadingCard />
        ) : (
          <Layout>
            <Layout.Section>
              <BlockStack gap="400">
                <Text as="h2" variant="headingLg">
                  What needs attention
                </Text>
                <RequestsAlert />
                <ScanAlert />
                {allClear && (
                  <Banner tone="success" title="Your records are complete">
                    {latest ? `Version ${latest.version} of your policy is published.` : 'Preview your privacy policy and publish it.'}
                  </Banner>
                )}
                <UnpublishedChanges status={policyStatus} />
                {unsaid.length > 0 && missing.length === 0 && (
                  <Banner
                    tone="warning"
                    title={`Your policy does not yet say everything Art. 13 and 14 GDPR ask for (${unsaid.length} missing)`}
                    action={{ content: 'See the check', url: '/policy' }}
                  >
                    <List type="bullet">
                      {unsaid.map((check) => {
                        const page = check.fix ? SECTION_PAGES[check.fix] : undefined;
                        return (
                          <List.Item key={check.article}>
                            {page ? <Link url={page.path}>{page.label}</Link> : null}
                            {page ? ': ' : ''}
                            {`${check.detail} (Art. ${check.article})`}
                          </List.Item>
                        );
                      })}
                    </List>
                  </Banner>
                )}
                {blocking.length > 0 && (
                  <Banner
                    tone="critical"
                    title={`${blocking.length} blocking problem${blocking.length === 1 ? '' : 's'}: the policy cannot be published`}
                    action={{ content: 'Open processors', url: '/processors' }}
                  >
                    <List type="bullet">
                      {blocking.map((f, i) => (
                        <List.Item key={i}>{f.message}</List.Item>
                      ))}
                    </List>
                  </Banner>
                )}
                {missing.length > 0 && (
                  <Banner tone="warning" title="Records still to fill in">
                    <List type="bullet">
                      {missing.map((section) => {
                        const page = SECTION_PAGES[section];
                        return <List.Item key={section}>{page ? <Link url={page.path}>{page.label}</Link> : section}</List.Item>;
                      })}
                    </List>
                  </Banner>
                )}
                {problems.length > 0 && (
                  <Banner tone="warning" title="To correct in your records">
                    <List type="bullet">
                      {problems.slice(0, 10).map(([path, message]) => {
                        const page = SECTION_PAGES[path.split('.')[0] ?? ''];
                        return (
                          <List.Item key={path}>
                            {page ? <Link url={page.path}>{page.label}</Link> : null}
                            {page ? ': ' : ''}
                            {message}
                          </List.Item>
                        );
                      })}
                    </List>
                    {problems.length > 10 && <Text as="p">…and {problems.length - 10} more.</Text>}
                  </Banner>
                )}
                {warnings.length > 0 && (
                  <Banner
                    tone="warning"
                    title={`${warnings.length} thing${warnings.length === 1 ? '' : 's'} to look at`}
                    action={
                      warnings.some((f) => f.processorId)
                        ? { content: 'Open processors', url: '/processors' }
                        : { content: 'Open retention', url: '/retention' }
                    }
                  >
                    <List type="bullet">
                      {warnings.map((f, i) => (
                        <List.Item key={i}>
                          {f.code === 'retention_missing' ? (
                            <>
                              <Link url="/retention">Retention</Link>: {f.message}
                            </>
                          ) : (
                            f.message
                          )}
                        </List.Item>
                      ))}
                    </List>
                  </Banner>
                )}
              </BlockStack>
            </Layout.Section>
            <Layout.Section variant="oneThird">
              <SectionCard title="Privacy policy">
                {latest ? (
                  <>
                    <InlineStack gap="200">
                      <Badge tone="success">{`Version ${latest.version} published`}</Badge>
                      {stale && <Badge tone="warning">Unpublished changes</Badge>}
                    </InlineStack>
                    <Text as="p" tone="subdued">
                      Last updated {formatDay(latest.lastUpdated)}
                    </Text>
                  </>
                ) : (
                  <Text as="p" tone="subdued">
                    Not published yet.
                  </Text>
                )}
                <InlineStack>
                  <Button url="/policy">Open the policy</Button>
                </InlineStack>
              </SectionCard>
            </Layout.Section>
            <Layout.Section>
              <Card>
                <BlockStack gap="300">
                  <InlineStack align="space-between" blockAlign="center">
                    <Text as="h2" variant="headingMd">
                      Getting started
                    </Text>
                    <Text as="span" tone="subdued">{`${done} of ${checklist.length} done`}</Text>
                  </InlineStack>
                  <ProgressBar progress={(done / Math.max(checklist.length, 1)) * 100} size="small" tone="primary" />
                  <BlockStack gap="0">
                    {checklist.map((step, index) => (
                      <Box key={step.url} paddingBlock="200" borderBlockStartWidth={index === 0 ? '0' : '025'} borderColor="border">
                        <InlineStack align="space-between" blockAlign="center" gap="400" wrap={false}>
                          <InlineStack gap="300" align="start" blockAlign="center" wrap={false}>
                            <Box minWidth="20px">
                              <Text as="span" tone="subdued">
                                {index + 1}.
                              </Text>
                            </Box>
                            <BlockStack gap="050">
                              <InlineStack gap="200" align="start" blockAlign="center">
                                <Text as="span" fontWeight="semibold">
                                  {step.title}
                                </Text>
                                {step.done && <Badge tone="success">Done</Badge>}
                                {step.attention && <Badge tone="warning">Needs attention</Badge>}
                              </InlineStack>
                              <Text as="span" tone="subdued">
                                {step.description}
                              </Text>
                            </BlockStack>
                          </InlineStack>
                          <Button url={step.url} variant={step.done ? 'tertiary' : 'secondary'}>
                            {step.done || step.attention ? 'Review' : 'Start'}
                          </Button>
                        </InlineStack>
                      </Box>
                    ))}
                  </BlockStack>
                </BlockStack>
              </Card>
            </Layout.Section>
          </Layout>
        )}
      </BlockStack>
    </Page>
  );
}
