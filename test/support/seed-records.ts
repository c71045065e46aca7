// The example store's records (examples/seed-store.json), for tests that store records directly:
// loadRecords reads them through their schema, so a stored section has to be a whole, valid one.
import { readFileSync } from 'node:fs';
import type { Profile } from '../../app/records/profile.ts';

export const seedRecords = (): Profile => JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')) as Profile;

/** The example store's controller section, to override a field or two. */
export const seedController = (): Profile['controller'] => seedRecords().controller;
