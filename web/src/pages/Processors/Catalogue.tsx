// The catalogue of common processors, each with its usual country, safeguard and agreement.
import { BlockStack, Button, InlineStack, Modal, Text } from '@shopify/polaris';
import { SAFEGUARD_LABELS, label } from '../../records/labels.ts';
import type { Preset, Processor } from '../../records/types.ts';

interface Props {
  open: boolean;
  presets: Preset[];
  processors: Processor[];
  countryName: (code: string) => string;
  busy: boolean;
  onAdd: (preset: Preset) => void;
  onClose: () => void;
}

export function Catalogue({ open, presets, processors, countryName, busy, onAdd, onClose }: Props) {
  return (
    <Modal open={open} onClose={onClose} title="Add from catalogue" secondaryActions={[{ content: 'Close', onAction: onClose }]}>
      <Modal.Section>
        <Text as="p" tone="subdued">
          Each entry comes with its usual country, safeguard and data processing agreement. Check them against your own contract after adding.
        </Text>
      </Modal.Section>
      {presets.map((preset) => {
        const added = processors.some((p) => p.id === preset.id || p.name === preset.name);
        return (
          <Modal.Section key={preset.id}>
            <InlineStack align="space-between" blockAlign="center" wrap={false} gap="400">
              <BlockStack gap="050">
                <Text as="span" fontWeight="semibold">
                  {preset.name}
                </Text>
                <Text as="span" tone="subdued">
                  {preset.service} · {countryName(preset.country)} · {label(SAFEGUARD_LABELS, preset.safeguard.type)}
                </Text>
                {preset.note && (
                  <Text as="span" tone="subdued" variant="bodySm">
                    {preset.note}
                  </Text>
                )}
              </BlockStack>
              <Button onClick={() => onAdd(preset)} disabled={added || busy} accessibilityLabel={`Add ${preset.name}`}>
                {added ? 'Added' : 'Add'}
              </Button>
            </InlineStack>
          </Modal.Section>
        );
      })}
    </Modal>
  );
}
