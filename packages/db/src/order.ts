// Newest first, as a cursor sort key that orders ascending: milliseconds before a far-off instant, zero-padded.
import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

export function newestFirstSql(column: PgColumn): SQL<string> {
  return sql<string>`lpad((9999999999999 - floor(extract(epoch from ${column}) * 1000))::bigint::text, 13, '0')`;
}

export function newestFirstKey(at: Date): string {
  return String(9_999_999_999_999 - at.getTime()).padStart(13, '0');
}
