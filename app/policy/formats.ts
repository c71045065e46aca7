// The three output formats of a policy document: HTML (every value escaped), Markdown (formatting
// characters escaped) and plain text.
import { escapeHtml } from '../platform/html.ts';
import type { Block, PolicyDocument } from './document.ts';

export function toHtml(document: PolicyDocument, { title = true }: { title?: boolean } = {}): string {
  const e = escapeHtml;
  const block = (b: Block): string => {
    switch (b.kind) {
      case 'paragraph':
        return `<p>${e(b.text)}</p>`;
      case 'list':
        return `<ol>\n${b.items.map((item) => `<li>${e(item)}</li>`).join('\n')}\n</ol>`;
      case 'lines':
        return `<p>${b.lines.map(e).join('<br>\n')}</p>`;
      case 'heading':
        return `<h3 id="${e(b.id)}">${e(b.text)}</h3>`;
    }
  };
  return [
    `<article class="lawfully-policy" lang="${e(document.locale)}">`,
    ...(title ? [`<h1>${e(document.title)}</h1>`] : []),
    `<p class="lawfully-policy-updated"><time datetime="${e(document.lastUpdated.iso)}">${e(document.lastUpdated.text)}</time></p>`,
    ...document.intro.map(block),
    ...document.sections.map((section) =>
      [`<section id="${e(section.id)}">`, `<h2>${section.number}. ${e(section.title)}</h2>`, ...section.blocks.map(block), '</section>'].join('\n'),
    ),
    '<footer>',
    `<h2>${e(document.footer.title)}</h2>`,
    ...document.footer.blocks.map(block),
    '</footer>',
    '</article>',
    '',
  ].join('\n');
}

/** Backslash-escapes what Markdown would read as formatting or HTML. */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`)
    .replace(/^(\d+)\.(\s)/, '$1\\.$2')
    .replace(/^([-+])(\s)/, '\\$1$2');
}

export function toMarkdown(document: PolicyDocument): string {
  const e = escapeMarkdown;
  const block = (b: Block): string => {
    switch (b.kind) {
      case 'paragraph':
        return e(b.text);
      case 'list':
        return b.items.map((item, i) => `${i + 1}. ${e(item)}`).join('\n');
      case 'lines':
        return b.lines.map(e).join('  \n');
      case 'heading':
        return `### ${e(b.text)}`;
    }
  };
  return (
    [
      `# ${e(document.title)}`,
      `*${e(document.lastUpdated.text)}*`,
      ...document.intro.map(block),
      ...document.sections.flatMap((section) => [`## ${section.number}. ${e(section.title)}`, ...section.blocks.map(block)]),
      '---',
      `**${e(document.footer.title)}**`,
      ...document.footer.blocks.map(block),
    ].join('\n\n') + '\n'
  );
}

export function toText(document: PolicyDocument): string {
  const block = (b: Block): string => {
    switch (b.kind) {
      case 'paragraph':
        return b.text;
      case 'list':
        return b.items.map((item, i) => `  ${i + 1}. ${item}`).join('\n');
      case 'lines':
        return b.lines.join('\n');
      case 'heading':
        return b.text.toUpperCase();
    }
  };
  return (
    [
      document.lastUpdated.text,
      document.title.toUpperCase(),
      ...document.intro.map(block),
      ...document.sections.flatMap((section) => [`${section.number}. ${section.title}`, ...section.blocks.map(block)]),
      document.footer.title,
      ...document.footer.blocks.map(block),
    ].join('\n\n') + '\n'
  );
}
