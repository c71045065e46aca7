// Prisma driver adapters for the two databases Lawfully runs on. Used by the app and by the
// Prisma CLI configs (prisma/*.config.ts), so both reach the database the same way.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

export type DatabaseKind = 'sqlite' | 'postgres';

export const DEFAULT_DATABASE_URL = 'file:./data/lawfully.db';

export function databaseKind(url: string): DatabaseKind {
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres';
  if (url.startsWith('file:')) return 'sqlite';
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL); got "${url.split(':')[0]}:…"`);
}

/**
 * Prisma's JS schema engine cannot read PostgreSQL's `name` columns of the catalogue
 * (prisma/orm#27403: "Column type 'name' could not be deserialized"). `name` is text in all
 * but length, so this pool reports it as `text` (OID 19 → 25).
 */
export class NameAsTextPool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super(config);
    // An idle connection the server closes (restart, DROP DATABASE … FORCE) must not crash the
    // process; the next query opens a new one.
    this.on('error', () => {});
  }

  // pg's overloads are not expressible in a subclass; the wrapper keeps every call shape.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- only `any` stays assignable to every overload of pg's query()
  override query(...args: unknown[]): any {
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (!(result instanceof Promise)) return result; // the callback form
    return result.then((res: unknown) => {
      // one result, or an array of them for a multi-statement query (which has no fields)
      const fields = (res as Partial<pg.QueryResult> | undefined)?.fields ?? [];
      for (const field of fields) if (field.dataTypeID === 19) field.dataTypeID = 25;
      return res;
    });
  }
}

export function createAdapter(url: string, pool?: pg.Pool) {
  if (databaseKind(url) === 'postgres') {
    return new PrismaPg(pool ?? new NameAsTextPool({ connectionString: url, max: 10 }));
  }
  return new PrismaBetterSQLite3({ url });
}
