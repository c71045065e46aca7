// The one database client module: opens Prisma on SQLite or PostgreSQL and applies migrations.
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { PrismaClient as SqliteClient } from './generated/sqlite/client.ts';
import { PrismaClient as PostgresClient } from './generated/postgres/client.ts';
import { createAdapter, databaseKind, NameAsTextPool } from './adapters.ts';
import { createDriver, retainingFactory, type Driver } from './driver.ts';
import { gateStatementsBehindTransactions } from './sqlite-gate.ts';

export type { Prisma } from './generated/sqlite/client.ts';
export * as Models from './generated/sqlite/models.ts';

/**
 * Both generated clients expose the same model API; the SQLite one's types stand for both.
 * (PostgreSQL differs only in the SQL it emits.)
 */
export type Db = SqliteClient;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const drivers = new WeakMap<object, Driver>();

export function openDatabase(url: string): Db {
  const kind = databaseKind(url);
  // The adapter does not own a pool it is given: close it with the client.
  const pool = kind === 'postgres' ? new NameAsTextPool({ connectionString: url, max: 10 }) : undefined;
  const { factory, connected, forget } = retainingFactory(createAdapter(url, pool), kind === 'sqlite' ? gateStatementsBehindTransactions : undefined);
  if (kind === 'sqlite') {
    const file = url.replace(/^file:/, '').replace(/\?.*$/, '');
    try {
      if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
    } catch {
      // A folder that cannot be made is reported by the first query, as a database that is down.
    }
  }
  const client = (kind === 'postgres' ? new PostgresClient({ adapter: factory }) : new SqliteClient({ adapter: factory })) as unknown as Db;
  const disconnect = client.$disconnect.bind(client);
  client.$disconnect = async () => {
    forget();
    await disconnect();
    await pool?.end();
  };
  drivers.set(
    client,
    createDriver(kind, connected, () => client.$connect()),
  );
  return client;
}

/** Transactions below Prisma's query layer, on the client's own connection (see driver.ts). */
export function driverOf(db: Db): Driver {
  const driver = drivers.get(db);
  if (!driver) throw new Error('driverOf: the client was not opened with openDatabase()');
  return driver;
}

/** Applies the committed migrations (`prisma migrate deploy`) for the database the URL names. */
export async function migrateDatabase(url: string): Promise<void> {
  const config = join(root, 'prisma', `${databaseKind(url)}.config.ts`);
  if (databaseKind(url) === 'sqlite') mkdirSync(dirname(sqliteFile(url)), { recursive: true });
  const cli = join(root, 'node_modules', 'prisma', 'build', 'index.js');
  await promisify(execFile)(process.execPath, [cli, 'migrate', 'deploy', '--config', config], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: absoluteSqliteUrl(url), PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  });
  if (databaseKind(url) === 'sqlite') useWriteAheadLog(url);
}

/**
 * SQLite's write-ahead log lets readers (the admin) run beside the writer (webhooks) and makes a
 * commit one append + fsync. The mode is stored in the file, so setting it once is enough.
 * synchronous stays FULL: an acknowledged webhook must survive a power cut, not only a crash.
 */
function useWriteAheadLog(url: string) {
  const sqlite = new Database(sqliteFile(url));
  sqlite.pragma('journal_mode = WAL');
  sqlite.close();
}

/** Prisma's CLI resolves relative SQLite paths against the schema, the app against the cwd: pin one. */
export function absoluteSqliteUrl(url: string): string {
  if (!url.startsWith('file:')) return url;
  const [file = '', query] = url.slice('file:'.length).split('?');
  return `file:${resolve(file)}${query ? `?${query}` : ''}`;
}

/** The SQLite file a `file:` URL names, as an absolute path without its query. */
const sqliteFile = (url: string): string => absoluteSqliteUrl(url).slice('file:'.length).split('?', 1)[0] ?? '';

export async function isDatabaseReachable(db: Db): Promise<boolean> {
  try {
    await db.$queryRawUnsafe('SELECT 1');
    return true;
  } catch {
    return false;
  }
}
