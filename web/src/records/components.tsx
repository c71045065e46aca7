// Pieces every records page shares: the loading state, the banner for a refused save (with links
// to other pages when the problem is in another section) and small field helpers.
import type { ReactNode } from 'react';
import {
  Banner,
  BlockStack,
  Button,
  ChoiceList,
  InlineStack,
  Link,
  List,
  SkeletonBodyText,
  Card,
  Text,
  TextField,
  type TextFieldProps,
} from '@shopify/polaris';
import { english, hasTranslations, withEnglish, withOptionalEnglish } from './text.ts';
import type { LocalizedText } from './types.ts';
import type { SaveErrors } from './useRecords.ts';
import { SECTION_PAGES } from './labels.ts';

/** Readable field path: "purposes.0.categories.1" → "Purposes › 1 › categories › 2". */
function describePath(path: string, ownSection: string): { page?: { label: string; path: string }; where: string } {
  const parts = path.split('.');
  const first = parts[0] ?? '';
  const other = first !== ownSection && SECTION_PAGES[first] ? SECTION_PAGES[first] : undefined;
  const rest = other ? parts.slice(1) : parts;
  const where = rest
    .filter((part) => part !== '_')
    .map((part) => (/^\d+$/.test(part) ? `#${Number(part) + 1}` : part.replace(/([A-Z])/g, ' $1').toLowerCase()))
    .join(' › ');
  return { page: other, where };
}

type FieldLabel = (path: string) => string | undefined;

/** Messages by field path, each naming its field as the form does (or by its path), and linking the page of another section. */
function ProblemList({ fields, ownSection, fieldLabel }: { fields: Record<string, string>; ownSection: string; fieldLabel?: FieldLabel }) {
  const entries = Object.entries(fields);
  if (entries.length === 0) return null;
  return (
    <List type="bullet">
      {entries.map(([path, message]) => {
        const named = fieldLabel?.(path);
        const { page, where } = named !== undefined ? { page: undefined, where: named } : describePath(path, ownSection);
        return (
          <List.Item key={path}>
            {page ? (
              <>
                <Link url={page.path}>{page.label}</Link>
                {where ? ` (${where})` : ''}: {message}
              </>
            ) : (
              <>
                {where ? `${where}: ` : ''}
                {message}
              </>
            )}
          </List.Item>
        );
      })}
    </List>
  );
}

/** The summary of a refused save; problems in other sections link to the page that fixes them. */
export function SaveErrorBanner({
  errors,
  section,
  onDismiss,
  fieldLabel,
}: {
  errors?: SaveErrors;
  section: string | string[];
  onDismiss?: () => void;
  /** Names a field the way the form labels it; undefined to fall back to the path. */
  fieldLabel?: FieldLabel;
}) {
  const sections = Array.isArray(section) ? section : [section];
  if (!errors || !sections.includes(errors.section)) return null;
  return (
    <Banner tone="critical" title="Not saved" onDismiss={onDismiss}>
      <BlockStack gap="200">
        <Text as="p">{errors.message}</Text>
        <ProblemList fields={errors.fields} ownSection={errors.section} fieldLabel={fieldLabel} />
      </BlockStack>
    </Banner>
  );
}

/**
 * Saved sections of this page that no longer fit their rules (a limit tightened since they were
 * saved): the form holds them as stored, and saving them corrected puts them right.
 */
export function StoredProblemsBanner({
  problems,
  section,
  fieldLabel,
}: {
  problems?: Record<string, string>;
  section: string | string[];
  fieldLabel?: FieldLabel;
}) {
  const sections = Array.isArray(section) ? section : [section];
  const own = Object.entries(problems ?? {}).filter(([path]) => sections.includes(path.split('.')[0] ?? ''));
  if (own.length === 0) return null;
  // On a page of one section the fields are named within it, as the form names them.
  const single = sections.length === 1 ? sections[0] : undefined;
  const fields = Object.fromEntries(own.map(([path, message]) => [single ? path.slice(single.length + 1) || '_' : path, message]));
  return (
    <Banner tone="critical" title="Some saved records no longer fit the rules">
      <BlockStack gap="200">
        <Text as="p">They are shown as they were saved. Correct these fields and save; until then the policy cannot be published.</Text>
        <ProblemList fields={fields} ownSection={single ?? ''} fieldLabel={fieldLabel} />
      </BlockStack>
    </Banner>
  );
}

