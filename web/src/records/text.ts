// Texts shown in the policy may be one string for every language or one per language
// ({ en, de, fr, lv }). The admin edits the English text and keeps the other languages as they are.
import type { LocalizedText } from './types.ts';

/** The English text (or the only text) of a localized text; '' when there is none. */
export function english(value: LocalizedText | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value.en ?? value.de ?? value.fr ?? value.lv ?? '';
}

/** Whether the text also has other languages than English. */
export function hasTranslations(value: LocalizedText | undefined): boolean {
  return typeof value === 'object' && Object.keys(value).some((key) => key !== 'en');
}

/** Replaces the English text and keeps any other languages. */
export function withEnglish(previous: LocalizedText | undefined, en: string): LocalizedText {
  if (typeof previous === 'object') return { ...previous, en };
  return en;
}

/** Like `withEnglish`, for optional texts: leaves the text out when it is empty and has no translations. */
export function withOptionalEnglish(previous: LocalizedText | undefined, en: string): LocalizedText | undefined {
  if (!en.trim() && !hasTranslations(previous)) return undefined;
  if (!en.trim() && typeof previous === 'object') {
    const { en: _dropped, ...others } = previous;
    return others;
  }
  return withEnglish(previous, en);
}

/** A key made of lowercase letters, digits and underscores from a name ("Email address" → "email_address"). */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
}

/** Drops keys whose value is undefined, so optional fields are left out rather than sent empty. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
