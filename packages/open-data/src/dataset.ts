// A recommended dataset (推奨データセット) read as a whole: its columns found in the file's header, and each record
// as a row that collects its own issues. Every row comes back, kept with its repairs or rejected with every reason
// at once, so that the publisher can fix the file in one pass; only a file that is not the dataset at all is
// refused as a whole, with a DatasetFileError.
import { hubError } from '@renkei/errors';
import { normaliseColumnName, readCsvRecords, type CsvRecord } from './csv.js';
import { decodeCsvBytes, type CsvEncoding } from './encoding.js';

/** A repair made to a row (the row is kept) or a reason it was rejected. */
export interface DatasetIssue {
  /** The dataset column concerned (its Japanese header), when there is one. */
  column: string | null;
  /** A stable code, e.g. CODE_PADDED, MISSING_TITLE. */
  code: string;
  severity: 'REPAIRED' | 'REJECTED';
  message: string;
  messageJa: string;
}

/** At least one of several columns, such as the 災害種別_ columns of 指定緊急避難場所一覧, none required alone. */
export interface RequiredColumnGroup<Column extends string> {
  /** The group as the list of missing columns names it: 災害種別_* */
  name: string;
  anyOf: readonly Column[];
  /** What such a column looks like, added to the message in brackets. */
  hint: string;
  hintJa: string;
}

export interface Dataset<Column extends string> {
  /** Its Japanese name, as the messages call it: イベント一覧 */
  name: string;
  /** Each column with its header as published. */
  columns: Readonly<Record<Column, string>>;
  /** Columns a file of the dataset cannot do without. */
  required: readonly Column[];
  requiredGroups?: readonly RequiredColumnGroup<Column>[];
  /** Other ways published files write a header, besides what `headerKey` evens out. */
  aliases?: Partial<Record<Column, readonly string[]>>;
  /** The form in which headers are compared; normaliseColumnName (full-width, case, outer spaces) by default. */
  headerKey?: (name: string) => string;
}

/** The file's own header for each dataset column it has. */
export type DatasetHeaders<Column extends string> = ReadonlyMap<Column, string>;

export type DatasetFileProblem = 'EMPTY_FILE' | 'MISSING_COLUMNS' | 'DUPLICATE_COLUMNS';

/** The file as a whole is not the dataset: the importer refuses it with BAD_USER_INPUT (`asBadUserInput`). */
export class DatasetFileError extends Error {
  override readonly name = 'DatasetFileError';

  constructor(
    readonly code: DatasetFileProblem,
    message: string,
    readonly messageJa: string,
    /** The columns concerned, by their published headers. */
    readonly columns: readonly string[] = [],
  ) {
    super(message);
  }

  /** BAD_USER_INPUT naming the upload's input field, with the problem as `reason` and its `columns`. */
  asBadUserInput(field: string): ReturnType<typeof hubError> {
    return hubError('BAD_USER_INPUT', this.message, this.messageJa, { field, reason: this.code, columns: this.columns });
  }
}

export interface DatasetFile<Column extends string> {
  encoding: CsvEncoding;
  rows: DatasetRow<Column>[];
}

/** Reads a file of the dataset in Shift_JIS or UTF-8; throws DatasetFileError when it is empty or not the dataset. */
export function readDatasetFile<Column extends string>(bytes: Uint8Array, dataset: Dataset<Column>): DatasetFile<Column> {
  const { text, encoding } = decodeCsvBytes(bytes);
  const table = readCsvRecords(text);
  if (table.header.length === 0 && table.records.length === 0) {
    throw new DatasetFileError('EMPTY_FILE', 'The file is empty', 'ファイルが空です。');
  }
  const headers = locateDatasetColumns(table.header, dataset);
  return { encoding, rows: table.records.map((record) => new DatasetRow(record, headers, dataset.columns)) };
}

