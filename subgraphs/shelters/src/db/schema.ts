// The shelters subgraph's tables, in its own PostgreSQL schema. Vocabulary terms are stored as their English
// codes; the operator is an organisation's global ID (it may live in another region). Vacancy is one row per
// bed category, so that two operators updating different categories never touch the same row, and each figure
// carries the time it was confirmed.
import { auditTable } from '@renkei/audit';
import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
  check,
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

export const sheltersSchema = pgSchema('shelters');

export const shelter = sheltersSchema.table(
  'shelter',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    region: text('region').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    nameKana: text('name_kana'),
    operatorId: text('operator_id'),
    operatorName: text('operator_name'),
    municipalityCode: char('municipality_code', { length: 6 }).notNull(),
    address: text('address'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    phone: text('phone'),
    /** The location is secret: never shown outside the sharing scope (DV shelters always). */
    confidential: boolean('confidential').notNull().default(false),
    intakeRoute: text('intake_route').notNull(),
    intakeContact: text('intake_contact'),
    maxStayDays: integer('max_stay_days'),
    eligibleGroups: text('eligible_groups').array().notNull().default(sql`'{}'::text[]`),
    eligibility: text('eligibility'),
    petsAllowed: boolean('pets_allowed'),
    accessibility: text('accessibility').array().notNull().default(sql`'{}'::text[]`),
    hazards: text('hazards').array().notNull().default(sql`'{}'::text[]`),
    capacityPersons: integer('capacity_persons'),
    alsoDesignatedShelter: boolean('also_designated_shelter'),
    servedAreas: text('served_areas'),
    townId: text('town_id'),
    description: text('description'),
    /** Normalised name, kana and address for Japanese text search. */
    searchText: text('search_text').notNull().default(''),
    /** Where the record came from: "demo …", "import <file>", or null when entered through the API. */
    source: text('source'),
    /** The open-data row it was imported from: "<publisher code>:<ID>"; a later import of the same row updates it. */
    sourceKey: text('source_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('shelter_region_kind_idx').on(t.region, t.kind),
    index('shelter_municipality_idx').on(t.municipalityCode),
    index('shelter_operator_idx').on(t.operatorId),
    uniqueIndex('shelter_source_key_idx').on(t.region, t.sourceKey),
    index('shelter_search_text_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

export const bedVacancy = sheltersSchema.table(
  'bed_vacancy',
  {
    shelterId: uuid('shelter_id')
      .notNull()
      .references(() => shelter.id, { onDelete: 'cascade' }),
    category: text('category').notNull(),
    capacity: integer('capacity').notNull(),
    vacant: integer('vacant').notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull(),
    /** Bumped by every change, for updates that say which figure they replace. */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.shelterId, t.category] }),
    check('bed_vacancy_within_capacity', sql`${t.vacant} >= 0 and ${t.vacant} <= ${t.capacity}`),
  ],
);

export const auditRecord = auditTable(sheltersSchema);

export const tables = { shelter, bedVacancy, auditRecord };

export type ShelterRow = typeof shelter.$inferSelect;
export type BedVacancyRow = typeof bedVacancy.$inferSelect;
