// The organisations subgraph's tables, all in its own PostgreSQL schema. Vocabulary terms are stored as their
// English codes (see ../vocabulary.ts); search_text holds the normalised words the trigram index serves.
import { auditTable } from '@renkei/audit';
import { sql } from 'drizzle-orm';
import {
  char,
  index,
  integer,
  pgSchema,
  primaryKey,
  text,
  time,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

export const organisationsSchema = pgSchema('organisations');

export const organization = organisationsSchema.table(
  'organization',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    region: text('region').notNull(),
    name: text('name').notNull(),
    nameKana: text('name_kana').notNull(),
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    legalForm: text('legal_form').notNull(),
    municipalityCode: char('municipality_code', { length: 6 }).notNull(),
    description: text('description'),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    /** Normalised kana reading: the 50音 order of every listing. */
    sortKey: text('sort_key').notNull(),
    /** Normalised name, reading, aliases, description and service names, for free-text search. */
    searchText: text('search_text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('organization_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('organization_order').on(t.sortKey, t.id),
    index('organization_region').on(t.region),
  ],
);

export const programmeRole = organisationsSchema.table(
  'programme_role',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    delivery: text('delivery').notNull(),
    contractingMunicipalityCodes: text('contracting_municipality_codes').array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.role] })],
);

export const service = organisationsSchema.table(
  'service',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    nameKana: text('name_kana'),
    description: text('description'),
    categories: text('categories').array().notNull(),
    targetGroups: text('target_groups').array().notNull().default(sql`'{}'::text[]`),
    schoolAgeBands: text('school_age_bands').array().notNull().default(sql`'{}'::text[]`),
    fee: text('fee'),
  },
  (t) => [
    index('service_organization').on(t.organizationId, t.position),
    index('service_categories').using('gin', t.categories),
    index('service_target_groups').using('gin', t.targetGroups),
  ],
);

export const serviceArea = organisationsSchema.table(
  'service_area',
  {
    serviceId: uuid('service_id')
      .notNull()
      .references(() => service.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    municipalityCode: char('municipality_code', { length: 6 }).notNull(),
    detail: text('detail'),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.position] }), index('service_area_municipality').on(t.municipalityCode)],
);

/** Named contact persons: personal data, readable by fellow network members only (see resolvers/access.ts). */
export const contact = organisationsSchema.table(
  'contact',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    title: text('title'),
    phone: text('phone'),
    email: text('email'),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.position] })],
);

// "window" is an SQL keyword; the table is named for what it is, a service window (窓口).
export const serviceWindow = organisationsSchema.table(
  'service_window',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    nameKana: text('name_kana'),
    municipalityCode: char('municipality_code', { length: 6 }).notNull(),
    address: text('address'),
    description: text('description'),
    phone: text('phone'),
  },
  (t) => [index('service_window_organization').on(t.organizationId, t.position)],
);

export const openingHours = organisationsSchema.table(
  'opening_hours',
  {
    windowId: uuid('window_id')
      .notNull()
      .references(() => serviceWindow.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    days: text('days').array().notNull(),
    opens: time('opens').notNull(),
    closes: time('closes').notNull(),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.windowId, t.position] })],
);

export const network = organisationsSchema.table(
  'network',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    region: text('region').notNull(),
    name: text('name').notNull(),
    nameKana: text('name_kana').notNull(),
    description: text('description'),
    secretariatId: uuid('secretariat_id').references(() => organization.id, { onDelete: 'set null' }),
    meetingFrequency: text('meeting_frequency'),
    admissionRule: text('admission_rule'),
    sortKey: text('sort_key').notNull(),
  },
  (t) => [index('network_order').on(t.sortKey, t.id), index('network_region').on(t.region)],
);

export const networkTier = organisationsSchema.table(
  'network_tier',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    level: integer('level').notNull(),
    name: text('name').notNull(),
    description: text('description'),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.level] })],
);

export const networkMember = organisationsSchema.table(
  'network_member',
  {
    networkId: uuid('network_id')
      .notNull()
      .references(() => network.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    tierLevel: integer('tier_level'),
  },
  (t) => [primaryKey({ columns: [t.networkId, t.organizationId] }), index('network_member_organization').on(t.organizationId)],
);

/** Who read named contacts or wrote anything here: append-only, hash-chained (see @renkei/audit). */
export const auditRecord = auditTable(organisationsSchema);

export const tables = {
  auditRecord,
  organization,
  programmeRole,
  contact,
  service,
  serviceArea,
  serviceWindow,
  openingHours,
  network,
  networkTier,
  networkMember,
};

export type OrganizationRow = typeof organization.$inferSelect;
export type ServiceRow = typeof service.$inferSelect;
export type ServiceAreaRow = typeof serviceArea.$inferSelect;
export type ServiceWindowRow = typeof serviceWindow.$inferSelect;
export type OpeningHoursRow = typeof openingHours.$inferSelect;
export type ProgrammeRoleRow = typeof programmeRole.$inferSelect;
export type ContactRow = typeof contact.$inferSelect;
export type NetworkRow = typeof network.$inferSelect;
export type NetworkTierRow = typeof networkTier.$inferSelect;
export type NetworkMemberRow = typeof networkMember.$inferSelect;
