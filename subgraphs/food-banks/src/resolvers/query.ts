// The searches and lookups. Listings fan out across regions at the gateway (CONNECTION: merged by the sort key in
// each cursor), so each regional instance answers for its own regions only.
import { connection, decodeCursor, encodeCursor, pageSize, type Position } from '@renkei/connections';
import { badUserInput, hubError, notFound } from '@renkei/errors';
import { isCalendarDate } from '@renkei/scalars';
import { listOf, monthRange, municipalityCode, radiusKm, startingPoint, type NearInput } from '@renkei/input-checks';
import { approximateLocation, greatCircleKm } from '@renkei/municipalities';
import { statisticsScope } from '@renkei/policy';
import { organizationOf } from '../access.js';
import type { FoodBanksContext } from '../context.js';
import { foodSitePage, openOfferPage, referralCounts, sitesForStatistics, sitesInNeed, type FoodSiteSearch } from '../db/queries.js';
import { matchSortKey, needsMetBy } from '../matching.js';
import { DONOR_KINDS, FOOD_CATEGORIES, FOOD_SITE_KINDS, SITE_ACCESS, UNITS, WEEKDAYS, terms, type FoodCategory, type FoodSiteKind, type SiteAccess } from '../vocabulary.js';

import { findOffer, loadOffer } from './offer.js';
import { dayOf, loadSite, referralConnection } from './site.js';

interface FoodSiteFilterInput {
  near?: NearInput | null;
  withinKm?: number | null;
  kinds?: string[] | null;
  access?: string[] | null;
  municipalityCodes?: string[] | null;
  needs?: string[] | null;
  openOn?: string | null;
  text?: string | null;
}

interface ListArgs {
  first?: number | null;
  after?: string | null;
  regions?: string[] | null;
}

/** The gateway narrows by region itself; a caller reaching this instance directly may narrow it too. */
const regionsAsked = (ctx: FoodBanksContext, asked: string[] | null | undefined) => (asked ? ctx.regions.filter((r) => asked.includes(r)) : ctx.regions);

function checkedSearch(filter: FoodSiteFilterInput, regions: string[], today: string): FoodSiteSearch {
  const origin = startingPoint(filter.near, 'filter.near');
  if ((filter.text ?? '').length > 200) throw badUserInput('The search text is at most 200 characters', '検索語は200文字以内です。', 'filter.text');
  if (filter.openOn != null && !isCalendarDate(filter.openOn)) throw badUserInput('Give a date as YYYY-MM-DD', '日付は YYYY-MM-DD の形で指定してください。', 'filter.openOn');
  return {
    regions,
    today,
    origin,
    withinKm: radiusKm(filter.withinKm, origin, 'filter.withinKm'),
    kinds: listOf<FoodSiteKind>(FOOD_SITE_KINDS, filter.kinds, 'filter.kinds', ['kind of site', '拠点の種別']),
    access: listOf<SiteAccess>(SITE_ACCESS, filter.access, 'filter.access', ['kind of access', '利用方法']),
    municipalityCodes: filter.municipalityCodes?.map((code, i) => municipalityCode(code, `filter.municipalityCodes.${i}`)) ?? null,
    needs: listOf<FoodCategory>(FOOD_CATEGORIES, filter.needs, 'filter.needs', ['category', '品目']),
    openOn: filter.openOn ? dayOf(filter.openOn) : null,
    text: filter.text ?? null,
  };
}

/** Where a site is, for distances: its own coordinates, else roughly its municipality's hall. */
function placeOf(site: { latitude: number | null; longitude: number | null; municipalityCode: string }) {
  if (site.latitude !== null && site.longitude !== null) return { latitude: site.latitude, longitude: site.longitude };
  return approximateLocation(site.municipalityCode);
}

const isAfter = (sortKey: string, id: string, position: Position | undefined) =>
  !position || sortKey > position.sortKey || (sortKey === position.sortKey && id > position.id);

/** Each cell's counts, or null where a count (or the difference the other count reveals) is small. */
export function suppressedCell(referrals: number, redeemed: number, below: number) {
  const small = (n: number) => n > 0 && n < below;
  const hideReferrals = small(referrals);
  const hideRedeemed = hideReferrals || small(redeemed) || small(referrals - redeemed);
  return { referrals: hideReferrals ? null : referrals, redeemed: hideRedeemed ? null : redeemed, suppressed: hideReferrals || hideRedeemed };
}

