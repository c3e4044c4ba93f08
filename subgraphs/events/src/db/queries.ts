// Reads. Every listing applies the caller's visibility in SQL, so an event the caller may not see is neither
// returned nor counted, nor does it move a cursor. Batch functions serve DataLoader: one statement per list.
import type { Position } from '@renkei/connections';
import { rowsOf, type Orm } from '@renkei/db';
import { escapeLikePattern, searchTerms } from '@renkei/japanese-text';
import { tokyoMidnight, addDays } from '@renkei/scalars';
import { and, asc, count, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Viewer } from '../viewer.js';
import { attendance, coOrganizer, event, eventLink, eventSeries, invitee, registration, type tables } from './schema.js';

export type EventsOrm = Orm<typeof tables>;
export type { Position };

export interface Page<T> {
  rows: T[];
  totalCount: number;
  hasNextPage: boolean;
}

export interface EventSearch {
  /** Events ending on or after this day (Japan). */
  from?: string | null;
  /** Events starting on or before this day (Japan). */
  to?: string | null;
  municipalityCodes?: string[] | null;
  types?: string[] | null;
  audiences?: string[] | null;
  text?: string | null;
  includeCancelled?: boolean | null;
  /** Regions this instance may answer for; records of any other region are never returned. */
  regions: string[];
}

function exists(subquery: SQL): SQL {
  return sql`exists (${subquery})`;
}

function nonEmpty<T>(values: T[] | null | undefined): values is T[] {
  return Array.isArray(values) && values.length > 0;
}

/** The events a viewer may see: public ones, and restricted ones whose audience includes the viewer. */
export function visibleTo(viewer: Viewer): SQL {
  const visible: SQL[] = [eq(event.audience, 'PUBLIC')];
  if (viewer.staff) visible.push(eq(event.audience, 'STAFF_ONLY'));
  const org = viewer.organizationId;
  if (org) {
    const organises = or(
      eq(event.organizerId, org),
      exists(sql`select 1 from ${coOrganizer} where ${coOrganizer.eventId} = ${event.id} and ${coOrganizer.organizationId} = ${org}`),
    )!;
    visible.push(
      and(
        eq(event.audience, 'NETWORK_MEMBERS'),
        viewer.networkIds.length > 0 ? or(organises, inArray(event.networkId, viewer.networkIds))! : organises,
      )!,
    );
    visible.push(
      and(
        eq(event.audience, 'INVITED'),
        or(
          eq(event.organizerId, org),
          exists(sql`select 1 from ${invitee} where ${invitee.eventId} = ${event.id} and ${invitee.organizationId} = ${org}`),
        ),
      )!,
    );
  }
  if (viewer.municipalityCode) {
    visible.push(
      and(
        eq(event.audience, 'INVITED'),
        exists(sql`select 1 from ${invitee} where ${invitee.eventId} = ${event.id} and ${invitee.municipalityCode} = ${viewer.municipalityCode}`),
      )!,
    );
  }
  return or(...visible)!;
}

function searchConditions(search: EventSearch, viewer: Viewer): SQL[] {
  const conditions: SQL[] = [inArray(event.region, search.regions), visibleTo(viewer)];
  if (search.from) conditions.push(sql`${event.endsAt} > ${tokyoMidnight(search.from).toISOString()}`);
  if (search.to) conditions.push(sql`${event.startsAt} < ${tokyoMidnight(addDays(search.to, 1)).toISOString()}`);
  if (nonEmpty(search.municipalityCodes)) conditions.push(inArray(event.municipalityCode, search.municipalityCodes));
  if (nonEmpty(search.types)) conditions.push(inArray(event.type, search.types));
  if (nonEmpty(search.audiences)) conditions.push(inArray(event.audience, search.audiences));
  if (search.includeCancelled === false) conditions.push(sql`${event.status} <> 'CANCELLED'`);
  for (const term of searchTerms(search.text ?? '')) {
    conditions.push(sql`${event.searchText} like ${`%${escapeLikePattern(term)}%`}`);
  }
  return conditions;
}

/**
 * Whether a search spans a few months at most, as a calendar does. Its events are few among a million: found by
 * their span index and sorted, they cost milliseconds, where the planner, ordering by the order index, would walk
 * every event from the first (seconds). Ordering by an expression keeps it off that index; a longer span keeps it.
 */
function withinFewMonths(search: EventSearch): boolean {
  if (!search.from || !search.to) return false;
  return Date.parse(search.to) - Date.parse(search.from) <= 93 * 86_400_000;
}

/** One page of events in order of start: one statement for the page, one for the count. */
export async function eventPage(
  orm: EventsOrm,
  search: EventSearch,
  viewer: Viewer,
  first: number,
  position: Position | undefined,
): Promise<Page<typeof event.$inferSelect>> {
  const conditions = searchConditions(search, viewer);
  const [rows, [total]] = await Promise.all([
    orm
      .select()
      .from(event)
      .where(and(...conditions, position ? sql`(${event.sortKey}, ${event.id}) > (${position.sortKey}, ${position.id}::uuid)` : undefined))
      .orderBy(asc(withinFewMonths(search) ? sql`${event.sortKey} || ''` : event.sortKey), asc(event.id))
      .limit(first + 1),
    orm.select({ n: count() }).from(event).where(and(...conditions)),
  ]);
  return { rows: rows.slice(0, first), totalCount: total?.n ?? 0, hasNextPage: rows.length > first };
}

