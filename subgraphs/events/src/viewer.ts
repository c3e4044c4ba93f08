// Who the caller is, as far as an event's audience is concerned. Network membership belongs to the
// organisations subgraph, so this subgraph asks the instance of the caller's organisation's region which
// networks it belongs to, with the caller's own token (so the organisations' own rules apply), and keeps the
// answer for a minute. When that instance cannot answer, the caller is treated as a member of no network:
// members-only events stay hidden rather than shown by mistake.
import type { Identity } from '@renkei/identity';
import { scopesOf } from '@renkei/policy';
import { parseGlobalId, REGION_HEADER, type RegionRegistry } from '@renkei/regions';
import type { Logger } from '@renkei/telemetry';

export interface Viewer {
  /** Staff of a support organisation (events:read-staff): sees STAFF_ONLY events. */
  staff: boolean;
  /** The caller's organisation (global ID): organiser, co-organiser or invitee. */
  organizationId: string | null;
  /** The local government whose own staff the caller is: invitee of case meetings. */
  municipalityCode: string | null;
  /** Global IDs of the networks the caller's organisation belongs to. */
  networkIds: string[];
}

export const PUBLIC_VIEWER: Viewer = Object.freeze({ staff: false, organizationId: null, municipalityCode: null, networkIds: [] }) as Viewer;

const MEMBERSHIPS = `query HubEventAudience($id: ID!) { organization(id: $id) { networkMemberships { network { id } } } }`;

export interface NetworkDirectory {
  networksOf(organizationId: string, authorization: string | undefined): Promise<string[]>;
}

export function networkDirectory(registry: RegionRegistry, logger: Logger, { ttlMs = 60_000, timeoutMs = 3_000 } = {}): NetworkDirectory {
  const cache = new Map<string, { networks: string[]; until: number }>();
  return {
    async networksOf(organizationId, authorization) {
      const cached = cache.get(organizationId);
      if (cached && cached.until > Date.now()) return cached.networks;
      const region = parseGlobalId(organizationId, 'Organization')?.region;
      const url = region ? registry.region(region)?.subgraphs.organisations : undefined;
      if (!region || !url) return [];
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [REGION_HEADER]: region,
            ...(authorization ? { authorization } : {}),
          },
          body: JSON.stringify({ query: MEMBERSHIPS, variables: { id: organizationId } }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const body = (await response.json()) as {
          data?: { organization?: { networkMemberships?: { network?: { id?: string } | null }[] } | null };
        };
        const networks = (body.data?.organization?.networkMemberships ?? []).flatMap((m) => (m.network?.id ? [m.network.id] : []));
        if (response.ok) cache.set(organizationId, { networks, until: Date.now() + ttlMs });
        return networks;
      } catch (error) {
        logger.warn({ event: 'network_lookup_failed', region, errorName: (error as Error).name }, 'network memberships unavailable');
        return [];
      }
    },
  };
}

const MUNICIPAL_ROLES = new Set(['municipal_staff', 'prefecture_staff']);

export async function viewerOf(identity: Identity, authorization: string | undefined, directory: NetworkDirectory): Promise<Viewer> {
  if (!identity.authenticated) return PUBLIC_VIEWER;
  const organizationId = identity.organizationId && parseGlobalId(identity.organizationId, 'Organization') ? identity.organizationId : null;
  return {
    staff: scopesOf(identity).has('events:read-staff'),
    organizationId,
    // A local government's invitation is for its own staff, not for everyone whose token names the town.
    municipalityCode: identity.roles.some((role) => MUNICIPAL_ROLES.has(role)) ? identity.municipalityCode : null,
    networkIds: organizationId ? await directory.networksOf(organizationId, authorization) : [],
  };
}