/** Finds the dataset's columns in a header; throws DatasetFileError for a missing required column or a duplicate. */
export function locateDatasetColumns<Column extends string>(header: readonly string[], dataset: Dataset<Column>): DatasetHeaders<Column> {
  const headerKey = dataset.headerKey ?? normaliseColumnName;
  const byKey = new Map<string, string[]>();
  for (const name of header) {
    const key = headerKey(name);
    byKey.set(key, [...(byKey.get(key) ?? []), name]);
  }
  const headers = new Map<Column, string>();
  const duplicated: string[] = [];
  for (const [column, published] of Object.entries(dataset.columns) as [Column, string][]) {
    const keys = new Set([published, ...(dataset.aliases?.[column] ?? [])].map(headerKey));
    const found = [...keys].flatMap((key) => byKey.get(key) ?? []);
    if (found.length > 1) duplicated.push(published);
    if (found[0] !== undefined) headers.set(column, found[0]);
  }

  const missing: string[] = dataset.required.filter((column) => !headers.has(column)).map((column) => dataset.columns[column]);
  const unmetGroups = (dataset.requiredGroups ?? []).filter((group) => !group.anyOf.some((column) => headers.has(column)));
  missing.push(...unmetGroups.map((group) => group.name));
  if (missing.length > 0) {
    const hint = unmetGroups.length === 0 ? '' : ` (${unmetGroups.map((group) => group.hint).join('; ')})`;
    const hintJa = unmetGroups.length === 0 ? '' : `（${unmetGroups.map((group) => group.hintJa).join('。')}）`;
    throw new DatasetFileError(
      'MISSING_COLUMNS',
      `The file lacks the required column(s) ${missing.join(', ')} of the ${dataset.name} dataset${hint}; ` +
        'its first line must be the header',
      `${dataset.name}の必須列${quoted(missing)}がありません${hintJa}。1行目を列名の行にしてください。`,
      missing,
    );
  }
  if (duplicated.length > 0) {
    throw new DatasetFileError(
      'DUPLICATE_COLUMNS',
      `The column(s) ${duplicated.join(', ')} appear more than once in the header`,
      `列${quoted(duplicated)}が見出しに複数あります。`,
      duplicated,
    );
  }
  return headers;
}

function quoted(names: readonly string[]): string {
  return names.map((name) => `「${name}」`).join('');
}

/** One record of the file: its cells as clean text by dataset column, and the issues found in it. */
export class DatasetRow<Column extends string> {
  readonly issues: DatasetIssue[] = [];

  constructor(
    private readonly record: CsvRecord,
    private readonly headers: DatasetHeaders<Column>,
    private readonly columns: Readonly<Record<Column, string>>,
  ) {}

  /** The file line the row starts on. */
  get line(): number {
    return this.record.line;
  }

  get rejected(): boolean {
    return this.issues.some((issue) => issue.severity === 'REJECTED');
  }

  /** A one-line value: line breaks and tabs become spaces. */
  text(column: Column): string | null {
    return clean(this.cell(column).replace(/[\t\n]/g, ' '));
  }

  /** A value that may run over several lines (説明, a list of 町内会 one per line, …). */
  paragraphs(column: Column): string | null {
    return clean(this.cell(column));
  }

  reject(column: Column | null, code: string, message: string, messageJa: string): void {
    this.issues.push({ column: column && this.columns[column], code, severity: 'REJECTED', message, messageJa });
  }

  repair(column: Column | null, code: string, message: string, messageJa: string): void {
    this.issues.push({ column: column && this.columns[column], code, severity: 'REPAIRED', message, messageJa });
  }

  /**
   * Rejects the row when its record did not parse or does not line up with the header, and says whether it did:
   * then no value of it can be trusted, and nothing more is worth reporting about it.
   */
  rejectBrokenRecord(): boolean {
    const { problem } = this.record;
    if (problem === undefined) return false;
    if (problem === 'MALFORMED') {
      this.reject(
        null,
        'MALFORMED_ROW',
        'The row cannot be read as CSV: a double quote (") opens a value that is never closed',
        'CSVとして読めない行です。値を囲む「"」が閉じられていません。',
      );
    } else {
      const fewer = problem === 'TOO_FEW_COLUMNS';
      this.reject(
        null,
        'COLUMN_COUNT',
        `The row has ${fewer ? 'fewer' : 'more'} values than the header has columns, so they cannot be matched to ` +
          'columns (look for a comma inside a value that is not enclosed in double quotes)',
        `行の値の数が列名の数より${fewer ? '少ない' : '多い'}ため、値と列の対応が分かりません` +
          '（「"」で囲まれていない値の中のカンマなどを確認してください）。',
      );
    }
    return true;
  }

  private cell(column: Column): string {
    const header = this.headers.get(column);
    return header === undefined ? '' : (this.record.values[header] ?? '');
  }
}

/** Trims, drops control characters other than line breaks and tabs (and a stray BOM), and makes '' null. */
function clean(value: string): string | null {
  const text = value.replace(/(?![\t\n])\p{Cc}|\uFEFF/gu, '').trim();
  return text === '' ? null : text;
}
