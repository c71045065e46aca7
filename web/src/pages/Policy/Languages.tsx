// The languages the policy is published in. They are part of the records (the policy section),
// kept with its other settings; the language of the store's Shopify privacy policy comes with them.
import { useCallback, useEffect, useState } from 'react';
import { Badge, Button, ChoiceList, InlineStack, Text } from '@shopify/polaris';
import { apiJson } from '../../api.ts';
import { LOCALES } from './locales.ts';
import { refusal, type Refusal } from './RefusalBanner.tsx';
import { SectionCard } from '../../components/SectionCard.tsx';

export function useLanguages({ onSaved, onError }: { onSaved: (languages: string[]) => void; onError: (refusal: Refusal | undefined) => void }) {
  const [languages, setLanguages] = useState<string[]>(['en']);
  const [chosen, setChosen] = useState<string[]>(['en']);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [shopPolicyLocale, setShopPolicyLocale] = useState('en');

  const load = useCallback(async () => {
    try {
      const result = await apiJson<{ locales: string[]; shopPolicyLocale: string }>('/api/policy/languages');
      setLanguages(result.locales);
      setChosen(result.locales);
      setShopPolicyLocale(result.shopPolicyLocale);
    } catch {
      // The preview already says what is wrong with the records.
    }
  }, []);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching on mount is this effect's purpose; the state is set once the answer arrives
    void load();
  }, [load]);

  async function save() {
    setSaving(true);
    onError(undefined);
    setSaved(false);
    try {
      const { records } = await apiJson<{ records: { policy?: Record<string, unknown> } }>('/api/records');
      await apiJson('/api/records/policy', { method: 'PUT', json: { ...(records.policy ?? {}), locales: chosen } });
      setLanguages(chosen);
      onSaved(chosen);
      setSaved(true);
    } catch (e) {
      onError(refusal('The languages could not be saved', e));
    } finally {
      setSaving(false);
    }
  }

  const choose = (selected: string[]) => {
    setChosen(selected);
    setSaved(false);
  };

  return { languages, chosen, choose, saving, saved, save, load, shopPolicyLocale, setShopPolicyLocale };
}

export function Languages({ languages: { languages, chosen, choose, saving, saved, save } }: { languages: ReturnType<typeof useLanguages> }) {
  return (
    <SectionCard title="Languages">
      <ChoiceList
        title="Publish the policy in"
        allowMultiple
        choices={LOCALES.map((l) => ({ label: l.label, value: l.value }))}
        selected={chosen}
        onChange={choose}
        error={chosen.length === 0 ? 'Choose at least one language' : undefined}
      />
      <Text as="p" tone="subdued">
        Lawfully writes the policy’s own sentences in every language. Texts you typed yourself (descriptions, interests, services) appear as you wrote them; to
        translate them, export your records below, add the translations and import the file again.
      </Text>
      <InlineStack gap="200" blockAlign="center">
        <Button onClick={() => void save()} loading={saving} disabled={chosen.length === 0 || chosen.join() === languages.join()}>
          Save languages
        </Button>
        {saved && <Badge tone="success">Saved</Badge>}
      </InlineStack>
    </SectionCard>
  );
}
