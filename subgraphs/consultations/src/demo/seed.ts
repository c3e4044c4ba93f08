// Loads the checked-in demo posts of the given regions through the same validation, anonymiser and
// generalisation as the API, oldest first, so that what the demo shows is what the hub would have stored (some
// posts are widened, some held back). The monthly counts are made from each municipality's average, varied
// deterministically month by month, for the six months before the one it is loaded in and that one.
import { createHash } from 'node:crypto';
import type { Anonymiser } from '@renkei/anonymiser';
import { demoUuid } from '@renkei/db';
import { formatGlobalId, type RegionRegistry } from '@renkei/regions';
import { tokyoDate } from '@renkei/scalars';
import { and, count, eq } from 'drizzle-orm';
import type { ConsultationsOrm } from '../db/queries.js';
import { consultationAnswer, consultationCount, consultationPost } from '../db/schema.js';
import { anonymiseAnswer, anonymisePost, decide, regionOf, rowOf, writtenDescription } from '../drafting.js';
import { insertPost } from '../db/writes.js';
import { postDraft } from '../validation.js';
import { ISSUE_CATEGORY_CODES, type IssueCategory } from '../vocabulary.js';
import { DEMO_CONSULTATIONS } from './index.js';

export interface ConsultationSeedReport {
  region: string;
  posts: number;
  heldBack: number;
  answers: number;
}

const DAY_MS = 86_400_000;

/** How the month's new consultations spread over issue categories (a consultation often has more than one). */
const CATEGORY_SHARE: Record<IssueCategory, number> = {
  ECONOMIC_HARDSHIP: 0.45,
  EMPLOYMENT: 0.2,
  DEBT: 0.12,
  ARREARS: 0.1,
  HOUSING: 0.1,
  HOUSEHOLD_FINANCES: 0.1,
  ILLNESS: 0.08,
  DISABILITY: 0.07,
  HIKIKOMORI: 0.05,
  CHILD_REARING: 0.04,
  CARE: 0.04,
  DOMESTIC_VIOLENCE: 0.03,
  SCHOOL_ABSENCE: 0.02,
  AFTER_PRISON: 0.01,
};

/** A number in [0, 1) fixed by its key: the demo is the same on every machine. */
function unit(key: string): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) / 2 ** 32;
}

function monthsBack(now: Date, n: number): string {
  const [year, month] = tokyoDate(now).split('-').map(Number) as [number, number];
  const m = year * 12 + month - 1 - n;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}

export function demoMonthlyCounts(region: string, averages: Record<string, number>, now: Date) {
  const rows: (typeof consultationCount.$inferInsert)[] = [];
  for (const [municipalityCode, average] of Object.entries(averages)) {
    for (let n = 0; n <= 6; n++) {
      const month = monthsBack(now, n);
      const total = average * (0.7 + 0.6 * unit(`${municipalityCode} ${month}`));
      for (const category of ISSUE_CATEGORY_CODES) {
        const value = Math.floor(total * CATEGORY_SHARE[category] + unit(`${municipalityCode} ${month} ${category}`));
        if (value > 0) rows.push({ region, municipalityCode, month, category, count: value });
      }
    }
  }
  return rows;
}

export async function seedDemoConsultations(
  orm: ConsultationsOrm,
  regions: string[],
  options: { anonymiser: Anonymiser; k: number; registry: RegionRegistry; now?: Date },
): Promise<ConsultationSeedReport[]> {
  const now = options.now ?? new Date();
  const reports: ConsultationSeedReport[] = [];
  for (const code of regions) {
    const data = DEMO_CONSULTATIONS[code];
    const region = options.registry.region(code);
    if (!data || !region) continue;
    const [held] = await orm.select({ n: count() }).from(consultationPost).where(eq(consultationPost.region, code));
    if ((held?.n ?? 0) > 0) continue;
    const report = { region: code, posts: 0, heldBack: 0, answers: 0 };
    await orm.transaction(async (tx) => {
      const oldestFirst = [...data.posts].sort((a, b) => b.postedDaysAgo - a.postedDaysAgo);
      for (const p of oldestFirst) {
        const { key, organizationKey, postedDaysAgo, answers: _answers, closed: _closed, ...input } = p;
        const draft = postDraft(input as Record<string, unknown>, `demo ${key}.`);
        const written = writtenDescription(draft);
        const decision = await decide(tx, regionOf(options.registry, code), written, draft.sharingScope, options.k);
        const { changes: _changes, ...texts } = anonymisePost(options.anonymiser, region, draft, decision.outcome);
        const postedAt = new Date(now.getTime() - postedDaysAgo * DAY_MS);
        const row = rowOf(
          {
            id: demoUuid(key),
            region: code,
            organizationId: formatGlobalId(code, 'Organization', demoUuid(organizationKey)),
            municipalityCode: draft.municipalityCode,
            written,
            outcome: decision.outcome,
            issueCategories: draft.issueCategories,
            processStage: draft.processStage,
            legalBasis: draft.legalBasis,
            sharingScope: draft.sharingScope,
            ...texts,
          },
          postedAt,
        );
        await insertPost(tx, row, decision.released);
        report.posts += 1;
      }
      // Answers once every post is in: a post held back when written may have been released by a later one.
      for (const p of oldestFirst) {
        const [row] = await tx.select().from(consultationPost).where(eq(consultationPost.id, demoUuid(p.key)));
        if (!row || row.status === 'HELD_BACK') continue;
        for (const [i, a] of p.answers.entries()) {
          const answer = anonymiseAnswer(options.anonymiser, region, row, a.text);
          await tx.insert(consultationAnswer).values({
            id: demoUuid(`${p.key}-answer-${i}`),
            region: code,
            postId: row.id,
            organizationId: formatGlobalId(a.region, 'Organization', demoUuid(a.organizationKey)),
            answeredFromRegion: a.region,
            text: answer.text,
            flags: answer.flags,
            answeredAt: new Date(row.postedAt.getTime() + a.daysAfter * DAY_MS),
          });
          report.answers += 1;
        }
        const status = p.closed ? 'CLOSED' : p.answers.length > 0 ? 'ANSWERED' : 'OPEN';
        if (status !== 'OPEN') await tx.update(consultationPost).set({ status, closedAt: p.closed ? now : null }).where(eq(consultationPost.id, row.id));
      }
      const [stillHeld] = await tx.select({ n: count() }).from(consultationPost).where(and(eq(consultationPost.region, code), eq(consultationPost.status, 'HELD_BACK')));
      report.heldBack = Number(stillHeld?.n ?? 0);
      const counts = demoMonthlyCounts(code, data.monthlyNewConsultations, now);
      for (let i = 0; i < counts.length; i += 500) await tx.insert(consultationCount).values(counts.slice(i, i + 500)).onConflictDoNothing();
    });
    reports.push(report);
  }
  return reports;
}
