// DonationOffer: its lines and pickup place are public; the donor is for the accepting site's staff (decided by
// the guard's donation-donor policy and a stated purpose before the resolver runs). An offer read from another
// region's instance carries no donor at all.
import { parseGlobalId } from '@renkei/regions';
import { offerGlobalId } from '../audit.js';
import type { FoodBanksContext } from '../context.js';
import { soonestFirst } from '../matching.js';
import type { OfferView } from '../regional-offers.js';
import { CATEGORY_UNIT, type FoodCategory } from '../vocabulary.js';

async function offerRow(ctx: FoodBanksContext, region: string, localId: string) {
  const row = await ctx.loaders.offer.load(localId);
  return row && row.region === region ? row : null;
}

/** An offer of a region this request reads, by global ID; null for one of another region or a missing one. */
export async function loadOffer(ctx: FoodBanksContext, id: string): Promise<OfferView | null> {
  const parsed = parseGlobalId(id, 'DonationOffer');
  return parsed && ctx.regions.includes(parsed.region) ? offerRow(ctx, parsed.region, parsed.localId) : null;
}

/** Whether the caller's region sees the food banks of another (its own, one sharing with it, or one sharing with all). */
export const sharesFoodBanks = (ctx: FoodBanksContext, region: string) =>
  ctx.registry.regionsInScope('food-banks', ctx.identity.region ?? undefined).some((r) => r.code === region);

/**
 * The offer wherever it is held, for a site of this request's region to match or accept: in this instance's
 * database, or read from its region's instance. Null when there is none or the caller's region may not see it.
 */
export async function findOffer(ctx: FoodBanksContext, id: string): Promise<OfferView | null> {
  const parsed = parseGlobalId(id, 'DonationOffer');
  if (!parsed || !sharesFoodBanks(ctx, parsed.region)) return null;
  return ctx.hostedRegions.includes(parsed.region) ? offerRow(ctx, parsed.region, parsed.localId) : ctx.offers.read(id);
}

export const offerResolvers = {
  DonationOffer: {
    __resolveReference: ({ id }: { id: string }, ctx: FoodBanksContext) => loadOffer(ctx, id),
    id: offerGlobalId,
    donor: (r: OfferView) => (r.donorName === null ? null : { name: r.donorName, contact: r.donorContact }),
    pickupMunicipality: (r: OfferView) => ({ code: r.pickupMunicipalityCode }),
    lines: (r: OfferView) => soonestFirst(r.lines).map((l) => ({ ...l, unit: CATEGORY_UNIT[l.category as FoodCategory] })),
    acceptedBy: async (r: OfferView, _: unknown, ctx: FoodBanksContext) => {
      const site = r.acceptedSiteId ? parseGlobalId(r.acceptedSiteId, 'FoodSite') : null;
      if (!site || !ctx.regions.includes(site.region)) return null;
      return ctx.loaders.site.load(site.localId);
    },
  },
};
