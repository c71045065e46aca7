// Art. 13(2)(e) GDPR for one kind of data: whether the customer must give it (by law, by contract,
// to enter into a contract, or not at all) and what happens if they do not. The policy lists both.
import { BlockStack, Select, Text } from '@shopify/polaris';
import { EnglishTextField } from '../../records/components.tsx';
import { PROVISION_LABELS } from '../../records/labels.ts';
import { DESCRIPTION_MAX_LENGTH } from '../../../../app/records/limits.ts';
import type { DataCategory } from '../../records/types.ts';

type Provision = NonNullable<DataCategory['provision']>;

const NOT_SAID = '';
const REQUIREMENT_OPTIONS = [{ value: NOT_SAID, label: 'Not said yet' }, ...Object.entries(PROVISION_LABELS).map(([value, label]) => ({ value, label }))];

export function ProvisionFields({
  provision,
  onChange,
  error,
}: {
  provision: DataCategory['provision'];
  onChange: (next: DataCategory['provision']) => void;
  /** The server's message for a field of the provision ("requirement", "ifNotProvided", or "" for the whole). */
  error: (field: string) => string | undefined;
}) {
  return (
    <BlockStack gap="200">
      <Text as="h3" variant="headingSm">
        Required or voluntary
      </Text>
      <Select
        label="Must the customer give this data?"
        helpText="Your privacy policy says this for each kind of data the customer gives (GDPR Art. 13(2)(e))."
        options={REQUIREMENT_OPTIONS}
        value={provision?.requirement ?? NOT_SAID}
        // "Not said yet" takes the answer out of the records; a chosen requirement keeps the text typed so far.
        onChange={(value) =>
          onChange(value === NOT_SAID ? undefined : { requirement: value as Provision['requirement'], ifNotProvided: provision?.ifNotProvided ?? '' })
        }
        error={error('requirement') ?? error('')}
      />
      {provision && (
        <EnglishTextField
          label="What happens if the customer does not give it"
          value={provision.ifNotProvided}
          onChange={(ifNotProvided) => onChange({ ...provision, ifNotProvided })}
          placeholder="e.g. Without a delivery address we cannot ship your order."
          helpText="One or two sentences, shown in your privacy policy."
          multiline={2}
          maxLength={DESCRIPTION_MAX_LENGTH}
          showCharacterCount
          error={error('ifNotProvided')}
        />
      )}
    </BlockStack>
  );
}
