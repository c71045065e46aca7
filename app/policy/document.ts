// The policy as data, before it becomes HTML, Markdown or text: sections of paragraphs and lists.
import type { Locale } from '../records/profile.ts';

/** Block texts are plain, unescaped text; each output format escapes them its own way. */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'lines'; lines: string[] }
  /** A heading inside a section, for what the law wants presented apart (the right to object, Art. 21(4) GDPR). */
  | { kind: 'heading'; id: string; text: string };
export type PolicySection = { id: string; number: number; title: string; blocks: Block[] };
export type PolicyDocument = {
  locale: Locale;
  title: string;
  lastUpdated: { iso: string; text: string };
  intro: Block[];
  sections: PolicySection[];
  footer: { title: string; blocks: Block[] };
};

export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
export const list = (items: string[]): Block => ({ kind: 'list', items });
export const heading = (id: string, text: string): Block => ({ kind: 'heading', id, text });
