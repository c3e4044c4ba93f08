// Cursors and connections, the same for every subgraph. A cursor is the opaque (sort key, id) of a row: stable
// while rows are added or removed elsewhere in the list, so the next page neither skips nor repeats a record.
// The gateway reads the sort key back when it merges regions' pages (gateway/src/regional/cursor.ts), so its
// shape is part of the contract: base64url JSON [sortKey, id], sort keys compared as strings.
import { badUserInput } from '@renkei/errors';

export const MAX_PAGE_SIZE = 100;

/** A position in a listing ordered by (sort key, id): the sort key alone is not unique. */
export interface Position {
  sortKey: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.sortKey, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, field = 'after'): Position | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && UUID.test(String(value[1]))) {
      return { sortKey: value[0], id: String(value[1]) };
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput('The cursor is not one this listing gave out', 'カーソルが正しくありません。', field);
}

export function pageSize(first: number | null | undefined, field = 'first'): number {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be from 1 to ${MAX_PAGE_SIZE}`, `first は1〜${MAX_PAGE_SIZE}で指定してください。`, field);
  }
  return n;
}

export function connection<T extends Position>(rows: T[], totalCount: number, hasNextPage: boolean) {
  const edges = rows.map((node) => ({ cursor: encodeCursor(node), node }));
  return { totalCount, edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
