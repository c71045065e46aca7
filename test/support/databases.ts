// Real databases for tests: each test file gets its own, copied from a template that
// global-setup migrated once (a file copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL).
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Db } from '../../app/platform/db/index.ts';

export const TEST_DATA_DIR = resolve('data', 'test');
/** the test run's own (vitest.config.ts sets LAWFULLY_TEST_RUN), so concurrent runs keep theirs */
const RUN = process.env.LAWFULLY_TEST_RUN ?? 'default';
export const SQLITE_TEMPLATE = join(TEST_DATA_DIR, `template-${RUN}.db`);
export const POSTGRES_TEMPLATE = `lawfully_test_template_${RUN}`;

export function postgresAdminUrl(): string {
  return process.env.DATABASE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
}

export function postgresUrlFor(database: string): string {
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withPostgresAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  kind: 'sqlite' | 'postgres';
  url: string;
  db: Db;
  /** closes the client and removes the database */
  drop(): Promise<void>;
}

export function testDatabaseKind(): 'sqlite' | 'postgres' {
  return process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';
}

export async function createTestDatabase(kind = testDatabaseKind()): Promise<TestDatabase> {
  const name = `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  if (kind === 'postgres') {
    await withPostgresAdmin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${POSTGRES_TEMPLATE}"`));
    return opened(kind, postgresUrlFor(name), async () => {
      await withPostgresAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    });
  }
  mkdirSync(TEST_DATA_DIR, { recursive: true });
  const file = join(TEST_DATA_DIR, `${name}.db`);
  copyFileSync(SQLITE_TEMPLATE, file);
  return opened(kind, `file:${file}`, () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
  });
}

/** The database at url, with a drop() that closes its client and then removes it. */
function opened(kind: TestDatabase['kind'], url: string, remove: () => Promise<void> | void): TestDatabase {
  const db = openDatabase(url);
  return {
    kind,
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await remove();
    },
  };
}

/** A database that cannot be reached (a server that is down, a disk that is gone), for 5xx tests. */
export function unreachableDatabase(kind = testDatabaseKind()): TestDatabase {
  const url = kind === 'postgres' ? 'postgres://postgres@127.0.0.1:1/lawfully_down' : 'file:/dev/null/lawfully-down/gone.db';
  const db = openDatabase(url);
  return { kind, url, db, drop: () => db.$disconnect().catch(() => {}) };
}
