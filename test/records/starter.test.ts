// The usual categories, purposes and retention rules the admin offers a new merchant are the
// example store's (examples/seed-store.json), so adding them answers what the example answers:
// whether each kind of data must be given (Art. 13(2)(e)) and how long every kind is kept (Art. 13(2)(a)).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileSchema, type Profile } from '../../app/records/profile.ts';
import { STARTER_CATEGORIES, STARTER_PURPOSES, STARTER_RETENTION } from '../../web/src/records/starter.ts';

const seed: Profile = profileSchema.parse(JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')));

describe('the starters a new merchant adds', () => {
  it('are the example store’s categories, purposes and retention rules', () => {
    expect(STARTER_CATEGORIES).toEqual(seed.inventory.categories);
    expect(STARTER_PURPOSES).toEqual(seed.purposes);
    expect(STARTER_RETENTION).toEqual(seed.retention);
  });

  it('say for each kind of data the customer gives whether they must give it, and keep every kind for a set time', () => {
    const given = STARTER_CATEGORIES.filter((category) => category.source === 'customer');
    expect(given.length).toBeGreaterThan(0);
    for (const category of given) expect(category.provision, category.key).toBeDefined();
    expect(new Set(STARTER_RETENTION.map((rule) => rule.category))).toEqual(new Set(STARTER_CATEGORIES.map((category) => category.key)));
  });
});
