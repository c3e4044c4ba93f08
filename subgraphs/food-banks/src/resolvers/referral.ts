// FoodReferral: a code, a household size and a pickup window, nothing that names a person. Its state follows
// from the clock: issued until collected, expired when its window has passed uncollected.
import { formatGlobalId } from '@renkei/regions';
import type { FoodBanksContext } from '../context.js';
import type { FoodReferralRow } from '../db/schema.js';

export function referralStatus(row: Pick<FoodReferralRow, 'redeemedAt' | 'pickupUntil'>, now: Date) {
  if (row.redeemedAt) return 'REDEEMED';
  return row.pickupUntil < now ? 'EXPIRED' : 'ISSUED';
}

export const referralResolvers = {
  FoodReferral: {
    id: (r: FoodReferralRow) => formatGlobalId(r.region, 'FoodReferral', r.id),
    site: (r: FoodReferralRow, _: unknown, ctx: FoodBanksContext) => ctx.loaders.site.load(r.siteId),
    status: (r: FoodReferralRow, _: unknown, ctx: FoodBanksContext) => referralStatus(r, ctx.now),
    referringOrganization: (r: FoodReferralRow) => ({ id: r.referringOrganizationId }),
  },
};
