// What changed between two published versions, line by line.
import { Text } from '@shopify/polaris';
import type { Change } from '../../../../app/policy/unpublished.ts';

export type { Change };

/** Lines of a diff with + / − prefixes (readable without colour); long unchanged stretches are folded. */
export function DiffView({ changes }: { changes: Change[] }) {
  const lines: Array<{ kind: 'added' | 'removed' | 'same' | 'fold'; text: string }> = [];
  changes.forEach((change, index) => {
    const text = change.value.endsWith('\n') ? change.value.slice(0, -1) : change.value;
    const parts = text.split('\n');
    if (change.added || change.removed) {
      for (const line of parts) lines.push({ kind: change.added ? 'added' : 'removed', text: line });
      return;
    }
    const context = 2;
    const keepHead = index > 0 ? context : 0;
    const keepTail = index < changes.length - 1 ? context : 0;
    if (parts.length > keepHead + keepTail + 1) {
      parts.slice(0, keepHead).forEach((line) => lines.push({ kind: 'same', text: line }));
      lines.push({ kind: 'fold', text: `… ${parts.length - keepHead - keepTail} unchanged lines …` });
      parts.slice(parts.length - keepTail).forEach((line) => lines.push({ kind: 'same', text: line }));
    } else {
      parts.forEach((line) => lines.push({ kind: 'same', text: line }));
    }
  });
  const changed = changes.some((c) => c.added || c.removed);
  if (!changed)
    return (
      <Text as="p" tone="subdued">
        The two versions read the same in this language.
      </Text>
    );
  const style = (kind: string) => ({
    background: kind === 'added' ? 'var(--p-color-bg-surface-success)' : kind === 'removed' ? 'var(--p-color-bg-surface-critical)' : undefined,
    color:
      kind === 'added'
        ? 'var(--p-color-text-success)'
        : kind === 'removed'
          ? 'var(--p-color-text-critical)'
          : kind === 'fold'
            ? 'var(--p-color-text-secondary)'
            : undefined,
    textDecoration: kind === 'removed' ? 'line-through' : undefined,
    padding: '0 8px',
    whiteSpace: 'pre-wrap' as const,
    wordBreak: 'break-word' as const,
  });
  return (
    <div
      data-testid="policy-diff"
      style={{
        fontFamily: 'var(--p-font-family-mono)',
        fontSize: 13,
        lineHeight: 1.6,
        border: '1px solid var(--p-color-border)',
        borderRadius: 8,
        overflow: 'hidden',
      }}
    >
      {lines.map((line, i) => (
        <div key={i} className={`diff-${line.kind}`} style={style(line.kind)}>
          {line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '− ' : line.kind === 'fold' ? '' : '  '}
          {line.text}
        </div>
      ))}
    </div>
  );
}
