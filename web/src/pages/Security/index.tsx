// Security and automated decisions: the technical and organisational measures that protect the
// data (GDPR Art. 32, named in the record of processing, Art. 30(1)(g)), and whether the store
// makes automated decisions with legal or similar effects (Art. 13(2)(f), 22).
import { useEffect, useState } from 'react';
import { BlockStack, Card, ChoiceList, Layout } from '@shopify/polaris';
import { RecordsPage } from '../../records/RecordsPage.tsx';
import { useRecords } from '../../records/useRecords.ts';
import { YesNoWithDetails } from '../../records/components.tsx';
import { SECURITY_MEASURE_LABELS, options } from '../../records/labels.ts';
import type { AutomatedDecisions, Security } from '../../records/types.ts';

const MEASURES = Object.keys(SECURITY_MEASURE_LABELS);

export default function SecurityPage() {
  const records = useRecords();
  const { data, save, fieldError } = records;
  const [security, setSecurity] = useState<Security>();
  const [decisions, setDecisions] = useState<AutomatedDecisions>({ used: false });

  useEffect(() => {
    if (data && !security) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the draft is copied once from the records when they arrive; later loads must not overwrite the merchant's edits
      setSecurity(structuredClone(data.records.security ?? { measures: [] }));
      setDecisions(structuredClone(data.records.automatedDecisions ?? { used: false }));
    }
  }, [data, security]);

  async function submit() {
    if (!security) return;
    if (!(await save('security', security, 'Security measures saved'))) return;
    const value: AutomatedDecisions = decisions.used ? decisions : { used: false };
    await save('automatedDecisions', value, 'Security and automated decisions saved');
  }

  return (
    <RecordsPage
      title="Security"
      subtitle="How you protect personal data, and whether you make automated decisions about people."
      onSave={() => void submit()}
      records={records}
      section={['security', 'automatedDecisions']}
      ready={Boolean(security)}
    >
      {security && (
        <>
          <Layout.AnnotatedSection
            title="Security measures"
            description="The technical and organisational measures you and your providers use (GDPR Art. 32). Shopify covers several of these for your store."
          >
            <Card>
              <ChoiceList
                title="We protect personal data with"
                allowMultiple
                choices={options(MEASURES, SECURITY_MEASURE_LABELS)}
                selected={security.measures}
                onChange={(measures) => setSecurity({ measures: measures as Security['measures'] })}
                error={fieldError('security', 'measures') ?? fieldError('security', 'measures.0')}
              />
            </Card>
          </Layout.AnnotatedSection>
          <Layout.AnnotatedSection
            title="Automated decisions"
            description="Decisions made by software alone that have legal or similarly significant effects on a person, such as refusing an order or credit by an automatic score (GDPR Art. 22)."
          >
            <Card>
              <BlockStack gap="300">
                <YesNoWithDetails
                  question="Do you make such automated decisions?"
                  answer={decisions.used}
                  onAnswer={(used) => setDecisions((previous) => ({ ...previous, used }))}
                  answerError={fieldError('automatedDecisions', 'used')}
                  details={{
                    label: 'Which decisions, the logic involved and their effects',
                    value: decisions.description,
                    onChange: (description) => setDecisions((previous) => ({ ...previous, description })),
                    error: fieldError('automatedDecisions', 'description'),
                  }}
                />
              </BlockStack>
            </Card>
          </Layout.AnnotatedSection>
        </>
      )}
    </RecordsPage>
  );
}
