// Keeps SQLite's one connection honest about transactions. Prisma's better-sqlite3 adapter
// serialises transactions with a mutex but runs every statement outside a transaction on the
// same connection at once, so a plain write made while another caller's transaction is open
// lands inside it, and vanishes if that transaction rolls back (an acknowledged audit event,
// consent record or request, gone). Here every statement outside a transaction takes the same
// lock as a transaction, for as long as it runs; the lock is fair (first come, first served),
// so neither a stream of transactions nor a stream of plain statements starves the other.
// PostgreSQL needs none of this: its pool gives each transaction a connection of its own.
import { Mutex } from 'async-mutex';
import type { SqlDriverAdapter, SqlQuery } from '@prisma/driver-adapter-utils';

export function gateStatementsBehindTransactions(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const lock = new Mutex();

  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const release = await lock.acquire();
    try {
      const tx = await startTransaction(isolationLevel);
      const commit = tx.commit.bind(tx);
      const rollback = tx.rollback.bind(tx);
      tx.commit = () => commit().finally(release);
      tx.rollback = () => rollback().finally(release);
      return tx;
    } catch (error) {
      release();
      throw error;
    }
  };

  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const executeScript = adapter.executeScript.bind(adapter);
  adapter.queryRaw = (query: SqlQuery) => lock.runExclusive(() => queryRaw(query));
  adapter.executeRaw = (query: SqlQuery) => lock.runExclusive(() => executeRaw(query));
  adapter.executeScript = (script: string) => lock.runExclusive(() => executeScript(script));
  return adapter;
}
