// Per-request DataLoaders: every list- or entity-valued field loads through one of these, so the number of
// SQL statements grows with the depth of a query, never with the length of a list.
import { rowsByKey, rowsGroupedBy } from '@renkei/db';
import DataLoader from 'dataloader';
import type { Position } from '@renkei/connections';
import type { ConfidentialAccess } from './access.js';
import { bedsByShelterIds, shelterPagesByOwner, sheltersByIds, type Page, type ShelterOwner, type SheltersOrm } from './db/queries.js';
import type { ShelterRow } from './db/schema.js';

/** A page of one owner's shelters (an organisation's, a municipality's). */
export interface OwnerPageKey {
  owner: ShelterOwner;
  key: string;
  kinds: string[] | null;
  first: number;
  position: Position | undefined;
}

const pageKey = (r: OwnerPageKey) => JSON.stringify([r.owner, r.key, r.kinds, r.first, r.position ?? null]);

export function createLoaders(orm: SheltersOrm, regions: string[], access: ConfidentialAccess) {
  return {
    /** Pages asked for with the same owner kind, filter, size and cursor share one pair of statements. */
    ownerPages: new DataLoader<OwnerPageKey, Page<string>, string>(
      async (requests) => {
        const groups = new Map<string, OwnerPageKey[]>();
        for (const r of requests) {
          const group = JSON.stringify([r.owner, r.kinds, r.first, r.position ?? null]);
          groups.set(group, [...(groups.get(group) ?? []), r]);
        }
        const pages = new Map<string, Page<string>>();
        for (const group of groups.values()) {
          const { owner, kinds, first, position } = group[0]!;
          const byKey = await shelterPagesByOwner(orm, owner, group.map((r) => r.key), { regions, kinds }, access, first, position);
          for (const r of group) pages.set(pageKey(r), byKey.get(r.key)!);
        }
        return requests.map((r) => pages.get(pageKey(r))!);
      },
      { cacheKeyFn: pageKey },
    ),
    /** Only shelters the caller may see: a confidential one outside its access loads as null, exactly like a missing one. */
    shelter: new DataLoader<string, ShelterRow | null>(async (ids) => rowsByKey(await sheltersByIds(orm, ids, access, regions), ids, (r) => r.id)),
    beds: new DataLoader(async (ids: readonly string[]) => rowsGroupedBy(await bedsByShelterIds(orm, ids), (r) => r.shelterId, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
