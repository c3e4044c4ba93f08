// Reads. The post listing pages by (sort key, id) cursors that the gateway merges across regions; batch functions
// serve DataLoader, one statement per list whatever its length. The sharing rule (access.ts, mayRead) is written
// here once more as SQL, so that a listing never loads what its caller may not read.
import type { Position } from '@renkei/connections';
import { pagesByKey, type KeyedPage, type Orm } from '@renkei/db';
import type { QuasiIdentifiers } from '@renkei/anonymiser';
import { and, asc, count, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Reader } from '../access.js';
import { consultationAnswer, consultationCount, consultationPost, type ConsultationAnswerRow, type ConsultationPostRow, type tables } from './schema.js';

export type ConsultationsOrm = Orm<typeof tables>;
export type Tx = Parameters<Parameters<ConsultationsOrm['transaction']>[0]>[0];
export type { KeyedPage, Position };

// Listings sort by the day in Japan (then by ID), never by the time: a cursor must not tell when a post was
// written more precisely than `postedOn` does.
const tokyoDay = (column: typeof consultationPost.postedAt | typeof consultationAnswer.answeredAt) => sql<string>`to_char(${column} at time zone 'Asia/Tokyo', 'YYYYMMDD')`;
const newestDayFirst = sql<string>`lpad((99999999 - ${tokyoDay(consultationPost.postedAt)}::int)::text, 8, '0')`;

/** mayRead as a condition: nothing for a caller who may read no post. */
export function readableBy(reader: Reader | null, regions: readonly string[]): SQL {
  if (!reader || regions.length === 0) return sql`false`;
  const p = consultationPost;
  return sql`(${inArray(p.region, [...regions])} and (
    ${p.organizationId} = ${reader.organizationId}
    or (${p.status} <> 'HELD_BACK' and (
      (${p.region} = ${reader.region} and (${p.sharingScope} in ('REGION', 'NETWORK') or (${p.sharingScope} = 'MUNICIPALITY' and ${p.municipalityCode} = ${reader.municipalityCode ?? ''})))
      or (${p.region} <> ${reader.region} and ${p.sharingScope} = 'NETWORK')
    ))
  ))`;
}

export interface PostFilter {
  issueCategories?: string[] | null;
  statuses?: string[] | null;
  ownOnly?: boolean | null;
}

const nonEmpty = <T>(values: T[] | null | undefined): values is T[] => Array.isArray(values) && values.length > 0;

/** One page of the posts a reader may read, newest first. */
export async function postPage(orm: ConsultationsOrm, reader: Reader | null, regions: readonly string[], filter: PostFilter, first: number, position: Position | undefined) {
  const conditions = and(
    readableBy(reader, regions),
    nonEmpty(filter.issueCategories) ? sql`${consultationPost.issueCategories} && ${sql.param(filter.issueCategories)}::text[]` : undefined,
    nonEmpty(filter.statuses) ? inArray(consultationPost.status, filter.statuses) : undefined,
    filter.ownOnly && reader ? eq(consultationPost.organizationId, reader.organizationId) : undefined,
  );
  const sortKey = newestDayFirst;
  const after = position ? sql`(${sortKey} collate "C", ${consultationPost.id}) > (${position.sortKey} collate "C", ${position.id}::uuid)` : undefined;
  const [rows, [total]] = await Promise.all([
    orm
      .select({ row: consultationPost, sortKey: sql<string>`${sortKey}`.as('sort_key') })
      .from(consultationPost)
      .where(and(conditions, after))
      .orderBy(sql`${sortKey} collate "C"`, asc(consultationPost.id))
      .limit(first + 1),
    orm.select({ n: count() }).from(consultationPost).where(conditions),
  ]);
  return {
    rows: rows.slice(0, first).map((r) => ({ ...r.row, sortKey: r.sortKey })),
    totalCount: Number(total?.n ?? 0),
    hasNextPage: rows.length > first,
  };
}

export async function postsByIds(
  orm: ConsultationsOrm | Tx,
  ids: readonly string[],
  reader: Reader | null,
  regions: readonly string[],
  options: { lock?: boolean } = {},
): Promise<ConsultationPostRow[]> {
  if (ids.length === 0) return [];
  const query = orm
    .select()
    .from(consultationPost)
    .where(and(inArray(consultationPost.id, [...ids]), readableBy(reader, regions)));
  // A write locks the post, so that an answer and a close at the same moment take turns.
  return options.lock ? query.for('update') : query;
}

export function answersByIds(orm: ConsultationsOrm, ids: readonly string[]): Promise<ConsultationAnswerRow[]> {
  return ids.length === 0 ? Promise.resolve([]) : orm.select().from(consultationAnswer).where(inArray(consultationAnswer.id, [...ids]));
}

/** One page of answers for each of many posts (oldest first), in two statements. Posts are checked by the caller. */
export function answerPages(orm: ConsultationsOrm, postIds: string[], first: number, position: Position | undefined): Promise<Map<string, KeyedPage>> {
  return pagesByKey(orm, {
    keys: postIds,
    table: consultationAnswer,
    id: consultationAnswer.id,
    owner: consultationAnswer.postId,
    sortKey: tokyoDay(consultationAnswer.answeredAt),
    first,
    after: position,
  });
}

/**
 * Published posts of a region and sharing scope with exactly this description (sameDescription in SQL). Only posts
 * of the same scope count: a reader of another region sees the NETWORK posts alone, and must find k among them.
 */
export async function countPublished(orm: ConsultationsOrm | Tx, region: string, sharingScope: string, q: QuasiIdentifiers): Promise<number> {
  const p = consultationPost;
  const [row] = await orm
    .select({ n: count() })
    .from(p)
    .where(
      and(
        eq(p.region, region),
        eq(p.sharingScope, sharingScope),
        ne(p.status, 'HELD_BACK'),
        eq(p.ageFrom, q.age.from),
        sql`${p.ageTo} is not distinct from ${q.age.to}`,
        sql`${p.sex} is not distinct from ${q.sex}`,
        sql`${p.household} is not distinct from ${q.household}`,
        eq(p.placeLevel, q.place.level),
        q.place.level === 'MUNICIPALITY' ? eq(p.placeMunicipalityCode, q.place.municipalityCode ?? '') : undefined,
        q.place.level === 'AREA' ? eq(p.placeArea, q.place.areaCode ?? '') : undefined,
      ),
    );
  return Number(row?.n ?? 0);
}

/** Held-back posts of a region and sharing scope, oldest first. */
export function heldBackPosts(orm: ConsultationsOrm | Tx, region: string, sharingScope: string): Promise<ConsultationPostRow[]> {
  const p = consultationPost;
  return orm
    .select()
    .from(p)
    .where(and(eq(p.region, region), eq(p.status, 'HELD_BACK'), eq(p.sharingScope, sharingScope)))
    .orderBy(asc(p.postedAt), asc(p.id));
}

/** The monthly counts of some municipalities over some months. */
export function monthlyCounts(orm: ConsultationsOrm, region: string, municipalityCodes: string[], months: string[]) {
  if (municipalityCodes.length === 0 || months.length === 0) return Promise.resolve([]);
  return orm
    .select()
    .from(consultationCount)
    .where(and(eq(consultationCount.region, region), inArray(consultationCount.municipalityCode, municipalityCodes), inArray(consultationCount.month, months)));
}
