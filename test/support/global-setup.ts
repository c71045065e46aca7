// Migrates the template databases once per test run (see databases.ts).
import { mkdirSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { migrateDatabase } from '../../app/platform/db/index.ts';
import { POSTGRES_TEMPLATE, SQLITE_TEMPLATE, TEST_DATA_DIR, postgresUrlFor, withPostgresAdmin } from './databases.ts';

export default async function setup(project: TestProject) {
  const kind = project.config.env.TEST_DATABASE;
  if (kind === 'postgres') {
    await withPostgresAdmin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS "${POSTGRES_TEMPLATE}" WITH (FORCE)`);
      await c.query(`CREATE DATABASE "${POSTGRES_TEMPLATE}"`);
    });
    await migrateDatabase(postgresUrlFor(POSTGRES_TEMPLATE));
    console.log(`PostgreSQL: database tests run against ${postgresUrlFor(POSTGRES_TEMPLATE).replace(/\/[^/]*$/, '')}`);
    return () => withPostgresAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${POSTGRES_TEMPLATE}" WITH (FORCE)`)).then(() => undefined);
  }
  mkdirSync(TEST_DATA_DIR, { recursive: true });
  rmSync(SQLITE_TEMPLATE, { force: true });
  await migrateDatabase(`file:${SQLITE_TEMPLATE}`);
  return () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(SQLITE_TEMPLATE + suffix, { force: true });
  };
}
