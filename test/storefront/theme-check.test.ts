// Shopify's theme-check, with its theme-app-extension configuration, finds no error in the
// extension (the same checks `shopify app deploy` runs before it accepts an extension).
import { describe, expect, it } from 'vitest';
import { themeCheckRun } from '@shopify/theme-check-node';
import { extensionDir } from '../../app/storefront/liquid.ts';

const isError = (severity: number) => severity === 0; // theme-check's Severity.ERROR (its enum is not exported)

describe('the theme app extension', () => {
  it('passes theme-check (theme-app-extension config) without an error', async () => {
    const run = await themeCheckRun(extensionDir.replace(/\/$/, ''), 'theme-check:theme-app-extension', () => {});
    expect(run.theme.length, 'theme-check read the extension files').toBeGreaterThanOrEqual(10);
    const offences = run.offenses.map(
      (o) => `${isError(o.severity) ? 'error' : 'warning'} ${o.uri.split('/').slice(-2).join('/')}:${o.start.line + 1} ${o.check}: ${o.message}`,
    );
    const errors = run.offenses.filter((o) => isError(o.severity));
    expect(errors.length, `theme-check found:\n${offences.join('\n')}`).toBe(0);
  }, 60_000);
});
