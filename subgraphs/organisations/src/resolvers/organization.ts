// Organization, Service, ServiceWindow, Network and their parts: thin mappings from rows, with every related
// list loaded through the request's DataLoaders.
import { findMunicipality } from '@renkei/municipalities';
import { formatGlobalId, parseGlobalId } from '@renkei/regions';
import type { OrganisationsContext } from '../context.js';
import type { Page } from '../db/queries.js';
import type {
  NetworkMemberRow,
  NetworkRow,
  OpeningHoursRow,
  OrganizationRow,
  ServiceRow,
  ServiceWindowRow,
} from '../db/schema.js';
import { hasLegalPersonality, type LegalForm } from '../vocabulary.js';
import { connection } from '@renkei/connections';
import { municipalities } from './reference.js';

/** Child rows carry the region of their organisation, for their global IDs. */
type InRegion<T> = T & { region: string };

function inRegion<T>(rows: T[], region: string): InRegion<T>[] {
  return rows.map((row) => ({ ...row, region }));
}

/** Loads an organisation by global ID; null for an ID of a region this instance does not hold. */
export async function loadOrganization(ctx: OrganisationsContext, id: string): Promise<OrganizationRow | null> {
  const parsed = parseGlobalId(id, 'Organization');
  if (!parsed || !ctx.regions.includes(parsed.region)) return null;
  const row = await ctx.loaders.organization.load(parsed.localId);
  return row && row.region === parsed.region ? row : null;
}

export async function organizationPage(ctx: OrganisationsContext, page: Page<string>) {
  const rows = (await ctx.loaders.organization.loadMany(page.rows)).filter(
    (r): r is OrganizationRow => r !== null && !(r instanceof Error),
  );
  return connection(rows, page.totalCount, page.hasNextPage);
}

const hhmm = (time: string) => time.slice(0, 5);

export const organizationResolvers = {
  Organization: {
    __resolveReference: ({ id }: { id: string }, ctx: OrganisationsContext) => loadOrganization(ctx, id),
    id: (o: OrganizationRow) => formatGlobalId(o.region, 'Organization', o.id),
    region: (o: OrganizationRow, _: unknown, ctx: OrganisationsContext) => ctx.registry.region(o.region),
    hasLegalPersonality: (o: OrganizationRow) => hasLegalPersonality(o.legalForm as LegalForm),
    municipality: (o: OrganizationRow) => findMunicipality(o.municipalityCode),
    publicContact: (o: OrganizationRow) => ({ phone: o.phone, email: o.email, website: o.website }),
    // Who may read this is decided before the resolver runs (the guard's network-member policy).
    contacts: (o: OrganizationRow, _: unknown, ctx: OrganisationsContext) => ctx.loaders.contactsByOrganization.load(o.id),
    programmeRoles: async (o: OrganizationRow, _: unknown, ctx: OrganisationsContext) =>
      (await ctx.loaders.programmeRolesByOrganization.load(o.id)).map((r) => ({
        role: r.role,
        delivery: r.delivery,
        contractingMunicipalities: municipalities(r.contractingMunicipalityCodes),
      })),
    services: async (o: OrganizationRow, _: unknown, ctx: OrganisationsContext) =>
      inRegion(await ctx.loaders.servicesByOrganization.load(o.id), o.region),
    windows: async (o: OrganizationRow, _: unknown, ctx: OrganisationsContext) =>
      inRegion(await ctx.loaders.windowsByOrganization.load(o.id), o.region),
    networkMemberships: (o: OrganizationRow, _: unknown, ctx: OrganisationsContext) =>
      ctx.loaders.membershipsByOrganization.load(o.id),
  },
  Service: {
    id: (s: InRegion<ServiceRow>) => formatGlobalId(s.region, 'Service', s.id),
    organization: (s: ServiceRow, _: unknown, ctx: OrganisationsContext) => ctx.loaders.organization.load(s.organizationId),
    areas: async (s: ServiceRow, _: unknown, ctx: OrganisationsContext) =>
      (await ctx.loaders.areasByService.load(s.id)).map((a) => ({
        municipality: findMunicipality(a.municipalityCode),
        detail: a.detail,
      })),
  },
  ServiceWindow: {
    id: (w: InRegion<ServiceWindowRow>) => formatGlobalId(w.region, 'ServiceWindow', w.id),
    municipality: (w: ServiceWindowRow) => findMunicipality(w.municipalityCode),
    openingHours: async (w: ServiceWindowRow, _: unknown, ctx: OrganisationsContext) =>
      (await ctx.loaders.openingHoursByWindow.load(w.id)).map((h: OpeningHoursRow) => ({
        days: h.days,
        opens: hhmm(h.opens),
        closes: hhmm(h.closes),
        note: h.note,
      })),
  },
  Network: {
    // Other subgraphs name a network by its ID (an event's audience): a bad or foreign ID resolves to null.
    __resolveReference: async ({ id }: { id: string }, ctx: OrganisationsContext) => {
      const parsed = parseGlobalId(id, 'Network');
      if (!parsed || !ctx.regions.includes(parsed.region)) return null;
      const row = await ctx.loaders.network.load(parsed.localId);
      return row && row.region === parsed.region ? row : null;
    },
    id: (n: NetworkRow) => formatGlobalId(n.region, 'Network', n.id),
    region: (n: NetworkRow, _: unknown, ctx: OrganisationsContext) => ctx.registry.region(n.region),
    secretariat: (n: NetworkRow, _: unknown, ctx: OrganisationsContext) =>
      n.secretariatId ? ctx.loaders.organization.load(n.secretariatId) : null,
    tiers: (n: NetworkRow, _: unknown, ctx: OrganisationsContext) => ctx.loaders.tiersByNetwork.load(n.id),
    members: (n: NetworkRow, _: unknown, ctx: OrganisationsContext) => ctx.loaders.membersByNetwork.load(n.id),
  },
  NetworkMember: {
    organization: (m: NetworkMemberRow, _: unknown, ctx: OrganisationsContext) => ctx.loaders.organization.load(m.organizationId),
    tier: (m: NetworkMemberRow, _: unknown, ctx: OrganisationsContext) => tierOf(m, ctx),
  },
  NetworkMembership: {
    network: (m: NetworkMemberRow, _: unknown, ctx: OrganisationsContext) => ctx.loaders.network.load(m.networkId),
    tier: (m: NetworkMemberRow, _: unknown, ctx: OrganisationsContext) => tierOf(m, ctx),
  },
};

async function tierOf(m: NetworkMemberRow, ctx: OrganisationsContext) {
  if (m.tierLevel === null) return null;
  const tiers = await ctx.loaders.tiersByNetwork.load(m.networkId);
  return tiers.find((t) => t.level === m.tierLevel) ?? null;
}
