// Past versions as files: one version in one language and format, or all of them as one zip.
import { useState } from 'react';
import { Button, InlineStack, Select, Text } from '@shopify/polaris';
import { apiDownload } from '../../api.ts';
import { useBusy } from '../../components/useBusy.ts';
import { FORMATS, LOCALES } from './locales.ts';
import { refusal, type Refusal } from './RefusalBanner.tsx';
import type { Version } from './Versions.tsx';
import { formatDay } from '../../dates.ts';
import { SectionCard } from '../../components/SectionCard.tsx';

const EXTENSIONS: Record<string, string> = { html: 'html', md: 'md', text: 'txt' };

export function Downloads({ versions, locale, onError }: { versions: Version[] | undefined; locale: string; onError: (refusal: Refusal) => void }) {
  const [version, setVersion] = useState('');
  const [language, setLanguage] = useState(locale);
  const [format, setFormat] = useState('html');
  const { busy, run } = useBusy<'one' | 'all'>();
  const chosen = version || String(versions?.[0]?.version ?? '');

  const download = (which: 'one' | 'all') =>
    run(
      which,
      () =>
        which === 'all'
          ? apiDownload('/api/policy/versions/archive', 'privacy-policy-versions.zip')
          : apiDownload(
              `/api/policy/versions/${chosen}/download?locale=${language}&format=${format}`,
              `privacy-policy-v${chosen}-${language}.${EXTENSIONS[format] ?? format}`,
            ),
      (e) => onError(refusal(which === 'all' ? 'The versions could not be downloaded' : `Version ${chosen} could not be downloaded`, e)),
    );

  return (
    <SectionCard title="Download past versions">
      {!versions?.length ? (
        <Text as="p" tone="subdued">
          Publish a version to download it.
        </Text>
      ) : (
        <>
          <InlineStack gap="300" blockAlign="end">
            <Select
              label="Version"
              options={versions.map((v) => ({ label: `Version ${v.version} (${formatDay(v.lastUpdated)})`, value: String(v.version) }))}
              value={chosen}
              onChange={setVersion}
            />
            <Select label="Language" options={LOCALES} value={language} onChange={setLanguage} />
            <Select label="Format" options={FORMATS.map((f) => ({ label: f.content, value: f.id }))} value={format} onChange={setFormat} />
            <Button onClick={() => void download('one')} loading={busy === 'one'}>
              Download
            </Button>
          </InlineStack>
          <InlineStack>
            <Button variant="plain" onClick={() => void download('all')} loading={busy === 'all'}>
              Download all versions in every language and format (zip)
            </Button>
          </InlineStack>
        </>
      )}
    </SectionCard>
  );
}
