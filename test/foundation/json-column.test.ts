import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readEnumColumn, readJsonColumn, readJsonText, storedForm } from '../../app/platform/json-column.ts';
import { StoredDataError } from '../../app/platform/errors.ts';
import { statusOf } from '../../app/platform/http.ts';

const column = { table: 'RetentionRun', column: 'report', id: 'run-1' };
const report = z.object({ generatedAt: z.string(), customers: z.object({ count: z.number().nullable(), listed: z.array(z.object({ name: z.string() })) }) });

describe('reading a JSON column through its schema', () => {
  it('gives back a row that fits, as it was stored', () => {
    const stored = { generatedAt: '2026-01-01T00:00:00.000Z', customers: { count: 1, listed: [{ name: 'Ada Lovelace' }] } };
    expect(readJsonColumn(report, stored, column)).toEqual(stored);
  });

  it('names the table, column, row and the paths that do not fit, without the stored values', () => {
    const stored = { generatedAt: 42, customers: { count: 'seven', listed: [{ name: 'Ada Lovelace' }, { name: null }] } };
    let error: unknown;
    try {
      readJsonColumn(report, stored, column);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(StoredDataError);
    const message = (error as Error).message;
    expect(message).toContain('RetentionRun.report of row run-1 does not fit its schema');
    expect(message).toContain('generatedAt');
    expect(message).toContain('customers.count');
    expect(message).toContain('customers.listed.1.name');
    expect(message).not.toContain('seven');
    expect(message).not.toContain('Ada');
    expect(statusOf(error)).toBe(500);
  });

  it('counts the problems it does not name', () => {
    const many = z.array(z.string());
    expect(() => readJsonColumn(many, [1, 2, 3, 4, 5, 6, 7], column)).toThrow(/; and 2 more\.$/);
  });

  it('refuses a text column that is not JSON, naming it', () => {
    expect(() => readJsonText(report, '{"generatedAt":', { table: 'WebhookDelivery', column: 'payload', id: 'd-9' })).toThrow(
      new StoredDataError('WebhookDelivery.payload of row d-9 is not JSON.'),
    );
  });
});

describe('reading a status or type column', () => {
  const statuses = ['pending', 'sent', 'failed'] as const;
  const task = { table: 'ProcessorTask', column: 'status', id: 't-1' };

  it('gives back a value it knows', () => {
    expect(readEnumColumn(statuses, 'sent', task)).toBe('sent');
  });

  it('refuses a value the code no longer knows, naming the column and the values it knows', () => {
    expect(() => readEnumColumn(statuses, 'archived', task)).toThrow(new StoredDataError('ProcessorTask.status of row t-1 is none of pending, sent, failed.'));
  });
});

describe('writing a vendor answer into a JSON column', () => {
  it('keeps what JSON keeps: dates as ISO text, undefined fields left out', () => {
    const answer = { id: 'p1', created: new Date('2026-03-01T10:00:00Z'), phone: undefined, location: { city: 'Rīga' } };
    expect(storedForm(answer)).toEqual({ id: 'p1', created: '2026-03-01T10:00:00.000Z', location: { city: 'Rīga' } });
  });
});