export function LoadingCard() {
  return (
    <Card>
      <SkeletonBodyText lines={6} />
    </Card>
  );
}

export function LoadErrorBanner({ error, onRetry }: { error?: string; onRetry?: () => void }) {
  if (!error) return null;
  return (
    <Banner tone="critical" title="Your records could not be loaded" action={onRetry ? { content: 'Try again', onAction: onRetry } : undefined}>
      {error}
    </Banner>
  );
}

/** The heading of one item in a list of records (a category, a purpose…) and its Remove button. */
export function ItemHeading({
  title,
  name,
  onRemove,
  level = 'h2',
}: {
  title: string;
  /** names the item for screen readers */ name: string;
  onRemove: () => void;
  level?: 'h2' | 'h3';
}) {
  return (
    <InlineStack align="space-between" blockAlign="center">
      <Text as={level} variant={level === 'h2' ? 'headingMd' : 'headingSm'}>
        {title}
      </Text>
      <Button variant="plain" tone="critical" onClick={onRemove} accessibilityLabel={`Remove ${name}`}>
        Remove
      </Button>
    </InlineStack>
  );
}

/** The save button under a card, right-aligned as in Shopify's settings pages. */
export function SaveBar({
  children,
  onSave,
  loading,
  disabled,
  label = 'Save',
}: {
  children?: ReactNode;
  onSave: () => void;
  loading?: boolean;
  disabled?: boolean;
  label?: string;
}) {
  return (
    <InlineStack align="end" gap="200">
      {children}
      <Button variant="primary" onClick={onSave} loading={loading} disabled={disabled}>
        {label}
      </Button>
    </InlineStack>
  );
}

/** A note that a text also has other languages, which the admin leaves untouched. */
export function translationsNote(has: boolean): string | undefined {
  return has ? 'Other languages are kept as they are.' : undefined;
}

type EnglishTextFieldProps = Omit<TextFieldProps, 'value' | 'onChange' | 'autoComplete'> & { value: LocalizedText | undefined } & (
    | { optional?: false; onChange: (next: LocalizedText) => void }
    | { /** an empty text with no other languages is left out */ optional: true; onChange: (next: LocalizedText | undefined) => void }
  );

/**
 * A text the policy shows in every language: the merchant edits the English and the other
 * languages are kept as they are, which the field says when there are any (else `helpText`).
 */
export function EnglishTextField({ value, onChange, optional, helpText, ...field }: EnglishTextFieldProps) {
  return (
    <TextField
      {...field}
      autoComplete="off"
      value={english(value)}
      onChange={(text) => (optional ? onChange(withOptionalEnglish(value, text)) : onChange(withEnglish(value, text)))}
      helpText={translationsNote(hasTranslations(value)) ?? helpText}
    />
  );
}

const YES_NO = [
  { label: 'No', value: 'no' },
  { label: 'Yes', value: 'yes' },
];

/**
 * A yes/no question and, on yes, the English text that says more: sensitive data (GDPR Art. 9) on
 * the Inventory page, automated decisions (Art. 22) on the Security page.
 */
export function YesNoWithDetails({
  question,
  answer,
  onAnswer,
  answerError,
  details,
}: {
  question: string;
  answer: boolean;
  onAnswer: (yes: boolean) => void;
  answerError?: string;
  details: { label: string; value: LocalizedText | undefined; onChange: (next: LocalizedText | undefined) => void; error?: string; maxLength?: number };
}) {
  return (
    <>
      <ChoiceList title={question} choices={YES_NO} selected={[answer ? 'yes' : 'no']} onChange={([value]) => onAnswer(value === 'yes')} error={answerError} />
      {answer && (
        <EnglishTextField
          label={details.label}
          value={details.value}
          optional
          onChange={details.onChange}
          multiline={3}
          maxLength={details.maxLength}
          showCharacterCount={details.maxLength !== undefined}
          error={details.error}
        />
      )}
    </>
  );
}
