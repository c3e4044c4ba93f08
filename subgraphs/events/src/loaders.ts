// Per-request DataLoaders: every list- or entity-valued field loads through one of these, so the number of
// SQL statements grows with the depth of a query, never with the length of a list.
import { rowsByKey, rowsGroupedBy } from '@renkei/db';
import DataLoader from 'dataloader';
import type { Position } from '@renkei/connections';
import {
  attendanceByEventIds,
  eventPagesByOwner,
  coOrganizersByEventIds,
  eventsByIds,
  inviteesByEventIds,
  linksByEventIds,
  registeredByEventIds,
  seriesByIds,
  type EventOwner,
  type EventsOrm,
  type Page,
} from './db/queries.js';
import type { EventRow, EventSeriesRow } from './db/schema.js';
import type { Viewer } from './viewer.js';

/** A page of one owner's events (an organisation's, a municipality's, a series'). */
export interface OwnerPageKey {
  owner: EventOwner;
  key: string;
  from: string | null;
  first: number;
  position: Position | undefined;
}

const pageKey = (r: OwnerPageKey) => JSON.stringify([r.owner, r.key, r.from, r.first, r.position ?? null]);

export function createLoaders(orm: EventsOrm, regions: string[], viewer: () => Promise<Viewer>) {
  return {
    /** Pages asked for with the same owner kind, window, size and cursor share one pair of statements. */
    ownerPages: new DataLoader<OwnerPageKey, Page<string>, string>(
      async (requests) => {
        const groups = new Map<string, OwnerPageKey[]>();
        for (const r of requests) {
          const group = JSON.stringify([r.owner, r.from, r.first, r.position ?? null]);
          groups.set(group, [...(groups.get(group) ?? []), r]);
        }
        const pages = new Map<string, Page<string>>();
        const seen = await viewer();
        for (const group of groups.values()) {
          const { owner, from, first, position } = group[0]!;
          const byKey = await eventPagesByOwner(orm, owner, group.map((r) => r.key), { regions, from }, seen, first, position);
          for (const r of group) pages.set(pageKey(r), byKey.get(r.key)!);
        }
        return requests.map((r) => pages.get(pageKey(r))!);
      },
      { cacheKeyFn: pageKey },
    ),
    /** Only events the caller may see: a hidden event loads as null, exactly like a missing one. */
    event: new DataLoader<string, EventRow | null>(async (ids) => rowsByKey(await eventsByIds(orm, ids, await viewer(), regions), ids, (r) => r.id)),
    series: new DataLoader<string, EventSeriesRow | null>(async (ids) => rowsByKey(await seriesByIds(orm, ids, regions), ids, (r) => r.id)),
    coOrganizers: new DataLoader(async (ids: readonly string[]) => rowsGroupedBy(await coOrganizersByEventIds(orm, ids), (r) => r.eventId, ids)),
    invitees: new DataLoader(async (ids: readonly string[]) => rowsGroupedBy(await inviteesByEventIds(orm, ids), (r) => r.eventId, ids)),
    attendance: new DataLoader(async (ids: readonly string[]) => rowsGroupedBy(await attendanceByEventIds(orm, ids), (r) => r.eventId, ids)),
    links: new DataLoader(async (ids: readonly string[]) => rowsGroupedBy(await linksByEventIds(orm, ids), (r) => r.eventId, ids)),
    registered: new DataLoader(async (ids: readonly string[]) => {
      const sums = new Map((await registeredByEventIds(orm, ids)).map((r) => [r.eventId, Number(r.participants)]));
      return ids.map((id) => sums.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
