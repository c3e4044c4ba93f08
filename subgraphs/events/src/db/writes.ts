// Writes. Each takes a transaction, so that an event and its parts are written together or not at all.
import { badUserInput } from '@renkei/errors';
import { normaliseForSearch } from '@renkei/japanese-text';
import { parseGlobalId } from '@renkei/regions';
import { and, eq } from 'drizzle-orm';
import type { EventDraft } from '../validation.js';
import type { EventsOrm } from './queries.js';
import { coOrganizer, event, eventLink, eventSeries, invitee, type EventRow } from './schema.js';

export type Tx = Parameters<Parameters<EventsOrm['transaction']>[0]>[0];

function columnsOf(draft: EventDraft) {
  const { coOrganizerIds: _c, invitees: _i, links: _l, seriesId, ...columns } = draft;
  return {
    ...columns,
    seriesId: seriesId ? parseGlobalId(seriesId, 'EventSeries')!.localId : null,
    sortKey: draft.startsAt.toISOString(),
    searchText: normaliseForSearch(
      [draft.title, draft.titleKana, draft.titleEn, draft.description, draft.venueName, draft.address, draft.organizerName]
        .filter(Boolean)
        .join(' '),
    ),
  };
}

/** A series named by an event must exist in the event's own region. */
async function checkSeries(tx: Tx, region: string, seriesId: string | null) {
  if (!seriesId) return;
  const parsed = parseGlobalId(seriesId, 'EventSeries')!;
  const [found] =
    parsed.region === region
      ? await tx.select({ id: eventSeries.id }).from(eventSeries).where(and(eq(eventSeries.id, parsed.localId), eq(eventSeries.region, region)))
      : [];
  if (!found) throw badUserInput('There is no such series in this region', 'この地域にそのシリーズはありません。', 'input.seriesId');
}

async function writeParts(tx: Tx, eventId: string, draft: EventDraft) {
  await tx.delete(coOrganizer).where(eq(coOrganizer.eventId, eventId));
  await tx.delete(invitee).where(eq(invitee.eventId, eventId));
  await tx.delete(eventLink).where(eq(eventLink.eventId, eventId));
  if (draft.coOrganizerIds.length) {
    await tx.insert(coOrganizer).values(draft.coOrganizerIds.map((organizationId, position) => ({ eventId, organizationId, position })));
  }
  if (draft.invitees.length) {
    await tx.insert(invitee).values(draft.invitees.map((inv, position) => ({ eventId, ...inv, position })));
  }
  if (draft.links.length) {
    await tx.insert(eventLink).values(draft.links.map((link, position) => ({ eventId, position, ...link })));
  }
}

export interface Provenance {
  id?: string;
  source?: string | null;
  sourceKey?: string | null;
}

export async function insertEvent(tx: Tx, region: string, draft: EventDraft, provenance: Provenance = {}): Promise<EventRow> {
  await checkSeries(tx, region, draft.seriesId);
  const [row] = await tx
    .insert(event)
    .values({ ...columnsOf(draft), region, ...(provenance.id ? { id: provenance.id } : {}), source: provenance.source ?? null, sourceKey: provenance.sourceKey ?? null })
    .returning();
  await writeParts(tx, row!.id, draft);
  return row!;
}

/** Replaces an event's content (the whole draft, after a patch was applied to what was there). */
export async function replaceEvent(tx: Tx, existing: EventRow, draft: EventDraft, source?: string | null): Promise<EventRow> {
  await checkSeries(tx, existing.region, draft.seriesId);
  const [row] = await tx
    .update(event)
    .set({ ...columnsOf(draft), ...(source !== undefined ? { source } : {}), updatedAt: new Date() })
    .where(eq(event.id, existing.id))
    .returning();
  await writeParts(tx, existing.id, draft);
  return row!;
}
