// The banner's settings on the Cookies page: how long a visitor's choice holds before the banner
// asks again (at most 13 months), how long proof is kept beyond that, the page holding the policy,
// and the merchant's own tracker hosts (added, or a known host put in another category). They
// reach the storefront with the next publish (app/consent/settings.ts).
import { useEffect, useState } from 'react';
import { Banner, BlockStack, Button, Card, FormLayout, InlineStack, Select, Text, TextField } from '@shopify/polaris';
import { apiJson } from '../../api.ts';
import { useBusy } from '../../components/useBusy.ts';
import type { ConsentSettings, MerchantTracker } from '../../../../app/consent/settings.ts';

/** The server's settings, with each tracker's category as the form holds it while it is edited. */
type Tracker = Omit<MerchantTracker, 'category'> & { category: string };
type Settings = Omit<ConsentSettings, 'trackers'> & { trackers: Tracker[] };
const CATEGORIES = ['necessary', 'preferences', 'analytics', 'marketing'].map((value) => ({ label: value.charAt(0).toUpperCase() + value.slice(1), value }));

export function ConsentSettingsCard() {
  const [settings, setSettings] = useState<Settings>();
  const [known, setKnown] = useState(0);
  const [message, setMessage] = useState<{ tone: 'success' | 'critical'; text: string; fields?: Record<string, string> }>();
  const { busy, run } = useBusy<'save'>();
  useEffect(() => {
    apiJson<{ settings: Settings; knownTrackers: unknown[] }>('/api/consent/settings').then(
      (answer) => {
        setSettings(answer.settings);
        setKnown(answer.knownTrackers.length);
      },
      (e: unknown) => setMessage({ tone: 'critical', text: (e as Error).message }),
    );
  }, []);
  if (!settings) return null;
  const field = (path: string) => message?.fields?.[path];
  const change = (patch: Partial<Settings>) => setSettings({ ...settings, ...patch });
  const changeTracker = (index: number, patch: Partial<Tracker>) =>
    change({ trackers: settings.trackers.map((t, i) => (i === index ? { ...t, ...patch } : t)) });
  const save = () =>
    run(
      'save',
      async () => {
        await apiJson('/api/consent/settings', { method: 'PUT', json: settings });
        setMessage({ tone: 'success', text: 'Banner settings saved. Publish your policy again to bring them to the storefront.' });
      },
      (e) => {
        const error = e as Error & { fields?: Record<string, string> };
        setMessage({ tone: 'critical', text: error.message, fields: error.fields });
      },
    );

  return (
    <Card>
      <BlockStack gap="400">
        <Text as="h2" variant="headingMd">
          Banner: consent expiry and trackers
        </Text>
        {message && (
          <Banner tone={message.tone} onDismiss={() => setMessage(undefined)}>
            {message.text}
          </Banner>
        )}
        <FormLayout>
          <FormLayout.Group>
            <TextField
              label="Ask again after (months)"
              type="number"
              min={1}
              max={13}
              value={String(settings.expiryMonths)}
              onChange={(v) => change({ expiryMonths: Number(v) })}
              autoComplete="off"
              helpText="A stored choice older than this is asked again. At most 13 months."
              error={field('expiryMonths')}
            />
            <TextField
              label="Keep proof beyond that (months)"
              type="number"
              min={0}
              max={120}
              value={String(settings.defenceMonths)}
              onChange={(v) => change({ defenceMonths: Number(v) })}
              autoComplete="off"
              helpText="The consent log keeps each choice at least as long as it holds plus this period, to defend claims."
              error={field('defenceMonths')}
            />
          </FormLayout.Group>
          <TextField
            label="Page with your privacy policy"
            value={settings.policyPageUrl ?? ''}
            onChange={(v) => change({ policyPageUrl: v.trim() ? v : null })}
            autoComplete="off"
            placeholder="/pages/privacy"
            helpText="The banner links it, unless the policy is published to Shopify's own privacy policy page."
            error={field('policyPageUrl')}
          />
        </FormLayout>
        <Text
          as="p"
          tone="subdued"
        >{`The banner holds back ${known} known tracker hosts (Google, Meta, TikTok, Hotjar, Klaviyo…) until their category is accepted. Add a host it does not know, or put a known one in another category:`}</Text>
        {settings.trackers.map((tracker, index) => (
          <FormLayout.Group key={index}>
            <TextField
              label="Host"
              value={tracker.host}
              onChange={(host) => changeTracker(index, { host })}
              autoComplete="off"
              monospaced
              placeholder="widget.example-chat.com"
              error={field(`trackers.${index}.host`)}
            />
            <TextField
              label="Vendor"
              value={tracker.vendor}
              onChange={(vendor) => changeTracker(index, { vendor })}
              autoComplete="off"
              error={field(`trackers.${index}.vendor`)}
            />
            <Select label="Category" options={CATEGORIES} value={tracker.category} onChange={(category) => changeTracker(index, { category })} />
            <Button
              tone="critical"
              variant="plain"
              accessibilityLabel={`Remove ${tracker.host || 'this host'}`}
              onClick={() => change({ trackers: settings.trackers.filter((_, i) => i !== index) })}
            >
              Remove
            </Button>
          </FormLayout.Group>
        ))}
        <InlineStack gap="200">
          <Button onClick={() => change({ trackers: [...settings.trackers, { host: '', vendor: '', category: 'analytics' }] })}>Add a tracker host</Button>
          <Button variant="primary" loading={busy === 'save'} onClick={() => void save()}>
            Save banner settings
          </Button>
        </InlineStack>
      </BlockStack>
    </Card>
  );
}
