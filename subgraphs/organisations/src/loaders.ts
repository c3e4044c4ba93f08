// Per-request DataLoaders: every list- or entity-valued field loads through one of these, so the number of
// SQL statements grows with the depth of a query, never with the length of a list.
import DataLoader from 'dataloader';
import {
  areasByServiceIds,
  contactsByOrganizationIds,
  networkPeersOf,
  rowsOf,
  membersByNetworkIds,
  membershipsByOrganizationIds,
  networksByIds,
  openingHoursByWindowIds,
  organizationPagesByKey,
  organizationsByIds,
  programmeRolesByOrganizationIds,
  servicesByIds,
  servicesByOrganizationIds,
  tiersByNetworkIds,
  windowsByOrganizationIds,
  type OrganisationsOrm,
  type Page,
  type Position,
} from './db/queries.js';

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

function groupBy<T>(rows: T[], keyOf: (row: T) => string, keys: readonly string[]): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

export interface PageKey {
  key: string;
  first: number;
  position: Position | undefined;
}

function pageLoader(orm: OrganisationsOrm, by: 'municipality' | 'region', regions: string[]) {
  return new DataLoader<PageKey, Page<string>, string>(
    async (requests) => {
      // Requests with the same page size and cursor share one statement pair.
      const groups = new Map<string, PageKey[]>();
      for (const r of requests) {
        const group = JSON.stringify([r.first, r.position ?? null]);
        groups.set(group, [...(groups.get(group) ?? []), r]);
      }
      const results = new Map<PageKey, Page<string>>();
      for (const group of groups.values()) {
        const { first, position } = group[0]!;
        const pages = await organizationPagesByKey(orm, by, [...new Set(group.map((g) => g.key))], regions, { first, position });
        for (const r of group) results.set(r, pages.get(r.key)!);
      }
      return requests.map((r) => results.get(r)!);
    },
    { cacheKeyFn: (r) => JSON.stringify([r.key, r.first, r.position ?? null]) },
  );
}

export function createLoaders(orm: OrganisationsOrm, regions: string[]) {
  return {
    organization: new DataLoader(async (ids: readonly string[]) => byId(await organizationsByIds(orm, ids), ids)),
    service: new DataLoader(async (ids: readonly string[]) => byId(await servicesByIds(orm, ids), ids)),
    servicesByOrganization: new DataLoader(async (ids: readonly string[]) =>
      groupBy(await servicesByOrganizationIds(orm, ids), (r) => r.organizationId, ids),
    ),
    areasByService: new DataLoader(async (ids: readonly string[]) =>
      groupBy(await areasByServiceIds(orm, ids), (r) => r.serviceId, ids),
    ),
    programmeRolesByOrganization: new DataLoader(async (ids: readonly string[]) =>
      groupBy(await programmeRolesByOrganizationIds(orm, ids), (r) => r.organizationId, ids),
    ),
    windowsByOrganization: new DataLoader(async (ids: readonly string[]) =>
      groupBy(await windowsByOrganizationIds(orm, ids), (r) => r.organizationId, ids),
    ),
    openingHoursByWindow: new DataLoader(async (ids: readonly string[]) =>
      groupBy(await openingHoursByWindowIds(orm, ids), (r) => r.windowId, ids),
    ),
    contactsByOrganization: new DataLoader(async (ids: readonly string[]) =>
      groupBy(await contactsByOrganizationIds(orm, ids), (r) => r.organizationId, ids),
    ),
    /** The organisations that share a network with each given organisation. */
    networkPeers: new DataLoader(async (ids: readonly string[]) => {
      const rows = rowsOf<{ organization_id: string; peer_id: string }>(await networkPeersOf(orm, ids));
      return groupBy(rows, (r) => r.organization_id, ids).map((group) => new Set(group.map((r) => r.peer_id)));
    }),
    network: new DataLoader(async (ids: readonly string[]) => byId(await networksByIds(orm, ids), ids)),
    tiersByNetwork: new DataLoader(async (ids: readonly string[]) =>
      groupBy(await tiersByNetworkIds(orm, ids), (r) => r.networkId, ids),
    ),
    membersByNetwork: new DataLoader(async (ids: readonly string[]) =>
      groupBy(
        (await membersByNetworkIds(orm, ids)).map((r) => r.member),
        (r) => r.networkId,
        ids,
      ),
    ),
    membershipsByOrganization: new DataLoader(async (ids: readonly string[]) =>
      groupBy(
        (await membershipsByOrganizationIds(orm, ids)).map((r) => r.member),
        (r) => r.organizationId,
        ids,
      ),
    ),
    organizationsByMunicipality: pageLoader(orm, 'municipality', regions),
    organizationsByRegion: pageLoader(orm, 'region', regions),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
