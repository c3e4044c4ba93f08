// Bulk loading with COPY … FROM in CSV format: rows of plain JavaScript values become CSV text that PostgreSQL
// (or PGlite) reads at full speed. Each column's type is looked up first, so that a JavaScript array is written
// as an array literal for an array column and as JSON for a json/jsonb column.

/** How a column's values are written. */
export type CopyColumnKind = 'scalar' | 'array' | 'json';

/** A batch of rows, each a list of values in the order of the columns given. */
export type CopyBatch = readonly (readonly unknown[])[];
export type CopyBatches = AsyncIterable<CopyBatch> | Iterable<CopyBatch>;

/** "schema.table" as a quoted identifier. */
export function quotedTable(table: string): string {
  const parts = table.split('.');
  if (parts.length > 2 || parts.some((p) => p === '')) throw new Error(`"${table}" is not a table name ("schema.table" or "table")`);
  return parts.map(quotedIdentifier).join('.');
}

export function quotedIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The statement that looks up the columns' kinds: one row per column, (column_name, data_type). */
export function columnKindsQuery(table: string): { text: string; params: string[] } {
  const [schema, name] = table.includes('.') ? (table.split('.') as [string, string]) : ['public', table];
  return {
    text: 'select column_name, data_type from information_schema.columns where table_schema = $1 and table_name = $2',
    params: [schema, name],
  };
}

export function columnKinds(table: string, columns: readonly string[], found: { column_name: string; data_type: string }[]): CopyColumnKind[] {
  const types = new Map(found.map((c) => [c.column_name, c.data_type]));
  return columns.map((column) => {
    const type = types.get(column);
    if (type === undefined) throw new Error(`copyRows: ${table} has no column "${column}"`);
    return type === 'ARRAY' ? 'array' : type === 'json' || type === 'jsonb' ? 'json' : 'scalar';
  });
}

export function copyStatement(table: string, columns: readonly string[], source: 'stdin' | "'/dev/blob'"): string {
  return `copy ${quotedTable(table)} (${columns.map(quotedIdentifier).join(', ')}) from ${source} with (format csv)`;
}

// Most text has no double quote: looking first is cheaper than a replace on every field.
const quoted = (text: string) => (text.indexOf('"') === -1 ? `"${text}"` : `"${text.replaceAll('"', '""')}"`);

function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`copyRows: ${value} cannot be stored`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  throw new Error(`copyRows: a ${typeof value} cannot be written to a scalar column`);
}

/** A PostgreSQL array literal: {"a","b \"c\"",NULL}; nested arrays for more dimensions. */
export function arrayLiteral(values: readonly unknown[]): string {
  const items = values.map((v) => {
    if (v === null || v === undefined) return 'NULL';
    if (Array.isArray(v)) return arrayLiteral(v);
    return `"${scalarText(v).replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  });
  return `{${items.join(',')}}`;
}

/** One CSV field: NULL is an empty unquoted field, anything else is quoted (so '' stays an empty string). */
function field(value: unknown, kind: CopyColumnKind): string {
  if (value === null || value === undefined) return '';
  if (kind === 'scalar' && typeof value === 'string') return quoted(value);
  if (kind === 'json') return quoted(JSON.stringify(value));
  if (kind === 'array') {
    if (!Array.isArray(value)) throw new Error('copyRows: an array column needs an array');
    return quoted(arrayLiteral(value));
  }
  return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' ? scalarText(value) : quoted(scalarText(value));
}

/** The CSV text of a batch, one line per row. */
export function csvOf(batch: CopyBatch, kinds: readonly CopyColumnKind[]): string {
  const lines = new Array<string>(batch.length + 1);
  for (let r = 0; r < batch.length; r++) {
    const row = batch[r]!;
    if (row.length !== kinds.length) throw new Error(`copyRows: a row has ${row.length} values for ${kinds.length} columns`);
    let line = field(row[0], kinds[0]!);
    for (let i = 1; i < row.length; i++) line += `,${field(row[i], kinds[i]!)}`;
    lines[r] = line;
  }
  lines[batch.length] = '';
  return lines.join('\n');
}
