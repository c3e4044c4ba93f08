// One page of rows for each of many owners (an organisation's sites, a site's referrals …) in two statements
// whatever the number of owners: the IDs of each page, then each owner's count. DataLoaders of every subgraph
// batch a list's "owner.things(first, after)" fields through this.
import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { rowsOf, type Orm } from './index.js';

/** The IDs of one owner's page, in order. */
export interface KeyedPage {
  rows: string[];
  totalCount: number;
  hasNextPage: boolean;
}

export interface KeyedPageQuery {
  /** The owners' keys. */
  keys: readonly string[];
  table: PgTable;
  /** The table's UUID primary key. */
  id: PgColumn;
  /** The column that holds the owner's key. */
  owner: PgColumn;
  /** Every other condition (visibility, filters). */
  where?: SQL;
  /** The ordering, compared byte-wise (collate "C") like the cursors the gateway merges. */
  sortKey: SQL<string>;
  first: number;
  /** The position of the previous page's last row. */
  after?: { sortKey: string; id: string };
}

export async function pagesByKey(orm: Orm<never> | Orm<Record<string, unknown>>, q: KeyedPageQuery): Promise<Map<string, KeyedPage>> {
  const keyArray = sql`${sql.param([...q.keys])}::text[]`;
  const conditions = sql`${q.owner}::text = k.key ${q.where ? sql`and ${q.where}` : sql``}`;
  const after = q.after ? sql`and (${q.sortKey} collate "C", ${q.id}) > (${q.after.sortKey} collate "C", ${q.after.id}::uuid)` : sql``;
  const db = orm as Orm<Record<string, unknown>>;
  const [pageRows, countRows] = await Promise.all([
    db.execute(sql`
      select k.key, s.id from unnest(${keyArray}) as k(key)
      cross join lateral (
        select ${q.id} as id from ${q.table}
        where ${conditions} ${after}
        order by ${q.sortKey} collate "C", ${q.id}
        limit ${q.first + 1}
      ) s`),
    db.execute(sql`select k.key, (select count(*) from ${q.table} where ${conditions}) as n from unnest(${keyArray}) as k(key)`),
  ]);
  const pages = new Map<string, KeyedPage>(q.keys.map((k) => [k, { rows: [], totalCount: 0, hasNextPage: false }]));
  for (const row of rowsOf<{ key: string; id: string }>(pageRows)) pages.get(row.key)!.rows.push(String(row.id));
  for (const row of rowsOf<{ key: string; n: number | string }>(countRows)) pages.get(row.key)!.totalCount = Number(row.n);
  for (const page of pages.values()) {
    page.hasNextPage = page.rows.length > q.first;
    page.rows = page.rows.slice(0, q.first);
  }
  return pages;
}
