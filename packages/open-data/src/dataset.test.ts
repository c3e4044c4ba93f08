import { describe, expect, it } from 'vitest';
import type { CsvRecord } from './csv.js';
import { DatasetFileError, DatasetRow, locateDatasetColumns, readDatasetFile, type Dataset } from './dataset.js';

const COLUMNS = {
  code: '全国地方公共団体コード',
  id: 'ID',
  name: '名称',
  fee: '料金(基本)',
  flood: '災害種別_洪水',
  landslide: '災害種別_崖崩れ、土石流及び地滑り',
  note: '備考',
} as const;

type Column = keyof typeof COLUMNS;

const SITES: Dataset<Column> = { name: '避難場所一覧', columns: COLUMNS, required: ['code', 'id', 'name'] };

const HAZARDS_REQUIRED: Dataset<Column> = {
  ...SITES,
  requiredGroups: [{ name: '災害種別_*', anyOf: ['flood', 'landslide'], hint: 'a 災害種別_ column', hintJa: '「災害種別_」の列が必要です' }],
};

function catchFileError(run: () => unknown): DatasetFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof DatasetFileError) return error;
    throw error;
  }
  throw new Error('expected a DatasetFileError');
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('locateDatasetColumns', () => {
  it("maps each column the file has to the file's own header, compared after NFKC and in upper case", () => {
    const headers = locateDatasetColumns(['全国地方公共団体コード', 'Ｉｄ', '名称', '料金（基本）', '独自の列'], SITES);
    expect([...headers]).toEqual([
      ['code', '全国地方公共団体コード'],
      ['id', 'Ｉｄ'],
      ['name', '名称'],
      ['fee', '料金（基本）'],
    ]);
  });

  it('names every missing required column at once, with the dataset', () => {
    expect(catchFileError(() => locateDatasetColumns(['ID', '備考'], SITES))).toMatchObject({
      code: 'MISSING_COLUMNS',
      columns: ['全国地方公共団体コード', '名称'],
      message:
        'The file lacks the required column(s) 全国地方公共団体コード, 名称 of the 避難場所一覧 dataset; its first line must be the header',
      messageJa: '避難場所一覧の必須列「全国地方公共団体コード」「名称」がありません。1行目を列名の行にしてください。',
    });
  });

  it('requires one column of a group, and explains the group only when none is there', () => {
    const required = ['全国地方公共団体コード', 'ID', '名称'];
    expect(locateDatasetColumns([...required, '災害種別_崖崩れ、土石流及び地滑り'], HAZARDS_REQUIRED).has('landslide')).toBe(true);
    expect(catchFileError(() => locateDatasetColumns(required, HAZARDS_REQUIRED))).toMatchObject({
      code: 'MISSING_COLUMNS',
      columns: ['災害種別_*'],
      message: expect.stringContaining('of the 避難場所一覧 dataset (a 災害種別_ column); its first line'),
      messageJa: '避難場所一覧の必須列「災害種別_*」がありません（「災害種別_」の列が必要です）。1行目を列名の行にしてください。',
    });
    expect(catchFileError(() => locateDatasetColumns(['ID', '名称'], HAZARDS_REQUIRED)).columns).toEqual(['全国地方公共団体コード', '災害種別_*']);
  });

  it('refuses a column that appears twice, however it is written', () => {
    expect(catchFileError(() => locateDatasetColumns(['全国地方公共団体コード', 'ID', '名称', 'id ', '備考', '備考'], SITES))).toMatchObject({
      code: 'DUPLICATE_COLUMNS',
      columns: ['ID', '備考'],
      message: 'The column(s) ID, 備考 appear more than once in the header',
      messageJa: '列「ID」「備考」が見出しに複数あります。',
    });
  });

  it("reads a column under an alias, and takes the published header and an alias together as a duplicate", () => {
    const withAliases: Dataset<Column> = { ...SITES, aliases: { landslide: ['災害種別_がけ崩れ、土石流及び地すべり'] } };
    const required = ['全国地方公共団体コード', 'ID', '名称'];
    expect(locateDatasetColumns([...required, '災害種別_がけ崩れ、土石流及び地すべり'], withAliases).get('landslide')).toBe(
      '災害種別_がけ崩れ、土石流及び地すべり',
    );
    expect(
      catchFileError(() =>
        locateDatasetColumns([...required, '災害種別_崖崩れ、土石流及び地滑り', '災害種別_がけ崩れ、土石流及び地すべり'], withAliases),
      ),
    ).toMatchObject({ code: 'DUPLICATE_COLUMNS', columns: ['災害種別_崖崩れ、土石流及び地滑り'] });
  });

  it("compares headers in the dataset's own form when it gives one", () => {
    const required = ['全国地方公共団体コード', 'ID', '名称'];
    const written = '災害種別_崖崩れ・土石流及び 地滑り';
    expect(locateDatasetColumns([...required, written], SITES).has('landslide')).toBe(false);
    const loose: Dataset<Column> = { ...SITES, headerKey: (name) => name.normalize('NFKC').replace(/\s+/gu, '').replace(/・/gu, '、') };
    expect(locateDatasetColumns([...required, written], loose).get('landslide')).toBe(written);
  });
});

