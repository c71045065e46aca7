// The policy as it would be published, in one language and format.
import { useCallback, useEffect, useState } from 'react';
import { Box, Card, InlineStack, Select, SkeletonBodyText, Tabs, Text } from '@shopify/polaris';
import { apiJson } from '../../api.ts';
import { FORMATS, LOCALES } from './locales.ts';
import { refusal, RefusalBanner, type Refusal } from './RefusalBanner.tsx';

export function usePreview(locale: string) {
  const [format, setFormat] = useState(0);
  const [content, setContent] = useState<string>();
  const [error, setError] = useState<Refusal>();
  const [loading, setLoading] = useState(true);
  const formatId = FORMATS[format]?.id ?? 'html';

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setContent((await apiJson<{ content: string }>(`/api/policy/preview?locale=${locale}&format=${formatId}`)).content);
      setError(undefined);
    } catch (e) {
      setContent(undefined);
      setError(refusal('The policy cannot be shown yet', e));
    } finally {
      setLoading(false);
    }
  }, [locale, formatId]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching on mount and on a new language or format is this effect's purpose; the state is set once the answer arrives
    void load();
  }, [load]);

  return { format, setFormat, formatId, content, error, loading, load };
}

export function Preview({ preview, locale, onLocale }: { preview: ReturnType<typeof usePreview>; locale: string; onLocale: (locale: string) => void }) {
  const { format, setFormat, formatId, content, error } = preview;
  return (
    <Card padding="0">
      <Box padding="400">
        <InlineStack align="space-between" blockAlign="center" gap="400">
          <Text as="h2" variant="headingMd">
            Preview
          </Text>
          <div style={{ minWidth: 200 }}>
            <Select label="Language" labelInline options={LOCALES} value={locale} onChange={onLocale} />
          </div>
        </InlineStack>
      </Box>
      <Tabs tabs={FORMATS} selected={format} onSelect={setFormat} />
      <Box padding="400">
        {error ? (
          <RefusalBanner refusal={error} />
        ) : content === undefined ? (
          <SkeletonBodyText lines={10} />
        ) : formatId === 'html' ? (
          <iframe
            title="Policy preview"
            sandbox=""
            srcDoc={content}
            style={{ width: '100%', height: 600, border: '1px solid var(--p-color-border)', borderRadius: 8, background: 'white' }}
          />
        ) : (
          <pre
            data-testid="policy-source"
            style={{
              whiteSpace: 'pre-wrap',
              wordBreak: 'break-word',
              fontFamily: 'var(--p-font-family-mono)',
              fontSize: 13,
              maxHeight: 600,
              overflow: 'auto',
              margin: 0,
            }}
          >
            {content}
          </pre>
        )}
      </Box>
    </Card>
  );
}
