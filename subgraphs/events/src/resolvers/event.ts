// Event and its parts: thin mappings from rows. References to other subgraphs' records are returned as their
// keys; the gateway fetches the rest from the subgraph that owns them.
import { connection, decodeCursor, pageSize } from '@renkei/connections';
import { formatGlobalId, parseGlobalId } from '@renkei/regions';
import type { EventsContext } from '../context.js';
import { eventPage, type EventOwner, type EventSearch } from '../db/queries.js';
import { prefectureOfOwnCode } from '@renkei/municipalities';
import type { AttendanceRow, EventRow, EventSeriesRow, InviteeRow, RegistrationRow } from '../db/schema.js';

const organizationRef = (id: string | null) => (id ? { id } : null);
const municipalityRef = (code: string | null) => (code ? { code } : null);

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** A page of the events the caller may see, in order of start. */
export async function eventConnection(ctx: EventsContext, search: Omit<EventSearch, 'regions'> & { regions?: string[] }, args: PageArgs) {
  const first = pageSize(args.first);
  const page = await eventPage(ctx.orm, { regions: ctx.regions, ...search }, await ctx.viewer(), first, decodeCursor(args.after));
  return connection(page.rows, page.totalCount, page.hasNextPage);
}

/** A page of an owner's events, batched with the pages of the other owners in the same list. */
export async function ownerEventConnection(ctx: EventsContext, owner: EventOwner, key: string, args: PageArgs & { from?: string | null }) {
  const page = await ctx.loaders.ownerPages.load({ owner, key, from: args.from ?? null, first: pageSize(args.first), position: decodeCursor(args.after) });
  const rows = (await ctx.loaders.event.loadMany(page.rows)).filter((r): r is EventRow => r !== null && !(r instanceof Error));
  return connection(rows, page.totalCount, page.hasNextPage);
}

/** Loads an event by global ID; null for one of another region, a missing one, or one the caller may not see. */
export async function loadEvent(ctx: EventsContext, id: string): Promise<EventRow | null> {
  const parsed = parseGlobalId(id, 'Event');
  if (!parsed || !ctx.regions.includes(parsed.region)) return null;
  const row = await ctx.loaders.event.load(parsed.localId);
  return row && row.region === parsed.region ? row : null;
}

export async function loadSeries(ctx: EventsContext, id: string): Promise<EventSeriesRow | null> {
  const parsed = parseGlobalId(id, 'EventSeries');
  if (!parsed || !ctx.regions.includes(parsed.region)) return null;
  const row = await ctx.loaders.series.load(parsed.localId);
  return row && row.region === parsed.region ? row : null;
}

export function registrationOpen(row: EventRow, registered: number, now = new Date()): boolean {
  if (row.status !== 'SCHEDULED' || now >= row.startsAt) return false;
  if (row.registrationDeadline && now > row.registrationDeadline) return false;
  return row.capacity === null || registered < row.capacity;
}

export const eventResolvers = {
  Event: {
    __resolveReference: ({ id }: { id: string }, ctx: EventsContext) => loadEvent(ctx, id),
    id: (e: EventRow) => formatGlobalId(e.region, 'Event', e.id),
    series: (e: EventRow, _: unknown, ctx: EventsContext) => (e.seriesId ? ctx.loaders.series.load(e.seriesId) : null),
    roundHost: (e: EventRow) => organizationRef(e.roundHostId),
    roundHostMunicipality: (e: EventRow) => municipalityRef(e.roundHostMunicipalityCode),
    organizer: (e: EventRow) => organizationRef(e.organizerId),
    coOrganizers: async (e: EventRow, _: unknown, ctx: EventsContext) =>
      (await ctx.loaders.coOrganizers.load(e.id)).map((c) => ({ id: c.organizationId })),
    network: (e: EventRow) => (e.networkId ? { id: e.networkId } : null),
    venue: (e: EventRow) =>
      e.venueName
        ? {
            name: e.venueName,
            address: e.address,
            addressDetail: e.addressDetail,
            location: e.latitude !== null && e.longitude !== null ? { latitude: e.latitude, longitude: e.longitude } : null,
            access: e.access,
            parking: e.parking,
          }
        : null,
    municipality: (e: EventRow) => (prefectureOfOwnCode(e.municipalityCode) ? null : { code: e.municipalityCode }),
    prefectureWide: (e: EventRow) => prefectureOfOwnCode(e.municipalityCode) !== undefined,
    startsAt: (e: EventRow) => (e.allDay ? null : e.startsAt),
    endsAt: (e: EventRow) => (e.allDay ? null : e.endsAt),
    registrationOpen: async (e: EventRow, _: unknown, ctx: EventsContext) => registrationOpen(e, await ctx.loaders.registered.load(e.id)),
    registeredParticipants: (e: EventRow, _: unknown, ctx: EventsContext) => ctx.loaders.registered.load(e.id),
    contact: (e: EventRow) =>
      e.contactName || e.contactPhone || e.contactExtension ? { name: e.contactName, phone: e.contactPhone, extension: e.contactExtension } : null,
    invitees: async (e: EventRow, _: unknown, ctx: EventsContext) =>
      (await ctx.loaders.invitees.load(e.id)).map((i: InviteeRow) => ({
        organization: organizationRef(i.organizationId),
        municipality: municipalityRef(i.municipalityCode),
      })),
    attendance: async (e: EventRow, _: unknown, ctx: EventsContext) => {
      const rows: AttendanceRow[] = await ctx.loaders.attendance.load(e.id);
      if (rows.length === 0) return null;
      return { total: rows.reduce((sum, r) => sum + r.count, 0), byKind: rows.map((r) => ({ kind: r.kind, count: r.count })) };
    },
    links: (e: EventRow, _: unknown, ctx: EventsContext) => ctx.loaders.links.load(e.id),
    regionCode: (e: EventRow) => e.region,
  },
  EventSeries: {
    __resolveReference: ({ id }: { id: string }, ctx: EventsContext) => loadSeries(ctx, id),
    id: (s: EventSeriesRow) => formatGlobalId(s.region, 'EventSeries', s.id),
    organizer: (s: EventSeriesRow) => organizationRef(s.organizerId),
    events: (s: EventSeriesRow, args: PageArgs, ctx: EventsContext) => ownerEventConnection(ctx, 'series', s.id, args),
  },
  EventRegistration: {
    id: (r: RegistrationRow & { region: string }) => formatGlobalId(r.region, 'EventRegistration', r.id),
    event: (r: RegistrationRow & { region: string }, _: unknown, ctx: EventsContext) => loadEvent(ctx, formatGlobalId(r.region, 'Event', r.eventId)),
    organization: (r: RegistrationRow) => organizationRef(r.organizationId),
  },
};
