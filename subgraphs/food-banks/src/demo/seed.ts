// Loads the checked-in demo sites, stock, needs, offers and referrals of the given regions through the same
// validation and writes as the mutations, so the demo data can never be something the API itself would refuse.
// Organisations are named by their demo keys, which give the same IDs as in the organisations subgraph's demo
// data. Dates are set relative to the day it is loaded: some stock is past its best-before on purpose.
import { demoUuid } from '@renkei/db';
import { formatGlobalId } from '@renkei/regions';
import { addDays, tokyoDate } from '@renkei/scalars';
import { count, eq } from 'drizzle-orm';
import type { FoodBanksOrm } from '../db/queries.js';
import { donationOffer, foodSite } from '../db/schema.js';
import { insertReferral, insertSite, insertStock, setNeed } from '../db/writes.js';
import { foodSiteDraft, needDraft, offerDraft, stockLots } from '../validation.js';
import { DEMO_FOOD } from './index.js';
import type { DemoFoodSite } from './types.js';

export interface FoodSeedReport {
  region: string;
  sites: number;
  offers: number;
  referrals: number;
}

const DAY_MS = 86_400_000;

function siteInput(region: string, s: DemoFoodSite): Record<string, unknown> {
  const { key: _key, organizationKey, source: _source, stock: _stock, needs: _needs, referrals: _referrals, ...rest } = s;
  return { ...rest, organizationId: formatGlobalId(region, 'Organization', demoUuid(organizationKey)) };
}

export async function seedDemoFood(orm: FoodBanksOrm, regions: string[], now = new Date()): Promise<FoodSeedReport[]> {
  const today = tokyoDate(now);
  const day = (offset: number | undefined) => (offset === undefined ? null : addDays(today, offset));
  const reports: FoodSeedReport[] = [];
  for (const region of regions) {
    const data = DEMO_FOOD[region];
    if (!data) continue;
    const [held] = await orm.select({ n: count() }).from(foodSite).where(eq(foodSite.region, region));
    if ((held?.n ?? 0) > 0) continue;
    let referrals = 0;
    await orm.transaction(async (tx) => {
      for (const s of data.sites) {
        const site = await insertSite(tx, region, foodSiteDraft(siteInput(region, s), `demo ${s.key}.`), { id: demoUuid(s.key), source: s.source });
        // Stock past its best-before is never taken in through the API; the demo has some, to show it is not counted.
        const fresh = (s.stock ?? []).filter((l) => (l.bestBeforeInDays ?? 0) >= 0);
        const past = (s.stock ?? []).filter((l) => (l.bestBeforeInDays ?? 0) < 0);
        const toLots = (lots: typeof fresh) => lots.map((l) => ({ ...l, bestBefore: day(l.bestBeforeInDays) }));
        if (fresh.length > 0) await insertStock(tx, site.id, stockLots(toLots(fresh), `demo ${s.key}.stock`, today), s.source, new Date(now.getTime() - 3 * DAY_MS));
        if (past.length > 0) await insertStock(tx, site.id, stockLots(toLots(past), `demo ${s.key}.stock`, '0000-01-01'), s.source, new Date(now.getTime() - 60 * DAY_MS));
        for (const need of s.needs ?? []) {
          await setNeed(tx, site.id, needDraft({ ...need, neededBy: day(need.neededByInDays) }, `demo ${s.key}.needs`, today));
        }
        for (const [i, r] of (s.referrals ?? []).entries()) {
          const issued = new Date(now.getTime() - r.issuedDaysAgo * DAY_MS);
          await insertReferral(
            tx,
            site,
            { householdSize: r.householdSize, categories: r.categories ?? [], pickupFrom: issued, pickupUntil: new Date(issued.getTime() + r.pickupDays * DAY_MS) },
            formatGlobalId(region, 'Organization', demoUuid(r.referringOrganizationKey)),
            { id: demoUuid(`${s.key}-referral-${i}`), createdAt: issued, redeemedAt: r.redeemed ? new Date(issued.getTime() + DAY_MS / 2) : null },
          );
          referrals += 1;
        }
      }
      for (const o of data.offers) {
        const draft = offerDraft({ ...o, lines: o.lines.map((l) => ({ ...l, bestBefore: day(l.bestBeforeInDays) })) }, today, `demo ${o.key}.`);
        await tx.insert(donationOffer).values({ ...draft, id: demoUuid(o.key), region });
      }
    });
    reports.push({ region, sites: data.sites.length, offers: data.offers.length, referrals });
  }
  return reports;
}