export function eventsByIds(orm: EventsOrm, ids: readonly string[], viewer: Viewer, regions: string[]) {
  return orm
    .select()
    .from(event)
    .where(and(inArray(event.id, [...ids]), inArray(event.region, regions), visibleTo(viewer)));
}

export function seriesByIds(orm: EventsOrm, ids: readonly string[], regions: string[]) {
  return orm
    .select()
    .from(eventSeries)
    .where(and(inArray(eventSeries.id, [...ids]), inArray(eventSeries.region, regions)));
}

export function coOrganizersByEventIds(orm: EventsOrm, ids: readonly string[]) {
  return orm.select().from(coOrganizer).where(inArray(coOrganizer.eventId, [...ids])).orderBy(coOrganizer.position);
}

export function inviteesByEventIds(orm: EventsOrm, ids: readonly string[]) {
  return orm.select().from(invitee).where(inArray(invitee.eventId, [...ids])).orderBy(invitee.position);
}

export function attendanceByEventIds(orm: EventsOrm, ids: readonly string[]) {
  return orm.select().from(attendance).where(inArray(attendance.eventId, [...ids])).orderBy(attendance.kind);
}

export function linksByEventIds(orm: EventsOrm, ids: readonly string[]) {
  return orm.select().from(eventLink).where(inArray(eventLink.eventId, [...ids])).orderBy(eventLink.position);
}

export async function registeredByEventIds(orm: EventsOrm, ids: readonly string[]) {
  return orm
    .select({ eventId: registration.eventId, participants: sql<number>`coalesce(sum(${registration.participants}), 0)::int` })
    .from(registration)
    .where(inArray(registration.eventId, [...ids]))
    .groupBy(registration.eventId);
}

/** Whose events a page lists: an organisation's (organiser, co-organiser or host), a municipality's, a series'. */
export type EventOwner = 'organization' | 'municipality' | 'series';

function ownedBy(owner: Exclude<EventOwner, 'organization'>, key: SQL): SQL {
  return owner === 'municipality' ? sql`${event.municipalityCode} = ${key}` : sql`${event.seriesId}::text = ${key}`;
}

/**
 * One page of events for each of many owners, in two statements whatever their number (a list of organisations
 * with their events costs no more than one): the IDs of each page, then each owner's count.
 */
export async function eventPagesByOwner(
  orm: EventsOrm,
  owner: EventOwner,
  keys: readonly string[],
  search: EventSearch,
  viewer: Viewer,
  first: number,
  position: Position | undefined,
): Promise<Map<string, Page<string>>> {
  const keyArray = sql`${sql.param([...keys])}::text[]`;
  const after = position ? sql`and (${event.sortKey}, ${event.id}) > (${position.sortKey}, ${position.id}::uuid)` : sql``;
  let pageQuery: SQL;
  let countQuery: SQL;
  if (owner === 'organization') {
    // An organisation's events are few among a million: find them by its three indexed links first, then
    // order and cut. (With the three links as one OR, the planner walks every event in date order.)
    const conditions = and(...searchConditions(search, viewer));
    const owned = sql`(select ${event.id} as id from ${event} where ${event.organizerId} = k.key
      union select ${event.id} from ${event} where ${event.roundHostId} = k.key
      union select ${coOrganizer.eventId} from ${coOrganizer} where ${coOrganizer.organizationId} = k.key) as owned`;
    pageQuery = sql`
      select k.key, e.id from unnest(${keyArray}) as k(key)
      cross join lateral (
        select ${event.id} as id from ${owned} join ${event} on ${event.id} = owned.id
        where ${conditions} ${after}
        order by ${event.sortKey}, ${event.id}
        limit ${first + 1}
      ) e`;
    countQuery = sql`select k.key, (select count(*) from ${owned} join ${event} on ${event.id} = owned.id where ${conditions}) as n from unnest(${keyArray}) as k(key)`;
  } else {
    const conditions = and(...searchConditions(search, viewer), ownedBy(owner, sql`k.key`));
    pageQuery = sql`
      select k.key, e.id from unnest(${keyArray}) as k(key)
      cross join lateral (
        select ${event.id} as id from ${event}
        where ${conditions} ${after}
        order by ${event.sortKey}, ${event.id}
        limit ${first + 1}
      ) e`;
    countQuery = sql`select k.key, (select count(*) from ${event} where ${conditions}) as n from unnest(${keyArray}) as k(key)`;
  }
  const [pageRows, countRows] = await Promise.all([orm.execute(pageQuery), orm.execute(countQuery)]);
  const pages = new Map<string, Page<string>>(keys.map((k) => [k, { rows: [], totalCount: 0, hasNextPage: false }]));
  for (const row of rowsOf<{ key: string; id: string }>(pageRows)) pages.get(row.key)!.rows.push(row.id);
  for (const row of rowsOf<{ key: string; n: number | string }>(countRows)) pages.get(row.key)!.totalCount = Number(row.n);
  for (const page of pages.values()) {
    page.hasNextPage = page.rows.length > first;
    page.rows = page.rows.slice(0, first);
  }
  return pages;
}
