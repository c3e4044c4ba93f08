// Open-data CSV files for importer tests, written as publishers write them: CRLF lines, quoted where needed,
// in UTF-8 (with or without a BOM) or Shift_JIS.
import iconv from 'iconv-lite';

export type CsvCells = Record<string, string>;

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One data line: the cells in the header's order, a missing cell empty. */
export function csvRecord(cells: CsvCells, header: readonly string[]): string {
  return header.map((name) => quote(cells[name] ?? '')).join(',');
}

/** A whole file: the header, then one line per row, each ending in CRLF. */
export function csvText(rows: readonly CsvCells[], header: readonly string[]): string {
  return [header.map(quote).join(','), ...rows.map((cells) => csvRecord(cells, header))].map((line) => `${line}\r\n`).join('');
}

export const shiftJisBytes = (text: string): Uint8Array => iconv.encode(text, 'Shift_JIS');
export const utf8Bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
export const utf8WithBomBytes = (text: string): Uint8Array => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8Bytes(text)]);
