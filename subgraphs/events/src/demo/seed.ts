// Loads the checked-in demo events of the given regions through the same validation and writes as the
// mutations, so the demo data can never be something the API itself would refuse. Organisations and networks
// are named by their demo keys, which give the same IDs as in the organisations subgraph's demo data.
import { demoUuid } from '@renkei/db';
import { formatGlobalId } from '@renkei/regions';
import { count, eq } from 'drizzle-orm';
import type { EventsOrm } from '../db/queries.js';
import { attendance, event, eventSeries } from '../db/schema.js';
import { insertEvent } from '../db/writes.js';
import { eventDraft } from '../validation.js';
import { DEMO_EVENTS } from './index.js';
import type { DemoEvent } from './types.js';

export interface EventSeedReport {
  region: string;
  events: number;
  series: number;
}

const organizationId = (region: string, key: string | undefined) => (key ? formatGlobalId(region, 'Organization', demoUuid(key)) : null);

/** "2026-12-05T13:30" is Japan time. */
const local = (value: string) => new Date(`${value}:00+09:00`);

function demoInput(region: string, e: DemoEvent): Record<string, unknown> {
  const timed = e.starts.includes('T');
  return {
    type: e.type,
    title: e.title,
    titleKana: e.titleKana,
    description: e.description,
    seriesId: e.seriesKey ? formatGlobalId(region, 'EventSeries', demoUuid(e.seriesKey)) : null,
    round: e.round,
    roundHostId: organizationId(region, e.roundHostKey),
    roundHostMunicipalityCode: e.roundHostMunicipalityCode,
    organizerId: organizationId(region, e.organizerKey),
    organizerName: e.organizerName,
    coOrganizerIds: (e.coOrganizerKeys ?? []).map((key) => organizationId(region, key)),
    networkId: e.networkKey ? formatGlobalId(region, 'Network', demoUuid(e.networkKey)) : null,
    venue: e.venue,
    onlineUrl: e.onlineUrl,
    municipalityCode: e.municipalityCode,
    ...(timed ? { startsAt: local(e.starts), endsAt: local(e.ends) } : { startDate: e.starts, endDate: e.ends }),
    timeNote: e.timeNote,
    audience: e.audience,
    invitees: (e.invitees ?? []).map((i) => ({ organizationId: organizationId(region, i.organizationKey), municipalityCode: i.municipalityCode ?? null })),
    capacity: e.capacity,
    registrationDeadline: e.registrationDeadline ? local(e.registrationDeadline) : null,
    registrationMethod: e.registrationMethod,
    childcare: e.childcare,
    feeYen: e.feeYen,
    feeNote: e.feeNote,
    status: e.status,
    statusNote: e.statusNote,
    contact: e.contact,
    url: e.url,
    links: e.links,
  };
}

export async function seedDemoEvents(orm: EventsOrm, regions: string[]): Promise<EventSeedReport[]> {
  const reports: EventSeedReport[] = [];
  for (const region of regions) {
    const data = DEMO_EVENTS[region];
    if (!data) continue;
    const [held] = await orm.select({ n: count() }).from(event).where(eq(event.region, region));
    if ((held?.n ?? 0) > 0) continue;
    await orm.transaction(async (tx) => {
      for (const s of data.series) {
        await tx.insert(eventSeries).values({
          id: demoUuid(s.key),
          region,
          title: s.title,
          titleKana: s.titleKana ?? null,
          description: s.description,
          organizerId: organizationId(region, s.organizerKey),
        });
      }
      for (const e of data.events) {
        const row = await insertEvent(tx, region, eventDraft(demoInput(region, e), `demo ${e.key}`), { id: demoUuid(e.key), source: e.source });
        if (e.attendance?.length) await tx.insert(attendance).values(e.attendance.map((a) => ({ eventId: row.id, ...a })));
      }
    });
    reports.push({ region, events: data.events.length, series: data.series.length });
  }
  return reports;
}
