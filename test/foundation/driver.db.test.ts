// Transactions on Prisma's own driver connection (the webhook ledger's hot path): they commit
// what Prisma then reads, undo everything when a statement fails, and never leave the
// connection locked.
import { describe, expect, it } from 'vitest';
import { Prisma } from '../../app/platform/db/generated/sqlite/client.ts';
import { driverOf } from '../../app/platform/db/index.ts';
import { testDatabaseKind } from '../support/databases.ts';
import { useTestDatabase } from '../support/app.ts';

const now = new Date().toISOString().replace('Z', '+00:00');
const insertJob = (id: string) =>
  Prisma.sql`INSERT INTO "Job" ("id", "shop", "kind", "payload", "status", "attempts", "maxAttempts", "runAt", "createdAt") VALUES (${id}, ${'driver.myshopify.com'}, ${'test'}, ${'{}'}, 'queued', 0, 8, ${now}, ${now}) RETURNING "id"`;

describe('driver transactions', () => {
  const t = useTestDatabase();

  it('commits rows that Prisma then reads, and returns what RETURNING gives', async () => {
    const rows = await driverOf(t.db).transaction((tx) => tx.query(insertJob('driver-1')));
    expect(rows).toEqual([{ id: 'driver-1' }]);
    expect(await t.db.job.findUnique({ where: { id: 'driver-1' }, select: { kind: true, status: true } })).toEqual({ kind: 'test', status: 'queued' });
  });

  it('undoes the whole transaction when a statement fails, and the next one still runs', async () => {
    await expect(
      driverOf(t.db).transaction(async (tx) => {
        await tx.query(insertJob('driver-2'));
        await tx.query(insertJob('driver-1')); // the id exists: the statement fails
      }),
    ).rejects.toThrow();
    expect(await t.db.job.count({ where: { id: 'driver-2' } })).toBe(0);
    await driverOf(t.db).transaction((tx) => tx.query(insertJob('driver-3')));
    expect(await t.db.job.count({ where: { id: { in: ['driver-1', 'driver-3'] } } })).toBe(2);
    // Prisma's own transactions are not held up by a lock left behind.
    await t.db.$transaction(async (tx) => tx.job.update({ where: { id: 'driver-3' }, data: { status: 'done' } }));
  });

  // A PostgreSQL client closes its pool for good on $disconnect.
  it.skipIf(testDatabaseKind() === 'postgres')('reconnects after the client was disconnected', async () => {
    await t.db.$disconnect();
    await driverOf(t.db).transaction((tx) => tx.query(insertJob('driver-4')));
    expect(await t.db.job.count({ where: { id: 'driver-4' } })).toBe(1);
  });
});
