// Records that no longer fit their schema (a limit tightened after they were saved) stay readable
// in the admin: the records answer names what is wrong by field, the stored values come back so
// that the form shows them, and saving the corrected section puts the records right. The policy
// still refuses to publish from them meanwhile.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useTestApp, SHOP_A } from '../support/app.ts';
import { NAME_MAX_LENGTH } from '../../app/records/limits.ts';

const seed = JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')) as {
  inventory: { categories: Array<Record<string, unknown>> };
  purposes: unknown;
};

describe('stored records that no longer fit their schema', () => {
  const t = useTestApp();
  const tooLong = 'Email address '.repeat(Math.ceil(NAME_MAX_LENGTH / 14) + 1);

  it('are answered as stored with their problems, and a corrected save clears them', async () => {
    expect((await t.api('post', '/api/records/import', seed)).status).toBe(200);
    // Written straight to the database, as a row saved under an older, looser limit would be.
    const row = await t.deps.db.recordsProfile.findUniqueOrThrow({ where: { shop: SHOP_A } });
    const stored = structuredClone(row.profile) as typeof seed;
    const [first, ...rest] = stored.inventory.categories;
    stored.inventory.categories = [{ ...first, name: tooLong }, ...rest];
    await t.deps.db.recordsProfile.update({ where: { shop: SHOP_A }, data: { profile: stored as never } });

    const read = await t.api('get', '/api/records');
    expect(read.status).toBe(200);
    expect(Object.keys(read.body.storedProblems)).toEqual(['inventory.categories.0.name']);
    expect(read.body.storedProblems['inventory.categories.0.name']).toContain(`at most ${NAME_MAX_LENGTH}`);
    expect(read.body.records.inventory.categories[0].name).toBe(tooLong);
    expect(read.body.records.purposes).toEqual(seed.purposes);
    expect(read.body.attention.missingSections).not.toContain('inventory');

    // What needs a valid profile keeps refusing it.
    const publish = await t.api('post', '/api/policy/publish', {});
    expect(publish.status).toBeGreaterThanOrEqual(400);

    const corrected = { ...read.body.records.inventory, categories: [{ ...first }, ...rest] };
    const saved = await t.api('put', '/api/records/inventory', corrected);
    expect(saved.status).toBe(200);
    expect(saved.body.storedProblems).toEqual({});

    const again = await t.api('get', '/api/records');
    expect(again.body.storedProblems).toEqual({});
    expect(again.body.records.inventory.categories[0].name).toEqual(first?.name);
    expect((await t.api('post', '/api/policy/publish', {})).status).toBe(201);
  });

  it('refuse a corrected save that is still out of bounds, and keep the stored section', async () => {
    const row = await t.deps.db.recordsProfile.findUniqueOrThrow({ where: { shop: SHOP_A } });
    const stored = structuredClone(row.profile) as typeof seed;
    stored.inventory.categories[0] = { ...stored.inventory.categories[0], name: tooLong };
    await t.deps.db.recordsProfile.update({ where: { shop: SHOP_A }, data: { profile: stored as never } });

    const refused = await t.api('put', '/api/records/inventory', stored.inventory);
    expect(refused.status).toBe(400);
    expect(refused.body.fields['categories.0.name']).toContain(`at most ${NAME_MAX_LENGTH}`);
    const read = await t.api('get', '/api/records');
    expect(read.status).toBe(200);
    expect(read.body.records.inventory.categories[0].name).toBe(tooLong);
    expect(Object.keys(read.body.storedProblems)).toEqual(['inventory.categories.0.name']);
  });
});
