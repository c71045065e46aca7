import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { environment, loadConfig } from '../../app/platform/config.ts';
import { ConfigError } from '../../app/platform/errors.ts';

describe('configuration at boot', () => {
  it('runs the local preview with SQLite when nothing is set', () => {
    const config = loadConfig({});
    expect(config.mode).toBe('preview');
    expect(config.databaseKind).toBe('sqlite');
    expect(config.port).toBe(3000);
  });

  it('uses PostgreSQL for a postgres:// DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).databaseKind).toBe('postgres');
  });

  it('names every missing variable together when Shopify is half configured', () => {
    const attempt = () => loadConfig({ SHOPIFY_API_KEY: 'key', PORT: 'eighty' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('SHOPIFY_API_SECRET');
      expect(message).toContain('SHOPIFY_APP_URL');
      expect(message).toContain('LAWFULLY_ENCRYPTION_KEY');
      expect(message).toContain('PORT');
    }
  });

  it('refuses a database URL that is neither SQLite nor PostgreSQL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });

  it('refuses pg-boss without PostgreSQL', () => {
    expect(() => loadConfig({ JOB_QUEUE: 'pg-boss' })).toThrow(/pg-boss needs DATABASE_URL/);
  });

  it('runs against Shopify when the three credentials and the key are set', () => {
    const config = loadConfig({
      SHOPIFY_API_KEY: 'key',
      SHOPIFY_API_SECRET: 'secret',
      SHOPIFY_APP_URL: 'https://lawfully.example.com',
      LAWFULLY_ENCRYPTION_KEY: 'a'.repeat(64),
    });
    expect(config.mode).toBe('shopify');
    expect(config.appUrl).toBe('https://lawfully.example.com');
    expect(config.encryptionKey).toHaveLength(32);
  });

  it('reads a .env file for what `shopify app dev` does not pass, and lets the environment win', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lawfully-env-')), '.env');
    writeFileSync(file, `LAWFULLY_ENCRYPTION_KEY=${'b'.repeat(64)}\nPORT=4000\n# a comment\nDATABASE_URL="file:./data/dev.db"\n`);
    const config = loadConfig(
      environment(file, { SHOPIFY_API_KEY: 'key', SHOPIFY_API_SECRET: 'secret', SHOPIFY_APP_URL: 'https://tunnel.example.com', PORT: '51234' }),
    );
    expect(config).toMatchObject({ mode: 'shopify', port: 51234, databaseUrl: 'file:./data/dev.db' });
    expect(config.encryptionKey.toString('hex')).toBe('b'.repeat(64));
    expect(environment(join(tmpdir(), 'no-such-dir', '.env'), { PORT: '1' })).toEqual({ PORT: '1' });
  });
});
