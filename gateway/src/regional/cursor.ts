// The cursor of a merged connection: where each region's part of the listing stands (that region's own cursor,
// or null before its first record), so that the next page resumes every region exactly where it stopped.
import { badUserInput } from '@renkei/errors';

export type Positions = Record<string, string | null>;

const PREFIX = 'hub1.';

export function encodeMergedCursor(positions: Positions): string {
  return PREFIX + Buffer.from(JSON.stringify(positions)).toString('base64url');
}

export function decodeMergedCursor(cursor: unknown, field: string): Positions {
  if (cursor === null || cursor === undefined) return {};
  if (typeof cursor === 'string' && cursor.startsWith(PREFIX)) {
    try {
      const value: unknown = JSON.parse(Buffer.from(cursor.slice(PREFIX.length), 'base64url').toString('utf8'));
      if (
        value !== null &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        Object.values(value).every((v) => v === null || typeof v === 'string')
      ) {
        return value as Positions;
      }
    } catch {
      // reported below
    }
  }
  throw badUserInput('The cursor is not one this listing gave out', 'カーソルが正しくありません。', field);
}

/**
 * The sort position a region's cursor stands for. Subgraph cursors are base64url JSON arrays ([sortKey, id]);
 * an opaque cursor sorts after every readable one, so its region's records follow the others', still in order.
 */
export function sortPosition(cursor: unknown): unknown[] | null {
  if (typeof cursor !== 'string') return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

export function comparePositions(a: unknown[] | null, b: unknown[] | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}
