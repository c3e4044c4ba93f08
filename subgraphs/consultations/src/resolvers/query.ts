// The reads: posts within the caller's sharing scope, the monthly statistics with small cells suppressed, the
// vocabularies. Every post given out is noted for the audit trail.
import { suppressSmallCells } from '@renkei/anonymiser';
import { connection, decodeCursor, pageSize } from '@renkei/connections';
import { badUserInput } from '@renkei/errors';
import { listOf, monthRange, terms } from '@renkei/input-checks';
import { statisticsScope } from '@renkei/policy';
import { parseGlobalId } from '@renkei/regions';
import { tokyoDate } from '@renkei/scalars';
import { notePostsRead } from '../audit.js';
import type { ConsultationsContext } from '../context.js';
import { monthlyCounts, postPage } from '../db/queries.js';
import {
  AGE_BANDS,
  HOUSEHOLDS,
  ISSUE_CATEGORIES,
  ISSUE_CATEGORY_CODES,
  LEGAL_BASES,
  POST_STATUSES,
  PROCESS_STAGES,
  SEXES,
  SHARING_SCOPES,
  SUPPORT_CATEGORIES,
  type IssueCategory,
  type PostStatus,
} from '../vocabulary.js';

interface PostFilterInput {
  issueCategories?: string[] | null;
  statuses?: string[] | null;
  ownOnly?: boolean | null;
}

const regionsAsked = (ctx: ConsultationsContext, asked: string[] | null | undefined) => (asked ? ctx.regions.filter((r) => asked.includes(r)) : ctx.regions);

/** The region a region-scoped read is about: the one named, else the caller's own; it must be one this instance holds. */
function regionAsked(ctx: ConsultationsContext, asked: string | null | undefined): string {
  const code = asked ?? ctx.requestRegion ?? ctx.identity.region;
  if (!code || !ctx.hostedRegions.includes(code)) throw badUserInput('This instance does not hold that region', 'この地域はこのインスタンスにはありません。', 'region');
  return code;
}

const vocabulary = (v: Record<string, readonly [string, string, ...unknown[]]>) =>
  terms(Object.fromEntries(Object.entries(v).map(([code, [ja, en]]) => [code, [ja, en] as const])));

export const queryResolvers = {
  Query: {
    consultationPost: async (_: unknown, args: { id: string }, ctx: ConsultationsContext) => {
      const id = parseGlobalId(args.id, 'ConsultationPost');
      if (!id || !ctx.regions.includes(id.region)) return null;
      const row = await ctx.loaders.post.load(id.localId);
      if (!row || row.region !== id.region) return null;
      notePostsRead(ctx, [row], 'Query.consultationPost');
      return row;
    },
    consultationPosts: async (_: unknown, args: { filter?: PostFilterInput | null; first?: number | null; after?: string | null; regions?: string[] | null }, ctx: ConsultationsContext) => {
      const filter = args.filter ?? {};
      const search = {
        issueCategories: listOf<IssueCategory>(ISSUE_CATEGORIES, filter.issueCategories, 'filter.issueCategories', ['issue category', '相談分類']),
        statuses: listOf<PostStatus>(POST_STATUSES, filter.statuses, 'filter.statuses', ['state', '状態']),
        ownOnly: filter.ownOnly ?? false,
      };
      const page = await postPage(ctx.orm, ctx.reader, regionsAsked(ctx, args.regions), search, pageSize(args.first), decodeCursor(args.after));
      notePostsRead(ctx, page.rows, 'Query.consultationPosts');
      return connection(page.rows, page.totalCount, page.hasNextPage);
    },
    consultationStatistics: async (_: unknown, args: { fromMonth: string; toMonth: string; region?: string | null }, ctx: ConsultationsContext) => {
      const months = monthRange(args.fromMonth, args.toMonth);
      // A month is published once it has ended: two reads of a month still running would show what one post added.
      const current = tokyoDate(ctx.now).slice(0, 7);
      if (months.some((m) => m >= current)) {
        throw badUserInput(`Statistics are published for months that have ended, up to the one before ${current}`, `統計は終わった月（${current}より前）だけを公開します。`, 'toMonth');
      }
      const region = ctx.registry.region(regionAsked(ctx, args.region))!;
      const scope = statisticsScope(ctx.identity, 'consultations:read-statistics');
      // The table is every municipality of the region in the caller's prefecture; suppression is decided on all of
      // it, whoever asks, so that two callers who see different rows never see different patterns of one table.
      const prefecture = scope.prefectures[0] ?? scope.municipalityCodes[0]?.slice(0, 2);
      const tableRows = prefecture ? region.municipalityCodes.filter((code) => code.startsWith(prefecture)) : [];
      const visible = scope.prefectures.length > 0 ? tableRows : tableRows.filter((code) => scope.municipalityCodes.includes(code));
      const wholeTable = scope.prefectures.length > 0 && visible.length > 0;
      if (visible.length === 0) return { suppressedBelow: ctx.suppressBelow, months: months.map((month) => ({ month, rows: [], categoryTotals: null, total: null })) };
      const counts = await monthlyCounts(ctx.orm, region.code, tableRows, months);
      const byCell = new Map(counts.map((c) => [`${c.month} ${c.municipalityCode} ${c.category}`, c.count]));
      return {
        suppressedBelow: ctx.suppressBelow,
        months: months.map((month) => {
          const cells = tableRows.map((code) => ISSUE_CATEGORY_CODES.map((category) => byCell.get(`${month} ${code} ${category}`) ?? 0));
          const pattern = suppressSmallCells(cells, ctx.suppressBelow);
          const shown = (value: number, suppressed: boolean) => (suppressed ? null : value);
          const rows = tableRows.flatMap((code, r) => {
            if (!visible.includes(code)) return [];
            const total = cells[r]!.reduce((a, b) => a + b, 0);
            return [
              {
                municipality: { code },
                counts: ISSUE_CATEGORY_CODES.map((category, c) => ({ category, count: shown(cells[r]![c]!, pattern.cells[r]![c]!), suppressed: pattern.cells[r]![c]! })),
                total: shown(total, pattern.rowTotals[r]!),
                totalSuppressed: pattern.rowTotals[r]!,
              },
            ];
          });
          const columnTotal = (c: number) => cells.reduce((sum, row) => sum + row[c]!, 0);
          return {
            month,
            rows,
            categoryTotals: wholeTable
              ? ISSUE_CATEGORY_CODES.map((category, c) => ({ category, count: shown(columnTotal(c), pattern.columnTotals[c]!), suppressed: pattern.columnTotals[c]! }))
              : null,
            total: wholeTable ? shown(cells.flat().reduce((a, b) => a + b, 0), pattern.total) : null,
          };
        }),
      };
    },
    consultationVocabularies: () => ({
      ageBands: vocabulary(AGE_BANDS),
      sexes: terms(SEXES),
      households: terms(HOUSEHOLDS),
      issueCategories: terms(ISSUE_CATEGORIES),
      supportCategories: terms(SUPPORT_CATEGORIES),
      processStages: terms(PROCESS_STAGES),
      legalBases: terms(LEGAL_BASES),
      sharingScopes: terms(SHARING_SCOPES),
      statuses: terms(POST_STATUSES),
    }),
  },
};
