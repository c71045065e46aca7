// One way to check input at the edge: a zod schema gives the type and the per-field 400 messages.
import type { z } from 'zod';
import { ValidationError } from './errors.ts';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what = 'The input'): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    fields[path] ??= issue.message;
  }
  const count = Object.keys(fields).length;
  throw new ValidationError(`${what} has ${count === 1 ? 'one problem' : `${count} problems`}; nothing was saved.`, fields);
}
