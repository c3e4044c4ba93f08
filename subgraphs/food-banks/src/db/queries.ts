// Reads. Listings page by (sort key, id) cursors that the gateway merges across regions; batch functions serve
// DataLoader, one statement per list whatever its length.
import type { Position } from '@renkei/connections';
import { distanceSortKey, greatCircleKmSql, newestFirstKey, newestFirstSql, pagesByKey, type KeyedPage, type Orm, type Origin } from '@renkei/db';
import { escapeLikePattern, searchTerms } from '@renkei/japanese-text';
import { and, asc, count, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { donationOffer, foodNeed, foodReferral, foodSite, stockLot, type FoodSiteRow, type tables } from './schema.js';

export type FoodBanksOrm = Orm<typeof tables>;
export type { KeyedPage, Origin, Position };

export interface Page<T> {
  rows: T[];
  totalCount: number;
  hasNextPage: boolean;
}

export interface FoodSiteSearch {
  /** Regions this instance may answer for; records of any other region are never returned. */
  regions: string[];
  origin: Origin | null;
  withinKm?: number | null;
  kinds?: string[] | null;
  access?: string[] | null;
  municipalityCodes?: string[] | null;
  needs?: string[] | null;
  /** The day in Japan: needs past their deadline do not count. */
  today: string;
  /** Open on this day: its weekday code and week of the month. */
  openOn?: { weekday: string; week: number } | null;
  text?: string | null;
}

export type RankedSite = FoodSiteRow & { sortKey: string; distanceKm: number | null };

function nonEmpty<T>(values: T[] | null | undefined): values is T[] {
  return Array.isArray(values) && values.length > 0;
}

const siteDistanceKm = (origin: Origin) => greatCircleKmSql(foodSite.latitude, foodSite.longitude, origin);

/** By reading when not measuring from a point; compared byte-wise, as the gateway compares cursors. */
const readingSortKey = sql<string>`coalesce(${foodSite.nameKana}, ${foodSite.name})`;
const siteSortKey = (origin: Origin | null) => (origin ? distanceSortKey(siteDistanceKm(origin)) : readingSortKey);

/** Whether a site is open on a day: one of its opening times falls on that weekday, every week or that week. */
function openOnCondition(day: { weekday: string; week: number }): SQL {
  return sql`exists (select 1 from jsonb_array_elements(${foodSite.openingTimes}) o
    where o->>'weekday' = ${day.weekday}
    and (jsonb_array_length(o->'weeksOfMonth') = 0 or (o->'weeksOfMonth') @> ${JSON.stringify([day.week])}::jsonb))`;
}

function siteConditions(search: FoodSiteSearch): SQL[] {
  const conditions: SQL[] = [inArray(foodSite.region, search.regions)];
  if (nonEmpty(search.kinds)) conditions.push(inArray(foodSite.kind, search.kinds));
  if (nonEmpty(search.access)) conditions.push(inArray(foodSite.access, search.access));
  if (nonEmpty(search.municipalityCodes)) conditions.push(inArray(foodSite.municipalityCode, search.municipalityCodes));
  if (nonEmpty(search.needs)) {
    conditions.push(
      sql`exists (select 1 from ${foodNeed} where ${foodNeed.siteId} = ${foodSite.id} and ${inArray(foodNeed.category, search.needs)} and ${needStands(search.today)})`,
    );
  }
  if (search.openOn) conditions.push(openOnCondition(search.openOn));
  if (search.origin && search.withinKm) conditions.push(sql`${siteDistanceKm(search.origin)} <= ${search.withinKm}`);
  for (const term of searchTerms(search.text ?? '')) {
    conditions.push(sql`${foodSite.searchText} like ${`%${escapeLikePattern(term)}%`}`);
  }
  return conditions;
}

const after = (sortKey: SQL<string>, id: SQL | typeof foodSite.id, position: Position | undefined) =>
  position ? sql`(${sortKey} collate "C", ${id}) > (${position.sortKey} collate "C", ${position.id}::uuid)` : undefined;

/** One page of the site search, nearest first or by reading: one statement for the page, one for the count. */
export async function foodSitePage(orm: FoodBanksOrm, search: FoodSiteSearch, first: number, position: Position | undefined): Promise<Page<RankedSite>> {
  const conditions = siteConditions(search);
  const sortKey = siteSortKey(search.origin);
  const [rows, [total]] = await Promise.all([
    orm
      .select({
        row: foodSite,
        sortKey: sql<string>`${sortKey}`.as('sort_key'),
        distanceKm: (search.origin ? siteDistanceKm(search.origin) : sql<number | null>`null::float8`).as('distance_km'),
      })
      .from(foodSite)
      .where(and(...conditions, after(sortKey, foodSite.id, position)))
      .orderBy(sql`${sortKey} collate "C"`, asc(foodSite.id))
      .limit(first + 1),
    orm.select({ n: count() }).from(foodSite).where(and(...conditions)),
  ]);
  return {
    rows: rows.slice(0, first).map((r) => ({ ...r.row, sortKey: r.sortKey, distanceKm: r.distanceKm === null ? null : Number(r.distanceKm) })),
    totalCount: Number(total?.n ?? 0),
    hasNextPage: rows.length > first,
  };
}

export function sitesByIds(orm: FoodBanksOrm, ids: readonly string[], regions: string[]) {
  return orm
    .select()
    .from(foodSite)
    .where(and(inArray(foodSite.id, [...ids]), inArray(foodSite.region, regions)));
}

export function stockBySiteIds(orm: FoodBanksOrm, ids: readonly string[]) {
  return orm
    .select()
    .from(stockLot)
    .where(and(inArray(stockLot.siteId, [...ids]), sql`${stockLot.quantity} > 0`))
    .orderBy(stockLot.siteId, stockLot.category, sql`${stockLot.bestBefore} asc nulls last`, stockLot.id);
}

/** A need whose deadline has passed is no longer a need: it is neither shown, searched nor matched. */
const needStands = (today: string) => sql`(${foodNeed.neededBy} is null or ${foodNeed.neededBy} >= ${today})`;

export function needsBySiteIds(orm: FoodBanksOrm, ids: readonly string[], today: string) {
  return orm
    .select()
    .from(foodNeed)
    .where(and(inArray(foodNeed.siteId, [...ids]), needStands(today)))
    .orderBy(foodNeed.siteId, foodNeed.category);
}

/** The sort key of a site by reading, for the cursors of owner pages. */
export function siteReadingKey(row: FoodSiteRow): string {
  return row.nameKana ?? row.name;
}

/** A page of each organisation's sites by reading. */
export function sitePagesByOrganization(orm: FoodBanksOrm, keys: readonly string[], regions: string[], first: number, position: Position | undefined) {
  return pagesByKey(orm, {
    keys,
    table: foodSite,
    id: foodSite.id,
    owner: foodSite.organizationId,
    where: inArray(foodSite.region, regions),
    sortKey: readingSortKey,
    first,
    after: position,
  });
}

/** Sites with an open need in any of these categories, with those needs: the candidates of a donation's match. */
export async function sitesInNeed(orm: FoodBanksOrm, regions: string[], categories: string[]) {
  if (regions.length === 0 || categories.length === 0) return [];
  const rows = await orm
    .select({ site: foodSite, need: foodNeed })
    .from(foodSite)
    .innerJoin(foodNeed, eq(foodNeed.siteId, foodSite.id))
    .where(and(inArray(foodSite.region, regions), inArray(foodNeed.category, categories)));
  const sites = new Map<string, { site: FoodSiteRow; needs: (typeof rows)[number]['need'][] }>();
  for (const { site, need } of rows) {
    const entry = sites.get(site.id) ?? { site, needs: [] };
    entry.needs.push(need);
    sites.set(site.id, entry);
  }
  return [...sites.values()];
}

const newestFirst = newestFirstSql;
export { newestFirstKey };

/** Open offers, newest first. */
export async function openOfferPage(
  orm: FoodBanksOrm,
  filter: { regions: string[]; categories?: string[] | null },
  first: number,
  position: Position | undefined,
) {
  const conditions = and(
    inArray(donationOffer.region, filter.regions),
    eq(donationOffer.status, 'OPEN'),
    nonEmpty(filter.categories)
      ? sql`exists (select 1 from jsonb_array_elements(${donationOffer.lines}) l where l->>'category' in ${filter.categories})`
      : undefined,
  );
  const sortKey = newestFirst(donationOffer.createdAt);
  const [rows, [total]] = await Promise.all([
    orm
      .select({ row: donationOffer, sortKey: sql<string>`${sortKey}`.as('sort_key') })
      .from(donationOffer)
      .where(and(conditions, after(sortKey, sql`${donationOffer.id}`, position)))
      .orderBy(sql`${sortKey} collate "C"`, asc(donationOffer.id))
      .limit(first + 1),
    orm.select({ n: count() }).from(donationOffer).where(conditions),
  ]);
  return {
    rows: rows.slice(0, first).map((r) => ({ ...r.row, sortKey: r.sortKey })),
    totalCount: Number(total?.n ?? 0),
    hasNextPage: rows.length > first,
  };
}

export type ReferralStatus = 'ISSUED' | 'REDEEMED' | 'EXPIRED';

export function referralStatusCondition(status: ReferralStatus | null | undefined, now: Date): SQL | undefined {
  if (status === 'REDEEMED') return isNotNull(foodReferral.redeemedAt);
  if (status === 'ISSUED') return and(isNull(foodReferral.redeemedAt), sql`${foodReferral.pickupUntil} >= ${now.toISOString()}`);
  if (status === 'EXPIRED') return and(isNull(foodReferral.redeemedAt), sql`${foodReferral.pickupUntil} < ${now.toISOString()}`);
  return undefined;
}

/** A page of referrals, newest first, for each owner: a site's (by site ID) or an organisation's (by its ID). */
export function referralPages(
  orm: FoodBanksOrm,
  owner: 'site' | 'referrer',
  keys: readonly string[],
  filter: { regions: string[]; status?: ReferralStatus | null; now: Date },
  first: number,
  position: Position | undefined,
) {
  return pagesByKey(orm, {
    keys,
    table: foodReferral,
    id: foodReferral.id,
    owner: owner === 'site' ? foodReferral.siteId : foodReferral.referringOrganizationId,
    where: and(inArray(foodReferral.region, filter.regions), referralStatusCondition(filter.status, filter.now)),
    sortKey: newestFirst(foodReferral.createdAt),
    first,
    after: position,
  });
}

export function offersByIds(orm: FoodBanksOrm, ids: readonly string[]) {
  return orm.select().from(donationOffer).where(inArray(donationOffer.id, [...ids]));
}

export function referralsByIds(orm: FoodBanksOrm, ids: readonly string[]) {
  return orm.select().from(foodReferral).where(inArray(foodReferral.id, [...ids]));
}

/** Referrals made and collected per site and month (Japan time) for the sites given. */
export async function referralCounts(orm: FoodBanksOrm, siteIds: string[], months: string[]) {
  if (siteIds.length === 0) return [];
  const month = sql<string>`to_char(${foodReferral.createdAt} at time zone 'Asia/Tokyo', 'YYYY-MM')`;
  const rows = await orm
    .select({
      siteId: foodReferral.siteId,
      month: month.as('month'),
      referrals: sql<number>`count(*)::int`,
      redeemed: sql<number>`count(${foodReferral.redeemedAt})::int`,
    })
    .from(foodReferral)
    .where(and(inArray(foodReferral.siteId, siteIds), sql`${month} in ${months}`))
    .groupBy(foodReferral.siteId, month);
  return rows.map((r) => ({ ...r, referrals: Number(r.referrals), redeemed: Number(r.redeemed) }));
}

/** The sites of a region in some municipalities, or in a prefecture (by the first two digits of the codes). */
export function sitesForStatistics(orm: FoodBanksOrm, regions: string[], scope: { municipalityCodes: string[]; prefectures: string[] }) {
  const inScope: SQL[] = [];
  if (scope.municipalityCodes.length > 0) inScope.push(inArray(foodSite.municipalityCode, scope.municipalityCodes));
  if (scope.prefectures.length > 0) inScope.push(inArray(sql`left(${foodSite.municipalityCode}, 2)`, scope.prefectures));
  if (inScope.length === 0 || regions.length === 0) return Promise.resolve([]);
  return orm
    .select()
    .from(foodSite)
    .where(and(inArray(foodSite.region, regions), sql`(${sql.join(inScope, sql` or `)})`))
    .orderBy(foodSite.municipalityCode, readingSortKey, foodSite.id);
}