describe('readDatasetFile', () => {
  it('decodes the file and gives one row per record', () => {
    const file = readDatasetFile(utf8('全国地方公共団体コード,ID,名称\r\n151009,1,白山公園\r\n\r\n151009,2,西海岸公園\r\n'), SITES);
    expect(file.encoding).toBe('UTF-8');
    expect(file.rows.map((row) => [row.line, row.text('id'), row.text('name')])).toEqual([
      [2, '1', '白山公園'],
      [4, '2', '西海岸公園'],
    ]);
  });

  it('refuses an empty file, and a file that is not the dataset', () => {
    for (const bytes of [new Uint8Array(), utf8('\uFEFF\r\n\r\n')]) {
      expect(catchFileError(() => readDatasetFile(bytes, SITES))).toMatchObject({
        code: 'EMPTY_FILE',
        columns: [],
        message: 'The file is empty',
        messageJa: 'ファイルが空です。',
      });
    }
    expect(catchFileError(() => readDatasetFile(utf8('NO,イベント名\r\n1,講座\r\n'), SITES)).code).toBe('MISSING_COLUMNS');
  });
});

describe('DatasetRow', () => {
  const headers = new Map<Column, string>([
    ['id', 'ＩＤ'],
    ['name', '名称'],
    ['note', '備考'],
  ]);
  const row = (values: Record<string, string>, problem?: CsvRecord['problem']) =>
    new DatasetRow<Column>({ line: 7, values, ...(problem ? { problem } : {}) }, headers, COLUMNS);

  it("reads a cell by dataset column through the file's header, as clean text or null", () => {
    const r = row({ ＩＤ: ' 12 ', 名称: '白山\t公園\n（東）\u0007\uFEFF', 備考: '一行目\n\t二行目 ' });
    expect(r.line).toBe(7);
    expect(r.text('id')).toBe('12');
    expect(r.text('name')).toBe('白山 公園 （東）');
    expect(r.paragraphs('name')).toBe('白山\t公園\n（東）');
    expect(r.paragraphs('note')).toBe('一行目\n\t二行目');
    // A column the file lacks, and a cell of spaces only.
    expect(r.text('code')).toBeNull();
    expect(row({ ＩＤ: ' \u3000 ' }).text('id')).toBeNull();
  });

  it('collects repairs and rejections by published header, and is rejected by one rejection', () => {
    const r = row({ ＩＤ: '1' });
    r.repair('id', 'ID_PADDED', 'padded', '補いました。');
    expect(r.rejected).toBe(false);
    r.reject(null, 'OUTSIDE', 'outside', '対象外です。');
    r.reject('name', 'MISSING_NAME', 'empty', '空欄です。');
    expect(r.rejected).toBe(true);
    expect(r.issues).toEqual([
      { column: 'ID', code: 'ID_PADDED', severity: 'REPAIRED', message: 'padded', messageJa: '補いました。' },
      { column: null, code: 'OUTSIDE', severity: 'REJECTED', message: 'outside', messageJa: '対象外です。' },
      { column: '名称', code: 'MISSING_NAME', severity: 'REJECTED', message: 'empty', messageJa: '空欄です。' },
    ]);
  });

  it('rejects a record that does not parse or does not line up with the header, and only such a record', () => {
    const good = row({ ＩＤ: '1' });
    expect(good.rejectBrokenRecord()).toBe(false);
    expect(good.issues).toEqual([]);

    const malformed = row({}, 'MALFORMED');
    expect(malformed.rejectBrokenRecord()).toBe(true);
    expect(malformed.issues).toEqual([
      {
        column: null,
        code: 'MALFORMED_ROW',
        severity: 'REJECTED',
        message: 'The row cannot be read as CSV: a double quote (") opens a value that is never closed',
        messageJa: 'CSVとして読めない行です。値を囲む「"」が閉じられていません。',
      },
    ]);

    const short = row({ ＩＤ: '1' }, 'TOO_FEW_COLUMNS');
    expect(short.rejectBrokenRecord()).toBe(true);
    expect(short.issues).toMatchObject([
      { column: null, code: 'COLUMN_COUNT', severity: 'REJECTED', message: expect.stringContaining('fewer values than the header') },
    ]);
    expect(short.issues[0]?.messageJa).toBe(
      '行の値の数が列名の数より少ないため、値と列の対応が分かりません（「"」で囲まれていない値の中のカンマなどを確認してください）。',
    );
    const long = row({ ＩＤ: '1' }, 'TOO_MANY_COLUMNS');
    expect(long.rejectBrokenRecord()).toBe(true);
    expect(long.issues[0]).toMatchObject({ code: 'COLUMN_COUNT', message: expect.stringContaining('more values than the header') });
    expect(long.issues[0]?.messageJa).toContain('列名の数より多いため');
  });
});

describe('DatasetFileError', () => {
  it('becomes BAD_USER_INPUT naming the upload field, with the problem as reason', () => {
    const error = new DatasetFileError('MISSING_COLUMNS', 'The file lacks ID', 'IDがありません。', ['ID']);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DatasetFileError');
    const refusal = error.asBadUserInput('input.fileBase64');
    expect(refusal.message).toBe('The file lacks ID');
    expect(refusal.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      messageJa: 'IDがありません。',
      field: 'input.fileBase64',
      reason: 'MISSING_COLUMNS',
      columns: ['ID'],
    });
  });
});
