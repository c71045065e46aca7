// No acknowledged write is lost: interactive transactions that roll back run beside a stream of
// plain writes from other callers (audit events, as a merchant's or a shopper's request makes
// them), and every write that was acknowledged is still there afterwards. On SQLite, Prisma's
// adapter used to run such writes inside the open transaction, so its rollback took them along.
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/app.ts';

const SHOP = 'writes.myshopify.com';
// A real pause is the behaviour under test: a transaction that takes a while while others wait.
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('acknowledged writes beside transactions that roll back', () => {
  const t = useTestDatabase();

  it('keeps every plain write acknowledged while other transactions were open and then rolled back', async () => {
    const failingTransactions = Array.from({ length: 5 }, (_, i) =>
      t.db
        .$transaction(async (tx) => {
          await tx.auditEvent.create({ data: { shop: SHOP, actor: 'test', action: `doomed-${i}` } });
          await pause(40); // a transaction that takes a while, then fails (a conflict, a refusal)
          throw new Error('refused');
        })
        .catch((error: unknown) => (error instanceof Error ? error.message : String(error))),
    );
    const acknowledged: string[] = [];
    const plainWrites = (async () => {
      for (let i = 0; i < 60; i += 1) {
        const row = await t.db.auditEvent.create({ data: { shop: SHOP, actor: 'test', action: `kept-${i}` }, select: { id: true } });
        acknowledged.push(row.id);
        await pause(2);
      }
    })();

    expect(await Promise.all(failingTransactions)).toEqual(Array(5).fill('refused'));
    await plainWrites;

    expect(acknowledged).toHaveLength(60);
    expect(await t.db.auditEvent.count({ where: { id: { in: acknowledged } } })).toBe(60);
    expect(await t.db.auditEvent.count({ where: { shop: SHOP, action: { startsWith: 'doomed-' } } })).toBe(0);
  });
});
