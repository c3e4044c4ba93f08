// Donation offers are held by the region of their pickup place, and a site of any region that shares food banks
// with it may take one. An instance reads and claims another region's offer from that region's own instance,
// with the caller's own token (so that instance's rules apply to the caller as to anyone), and the region that
// holds the offer decides alone which site gets it: a claim is one conditional UPDATE there.
import { hubError } from '@renkei/errors';
import { parseGlobalId, REGION_HEADER, type RegionRegistry } from '@renkei/regions';
import type { Logger } from '@renkei/telemetry';
import type { DonationLineValue, DonationOfferRow } from './db/schema.js';

/** An offer as this instance knows it: the donor's name and contact only when it holds the offer. */
export type OfferView = Omit<DonationOfferRow, 'donorName' | 'donorContact' | 'acceptedOrganizationId'> & {
  donorName: string | null;
  donorContact: string | null;
  acceptedOrganizationId: string | null;
};

const OFFER_FIELDS = `id region donorKind status acceptedSiteId acceptedAt createdAt pickupNote
  pickupMunicipality { code } lines { category description quantity bestBefore }`;
const READ = `query HubDonationOffer($id: ID!) { donationOffer(id: $id) { ${OFFER_FIELDS} } }`;
const CLAIM = `mutation HubClaimDonationOffer($offerId: ID!, $siteId: ID!) { claimDonationOffer(offerId: $offerId, siteId: $siteId) { ${OFFER_FIELDS} } }`;
const RELEASE = `mutation HubReleaseDonationOffer($offerId: ID!, $siteId: ID!) { releaseDonationOffer(offerId: $offerId, siteId: $siteId) { id } }`;
const SITE_OWNER = `query HubFoodSiteOwner($id: ID!) { foodSite(id: $id) { organization { id } } }`;

interface RemoteOffer {
  id: string;
  region: string;
  donorKind: string;
  status: string;
  acceptedSiteId: string | null;
  acceptedAt: string | null;
  createdAt: string;
  pickupNote: string | null;
  pickupMunicipality: { code: string };
  lines: DonationLineValue[];
}

function viewOf(remote: RemoteOffer): OfferView {
  return {
    id: parseGlobalId(remote.id, 'DonationOffer')!.localId,
    region: remote.region,
    donorKind: remote.donorKind,
    donorName: null,
    donorContact: null,
    pickupMunicipalityCode: remote.pickupMunicipality.code,
    pickupNote: remote.pickupNote,
    lines: remote.lines.map((l) => ({ category: l.category, description: l.description ?? null, quantity: Number(l.quantity), bestBefore: l.bestBefore ?? null })),
    status: remote.status,
    acceptedSiteId: remote.acceptedSiteId ?? null,
    acceptedOrganizationId: null,
    acceptedAt: remote.acceptedAt ? new Date(remote.acceptedAt) : null,
    createdAt: new Date(remote.createdAt),
  };
}

export interface RegionalOffers {
  /** The offer, from the instance of the region that holds it; null when there is none. */
  read(offerId: string): Promise<OfferView | null>;
  /** Takes the offer for a site; CONFLICT when another site has it. */
  claim(offerId: string, siteId: string): Promise<OfferView>;
  /** Gives a claimed offer back (when the accepting region could not record the acceptance). */
  release(offerId: string, siteId: string): Promise<void>;
  /** The organisation that runs a site, asked of the instance of the site's region; null when there is no such site. */
  siteOwner(siteId: string): Promise<string | null>;
}

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; messageJa?: string } }[];
}

const unavailable = (region: string) =>
  hubError('REGION_UNAVAILABLE', `The region holding the offer (${region}) does not answer: try again later`, `申出を保持する地域（${region}）が応答しません。後でもう一度お試しください。`, {
    region,
  });

export function regionalOffers(
  registry: RegionRegistry,
  logger: Logger,
  request: { authorization: string | undefined; requestId: string },
  timeoutMs = 5_000,
): RegionalOffers {
  async function call<T = RemoteOffer>(globalId: string, query: string, variables: Record<string, unknown>): Promise<T | null> {
    const region = globalId.split(':')[0];
    const url = region ? registry.region(region)?.subgraphs['food-banks'] : undefined;
    if (!region || !url) return null;
    let answer: GraphQLAnswer;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-request-id': request.requestId,
          [REGION_HEADER]: region,
          ...(request.authorization ? { authorization: request.authorization } : {}),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      answer = (await response.json()) as GraphQLAnswer;
    } catch (error) {
      logger.warn({ event: 'regional_offer_unavailable', region, errorName: (error as Error).name }, 'offer region unavailable');
      throw unavailable(region);
    }
    const error = answer.errors?.[0];
    if (error) {
      const code = error.extensions?.code;
      // The holding region's own refusal is the caller's answer; anything else is that region failing.
      if (code === 'CONFLICT' || code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') {
        throw hubError(code, error.message, error.extensions?.messageJa ?? error.message, { region });
      }
      logger.warn({ event: 'regional_offer_failed', region, code }, 'offer region failed');
      throw unavailable(region);
    }
    return (Object.values(answer.data ?? {})[0] as T | undefined) ?? null;
  }

  return {
    async read(offerId) {
      const remote = await call(offerId, READ, { id: offerId });
      return remote ? viewOf(remote) : null;
    },
    async claim(offerId, siteId) {
      const remote = await call(offerId, CLAIM, { offerId, siteId });
      if (!remote) throw hubError('NOT_FOUND', 'There is no such donation offer', 'その寄付の申出はありません。');
      return viewOf(remote);
    },
    async release(offerId, siteId) {
      await call(offerId, RELEASE, { offerId, siteId });
    },
    async siteOwner(siteId) {
      const site = await call<{ organization: { id: string } }>(siteId, SITE_OWNER, { id: siteId });
      return site?.organization.id ?? null;
    },
  };
}
