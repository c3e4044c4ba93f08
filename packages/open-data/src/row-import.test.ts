import { badUserInput } from '@renkei/errors';
import { describe, expect, it } from 'vitest';
import type { DatasetIssue } from './dataset.js';
import { checkDroppingRefused, importRows, importTotals, type DroppableValues, type ParsedRow } from './row-import.js';

/** A create check that wants a name and refuses a phone without a 0 in front. */
function check(input: Record<string, unknown>) {
  if (!input.name) throw badUserInput('name is required', '名称を入力してください。', 'input.name');
  if (input.phone !== null && !String(input.phone).startsWith('0')) throw badUserInput('not a phone number', '電話番号ではありません。', 'input.phone');
  return { name: String(input.name), phone: input.phone as string | null };
}
const DROPPABLE: DroppableValues = { 'input.phone': ['電話番号', (i) => (i.phone = null)] };

describe('checkDroppingRefused', () => {
  it('leaves out an optional value the check refuses, and reports it as a repair', () => {
    const issues: DatasetIssue[] = [];
    expect(checkDroppingRefused({ name: '白山公園', phone: '12' }, check, DROPPABLE, issues)).toEqual({ name: '白山公園', phone: null });
    expect(issues).toEqual([
      { column: '電話番号', code: 'VALUE_DROPPED', severity: 'REPAIRED', message: 'not a phone number: the value was left out', messageJa: '電話番号ではありません。（この値は取り込みませんでした）' },
    ]);
  });

  it('rejects the row when an essential value is refused', () => {
    const issues: DatasetIssue[] = [];
    expect(checkDroppingRefused({ name: '', phone: '12' }, check, DROPPABLE, issues)).toBeNull();
    expect(issues.map((i) => [i.severity, i.code, i.messageJa])).toEqual([['REJECTED', 'INVALID', '名称を入力してください。']]);
  });

  it('lets an error that is not a refusal through', () => {
    expect(() => checkDroppingRefused({}, () => { throw new TypeError('bug'); }, {}, [])).toThrow(TypeError);
  });
});

describe('importRows', () => {
  type Row = ParsedRow<{ name: string }>;
  const rows: Row[] = [
    { line: 2, ok: true, draft: { name: 'new' }, issues: [] },
    { line: 3, ok: true, draft: { name: 'known' }, issues: [{ column: 'X', code: 'CODE_PADDED', severity: 'REPAIRED', message: 'm', messageJa: 'j' }] },
    { line: 4, ok: false, issues: [{ column: null, code: 'MISSING_NAME', severity: 'REJECTED', message: 'm', messageJa: 'j' }] },
    { line: 5, ok: true, draft: { name: 'refused by the database' }, issues: [] },
    { line: 6, ok: true, draft: { name: '' }, issues: [] },
  ];
  const steps = (dryRun: boolean, written: string[]) => ({
    dryRun,
    draft: (values: { name: string }, issues: DatasetIssue[]) => checkDroppingRefused({ ...values, phone: null }, check, {}, issues),
    previous: async (values: { name: string }) => (values.name === 'known' ? { id: 'known' } : undefined),
    write: async (_draft: unknown, previous: { id: string } | undefined, values: { name: string }) => {
      if (values.name.startsWith('refused')) throw badUserInput('duplicate', '重複しています。');
      written.push(values.name);
      return previous ?? { id: values.name };
    },
  });

  it('reports every row in file order and writes the good ones', async () => {
    const written: string[] = [];
    const results = await importRows(rows, steps(false, written));
    expect(results.map((r) => [r.row.line, r.outcome, r.saved])).toEqual([
      [2, 'CREATED', { id: 'new' }],
      [3, 'UPDATED', { id: 'known' }],
      [4, 'REJECTED', null],
      [5, 'REJECTED', null],
      [6, 'REJECTED', null],
    ]);
    expect(results[3]!.issues.map((i) => i.messageJa)).toEqual(['重複しています。']);
    expect(written).toEqual(['new', 'known']);
    expect(importTotals(results)).toEqual({ rows: 5, created: 1, updated: 1, repaired: 1, rejected: 3 });
  });

  it('writes nothing in a dry run, and says what each row would do', async () => {
    const written: string[] = [];
    const results = await importRows(rows, steps(true, written));
    expect(written).toEqual([]);
    expect(results.map((r) => r.outcome)).toEqual(['CREATED', 'UPDATED', 'REJECTED', 'CREATED', 'REJECTED']);
    expect(results.every((r) => r.saved === null)).toBe(true);
  });
});
