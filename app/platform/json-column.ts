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

/**
 * A JSON value as it is written: what JSON.stringify keeps unchanged (no Dates, functions or
 * class instances), so that what is read back is what was written. (zod's z.json() type.)
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export type JsonObject = { [key: string]: JsonValue };
/** What a Json column takes: any JSON value but a bare null (Prisma writes SQL NULL for that with Prisma.DbNull). */
export type JsonWrite = Exclude<JsonValue, null>;

/**
 * The value written to a JSON column, typed by the schema its reader checks it with (readJsonColumn):
 * a value that would not read back fails to compile here, not at the next read. The check is the
 * compiler's; the reader still checks what the database gives back.
 */
export const jsonColumn = <S extends z.ZodType<unknown, JsonWrite>>(_schema: S, value: z.input<S>): JsonWrite => value;

const jsonObject = z.record(z.string(), z.json());

/**
 * An object from outside (a vendor SDK's answer: Dates, class instances, undefined fields) as the
 * JSON it is stored as, which is what JSON.stringify makes of it.
 */
export const storedForm = (value: object): JsonObject => jsonObject.parse(JSON.parse(JSON.stringify(value)));

const isOneOf = <V extends string>(values: readonly V[], value: string): value is V => values.some((known) => known === value);

/**
 * A text column that holds one of a fixed list (a status, a type), checked as it is read instead of
 * cast: a value the code no longer knows fails the same way as a JSON column that does not fit.
 */
export function readEnumColumn<V extends string>(values: readonly V[], value: string, column: JsonColumn): V {
  if (isOneOf(values, value)) return value;
  throw new StoredDataError(`${where(column)} is none of ${values.join(', ')}.`);
}
