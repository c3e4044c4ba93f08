import { describe, expect, it } from 'vitest';
import { connection, decodeCursor, encodeCursor, pageSize } from './index.js';

const id = '0b2f4c1e-7a55-4c3e-9d1a-2f6b8e4c9a10';

describe('cursors', () => {
  it('round-trips a position', () => {
    expect(decodeCursor(encodeCursor({ sortKey: 'キクアイカイ', id }))).toEqual({ sortKey: 'キクアイカイ', id });
  });

  it('refuses a cursor it did not give out, naming the argument', () => {
    for (const bad of ['nonsense', Buffer.from('["a","not-a-uuid"]').toString('base64url'), Buffer.from('[1]').toString('base64url')]) {
      expect(() => decodeCursor(bad, 'after')).toThrowError(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) }));
    }
  });

  it('keeps the page size between 1 and 100', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(0)).toThrow(/first must be from 1 to 100/);
    expect(() => pageSize(101)).toThrow();
  });

  it('builds a connection whose end cursor is the last edge', () => {
    const page = connection([{ sortKey: 'a', id }], 3, true);
    expect(page.totalCount).toBe(3);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: page.edges[0]!.cursor });
    expect(connection([], 0, false).pageInfo.endCursor).toBeNull();
  });
});
