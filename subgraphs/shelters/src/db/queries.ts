// Reads. Every listing applies the caller's access to confidential shelters in SQL, so that one the caller may
// not see is neither returned nor counted, never takes a place in an ordering by distance, and never moves a
// cursor. Batch functions serve DataLoader: one statement per list, whatever its length.
import type { Position } from '@renkei/connections';
import { distanceSortKey, greatCircleKmSql, pagesByKey, type Orm, type Origin } from '@renkei/db';
import { escapeLikePattern, searchTerms } from '@renkei/japanese-text';
import { and, asc, count, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { ConfidentialAccess } from '../access.js';
import { bedVacancy, shelter, type ShelterRow, type tables } from './schema.js';

export type SheltersOrm = Orm<typeof tables>;
export type { Origin, Position };

export interface Page<T> {
  rows: T[];
  totalCount: number;
  hasNextPage: boolean;
}

export interface ShelterSearch {
  /** Regions this instance may answer for; records of any other region are never returned. */
  regions: string[];
  freeBed?: string | null;
  includeStale: boolean;
  /** Figures confirmed before this instant are stale. */
  staleBefore: Date;
  origin: Origin | null;
  withinKm?: number | null;
  kinds?: string[] | null;
  municipalityCodes?: string[] | null;
  walkInOnly?: boolean | null;
  hazard?: string | null;
  text?: string | null;
}

/** A row with its place in the ordering: the cursor's sort key, and the distance when measured. */
export type RankedShelter = ShelterRow & { sortKey: string; distanceKm: number | null };

function nonEmpty<T>(values: T[] | null | undefined): values is T[] {
  return Array.isArray(values) && values.length > 0;
}

/** Shelters the caller may see: every one that is not confidential, and the confidential ones access allows. */
export function visibleTo(access: ConfidentialAccess): SQL {
  const visible: SQL[] = [eq(shelter.confidential, false)];
  if (access.regions.length > 0) visible.push(inArray(shelter.region, access.regions));
  if (access.operatorId) visible.push(eq(shelter.operatorId, access.operatorId));
  // Never NULL (a shelter without an operator compares as unknown): "not visible" must hold for every hidden one.
  return sql`coalesce(${or(...visible)}, false)`;
}

/** How coarsely a confidential shelter's distance is given, in km. */
const CONFIDENTIAL_DISTANCE_STEP_KM = 10;

/**
 * The distance the search works with: exact, except for a confidential shelter, whose distance is rounded up to
 * the next 10 km — in the answer, the ordering, the cursor and the radius filter alike — so that distances
 * measured from a few points (or a radius narrowed step by step) cannot pin down where it is. Its location is
 * read only through confidentialDetails, with a stated purpose.
 */
function distanceKm(origin: Origin): SQL<number | null> {
  const exact = greatCircleKmSql(shelter.latitude, shelter.longitude, origin);
  const step = CONFIDENTIAL_DISTANCE_STEP_KM;
  return sql<number | null>`(case when ${shelter.confidential} then greatest(ceil(${exact} / ${step}), 1) * ${step} else ${exact} end)`;
}

// Confidential shelters sort after every name without showing theirs: a cursor (which a front end may put in a
// URL, and a URL in a log) must not carry a secret shelter's name.
const AFTER_ALL_NAMES = '\uffee';

/**
 * The ordering as the cursor's sort key, compared byte-wise (collate "C") as the gateway compares it when it
 * merges regions: metres zero-padded when measuring from a point (unknown places last), else the reading.
 */
function sortKeyOf(origin: Origin | null): SQL<string> {
  if (origin) return distanceSortKey(distanceKm(origin));
  return sql<string>`(case when ${shelter.confidential} then ${AFTER_ALL_NAMES} else coalesce(${shelter.nameKana}, ${shelter.name}) end)`;
}

function freeBedCondition(category: string, includeStale: boolean, staleBefore: Date): SQL {
  return sql`exists (select 1 from ${bedVacancy} where ${bedVacancy.shelterId} = ${shelter.id} and ${bedVacancy.category} = ${category}
    and ${bedVacancy.vacant} > 0 ${includeStale ? sql`` : sql`and ${bedVacancy.confirmedAt} >= ${staleBefore.toISOString()}`})`;
}

function searchConditions(search: ShelterSearch, access: ConfidentialAccess): SQL[] {
  const conditions: SQL[] = [inArray(shelter.region, search.regions), visibleTo(access)];
  if (search.freeBed) conditions.push(freeBedCondition(search.freeBed, search.includeStale, search.staleBefore));
  if (nonEmpty(search.kinds)) conditions.push(inArray(shelter.kind, search.kinds));
  if (nonEmpty(search.municipalityCodes)) conditions.push(inArray(shelter.municipalityCode, search.municipalityCodes));
  if (search.walkInOnly) conditions.push(eq(shelter.intakeRoute, 'WALK_IN'));
  if (search.hazard) conditions.push(sql`${search.hazard} = any(${shelter.hazards})`);
  if (search.origin && search.withinKm) conditions.push(sql`${distanceKm(search.origin)} <= ${search.withinKm}`);
  for (const term of searchTerms(search.text ?? '')) {
    conditions.push(sql`${shelter.searchText} like ${`%${escapeLikePattern(term)}%`}`);
  }
  return conditions;
}

const after = (sortKey: SQL<string>, position: Position | undefined) =>
  position ? sql`(${sortKey} collate "C", ${shelter.id}) > (${position.sortKey} collate "C", ${position.id}::uuid)` : undefined;

/** One page of the search, nearest first or by reading: one statement for the page, one for the count. */
export async function shelterPage(
  orm: SheltersOrm,
  search: ShelterSearch,
  access: ConfidentialAccess,
  first: number,
  position: Position | undefined,
): Promise<Page<RankedShelter>> {
  const conditions = searchConditions(search, access);
  const sortKey = sortKeyOf(search.origin);
  const [rows, [total]] = await Promise.all([
    orm
      .select({
        row: shelter,
        sortKey: sql<string>`${sortKey}`.as('sort_key'),
        distanceKm: (search.origin ? distanceKm(search.origin) : sql<number | null>`null::float8`).as('distance_km'),
      })
      .from(shelter)
      .where(and(...conditions, after(sortKey, position)))
      .orderBy(sql`${sortKey} collate "C"`, asc(shelter.id))
      .limit(first + 1),
    orm.select({ n: count() }).from(shelter).where(and(...conditions)),
  ]);
  return {
    rows: rows.slice(0, first).map((r) => ({ ...r.row, sortKey: r.sortKey, distanceKm: r.distanceKm === null ? null : Number(r.distanceKm) })),
    totalCount: Number(total?.n ?? 0),
    hasNextPage: rows.length > first,
  };
}

export interface ConfidentialCount {
  region: string;
  kind: string;
  category: string;
  shelters: number;
  freeBeds: number;
  stale: boolean;
}

/**
 * The confidential shelters the caller may not see, with a free bed, counted per region, kind and category.
 * Only the kind and bed-category conditions apply: a place condition (municipality, distance, text) would let
 * a caller narrow a count down to one shelter and so find where it is.
 */
export async function hiddenConfidentialVacancy(
  orm: SheltersOrm,
  search: Pick<ShelterSearch, 'regions' | 'freeBed' | 'includeStale' | 'staleBefore' | 'kinds' | 'walkInOnly'>,
  access: ConfidentialAccess,
): Promise<ConfidentialCount[]> {
  // Nobody walks into a confidential shelter: it takes people only through a consultation window.
  if (search.regions.length === 0 || search.walkInOnly) return [];
  const staleBefore = search.staleBefore.toISOString();
  const rows = await orm
    .select({
      region: shelter.region,
      kind: shelter.kind,
      category: bedVacancy.category,
      shelters: sql<number>`count(distinct ${shelter.id})::int`,
      freeBeds: sql<number>`sum(${bedVacancy.vacant})::int`,
      stale: sql<boolean>`bool_or(${bedVacancy.confirmedAt} < ${staleBefore})`,
    })
    .from(shelter)
    .innerJoin(bedVacancy, eq(bedVacancy.shelterId, shelter.id))
    .where(
      and(
        inArray(shelter.region, search.regions),
        eq(shelter.confidential, true),
        sql`not ${visibleTo(access)}`,
        sql`${bedVacancy.vacant} > 0`,
        search.freeBed ? eq(bedVacancy.category, search.freeBed) : undefined,
        search.includeStale ? undefined : sql`${bedVacancy.confirmedAt} >= ${staleBefore}`,
        nonEmpty(search.kinds) ? inArray(shelter.kind, search.kinds) : undefined,
      ),
    )
    .groupBy(shelter.region, shelter.kind, bedVacancy.category)
    .orderBy(shelter.region, shelter.kind, bedVacancy.category);
  return rows.map((r) => ({ ...r, shelters: Number(r.shelters), freeBeds: Number(r.freeBeds), stale: Boolean(r.stale) }));
}

export function sheltersByIds(orm: SheltersOrm, ids: readonly string[], access: ConfidentialAccess, regions: string[]) {
  return orm
    .select()
    .from(shelter)
    .where(and(inArray(shelter.id, [...ids]), inArray(shelter.region, regions), visibleTo(access)));
}

export function bedsByShelterIds(orm: SheltersOrm, ids: readonly string[]) {
  return orm.select().from(bedVacancy).where(inArray(bedVacancy.shelterId, [...ids])).orderBy(bedVacancy.shelterId, bedVacancy.category);
}

/** Whose shelters a page lists: an organisation's (its operator) or a municipality's. */
export type ShelterOwner = 'organization' | 'municipality';

/** One page of shelters by reading for each of many owners, in two statements whatever their number. */
export function shelterPagesByOwner(
  orm: SheltersOrm,
  owner: ShelterOwner,
  keys: readonly string[],
  filter: { regions: string[]; kinds?: string[] | null },
  access: ConfidentialAccess,
  first: number,
  position: Position | undefined,
): Promise<Map<string, Page<string>>> {
  return pagesByKey(orm, {
    keys,
    table: shelter,
    id: shelter.id,
    owner: owner === 'organization' ? shelter.operatorId : shelter.municipalityCode,
    where: and(inArray(shelter.region, filter.regions), visibleTo(access), nonEmpty(filter.kinds) ? inArray(shelter.kind, filter.kinds) : undefined),
    sortKey: sortKeyOf(null),
    first,
    after: position,
  });
}

/** The sort key of a shelter by reading, for the cursors of owner pages. */
export function readingSortKey(row: ShelterRow): string {
  return row.confidential ? AFTER_ALL_NAMES : (row.nameKana ?? row.name);
}
