// The events subgraph's tables, all in its own PostgreSQL schema. Vocabulary terms are stored as their English
// codes; references to other subgraphs' records (organisations, networks) are their global IDs, since they may
// live in another region. Times are instants (timestamptz); an all-day event keeps its local dates too.
import { auditTable } from '@renkei/audit';
import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
  date,
  doublePrecision,
  index,
  integer,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const eventsSchema = pgSchema('events');

export const eventSeries = eventsSchema.table('event_series', {
  id: uuid('id').primaryKey().defaultRandom(),
  region: text('region').notNull(),
  title: text('title').notNull(),
  titleKana: text('title_kana'),
  description: text('description'),
  organizerId: text('organizer_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const event = eventsSchema.table(
  'event',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    region: text('region').notNull(),
    type: text('type').notNull(),
    title: text('title').notNull(),
    titleKana: text('title_kana'),
    titleEn: text('title_en'),
    description: text('description'),
    seriesId: uuid('series_id').references(() => eventSeries.id),
    round: integer('round'),
    roundHostId: text('round_host_id'),
    roundHostMunicipalityCode: char('round_host_municipality_code', { length: 6 }),
    organizerId: text('organizer_id'),
    organizerName: text('organizer_name'),
    networkId: text('network_id'),
    venueName: text('venue_name'),
    address: text('address'),
    addressDetail: text('address_detail'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    access: text('access'),
    parking: text('parking'),
    onlineUrl: text('online_url'),
    municipalityCode: char('municipality_code', { length: 6 }).notNull(),
    allDay: boolean('all_day').notNull(),
    /** For an all-day event, the first day's midnight in Japan. */
    startsAt: timestamp('starts_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** Exclusive: for an all-day event, the midnight after its last day. */
    endsAt: timestamp('ends_at', { withTimezone: true, mode: 'date' }).notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    timeNote: text('time_note'),
    audience: text('audience').notNull(),
    capacity: integer('capacity'),
    registrationDeadline: timestamp('registration_deadline', { withTimezone: true, mode: 'date' }),
    registrationMethod: text('registration_method'),
    childcare: boolean('childcare').notNull().default(false),
    feeYen: integer('fee_yen'),
    feeNote: text('fee_note'),
    status: text('status').notNull().default('SCHEDULED'),
    statusNote: text('status_note'),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    contactExtension: text('contact_extension'),
    url: text('url'),
    note: text('note'),
    /** Where an imported event came from: the dataset row's local government code and NO. */
    sourceKey: text('source_key'),
    source: text('source'),
    /** The start as an ISO instant: the calendar's order, and the sort key its cursors carry. */
    sortKey: text('sort_key').notNull(),
    /** Normalised title, reading, description, venue and organiser, for free-text search. */
    searchText: text('search_text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('event_order').on(t.sortKey, t.id),
    index('event_span').on(t.startsAt, t.endsAt),
    index('event_municipality').on(t.municipalityCode),
    index('event_organizer').on(t.organizerId),
    index('event_round_host').on(t.roundHostId),
    index('event_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    uniqueIndex('event_source_key').on(t.region, t.sourceKey),
  ],
);

export const coOrganizer = eventsSchema.table(
  'co_organizer',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => event.id, { onDelete: 'cascade' }),
    organizationId: text('organization_id').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.organizationId] }), index('co_organizer_organization').on(t.organizationId)],
);

/** Who is invited to an invitation-only event: an organisation, or a local government (its staff). */
export const invitee = eventsSchema.table(
  'invitee',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => event.id, { onDelete: 'cascade' }),
    organizationId: text('organization_id'),
    municipalityCode: char('municipality_code', { length: 6 }),
    position: integer('position').notNull(),
  },
  (t) => [index('invitee_event').on(t.eventId), index('invitee_organization').on(t.organizationId)],
);

export const attendance = eventsSchema.table(
  'attendance',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => event.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.kind] })],
);

export const eventLink = eventsSchema.table(
  'event_link',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => event.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    url: text('url').notNull(),
    title: text('title'),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.position] })],
);

/** A registration by an organisation's staff: a number of participants, no names. */
export const registration = eventsSchema.table(
  'registration',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => event.id, { onDelete: 'cascade' }),
    organizationId: text('organization_id'),
    subject: text('subject').notNull(),
    participants: integer('participants').notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('registration_event').on(t.eventId)],
);

export const auditRecord = auditTable(eventsSchema);

export const tables = { eventSeries, event, coOrganizer, invitee, attendance, eventLink, registration, auditRecord };

export type EventRow = typeof event.$inferSelect;
export type EventInsert = typeof event.$inferInsert;
export type EventSeriesRow = typeof eventSeries.$inferSelect;
export type InviteeRow = typeof invitee.$inferSelect;
export type AttendanceRow = typeof attendance.$inferSelect;
export type EventLinkRow = typeof eventLink.$inferSelect;
export type RegistrationRow = typeof registration.$inferSelect;
