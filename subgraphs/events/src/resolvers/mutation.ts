// Mutations: validate, check the caller may write this record, then write and audit in one transaction.
import { hubError, notFound } from '@renkei/errors';
import { municipalityCode } from '@renkei/input-checks';
import { prefectureOfOwnCode } from '@renkei/municipalities';
import { formatGlobalId, parseGlobalId } from '@renkei/regions';
import { eq, sql } from 'drizzle-orm';
import { assertMayCreate, assertMayEdit } from '../access.js';
import { auditWrite } from '../audit.js';
import type { EventsContext } from '../context.js';
import { attendance, event, registration, type EventRow } from '../db/schema.js';
import { insertEvent, replaceEvent } from '../db/writes.js';
import { importEvents, type ImportEventsInput } from '../import/import.js';
import { attendanceCounts, eventDraft, participants, statusNote } from '../validation.js';
import type { AttendeeKind } from '../vocabulary.js';
import { loadEvent, registrationOpen } from './event.js';

type Input = Record<string, unknown>;

const writableRegionOf = (ctx: EventsContext, raw: string, field: string): string => {
  const code = raw.normalize('NFKC').trim();
  const region = ctx.registry.regionOfLocalGovernment(prefectureOfOwnCode(code) ? code : municipalityCode(code, field))?.code;
  if (!region || !ctx.writableRegions.includes(region)) {
    throw hubError('FORBIDDEN', 'This instance does not hold the region of that municipality', 'この市区町村の地域はこのインスタンスにはありません。');
  }
  return region;
};

/** An event to change: one of a region this request may write, that the caller can see. */
async function editable(ctx: EventsContext, id: string): Promise<EventRow> {
  const parsed = parseGlobalId(id, 'Event');
  const row = parsed && ctx.writableRegions.includes(parsed.region) ? await loadEvent(ctx, id) : null;
  if (!row) throw notFound('There is no such event', 'その催しはありません。');
  assertMayEdit(ctx.identity, row);
  return row;
}

/** The event as a create input, so that an edit is checked as a whole, exactly as a new event would be. */
async function asInput(ctx: EventsContext, row: EventRow): Promise<Input> {
  const [coOrganizers, invitees, links] = await Promise.all([
    ctx.loaders.coOrganizers.load(row.id),
    ctx.loaders.invitees.load(row.id),
    ctx.loaders.links.load(row.id),
  ]);
  return {
    ...row,
    seriesId: row.seriesId ? formatGlobalId(row.region, 'EventSeries', row.seriesId) : null,
    venue: row.venueName
      ? { name: row.venueName, address: row.address, addressDetail: row.addressDetail, latitude: row.latitude, longitude: row.longitude, access: row.access, parking: row.parking }
      : null,
    startsAt: row.allDay ? null : row.startsAt,
    endsAt: row.allDay ? null : row.endsAt,
    startDate: row.allDay ? row.startDate : null,
    endDate: row.allDay ? row.endDate : null,
    contact: { name: row.contactName, phone: row.contactPhone, extension: row.contactExtension },
    coOrganizerIds: coOrganizers.map((c) => c.organizationId),
    invitees: invitees.map((i) => ({ organizationId: i.organizationId, municipalityCode: i.municipalityCode })),
    links: links.map((l) => ({ kind: l.kind, url: l.url, title: l.title })),
  };
}

function applyPatch(current: Input, patch: Input): Input {
  const next: Input = { ...current };
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) next[key] = value;
  // Moving between timed and all-day: the new kind's fields replace the old kind's.
  if (patch.startsAt) Object.assign(next, { startDate: null, endDate: null });
  if (patch.startDate) Object.assign(next, { startsAt: null, endsAt: null });
  return next;
}

const globalIdOf = (row: EventRow) => formatGlobalId(row.region, 'Event', row.id);

