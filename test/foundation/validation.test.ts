// A refused input's summary counts its problems in plain words: "one problem", "3 problems".
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseInput } from '../../app/platform/validation.ts';
import { ValidationError } from '../../app/platform/errors.ts';

const schema = z.object({ name: z.string({ error: 'Enter a name' }), email: z.string({ error: 'Enter an email' }), city: z.string({ error: 'Enter a city' }) });

const refusal = (value: unknown) => {
  try {
    parseInput(schema, value, 'The controller section');
  } catch (error) {
    if (error instanceof ValidationError) return error.message;
    throw error;
  }
  throw new Error('the input was accepted');
};

describe('the summary of a refused input', () => {
  it('says "one problem" for one and "3 problems" for three', () => {
    expect(refusal({ name: 'A', email: 'a@example.com' })).toBe('The controller section has one problem; nothing was saved.');
    expect(refusal({})).toBe('The controller section has 3 problems; nothing was saved.');
  });
});
