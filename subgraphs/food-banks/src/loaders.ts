// Per-request DataLoaders: every list- or entity-valued field loads through one of these, so the number of
// SQL statements grows with the depth of a query, never with the length of a list.
import { rowsByKey, rowsGroupedBy, type KeyedPage } from '@renkei/db';
import { tokyoDate } from '@renkei/scalars';
import DataLoader from 'dataloader';
import type { Position } from '@renkei/connections';
import {
  needsBySiteIds,
  offersByIds,
  referralPages,
  referralsByIds,
  sitePagesByOrganization,
  sitesByIds,
  stockBySiteIds,
  type FoodBanksOrm,
  type ReferralStatus,
} from './db/queries.js';
import type { FoodSiteRow } from './db/schema.js';

/** A page of one owner's records: an organisation's sites, a site's or a referrer's referrals. */
export interface OwnerPageKey {
  key: string;
  first: number;
  position: Position | undefined;
  status?: ReferralStatus | null;
}

const pageKey = (r: OwnerPageKey) => JSON.stringify([r.key, r.first, r.position ?? null, r.status ?? null]);
const groupKey = (r: OwnerPageKey) => JSON.stringify([r.first, r.position ?? null, r.status ?? null]);

/** Pages asked for with the same size, cursor and filter share one pair of statements. */
function ownerPages(load: (keys: string[], sample: OwnerPageKey) => Promise<Map<string, KeyedPage>>) {
  return new DataLoader<OwnerPageKey, KeyedPage, string>(
    async (requests) => {
      const groups = new Map<string, OwnerPageKey[]>();
      for (const r of requests) groups.set(groupKey(r), [...(groups.get(groupKey(r)) ?? []), r]);
      const pages = new Map<string, KeyedPage>();
      for (const group of groups.values()) {
        const byKey = await load([...new Set(group.map((r) => r.key))], group[0]!);
        for (const r of group) pages.set(pageKey(r), byKey.get(r.key)!);
      }
      return requests.map((r) => pages.get(pageKey(r))!);
    },
    { cacheKeyFn: pageKey },
  );
}

export function createLoaders(orm: FoodBanksOrm, regions: string[], now: Date) {
  return {
    site: new DataLoader<string, FoodSiteRow | null>(async (ids) => rowsByKey(await sitesByIds(orm, ids, regions), ids, (r) => r.id)),
    stock: new DataLoader(async (ids: readonly string[]) => rowsGroupedBy(await stockBySiteIds(orm, ids), (r) => r.siteId, ids)),
    needs: new DataLoader(async (ids: readonly string[]) => rowsGroupedBy(await needsBySiteIds(orm, ids, tokyoDate(now)), (r) => r.siteId, ids)),
    offer: new DataLoader(async (ids: readonly string[]) => rowsByKey(await offersByIds(orm, ids), ids, (r) => r.id)),
    referral: new DataLoader(async (ids: readonly string[]) => rowsByKey(await referralsByIds(orm, ids), ids, (r) => r.id)),
    sitePages: ownerPages((keys, r) => sitePagesByOrganization(orm, keys, regions, r.first, r.position)),
    siteReferralPages: ownerPages((keys, r) => referralPages(orm, 'site', keys, { regions, status: r.status, now }, r.first, r.position)),
    referrerPages: ownerPages((keys, r) => referralPages(orm, 'referrer', keys, { regions, now }, r.first, r.position)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