export const queryResolvers = {
  Query: {
    foodSite: (_: unknown, { id }: { id: string }, ctx: FoodBanksContext) => loadSite(ctx, id),
    foodSites: async (_: unknown, args: ListArgs & { filter?: FoodSiteFilterInput | null }, ctx: FoodBanksContext) => {
      const search = checkedSearch(args.filter ?? {}, regionsAsked(ctx, args.regions), ctx.today);
      const page = await foodSitePage(ctx.orm, search, pageSize(args.first), decodeCursor(args.after));
      const edges = page.rows.map((node) => ({
        cursor: encodeCursor(node),
        node,
        distanceKm: node.distanceKm === null ? null : Math.round(node.distanceKm * 10) / 10,
      }));
      return { totalCount: page.totalCount, edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
    },
    donationOffer: (_: unknown, { id }: { id: string }, ctx: FoodBanksContext) => loadOffer(ctx, id),
    donationOffers: async (_: unknown, args: ListArgs & { categories?: string[] | null }, ctx: FoodBanksContext) => {
      const categories = listOf<FoodCategory>(FOOD_CATEGORIES, args.categories, 'categories', ['category', '品目']);
      const page = await openOfferPage(ctx.orm, { regions: regionsAsked(ctx, args.regions), categories }, pageSize(args.first), decodeCursor(args.after));
      return connection(page.rows, page.totalCount, page.hasNextPage);
    },
    donationMatches: async (_: unknown, args: ListArgs & { offerId: string }, ctx: FoodBanksContext) => {
      const first = pageSize(args.first);
      const position = decodeCursor(args.after);
      const offer = await findOffer(ctx, args.offerId);
      if (!offer) throw notFound('There is no such donation offer', 'その寄付の申出はありません。');
      if (offer.status !== 'OPEN') {
        throw hubError('CONFLICT', 'This offer has been accepted by a site already', 'この申出はすでに受入先が決まっています。');
      }
      const pickup = approximateLocation(offer.pickupMunicipalityCode);
      const candidates = await sitesInNeed(ctx.orm, regionsAsked(ctx, args.regions), [...new Set(offer.lines.map((l) => l.category))]);
      const matches = candidates
        .map(({ site, needs }) => {
          const needsMet = needsMetBy(offer.lines, needs, ctx.today);
          const place = placeOf(site);
          const distanceKm = pickup && place ? greatCircleKm(pickup, place) : null;
          return { id: site.id, site, needsMet, distanceKm, sortKey: matchSortKey(distanceKm, needsMet) };
        })
        .filter((m) => m.needsMet.length > 0)
        .sort((a, b) => (a.sortKey === b.sortKey ? (a.id < b.id ? -1 : 1) : a.sortKey < b.sortKey ? -1 : 1));
      const rest = matches.filter((m) => isAfter(m.sortKey, m.id, position));
      const page = rest.slice(0, first).map((m) => ({ ...m, distanceKm: m.distanceKm === null ? null : Math.round(m.distanceKm * 10) / 10 }));
      return connection(page, matches.length, rest.length > first);
    },
    foodReferralsMade: async (_: unknown, args: ListArgs, ctx: FoodBanksContext) => {
      const organizationId = organizationOf(ctx.identity);
      if (!organizationId) return { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
      const page = await ctx.loaders.referrerPages.load({ key: organizationId, first: pageSize(args.first), position: decodeCursor(args.after) });
      return referralConnection(ctx, page, 'Query.foodReferralsMade');
    },
    foodReferralStatistics: async (_: unknown, args: { fromMonth: string; toMonth: string }, ctx: FoodBanksContext) => {
      const months = monthRange(args.fromMonth, args.toMonth);
      const sites = await sitesForStatistics(ctx.orm, ctx.regions, statisticsScope(ctx.identity, 'food:read-statistics'));
      const counts = await referralCounts(ctx.orm, sites.map((s) => s.id), months);
      const bySiteMonth = new Map(counts.map((c) => [`${c.siteId} ${c.month}`, c]));
      return {
        suppressedBelow: ctx.suppressBelow,
        months,
        cells: sites.flatMap((site) =>
          months.map((month) => {
            const c = bySiteMonth.get(`${site.id} ${month}`);
            return { site, municipality: { code: site.municipalityCode }, month, ...suppressedCell(c?.referrals ?? 0, c?.redeemed ?? 0, ctx.suppressBelow) };
          }),
        ),
      };
    },
    foodVocabularies: () => ({
      kinds: terms(FOOD_SITE_KINDS),
      access: terms(SITE_ACCESS),
      categories: terms(FOOD_CATEGORIES),
      units: terms(UNITS),
      donorKinds: terms(DONOR_KINDS),
      weekdays: terms(WEEKDAYS),
    }),
  },
};

