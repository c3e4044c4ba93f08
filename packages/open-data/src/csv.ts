// Records of a CSV file with a header line, each with the line it starts on so that a report can point the
// publisher to it. A row that does not parse or does not line up with the header is marked, never thrown: one bad
// row must not cost the rest of the file.
import { CsvError, parse } from 'csv-parse/sync';

/** Why a record's values cannot be trusted: its fields do not line up with the header, or it does not parse. */
export type CsvRecordProblem = 'TOO_FEW_COLUMNS' | 'TOO_MANY_COLUMNS' | 'MALFORMED';

export interface CsvRecord {
  /** The file line the record starts on; the header is line 1. */
  line: number;
  /** By header name. A column the record lacks reads as ''; of two columns with one name, the first counts. */
  values: Record<string, string>;
  problem?: CsvRecordProblem;
}

export interface CsvTable {
  /** The header's names, trimmed (white space includes the full-width space) but otherwise as written. */
  header: string[];
  /** In file order; empty lines and lines of empty fields only (,,,) are left out. */
  records: CsvRecord[];
}

/**
 * The form in which to compare column names: published files write 料金（基本） or 料金(基本), ＵＲＬ or URL, No or NO.
 */
export function normaliseColumnName(name: string): string {
  return name.normalize('NFKC').trim().toUpperCase();
}

interface ParsedRow {
  line: number;
  fields: string[];
  malformed: boolean;
}

export function readCsvRecords(text: string): CsvTable {
  const rows = parseRows(text).filter((row) => row.malformed || row.fields.some((field) => field.trim() !== ''));
  const [headerRow, ...dataRows] = rows;
  if (!headerRow || headerRow.malformed) {
    return { header: [], records: dataRows.map((row) => toRecord(row, [])) };
  }
  const header = headerRow.fields.map((name) => name.trim());
  return { header, records: dataRows.map((row) => toRecord(row, header)) };
}

function parseRows(text: string): ParsedRow[] {
  // One line break throughout, so that line numbers count what an editor shows and values hold \n only.
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const rows: ParsedRow[] = [];
  let from = 0;
  while (from < lines.length) {
    let linesRead = from;
    try {
      parse(lines.slice(from).join('\n'), {
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true,
        on_record: (fields: string[], context) => {
          linesRead = from + context.lines;
          rows.push({ line: linesRead - lineBreaksIn(fields), fields, malformed: false });
          return null;
        },
      });
      return rows;
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      // An unclosed quote swallows the rest of the file. Take the line where the broken record starts as the
      // bad row and read on from the line after it.
      let start = linesRead;
      while (start < lines.length && lines[start] === '') start++;
      if (start >= lines.length) return rows;
      rows.push({ line: start + 1, fields: [], malformed: true });
      from = start + 1;
    }
  }
  return rows;
}

function lineBreaksIn(fields: string[]): number {
  return fields.reduce((count, field) => count + (field.match(/\n/g)?.length ?? 0), 0);
}

function toRecord(row: ParsedRow, header: string[]): CsvRecord {
  const entries: [string, string][] = [];
  const seen = new Set<string>();
  header.forEach((name, i) => {
    if (name === '' || seen.has(name)) return;
    seen.add(name);
    entries.push([name, row.malformed ? '' : (row.fields[i] ?? '')]);
  });
  const values = Object.fromEntries(entries);
  const problem = row.malformed ? 'MALFORMED' : columnProblem(row.fields, header);
  return problem ? { line: row.line, values, problem } : { line: row.line, values };
}

function columnProblem(fields: string[], header: string[]): CsvRecordProblem | undefined {
  // Unnamed columns at the end of the header (a trailing comma) need no field, and extra fields that are empty
  // (Excel pads rows to its widest one) shift nothing.
  const namedWidth = header.findLastIndex((name) => name !== '') + 1;
  if (fields.length < namedWidth) return 'TOO_FEW_COLUMNS';
  if (fields.slice(header.length).some((field) => field.trim() !== '')) return 'TOO_MANY_COLUMNS';
  return undefined;
}
