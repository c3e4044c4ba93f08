// Reads. Every function takes a batch of keys so that DataLoader can serve a whole list with one statement;
// the page queries take one statement for the page and one for the count.
import type { Position } from '@renkei/connections';
import { rowsOf, type Orm } from '@renkei/db';
import { escapeLikePattern, searchTerms } from '@renkei/japanese-text';
import { and, arrayOverlaps, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import {
  contact,
  network,
  networkMember,
  networkTier,
  openingHours,
  organization,
  programmeRole,
  service,
  serviceArea,
  serviceWindow,
  type tables,
} from './schema.js';

export type OrganisationsOrm = Orm<typeof tables>;

export interface OrganizationSearch {
  text?: string | null;
  serviceCategories?: string[] | null;
  targetGroups?: string[] | null;
  municipalityCode?: string | null;
  regionCode?: string | null;
  /** Regions this instance may answer for; records of any other region are never returned. */
  regions: string[];
  legalForms?: string[] | null;
  programmeRoles?: string[] | null;
}

export type { Position };

export interface Page<T> {
  rows: T[];
  totalCount: number;
  hasNextPage: boolean;
}

// drizzle's exists() expects a query builder; these subqueries are plain SQL and need their own parentheses.
function exists(subquery: SQL): SQL {
  return sql`exists (${subquery})`;
}

function nonEmpty<T>(values: T[] | null | undefined): values is T[] {
  return Array.isArray(values) && values.length > 0;
}

function after(table: typeof organization | typeof network, position: Position | undefined): SQL | undefined {
  return position ? sql`(${table.sortKey}, ${table.id}) > (${position.sortKey}, ${position.id}::uuid)` : undefined;
}

function organizationConditions(filter: OrganizationSearch): SQL[] {
  const conditions: SQL[] = [inArray(organization.region, filter.regions)];
  for (const term of searchTerms(filter.text ?? '')) {
    conditions.push(sql`${organization.searchText} like ${`%${escapeLikePattern(term)}%`}`);
  }
  if (filter.regionCode) conditions.push(eq(organization.region, filter.regionCode));
  if (nonEmpty(filter.legalForms)) conditions.push(inArray(organization.legalForm, filter.legalForms));
  if (nonEmpty(filter.programmeRoles)) {
    conditions.push(
      exists(
        sql`select 1 from ${programmeRole} where ${programmeRole.organizationId} = ${organization.id} and ${inArray(programmeRole.role, filter.programmeRoles)}`,
      ),
    );
  }
  // Service-level filters apply to one and the same service: "serves 菊陽町 with 家計相談" is one service.
  const serviceConditions: SQL[] = [];
  if (nonEmpty(filter.serviceCategories)) serviceConditions.push(arrayOverlaps(service.categories, filter.serviceCategories));
  if (nonEmpty(filter.targetGroups)) serviceConditions.push(arrayOverlaps(service.targetGroups, filter.targetGroups));
  if (filter.municipalityCode) {
    serviceConditions.push(
      exists(
        sql`select 1 from ${serviceArea} where ${serviceArea.serviceId} = ${service.id} and ${serviceArea.municipalityCode} = ${filter.municipalityCode}`,
      ),
    );
  }
  if (serviceConditions.length > 0) {
    conditions.push(
      exists(sql`select 1 from ${service} where ${service.organizationId} = ${organization.id} and ${and(...serviceConditions)}`),
    );
  }
  return conditions;
}

export async function searchOrganizations(
  orm: OrganisationsOrm,
  filter: OrganizationSearch,
  first: number,
  position: Position | undefined,
): Promise<Page<typeof organization.$inferSelect>> {
  const conditions = organizationConditions(filter);
  const [rows, [total]] = await Promise.all([
    orm
      .select()
      .from(organization)
      .where(and(...conditions, after(organization, position)))
      .orderBy(asc(organization.sortKey), asc(organization.id))
      .limit(first + 1),
    orm.select({ n: count() }).from(organization).where(and(...conditions)),
  ]);
  return { rows: rows.slice(0, first), totalCount: total?.n ?? 0, hasNextPage: rows.length > first };
}

export async function organizationsByIds(orm: OrganisationsOrm, ids: readonly string[]) {
  return orm.select().from(organization).where(inArray(organization.id, [...ids]));
}

export async function servicesByOrganizationIds(orm: OrganisationsOrm, ids: readonly string[]) {
  return orm
    .select()
    .from(service)
    .where(inArray(service.organizationId, [...ids]))
    .orderBy(asc(service.organizationId), asc(service.position));
}

export async function servicesByIds(orm: OrganisationsOrm, ids: readonly string[]) {
  return orm.select().from(service).where(inArray(service.id, [...ids]));
}

export async function areasByServiceIds(orm: OrganisationsOrm, ids: readonly string[]) {
  return orm
    .select()
    .from(serviceArea)
    .where(inArray(serviceArea.serviceId, [...ids]))
    .orderBy(asc(serviceArea.serviceId), asc(serviceArea.position));
}

export async function programmeRolesByOrganizationIds(orm: OrganisationsOrm, ids: readonly string[]) {
  return orm
    .select()
    .from(programmeRole)
    .where(inArray(programmeRole.organizationId, [...ids]))
    .orderBy(asc(programmeRole.organizationId), asc(programmeRole.role));
}

export async function windowsByOrganizationIds(orm: OrganisationsOrm, ids: readonly string[]) {
  return orm
    .select()
    .from(serviceWindow)
    .where(inArray(serviceWindow.organizationId, [...ids]))
    .orderBy(asc(serviceWindow.organizationId), asc(serviceWindow.position));
}

export async function openingHoursByWindowIds(orm: OrganisationsOrm, ids: readonly string[]) {
  return orm
    .select()
    .from(openingHours)
    .where(inArray(openingHours.windowId, [...ids]))
    .orderBy(asc(openingHours.windowId), asc(openingHours.position));
}

export async function contactsByOrganizationIds(orm: OrganisationsOrm, ids: readonly string[]) {
  return orm
    .select()
    .from(contact)
    .where(inArray(contact.organizationId, [...ids]))
    .orderBy(asc(contact.organizationId), asc(contact.position));
}

/** Every organisation that shares at least one network with the given one (itself included when a member). */
export async function networkPeersOf(orm: OrganisationsOrm, organizationIds: readonly string[]) {
  return orm.execute<{ organization_id: string; peer_id: string }>(sql`
    select distinct mine.organization_id, peer.organization_id as peer_id
    from ${networkMember} as mine
    join ${networkMember} as peer on peer.network_id = mine.network_id
    where mine.organization_id in (${sql.join(organizationIds.map((id) => sql`${id}::uuid`), sql`, `)})`);
}

export async function networksByIds(orm: OrganisationsOrm, ids: readonly string[]) {
  return orm.select().from(network).where(inArray(network.id, [...ids]));
}

export async function tiersByNetworkIds(orm: OrganisationsOrm, ids: readonly string[]) {
  return orm
    .select()
    .from(networkTier)
    .where(inArray(networkTier.networkId, [...ids]))
    .orderBy(asc(networkTier.networkId), asc(networkTier.level));
}

export async function membersByNetworkIds(orm: OrganisationsOrm, ids: readonly string[]) {
  return orm
    .select({ member: networkMember, sortKey: organization.sortKey })
    .from(networkMember)
    .innerJoin(organization, eq(organization.id, networkMember.organizationId))
    .where(inArray(networkMember.networkId, [...ids]))
    .orderBy(asc(networkMember.networkId), asc(networkMember.tierLevel), asc(organization.sortKey));
}

export async function membershipsByOrganizationIds(orm: OrganisationsOrm, ids: readonly string[]) {
  return orm
    .select({ member: networkMember, sortKey: network.sortKey })
    .from(networkMember)
    .innerJoin(network, eq(network.id, networkMember.networkId))
    .where(inArray(networkMember.organizationId, [...ids]))
    .orderBy(asc(networkMember.organizationId), asc(network.sortKey));
}

export interface GroupPageRequest {
  first: number;
  position: Position | undefined;
}

/**
 * One page of organisations for each of many keys (municipalities or regions) in two statements: a lateral
 * join takes the first rows of each key, and a grouped count gives each key's total.
 */
export async function organizationPagesByKey(
  orm: OrganisationsOrm,
  by: 'municipality' | 'region',
  keys: readonly string[],
  regions: string[],
  { first, position }: GroupPageRequest,
): Promise<Map<string, Page<string>>> {
  const servesKey = (key: SQL) =>
    by === 'region'
      ? sql`${organization.region} = ${key}`
      : exists(
          sql`select 1 from ${service} join ${serviceArea} on ${serviceArea.serviceId} = ${service.id} where ${service.organizationId} = ${organization.id} and ${serviceArea.municipalityCode} = ${key}`,
        );
  const keyArray = sql`${sql.param([...keys])}::text[]`;
  const inScope = inArray(organization.region, regions);
  const [pageRows, countRows] = await Promise.all([
    orm.execute<{ key: string; id: string }>(sql`
      select k.key, o.id from unnest(${keyArray}) as k(key)
      cross join lateral (
        select ${organization.id} as id from ${organization}
        where ${servesKey(sql`k.key`)} and ${inScope} ${position ? sql`and ${after(organization, position)}` : sql``}
        order by ${organization.sortKey}, ${organization.id}
        limit ${first + 1}
      ) o`),
    orm.execute<{ key: string; n: number | string }>(sql`
      select k.key, (select count(*) from ${organization} where ${servesKey(sql`k.key`)} and ${inScope}) as n
      from unnest(${keyArray}) as k(key)`),
  ]);
  const result = new Map<string, Page<string>>(keys.map((k) => [k, { rows: [], totalCount: 0, hasNextPage: false }]));
  for (const row of rowsOf<{ key: string; id: string }>(pageRows)) result.get(row.key)!.rows.push(row.id);
  for (const row of rowsOf<{ key: string; n: number | string }>(countRows)) result.get(row.key)!.totalCount = Number(row.n);
  for (const page of result.values()) {
    page.hasNextPage = page.rows.length > first;
    page.rows = page.rows.slice(0, first);
  }
  return result;
}

export { rowsOf };

export async function searchNetworks(
  orm: OrganisationsOrm,
  regions: string[],
  first: number,
  position: Position | undefined,
): Promise<Page<typeof network.$inferSelect>> {
  const scope = inArray(network.region, regions);
  const [rows, [total]] = await Promise.all([
    orm
      .select()
      .from(network)
      .where(and(scope, after(network, position)))
      .orderBy(asc(network.sortKey), asc(network.id))
      .limit(first + 1),
    orm.select({ n: count() }).from(network).where(scope),
  ]);
  return { rows: rows.slice(0, first), totalCount: total?.n ?? 0, hasNextPage: rows.length > first };
}
