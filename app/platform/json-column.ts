// Reads JSON kept in the database (a Prisma Json field, or JSON text) through its zod schema, once
// per read, instead of casting it: a row that does not fit fails with a StoredDataError naming the
// table, column and row, and the paths of what is wrong (never the values: they may be personal data).
import { z } from 'zod';
import { StoredDataError } from './errors.ts';

/** Which stored value is read: e.g. `{ table: 'RetentionRun', column: 'report', id: run.id }`. */
export interface JsonColumn {
  table: string;
  column: string;
  id: string;
}

const MAX_ISSUES_NAMED = 5;

const problemsOf = (error: z.ZodError) => {
  const named = error.issues.slice(0, MAX_ISSUES_NAMED).map((issue) => `${issue.path.map(String).join('.') || '(the whole value)'}: ${issue.message}`);
  const more = error.issues.length - named.length;
  return named.join('; ') + (more > 0 ? `; and ${more} more` : '');
};

const where = ({ table, column, id }: JsonColumn) => `${table}.${column} of row ${id}`;

export function readJsonColumn<S extends z.ZodType>(schema: S, value: unknown, column: JsonColumn): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new StoredDataError(`${where(column)} does not fit its schema: ${problemsOf(result.error)}.`);
}

/** The same for a text column holding JSON: text that is not JSON fails the same way. */
export function readJsonText<S extends z.ZodType>(schema: S, text: string, column: JsonColumn): z.infer<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new StoredDataError(`${where(column)} is not JSON.`);
  }
  return readJsonColumn(schema, value, column);
}
