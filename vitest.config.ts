// The test suite runs on SQLite; tests named *.db.test.ts run again on PostgreSQL.
// PostgreSQL is used when reachable (DATABASE_TEST_POSTGRES_URL, default the local server);
// with LAWFULLY_REQUIRE_POSTGRES=1 (set by .ci/run) an unreachable server fails the run
// instead of skipping it, so CI can never pass without the PostgreSQL run.
import { defineConfig } from 'vitest/config';
import { availableParallelism } from 'node:os';
import pg from 'pg';

const postgresUrl = process.env.DATABASE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export default defineConfig(async () => {
  // Each run migrates template databases of its own (test/support/databases.ts), so two runs at
  // the same time on one machine do not drop each other's.
  const run = (process.env.LAWFULLY_TEST_RUN ??= String(process.pid));
  const required = process.env.LAWFULLY_REQUIRE_POSTGRES === '1';
  const reachable = await postgresReachable();
  const withPostgres = reachable || required;
  if (!withPostgres) {
    console.warn(`\n⚠ PostgreSQL is not reachable at ${postgresUrl}: the *.db.test.ts files run on SQLite only.\n`);
  }
  const shared = {
    globalSetup: ['test/support/global-setup.ts'],
    // One test file per core: most files wait on a database, Chromium or a local server rather
    // than compute (Vitest's default leaves one core idle, which on CI's two is half the machine).
    maxWorkers: availableParallelism(),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks' as const,
  };
  return {
    test: {
      projects: [
        { test: { ...shared, name: 'sqlite', include: ['test/**/*.test.ts', 'app/**/*.test.ts'], env: { TEST_DATABASE: 'sqlite', LAWFULLY_TEST_RUN: run } } },
        ...(withPostgres
          ? [
              {
                test: {
                  ...shared,
                  name: 'postgres',
                  include: ['test/**/*.db.test.ts'],
                  env: { TEST_DATABASE: 'postgres', DATABASE_TEST_POSTGRES_URL: postgresUrl, LAWFULLY_TEST_RUN: run },
                },
              },
            ]
          : []),
      ],
    },
  };
});
