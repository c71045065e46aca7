// The policy as data, before it becomes HTML, Markdown or text: sections of paragraphs and lists.
import type { Locale } from '../records/profile.ts';

/** Block texts are plain, unescaped text; each output format escapes them its own way. */
export type Block = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] } | { kind: 'lines'; lines: string[] };
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
