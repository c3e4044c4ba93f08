// FoodSite and its parts: thin mappings from rows. Stock is summed per category with what is past its
// best-before kept apart: it is never counted as available. References to other subgraphs' records are keys.
import { connection, decodeCursor, pageSize } from '@renkei/connections';
import { formatGlobalId, parseGlobalId } from '@renkei/regions';
import { noteReferralsRead } from '../audit.js';
import type { FoodBanksContext } from '../context.js';
import { newestFirstKey, siteReadingKey, type ReferralStatus } from '../db/queries.js';
import type { FoodNeedRow, FoodReferralRow, FoodSiteRow, OpeningTimeValue, StockLotRow } from '../db/schema.js';
import { CATEGORY_UNIT, type FoodCategory, type Weekday } from '../vocabulary.js';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

const WEEKDAY_CODES: Weekday[] = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

/** The weekday and the week of the month (第n週: days 1–7 are the first) of a calendar day. */
export function dayOf(date: string): { weekday: Weekday; week: number } {
  const d = new Date(`${date}T00:00:00Z`);
  return { weekday: WEEKDAY_CODES[d.getUTCDay()]!, week: Math.ceil(d.getUTCDate() / 7) };
}

export function isOpenOn(times: readonly OpeningTimeValue[], date: string): boolean {
  const { weekday, week } = dayOf(date);
  return times.some((t) => t.weekday === weekday && (t.weeksOfMonth.length === 0 || t.weeksOfMonth.includes(week)));
}

/** Loads a site by global ID; null for one of another region or a missing one. */
export async function loadSite(ctx: FoodBanksContext, id: string): Promise<FoodSiteRow | null> {
  const parsed = parseGlobalId(id, 'FoodSite');
  if (!parsed || !ctx.regions.includes(parsed.region)) return null;
  const row = await ctx.loaders.site.load(parsed.localId);
  return row && row.region === parsed.region ? row : null;
}

export const siteGlobalId = (row: Pick<FoodSiteRow, 'region' | 'id'>) => formatGlobalId(row.region, 'FoodSite', row.id);

const expiredOn = (lot: Pick<StockLotRow, 'bestBefore'>, today: string) => lot.bestBefore !== null && lot.bestBefore < today;
const round = (n: number) => Math.round(n * 10) / 10;

export function stockLotView(region: string, lot: StockLotRow, today: string) {
  return { ...lot, id: formatGlobalId(region, 'FoodStockLot', lot.id), unit: CATEGORY_UNIT[lot.category as FoodCategory], expired: expiredOn(lot, today) };
}

/** A site's lots summed per category: what can be handed out, what is past its best-before, and the lots. */
export function stockLevels(region: string, lots: StockLotRow[], today: string) {
  const byCategory = new Map<string, StockLotRow[]>();
  for (const lot of lots) byCategory.set(lot.category, [...(byCategory.get(lot.category) ?? []), lot]);
  return [...byCategory.entries()].map(([category, group]) => {
    const available = group.filter((l) => !expiredOn(l, today));
    return {
      category,
      unit: CATEGORY_UNIT[category as FoodCategory],
      available: round(available.reduce((sum, l) => sum + l.quantity, 0)),
      expired: round(group.filter((l) => expiredOn(l, today)).reduce((sum, l) => sum + l.quantity, 0)),
      soonestBestBefore: available.find((l) => l.bestBefore !== null)?.bestBefore ?? null,
      lots: group.map((l) => stockLotView(region, l, today)),
    };
  });
}

export const needView = (region: string, need: FoodNeedRow) => ({
  ...need,
  id: formatGlobalId(region, 'FoodNeed', need.id),
  unit: CATEGORY_UNIT[need.category as FoodCategory],
});

/** A page of referrals (a site's, or an organisation's), every one of them noted for the audit trail. */
export async function referralConnection(ctx: FoodBanksContext, page: { rows: string[]; totalCount: number; hasNextPage: boolean }, field: string) {
  const rows = (await ctx.loaders.referral.loadMany(page.rows)).filter((r): r is FoodReferralRow => r !== null && !(r instanceof Error));
  noteReferralsRead(ctx, rows, field);
  return connection(rows.map((r) => ({ ...r, sortKey: newestFirstKey(r.createdAt) })), page.totalCount, page.hasNextPage);
}

/** A page of an organisation's sites by reading, batched with the pages of the other organisations in the same list. */
export async function organizationSiteConnection(ctx: FoodBanksContext, organizationId: string, args: PageArgs) {
  const page = await ctx.loaders.sitePages.load({ key: organizationId, first: pageSize(args.first), position: decodeCursor(args.after) });
  const rows = (await ctx.loaders.site.loadMany(page.rows)).filter((r): r is FoodSiteRow => r !== null && !(r instanceof Error));
  return connection(rows.map((row) => ({ ...row, sortKey: siteReadingKey(row) })), page.totalCount, page.hasNextPage);
}

const point = (r: FoodSiteRow) => (r.latitude !== null && r.longitude !== null ? { latitude: r.latitude, longitude: r.longitude } : null);

export const siteResolvers = {
  FoodSite: {
    __resolveReference: ({ id }: { id: string }, ctx: FoodBanksContext) => loadSite(ctx, id),
    id: siteGlobalId,
    organization: (r: FoodSiteRow) => ({ id: r.organizationId }),
    municipality: (r: FoodSiteRow) => ({ code: r.municipalityCode }),
    location: point,
    openOn: (r: FoodSiteRow, { date }: { date: string }) => isOpenOn(r.openingTimes, date),
    needs: async (r: FoodSiteRow, _: unknown, ctx: FoodBanksContext) => (await ctx.loaders.needs.load(r.id)).map((n) => needView(r.region, n)),
    stock: async (r: FoodSiteRow, _: unknown, ctx: FoodBanksContext) => stockLevels(r.region, await ctx.loaders.stock.load(r.id), ctx.today),
    // Who may read these is decided before the resolver runs (the guard's food-site-staff policy).
    referrals: async (r: FoodSiteRow, args: PageArgs & { status?: ReferralStatus | null }, ctx: FoodBanksContext) => {
      const page = await ctx.loaders.siteReferralPages.load({
        key: r.id,
        first: pageSize(args.first),
        position: decodeCursor(args.after),
        status: args.status ?? null,
      });
      return referralConnection(ctx, page, 'FoodSite.referrals');
    },
  },
};