export const mutationResolvers = {
  Mutation: {
    createEvent: async (_: unknown, { input }: { input: Input }, ctx: EventsContext) => {
      const region = writableRegionOf(ctx, String(input.municipalityCode ?? ''), 'input.municipalityCode');
      const draft = eventDraft({ ...input, organizerId: input.organizerId ?? ctx.identity.organizationId ?? null });
      assertMayCreate(ctx.identity, region, draft.organizerId);
      return ctx.orm.transaction(async (tx) => {
        const row = await insertEvent(tx, region, draft);
        await auditWrite(tx, ctx, 'Mutation.createEvent', [globalIdOf(row)], Object.keys(input));
        return row;
      });
    },
    updateEvent: async (_: unknown, { id, input }: { id: string; input: Input }, ctx: EventsContext) => {
      const existing = await editable(ctx, id);
      const draft = eventDraft(applyPatch(await asInput(ctx, existing), input));
      if (draft.municipalityCode !== existing.municipalityCode && writableRegionOf(ctx, draft.municipalityCode, 'input.municipalityCode') !== existing.region) {
        throw hubError('FORBIDDEN', 'An event cannot move to another region', '催しを別の地域に移すことはできません。');
      }
      return ctx.orm.transaction(async (tx) => {
        const row = await replaceEvent(tx, existing, draft);
        await auditWrite(tx, ctx, 'Mutation.updateEvent', [id], Object.keys(input));
        return row;
      });
    },
    cancelEvent: async (_: unknown, { id, reason }: { id: string; reason?: string | null }, ctx: EventsContext) => {
      const existing = await editable(ctx, id);
      const note = statusNote(reason, 'reason');
      return ctx.orm.transaction(async (tx) => {
        const [row] = await tx.update(event).set({ status: 'CANCELLED', statusNote: note, updatedAt: new Date() }).where(eq(event.id, existing.id)).returning();
        await auditWrite(tx, ctx, 'Mutation.cancelEvent', [id], ['status', 'statusNote']);
        return row;
      });
    },
    registerForEvent: async (_: unknown, args: { id: string; participants: number }, ctx: EventsContext) => {
      const count = participants(args.participants);
      const parsed = parseGlobalId(args.id, 'Event');
      const visible = parsed && ctx.writableRegions.includes(parsed.region) ? await loadEvent(ctx, args.id) : null;
      if (!visible) throw notFound('There is no such event', 'その催しはありません。');
      // As every write: a caller writes in its own region (the gateway refuses the rest before it gets here).
      if (!ctx.identity.roles.includes('hub_admin') && ctx.identity.region !== visible.region) {
        throw hubError('FORBIDDEN', 'You can register only for events of your own region', '申し込めるのは自分の地域の催しだけです。');
      }
      return ctx.orm.transaction(async (tx) => {
        // The event row is locked, so that two registrations for the last places cannot both succeed.
        const [row] = await tx.select().from(event).where(eq(event.id, visible.id)).for('update');
        const [sum] = await tx
          .select({ n: sql<number>`coalesce(sum(${registration.participants}), 0)::int` })
          .from(registration)
          .where(eq(registration.eventId, visible.id));
        const registered = Number(sum?.n ?? 0);
        if (!row || !registrationOpen(row, registered) || (row.capacity !== null && registered + count > row.capacity)) {
          const why =
            row?.status === 'CANCELLED'
              ? ['The event is cancelled: it takes no registrations', 'この催しは中止のため申し込めません。']
              : row?.status === 'POSTPONED'
                ? ['The event is postponed: it takes no registrations until it has a new date', 'この催しは延期中のため申し込めません。']
                : row && row.capacity !== null && registered + count > row.capacity
                  ? [`Only ${Math.max(0, row.capacity - registered)} places are left`, `残りの定員は${Math.max(0, row.capacity - registered)}人です。`]
                  : ['Registration for this event has closed', 'この催しの申込は締め切りました。'];
          throw hubError('CONFLICT', why[0]!, why[1]!);
        }
        const [created] = await tx
          .insert(registration)
          .values({ eventId: row.id, organizationId: ctx.identity.organizationId, subject: ctx.identity.subject ?? 'unknown', participants: count })
          .returning();
        await auditWrite(tx, ctx, 'Mutation.registerForEvent', [args.id], ['participants']);
        return { ...created!, region: row.region };
      });
    },
    recordAttendance: async (_: unknown, args: { id: string; attendance: { kind: AttendeeKind; count: number }[] }, ctx: EventsContext) => {
      const existing = await editable(ctx, args.id);
      const counts = attendanceCounts(args.attendance);
      return ctx.orm.transaction(async (tx) => {
        await tx.delete(attendance).where(eq(attendance.eventId, existing.id));
        if (counts.length) await tx.insert(attendance).values(counts.map((c) => ({ eventId: existing.id, ...c })));
        const [row] = await tx.update(event).set({ updatedAt: new Date() }).where(eq(event.id, existing.id)).returning();
        await auditWrite(tx, ctx, 'Mutation.recordAttendance', [args.id], ['attendance']);
        return row;
      });
    },
    importEvents: (_: unknown, { input }: { input: ImportEventsInput }, ctx: EventsContext) => importEvents(ctx, input),
  },
};
