// Per-request DataLoaders: every list- or entity-valued field loads through one of these, so the number of
// SQL statements grows with the depth of a query, never with the length of a list.
import { rowsByKey, rowsGroupedBy } from '@renkei/db';
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
    organization: new DataLoader(async (ids: readonly string[]) => rowsByKey(await organizationsByIds(orm, ids), ids, (r) => r.id)),
    service: new DataLoader(async (ids: readonly string[]) => rowsByKey(await servicesByIds(orm, ids), ids, (r) => r.id)),
    servicesByOrganization: new DataLoader(async (ids: readonly string[]) =>
      rowsGroupedBy(await servicesByOrganizationIds(orm, ids), (r) => r.organizationId, ids),
    ),
    areasByService: new DataLoader(async (ids: readonly string[]) =>
      rowsGroupedBy(await areasByServiceIds(orm, ids), (r) => r.serviceId, ids),
    ),
    programmeRolesByOrganization: new DataLoader(async (ids: readonly string[]) =>
      rowsGroupedBy(await programmeRolesByOrganizationIds(orm, ids), (r) => r.organizationId, ids),
    ),
    windowsByOrganization: new DataLoader(async (ids: readonly string[]) =>
      rowsGroupedBy(await windowsByOrganizationIds(orm, ids), (r) => r.organizationId, ids),
    ),
    openingHoursByWindow: new DataLoader(async (ids: readonly string[]) =>
      rowsGroupedBy(await openingHoursByWindowIds(orm, ids), (r) => r.windowId, ids),
    ),
    contactsByOrganization: new DataLoader(async (ids: readonly string[]) =>
      rowsGroupedBy(await contactsByOrganizationIds(orm, ids), (r) => r.organizationId, ids),
    ),
    /** The organisations that share a network with each given organisation. */
    networkPeers: new DataLoader(async (ids: readonly string[]) => {
      const rows = rowsOf<{ organization_id: string; peer_id: string }>(await networkPeersOf(orm, ids));
      return rowsGroupedBy(rows, (r) => r.organization_id, ids).map((group) => new Set(group.map((r) => r.peer_id)));
    }),
    network: new DataLoader(async (ids: readonly string[]) => rowsByKey(await networksByIds(orm, ids), ids, (r) => r.id)),
    tiersByNetwork: new DataLoader(async (ids: readonly string[]) =>
      rowsGroupedBy(await tiersByNetworkIds(orm, ids), (r) => r.networkId, ids),
    ),
    membersByNetwork: new DataLoader(async (ids: readonly string[]) =>
      rowsGroupedBy(
        (await membersByNetworkIds(orm, ids)).map((r) => r.member),
        (r) => r.networkId,
        ids,
      ),
    ),
    membershipsByOrganization: new DataLoader(async (ids: readonly string[]) =>
      rowsGroupedBy(
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
