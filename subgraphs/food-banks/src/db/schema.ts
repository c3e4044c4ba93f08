// The food-banks subgraph's tables, in its own PostgreSQL schema. Vocabulary terms are stored as their English
// codes; an organisation is its global ID (it lives in the organisations subgraph). Quantities are in the
// category's one unit (kg or items), to one decimal. Stock is kept as lots, each with its best-before, so that
// what is past it can be told apart from what can be handed out. A referral holds no personal data at all.
import { auditTable } from '@renkei/audit';
import { sql } from 'drizzle-orm';
import {
  check,
  char,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgSchema,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const foodBanksSchema = pgSchema('food_banks');

export interface OpeningTimeValue {
  weekday: string;
  opens: string;
  closes: string;
  weeksOfMonth: number[];
}

export interface DonationLineValue {
  category: string;
  description: string | null;
  quantity: number;
  bestBefore: string | null;
}

const quantity = (name: string) => numeric(name, { precision: 12, scale: 1, mode: 'number' });

export const foodSite = foodBanksSchema.table(
  'food_site',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    region: text('region').notNull(),
    organizationId: text('organization_id').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    nameKana: text('name_kana'),
    municipalityCode: char('municipality_code', { length: 6 }).notNull(),
    address: text('address'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    phone: text('phone'),
    access: text('access').notNull(),
    accessNote: text('access_note'),
    openingTimes: jsonb('opening_times').$type<OpeningTimeValue[]>().notNull().default(sql`'[]'::jsonb`),
    openingNote: text('opening_note'),
    description: text('description'),
    /** Normalised name, kana and address for Japanese text search. */
    searchText: text('search_text').notNull().default(''),
    /** Where the record came from: "demo …", or null when entered through the API. */
    source: text('source'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('food_site_region_kind_idx').on(t.region, t.kind),
    index('food_site_organization_idx').on(t.organizationId),
    index('food_site_municipality_idx').on(t.municipalityCode),
    index('food_site_search_text_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

export const stockLot = foodBanksSchema.table(
  'stock_lot',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => foodSite.id, { onDelete: 'cascade' }),
    category: text('category').notNull(),
    description: text('description'),
    quantity: quantity('quantity').notNull(),
    bestBefore: date('best_before', { mode: 'string' }),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    /** "donation <offer ID>" for stock that came through the donation point. */
    source: text('source'),
    /** Bumped by every change. */
    version: integer('version').notNull().default(1),
  },
  (t) => [index('stock_lot_site_idx').on(t.siteId, t.category), check('stock_lot_not_negative', sql`${t.quantity} >= 0`)],
);

/** What a site is short of: at most one need per category; a need that is met is removed. */
export const foodNeed = foodBanksSchema.table(
  'food_need',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => foodSite.id, { onDelete: 'cascade' }),
    category: text('category').notNull(),
    quantity: quantity('quantity').notNull(),
    neededBy: date('needed_by', { mode: 'string' }),
    minShelfLifeDays: integer('min_shelf_life_days').notNull().default(0),
    note: text('note'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('food_need_site_category_idx').on(t.siteId, t.category), check('food_need_positive', sql`${t.quantity} > 0`)],
);

export const donationOffer = foodBanksSchema.table(
  'donation_offer',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    region: text('region').notNull(),
    donorKind: text('donor_kind').notNull(),
    /** Personal data for an individual donor: read only by the accepting site's staff, with a purpose. */
    donorName: text('donor_name').notNull(),
    donorContact: text('donor_contact'),
    pickupMunicipalityCode: char('pickup_municipality_code', { length: 6 }).notNull(),
    pickupNote: text('pickup_note'),
    lines: jsonb('lines').$type<DonationLineValue[]>().notNull(),
    status: text('status').notNull().default('OPEN'),
    /** Global ID of the site that accepted it (it may be in another region). */
    acceptedSiteId: text('accepted_site_id'),
    acceptedOrganizationId: text('accepted_organization_id'),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('donation_offer_region_status_idx').on(t.region, t.status, t.createdAt),
    check('donation_offer_accepted', sql`(${t.status} = 'OPEN') = (${t.acceptedSiteId} is null)`),
  ],
);

export const foodReferral = foodBanksSchema.table(
  'food_referral',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    region: text('region').notNull(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => foodSite.id, { onDelete: 'cascade' }),
    /** Random, shown to the household; what the site checks at pickup. */
    code: text('code').notNull(),
    householdSize: integer('household_size').notNull(),
    categories: text('categories').array().notNull().default(sql`'{}'::text[]`),
    pickupFrom: timestamp('pickup_from', { withTimezone: true }).notNull(),
    pickupUntil: timestamp('pickup_until', { withTimezone: true }).notNull(),
    redeemedAt: timestamp('redeemed_at', { withTimezone: true }),
    referringOrganizationId: text('referring_organization_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('food_referral_code_idx').on(t.code),
    index('food_referral_site_idx').on(t.siteId, t.createdAt),
    index('food_referral_referrer_idx').on(t.referringOrganizationId, t.createdAt),
    check('food_referral_household', sql`${t.householdSize} between 1 and 20`),
    check('food_referral_window', sql`${t.pickupUntil} > ${t.pickupFrom}`),
  ],
);

export const auditRecord = auditTable(foodBanksSchema);

export const tables = { foodSite, stockLot, foodNeed, donationOffer, foodReferral, auditRecord };

export type FoodSiteRow = typeof foodSite.$inferSelect;
export type StockLotRow = typeof stockLot.$inferSelect;
export type FoodNeedRow = typeof foodNeed.$inferSelect;
export type DonationOfferRow = typeof donationOffer.$inferSelect;
export type FoodReferralRow = typeof foodReferral.$inferSelect;
