// How a post and an answer are shown: the published description only (nothing while held back), the anonymised
// texts, and whether the caller's organisation posted it, never which organisation did.
import { connection, decodeCursor, pageSize } from '@renkei/connections';
import { formatGlobalId } from '@renkei/regions';
import { tokyoDate } from '@renkei/scalars';
import { postGlobalId } from '../audit.js';
import type { ConsultationsContext } from '../context.js';
import type { ConsultationAnswerRow, ConsultationPostRow } from '../db/schema.js';
import { placeName, regionOf } from '../drafting.js';
import { AGE_BANDS } from '../vocabulary.js';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** The label of a published age band: a decade (40代), twenty years (40〜59歳), or an open top band (80歳以上). */
export function ageBandOf(from: number | null, to: number | null) {
  if (from === null || (from === 0 && to === null)) return null;
  const decade = Object.values(AGE_BANDS).find(([, , f, t]) => f === from && t === to);
  if (decade) return { from, to, labelJa: decade[0], labelEn: decade[1] };
  if (to === null) return { from, to, labelJa: `${from}歳以上`, labelEn: `${from} and over` };
  return { from, to, labelJa: `${from}〜${to}歳`, labelEn: `${from} to ${to}` };
}

export const answerGlobalId = (row: Pick<ConsultationAnswerRow, 'region' | 'id'>) => formatGlobalId(row.region, 'ConsultationAnswer', row.id);

export const postResolvers = {
  ConsultationPost: {
    id: (row: ConsultationPostRow) => postGlobalId(row),
    ageBand: (row: ConsultationPostRow) => ageBandOf(row.ageFrom, row.ageTo),
    place: (row: ConsultationPostRow, _: unknown, ctx: ConsultationsContext) => {
      // While held back nothing finer than the region is shown, even to its author.
      const region = regionOf(ctx.registry, row.region);
      const level = row.placeLevel ?? 'REGION';
      const place = { level: level as 'REGION', municipalityCode: row.placeMunicipalityCode, areaCode: row.placeArea };
      return { level, name: placeName(region, place), municipality: level === 'MUNICIPALITY' && row.placeMunicipalityCode ? { code: row.placeMunicipalityCode } : null };
    },
    unusualDescriptions: (row: ConsultationPostRow) => row.flags,
    postedOn: (row: ConsultationPostRow) => tokyoDate(row.postedAt),
    postedByOwnOrganization: (row: ConsultationPostRow, _: unknown, ctx: ConsultationsContext) => ctx.reader?.organizationId === row.organizationId,
    answers: async (row: ConsultationPostRow, args: PageArgs, ctx: ConsultationsContext) => {
      const page = await ctx.loaders.answerPages.load({ postId: row.id, first: pageSize(args.first), position: decodeCursor(args.after) });
      const rows = (await ctx.loaders.answer.loadMany(page.rows)).filter((r): r is ConsultationAnswerRow => r !== null && !(r instanceof Error));
      if (rows.length > 0) ctx.sensitiveReads.push({ field: 'ConsultationPost.answers', recordIds: rows.map(answerGlobalId), selected: ['answer'] });
      return connection(
        rows.map((r) => ({ ...r, sortKey: tokyoDate(r.answeredAt).replaceAll('-', '') })),
        page.totalCount,
        page.hasNextPage,
      );
    },
  },
  ConsultationAnswer: {
    id: (row: ConsultationAnswerRow) => answerGlobalId(row),
    organization: (row: ConsultationAnswerRow) => ({ id: row.organizationId }),
    answeredOn: (row: ConsultationAnswerRow) => tokyoDate(row.answeredAt),
    unusualDescriptions: (row: ConsultationAnswerRow) => row.flags,
  },
};
