// Per-request DataLoaders: every list- or entity-valued field loads through one of these, so the number of
// SQL statements grows with the depth of a query, never with the length of a list.
import DataLoader from 'dataloader';
import {
  attendanceByEventIds,
  coOrganizersByEventIds,
  eventsByIds,
  inviteesByEventIds,
  linksByEventIds,
  registeredByEventIds,
  seriesByIds,
  type EventsOrm,
} from './db/queries.js';
import type { EventRow, EventSeriesRow } from './db/schema.js';
import type { Viewer } from './viewer.js';

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

function groupBy<T>(rows: T[], keyOf: (row: T) => string, keys: readonly string[]): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

export function createLoaders(orm: EventsOrm, regions: string[], viewer: () => Promise<Viewer>) {
  return {
    /** Only events the caller may see: a hidden event loads as null, exactly like a missing one. */
    event: new DataLoader<string, EventRow | null>(async (ids) => byId(await eventsByIds(orm, ids, await viewer(), regions), ids)),
    series: new DataLoader<string, EventSeriesRow | null>(async (ids) => byId(await seriesByIds(orm, ids, regions), ids)),
    coOrganizers: new DataLoader(async (ids: readonly string[]) => groupBy(await coOrganizersByEventIds(orm, ids), (r) => r.eventId, ids)),
    invitees: new DataLoader(async (ids: readonly string[]) => groupBy(await inviteesByEventIds(orm, ids), (r) => r.eventId, ids)),
    attendance: new DataLoader(async (ids: readonly string[]) => groupBy(await attendanceByEventIds(orm, ids), (r) => r.eventId, ids)),
    links: new DataLoader(async (ids: readonly string[]) => groupBy(await linksByEventIds(orm, ids), (r) => r.eventId, ids)),
    registered: new DataLoader(async (ids: readonly string[]) => {
      const sums = new Map((await registeredByEventIds(orm, ids)).map((r) => [r.eventId, Number(r.participants)]));
      return ids.map((id) => sums.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
