// Data controller: who the business is, how to reach it about privacy, and which data protection
// authority is responsible for it (GDPR Art. 13(1)(a)-(b), Art. 77). Pre-filled from the shop.
import { useEffect, useMemo, useState } from 'react';
import { Banner, Card, Checkbox, FormLayout, Layout, TextField } from '@shopify/polaris';
import { RecordsPage } from '../../records/RecordsPage.tsx';
import { useRecords, useReference } from '../../records/useRecords.ts';
import { translationsNote } from '../../records/components.tsx';
import { english, hasTranslations, withEnglish } from '../../records/text.ts';
import { CountryPicker, countryOptions } from '../../records/CountryPicker.tsx';
import type { Controller, ControllerSuggestion, LocalizedText } from '../../records/types.ts';
import { CODE_MAX_LENGTH, DESCRIPTION_MAX_LENGTH, EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, URL_MAX_LENGTH } from '../../../../app/records/limits.ts';

interface Form {
  legalName: string;
  registryNumber: string;
  vatNumber: string;
  line1: string;
  line2: string;
  city: string;
  postalCode: string;
  country: string;
  contactEmail: string;
  hasDpo: boolean;
  dpoName: string;
  dpoEmail: string;
  hasRepresentative: boolean;
  repName: string;
  repAddress: string;
  repEmail: string;
  authorityName: string;
  authorityNameAll?: LocalizedText;
  authorityWebsite: string;
  authorityCountry: string;
}

function toForm(saved: Controller | undefined, suggestion: ControllerSuggestion | undefined): Form {
  const address = saved?.address ?? suggestion?.address;
  return {
    legalName: saved?.legalName ?? suggestion?.legalName ?? '',
    registryNumber: saved?.registryNumber ?? '',
    vatNumber: saved?.vatNumber ?? '',
    line1: address?.line1 ?? '',
    line2: address?.line2 ?? '',
    city: address?.city ?? '',
    postalCode: address?.postalCode ?? '',
    country: address?.country ?? '',
    contactEmail: saved?.contactEmail ?? suggestion?.contactEmail ?? '',
    hasDpo: Boolean(saved?.dpo),
    dpoName: saved?.dpo?.name ?? '',
    dpoEmail: saved?.dpo?.email ?? '',
    hasRepresentative: Boolean(saved?.euRepresentative),
    repName: saved?.euRepresentative?.name ?? '',
    repAddress: saved?.euRepresentative?.address ?? '',
    repEmail: saved?.euRepresentative?.email ?? '',
    authorityName: english(saved?.supervisoryAuthority.name),
    authorityNameAll: saved?.supervisoryAuthority.name,
    authorityWebsite: saved?.supervisoryAuthority.website ?? '',
    authorityCountry: saved?.supervisoryAuthority.country ?? address?.country ?? '',
  };
}

function fromForm(form: Form): Controller {
  const t = (s: string) => s.trim();
  return {
    legalName: t(form.legalName),
    ...(t(form.registryNumber) ? { registryNumber: t(form.registryNumber) } : {}),
    ...(t(form.vatNumber) ? { vatNumber: t(form.vatNumber) } : {}),
    address: {
      line1: t(form.line1),
      ...(t(form.line2) ? { line2: t(form.line2) } : {}),
      city: t(form.city),
      postalCode: t(form.postalCode),
      country: form.country,
    },
    contactEmail: t(form.contactEmail),
    ...(form.hasDpo ? { dpo: { name: t(form.dpoName), email: t(form.dpoEmail) } } : {}),
    ...(form.hasRepresentative ? { euRepresentative: { name: t(form.repName), address: t(form.repAddress), email: t(form.repEmail) } } : {}),
    supervisoryAuthority: {
      name: withEnglish(form.authorityNameAll, t(form.authorityName)),
      ...(t(form.authorityWebsite) ? { website: t(form.authorityWebsite) } : {}),
      country: form.authorityCountry,
    },
  };
}

