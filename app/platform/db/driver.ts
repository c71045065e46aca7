// Transactions on Prisma's own connection, below Prisma's query layer. Every Prisma query, raw
// ones included, goes through Prisma's query compiler (WebAssembly), which costs a few tenths of
// a millisecond each: for the webhook ledger, which commits hundreds of deliveries a second,
// that was a third of the time of an acknowledgement. Here the statements go straight to the
// driver adapter Prisma itself uses (the public SqlDriverAdapter interface), so they share its
// connection and its transaction lock: on SQLite they never wait on a lock held by the same
// process, as a second connection would. On SQLite a statement outside any transaction waits for
// an open one to end (sqlite-gate.ts); the work given to transaction() should therefore not wait
// on anything but its own statements.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils';
import type { DatabaseKind } from './adapters.ts';

/** A statement as written with Prisma.sql: its text with either kind of placeholder, and values. */
export interface Statement {
  sql: string; // `?` placeholders (SQLite)
  text: string; // `$1` placeholders (PostgreSQL)
  values: unknown[];
}

export type Row = Record<string, unknown>;

export interface DriverTransaction {
  /**
   * Runs one statement; its rows (RETURNING or SELECT) come back keyed by column name, as the
   * driver gives them (SQLite: integers as strings; PostgreSQL: numbers and booleans).
   */
  query(statement: Statement): Promise<Row[]>;
}

export interface Driver {
  transaction<T>(work: (tx: DriverTransaction) => Promise<T>): Promise<T>;
}

/**
 * Wraps Prisma's adapter factory so the adapter Prisma connects is also available here;
 * `prepare` may wrap each adapter as it is connected (SQLite's statement gate).
 */
export function retainingFactory(
  factory: SqlMigrationAwareDriverAdapterFactory | SqlDriverAdapterFactory,
  prepare: (adapter: SqlDriverAdapter) => SqlDriverAdapter = (adapter) => adapter,
) {
  let connected: Promise<SqlDriverAdapter> | undefined;
  const wrapped: SqlDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => {
      const attempt = factory.connect().then((connectedAdapter) => {
        const adapter = prepare(connectedAdapter);
        // Prisma disposes an adapter it gives up on, and connects a new one on its next query.
        const dispose = adapter.dispose.bind(adapter);
        adapter.dispose = () => {
          if (connected === attempt) connected = undefined;
          return dispose();
        };
        return adapter;
      });
      connected = attempt;
      attempt.catch(() => {
        if (connected === attempt) connected = undefined;
      });
      return attempt;
    },
  };
  // After $disconnect Prisma disposes the adapter and connects a new one on its next query.
  return { factory: wrapped, connected: () => connected, forget: () => (connected = undefined) };
}

const text = { scalarType: 'string', arity: 'scalar' } as const;

export function createDriver(kind: DatabaseKind, connected: () => Promise<SqlDriverAdapter> | undefined, connect: () => Promise<void>): Driver {
  const toQuery = (statement: Statement): SqlQuery => ({
    sql: kind === 'postgres' ? statement.text : statement.sql,
    args: statement.values,
    argTypes: statement.values.map(() => text),
  });
  return {
    async transaction(work) {
      // Prisma connects on its first query; a process whose first query is a webhook connects here.
      if (!connected()) await connect();
      const connecting = connected();
      if (!connecting) throw new Error('The database client is disconnected.');
      const adapter = await connecting;
      const tx = await adapter.startTransaction();
      // The adapter opens the transaction and holds its lock; the caller commits or rolls back
      // in SQL and then releases it (Prisma's protocol for usePhantomQuery: false).
      const run = (sql: string) => tx.executeRaw({ sql, args: [], argTypes: [] });
      try {
        const result = await work({
          async query(statement) {
            const set = await tx.queryRaw(toQuery(statement));
            return set.rows.map((values) => Object.fromEntries(set.columnNames.map((name, i) => [name, values[i]])));
          },
        });
        await run('COMMIT');
        await tx.commit();
        return result;
      } catch (error) {
        await run('ROLLBACK').catch(() => {});
        await tx.rollback();
        throw error;
      }
    },
  };
}
