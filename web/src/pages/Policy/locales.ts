// The languages the policy is written in, and the formats it is shown in.
export const LOCALES = [
  { label: 'English', value: 'en' },
  { label: 'Deutsch', value: 'de' },
  { label: 'Français', value: 'fr' },
  { label: 'Latviešu', value: 'lv' },
  { label: 'Español', value: 'es' },
  { label: 'Italiano', value: 'it' },
  { label: 'Nederlands', value: 'nl' },
  { label: 'Polski', value: 'pl' },
];
export const FORMATS = [
  { id: 'html', content: 'Page (HTML)' },
  { id: 'md', content: 'Markdown' },
  { id: 'text', content: 'Plain text' },
];

export const languageName = (code: string) => LOCALES.find((l) => l.value === code)?.label ?? code;