/** The refused save names each field as the form labels it ("VAT number", not "vat number"). */
const FIELD_LABELS: Record<string, string> = {
  legalName: 'Legal name',
  registryNumber: 'Registration number',
  vatNumber: 'VAT number',
  contactEmail: 'Contact email for privacy questions',
  'address.line1': 'Street and house number',
  'address.line2': 'Address line 2',
  'address.postalCode': 'Postal code',
  'address.city': 'City',
  'address.country': 'Country',
  'dpo.name': 'DPO name',
  'dpo.email': 'DPO email',
  'euRepresentative.name': 'Representative name',
  'euRepresentative.email': 'Representative email',
  'euRepresentative.address': 'Representative address',
  'supervisoryAuthority.name': 'Name of the authority',
  'supervisoryAuthority.website': 'Website',
  'supervisoryAuthority.country': 'Country of the authority',
};
const fieldLabel = (path: string) => FIELD_LABELS[path.replace(/^controller\./, '')];

export default function ControllerPage() {
  const records = useRecords();
  const { data, save, fieldError } = records;
  const { reference } = useReference();
  const [form, setForm] = useState<Form>();
  const [prefilled, setPrefilled] = useState(false);

  useEffect(() => {
    if (data && !form) {
      const suggestion = data.records.controller ? undefined : data.suggestions.controller;
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the draft is copied once from the records when they arrive; later loads must not overwrite the merchant's edits
      setPrefilled(Boolean(suggestion));
      setForm(toForm(data.records.controller, suggestion));
    }
  }, [data, form]);

  const countries = useMemo(() => countryOptions(reference?.countries ?? []), [reference]);
  const err = (path: string) => fieldError('controller', path);
  const set =
    <K extends keyof Form>(key: K) =>
    (value: Form[K]) =>
      setForm((previous) => (previous ? { ...previous, [key]: value } : previous));

  async function submit() {
    if (!form) return;
    if (await save('controller', fromForm(form), 'Controller details saved')) setPrefilled(false);
  }

  return (
    <RecordsPage
      title="Data controller"
      subtitle="Your business is responsible for the personal data it collects. The policy names you and how to reach you."
      onSave={() => void submit()}
      saveError={err('_')}
      records={records}
      section="controller"
      fieldLabel={fieldLabel}
      notices={
        <>
          {prefilled && (
            <Banner tone="info" title="Pre-filled from your Shopify store; check and save">
              We copied your store's name, contact email and address. Add your registration and VAT numbers and your data protection authority, then save.
            </Banner>
          )}
        </>
      }
      ready={Boolean(form)}
    >
      {form && (
        <>
          <Layout.AnnotatedSection title="Your business" description="As registered in the commercial register.">
            <Card>
              <FormLayout>
                <TextField
                  label="Legal name"
                  maxLength={NAME_MAX_LENGTH}
                  value={form.legalName}
                  onChange={set('legalName')}
                  autoComplete="organization"
                  error={err('legalName')}
                />
                <FormLayout.Group>
                  <TextField
                    label="Registration number"
                    helpText="If your business is registered"
                    maxLength={CODE_MAX_LENGTH}
                    value={form.registryNumber}
                    onChange={set('registryNumber')}
                    autoComplete="off"
                    error={err('registryNumber')}
                  />
                  <TextField
                    label="VAT number"
                    helpText="If your business is registered for VAT"
                    maxLength={CODE_MAX_LENGTH}
                    value={form.vatNumber}
                    onChange={set('vatNumber')}
                    autoComplete="off"
                    error={err('vatNumber')}
                  />
                </FormLayout.Group>
                <TextField
                  label="Contact email for privacy questions"
                  maxLength={EMAIL_MAX_LENGTH}
                  type="email"
                  value={form.contactEmail}
                  onChange={set('contactEmail')}
                  autoComplete="email"
                  error={err('contactEmail')}
                />
              </FormLayout>
            </Card>
          </Layout.AnnotatedSection>
          <Layout.AnnotatedSection title="Address" description="Your registered business address.">
            <Card>
              <FormLayout>
                <TextField
                  label="Street and house number"
                  maxLength={NAME_MAX_LENGTH}
                  value={form.line1}
                  onChange={set('line1')}
                  autoComplete="address-line1"
                  error={err('address.line1')}
                />
                <TextField
                  label="Address line 2 (optional)"
                  maxLength={NAME_MAX_LENGTH}
                  value={form.line2}
                  onChange={set('line2')}
                  autoComplete="address-line2"
                  error={err('address.line2')}
                />
                <FormLayout.Group>
                  <TextField
                    label="Postal code"
                    maxLength={CODE_MAX_LENGTH}
                    value={form.postalCode}
                    onChange={set('postalCode')}
                    autoComplete="postal-code"
                    error={err('address.postalCode')}
                  />
                  <TextField
                    label="City"
                    maxLength={NAME_MAX_LENGTH}
                    value={form.city}
                    onChange={set('city')}
                    autoComplete="address-level2"
                    error={err('address.city')}
                  />
                </FormLayout.Group>
                <CountryPicker
                  label="Country"
                  options={countries}
                  value={form.country}
                  onChange={set('country')}
                  error={err('address.country') ?? err('address')}
                />
              </FormLayout>
            </Card>
          </Layout.AnnotatedSection>
          <Layout.AnnotatedSection
            title="Data protection officer and EU representative"
            description="Only if you have appointed them: a DPO is required for large-scale monitoring or sensitive data (Art. 37); a representative if your business is outside the EU (Art. 27)."
          >
            <Card>
              <FormLayout>
                <Checkbox label="We have a data protection officer" checked={form.hasDpo} onChange={set('hasDpo')} />
                {form.hasDpo && (
                  <FormLayout.Group>
                    <TextField
                      label="DPO name"
                      maxLength={NAME_MAX_LENGTH}
                      value={form.dpoName}
                      onChange={set('dpoName')}
                      autoComplete="off"
                      error={err('dpo.name') ?? err('dpo')}
                    />
                    <TextField
                      label="DPO email"
                      maxLength={EMAIL_MAX_LENGTH}
                      type="email"
                      value={form.dpoEmail}
                      onChange={set('dpoEmail')}
                      autoComplete="off"
                      error={err('dpo.email')}
                    />
                  </FormLayout.Group>
                )}
                <Checkbox label="We have a representative in the EU" checked={form.hasRepresentative} onChange={set('hasRepresentative')} />
                {form.hasRepresentative && (
                  <>
                    <FormLayout.Group>
                      <TextField
                        label="Representative name"
                        maxLength={NAME_MAX_LENGTH}
                        value={form.repName}
                        onChange={set('repName')}
                        autoComplete="off"
                        error={err('euRepresentative.name') ?? err('euRepresentative')}
                      />
                      <TextField
                        label="Representative email"
                        maxLength={EMAIL_MAX_LENGTH}
                        type="email"
                        value={form.repEmail}
                        onChange={set('repEmail')}
                        autoComplete="off"
                        error={err('euRepresentative.email')}
                      />
                    </FormLayout.Group>
                    <TextField
                      label="Representative address"
                      maxLength={DESCRIPTION_MAX_LENGTH}
                      showCharacterCount
                      value={form.repAddress}
                      onChange={set('repAddress')}
                      autoComplete="off"
                      error={err('euRepresentative.address')}
                    />
                  </>
                )}
              </FormLayout>
            </Card>
          </Layout.AnnotatedSection>
          <Layout.AnnotatedSection
            title="Data protection authority"
            description="Where your customers can complain (Art. 77): usually the authority of the country you are established in."
          >
            <Card>
              <FormLayout>
                <TextField
                  label="Name of the authority"
                  maxLength={NAME_MAX_LENGTH}
                  value={form.authorityName}
                  onChange={set('authorityName')}
                  autoComplete="off"
                  placeholder="e.g. the Data State Inspectorate of Latvia"
                  helpText={translationsNote(hasTranslations(form.authorityNameAll))}
                  error={err('supervisoryAuthority.name') ?? err('supervisoryAuthority')}
                />
                <FormLayout.Group>
                  <TextField
                    label="Website (optional)"
                    maxLength={URL_MAX_LENGTH}
                    type="url"
                    value={form.authorityWebsite}
                    onChange={set('authorityWebsite')}
                    autoComplete="off"
                    placeholder="https://"
                    error={err('supervisoryAuthority.website')}
                  />
                  <CountryPicker
                    label="Country of the authority"
                    options={countries}
                    value={form.authorityCountry}
                    onChange={set('authorityCountry')}
                    error={err('supervisoryAuthority.country')}
                  />
                </FormLayout.Group>
              </FormLayout>
            </Card>
          </Layout.AnnotatedSection>
        </>
      )}
    </RecordsPage>
  );
}
