// The consultations subgraph's tables, in its own PostgreSQL schema. Nothing here can hold the text a worker
// typed: posts, answers and previews store only what the anonymiser returned. There is no column for a name, a
// birth date, an address, a phone number or the source system's case number. The description a post is published
// under is kept apart from the one it was written with; the latter is kept only while the post is held back (to
// widen it again when others join) and cleared once it is published. Monthly counts are kept as counts.
import { auditTable } from '@renkei/audit';
import { sql } from 'drizzle-orm';
import { check, char, index, integer, jsonb, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const consultationsSchema = pgSchema('consultations');

export interface SupportUsedValue {
  category: string;
  description: string;
}

export interface FlagValue {
  field: string;
  start: number;
  end: number;
  reason: string;
  reasonJa: string;
}

export interface GeneralisationValue {
  attribute: string;
  reason: string;
  reasonJa: string;
}

export const consultationPost = consultationsSchema.table(
  'consultation_post',
  {
    id: uuid('id').primaryKey(),
    region: text('region').notNull(),
    /** The posting worker's organisation (global ID): its workers see the post while held back, and close it. */
    organizationId: text('organization_id').notNull(),
    /** The case's municipality: for sharing within a municipality, and for the monthly counts. Never published unless the place is. */
    municipalityCode: char('municipality_code', { length: 6 }).notNull(),
    /** The age band, sex and household as written: kept only while held back. */
    writtenAgeFrom: integer('written_age_from'),
    writtenAgeTo: integer('written_age_to'),
    writtenSex: text('written_sex'),
    writtenHousehold: text('written_household'),
    /** As published (null while held back; age 0 to null is "withheld"). */
    ageFrom: integer('age_from'),
    ageTo: integer('age_to'),
    sex: text('sex'),
    household: text('household'),
    placeLevel: text('place_level'),
    placeMunicipalityCode: char('place_municipality_code', { length: 6 }),
    placeArea: text('place_area'),
    generalisations: jsonb('generalisations').$type<GeneralisationValue[]>().notNull().default(sql`'[]'::jsonb`),
    heldBackReason: text('held_back_reason'),
    heldBackReasonJa: text('held_back_reason_ja'),
    issueCategories: text('issue_categories').array().notNull(),
    supportsUsed: jsonb('supports_used').$type<SupportUsedValue[]>().notNull().default(sql`'[]'::jsonb`),
    processStage: text('process_stage').notNull(),
    legalBasis: text('legal_basis').notNull(),
    sharingScope: text('sharing_scope').notNull(),
    question: text('question').notNull(),
    narrative: text('narrative'),
    flags: jsonb('flags').$type<FlagValue[]>().notNull().default(sql`'[]'::jsonb`),
    status: text('status').notNull(),
    postedAt: timestamp('posted_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    index('consultation_post_region_posted_idx').on(t.region, t.postedAt),
    index('consultation_post_description_idx').on(t.region, t.placeLevel, t.ageFrom, t.sex, t.household),
    check('consultation_post_status', sql`${t.status} in ('HELD_BACK', 'OPEN', 'ANSWERED', 'CLOSED')`),
    check('consultation_post_published', sql`(${t.status} = 'HELD_BACK') = (${t.placeLevel} is null)`),
  ],
);

export const consultationAnswer = consultationsSchema.table(
  'consultation_answer',
  {
    id: uuid('id').primaryKey(),
    region: text('region').notNull(),
    postId: uuid('post_id')
      .notNull()
      .references(() => consultationPost.id, { onDelete: 'cascade' }),
    organizationId: text('organization_id').notNull(),
    answeredFromRegion: text('answered_from_region').notNull(),
    text: text('text').notNull(),
    flags: jsonb('flags').$type<FlagValue[]>().notNull().default(sql`'[]'::jsonb`),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consultation_answer_post_idx').on(t.postId, t.answeredAt)],
);

/** A preview waiting to be confirmed: the anonymised result only, for its author only, for 30 minutes. */
export const consultationPreview = consultationsSchema.table(
  'consultation_preview',
  {
    id: uuid('id').primaryKey(),
    region: text('region').notNull(),
    kind: text('kind').notNull(),
    /** The token subject of the worker who asked for it: only they can confirm it. */
    subject: text('subject').notNull(),
    payload: jsonb('payload').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('consultation_preview_expires_idx').on(t.expiresAt), check('consultation_preview_kind', sql`${t.kind} in ('POST', 'ANSWER')`)],
);

/** New consultations per municipality, month (Asia/Tokyo) and issue category: the monthly report. */
export const consultationCount = consultationsSchema.table(
  'consultation_count',
  {
    region: text('region').notNull(),
    municipalityCode: char('municipality_code', { length: 6 }).notNull(),
    month: char('month', { length: 7 }).notNull(),
    category: text('category').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.region, t.municipalityCode, t.month, t.category] }), check('consultation_count_not_negative', sql`${t.count} >= 0`)],
);

export const auditRecord = auditTable(consultationsSchema);

export const tables = { consultationPost, consultationAnswer, consultationPreview, consultationCount, auditRecord };

export type ConsultationPostRow = typeof consultationPost.$inferSelect;
export type ConsultationAnswerRow = typeof consultationAnswer.$inferSelect;
export type ConsultationPreviewRow = typeof consultationPreview.$inferSelect;
