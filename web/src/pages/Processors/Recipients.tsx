// The kinds of recipients the policy names (Art. 13(1)(e)) and whether the store sells data: a
// draft of the records' recipients, saved on its own.
import { useEffect, useState } from 'react';
import { Checkbox, ChoiceList, Text } from '@shopify/polaris';
import { SaveBar } from '../../records/components.tsx';
import { RECIPIENT_KIND_LABELS, options } from '../../records/labels.ts';
import type { RecordsState } from '../../records/useRecords.ts';
import type { Recipients as RecipientsValue } from '../../records/types.ts';
import { SectionCard } from '../../components/SectionCard.tsx';

export const RECIPIENT_KINDS = Object.keys(RECIPIENT_KIND_LABELS);

/** The recipients being edited, started from the records once they are loaded. */
export function useRecipientsDraft(data: RecordsState['data']) {
  const [recipients, setRecipients] = useState<RecipientsValue>();
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the draft is copied once from the records when they arrive; later loads must not overwrite the merchant's edits
    if (data && !recipients) setRecipients(structuredClone(data.records.recipients ?? { kinds: [], sellsData: false }));
  }, [data, recipients]);
  /** Kinds added to the records by saving a processor are added to the draft too. */
  const addKinds = (kinds: RecipientsValue['kinds']) =>
    setRecipients((previous) => (previous ? { ...previous, kinds: [...new Set([...previous.kinds, ...kinds])] } : previous));
  return { recipients, setRecipients, addKinds };
}

export function Recipients({
  draft: { recipients, setRecipients },
  records: { save, saving, fieldError },
}: {
  draft: ReturnType<typeof useRecipientsDraft>;
  records: RecordsState;
}) {
  const rerr = (path: string) => fieldError('recipients', path);
  return (
    <SectionCard title="Recipients">
      <Text as="p" tone="subdued">
        The policy names the kinds of recipients you share personal data with (Art. 13(1)(e)); each processor is an example of one.
      </Text>
      {recipients && (
        <>
          <ChoiceList
            title="We share personal data with"
            allowMultiple
            choices={options(RECIPIENT_KINDS, RECIPIENT_KIND_LABELS)}
            selected={recipients.kinds}
            onChange={(kinds) => setRecipients({ ...recipients, kinds: kinds as RecipientsValue['kinds'] })}
            error={rerr('kinds')}
          />
          <Checkbox
            label="We do not sell personal data"
            checked={!recipients.sellsData}
            onChange={(checked) => setRecipients({ ...recipients, sellsData: !checked })}
            error={rerr('sellsData')}
          />
          <SaveBar label="Save recipients" onSave={() => void save('recipients', recipients, 'Recipients saved')} loading={saving === 'recipients'} />
        </>
      )}
    </SectionCard>
  );
}
