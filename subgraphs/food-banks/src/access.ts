// Who may do what with which record. The directives in schema.graphql say who may try (scopes); these functions
// look at the record: a site is run by the staff of its organisation, a referral is seen by the site's staff
// and the organisation that made it, a donor's contact by the staff of the site that accepted the offer.
import { hubError } from '@renkei/errors';
import type { Identity } from '@renkei/identity';
import { scopesOf } from '@renkei/policy';
import { parseGlobalId } from '@renkei/regions';
import type { DataPolicy } from '@renkei/subgraph-guard';
import type { FoodBanksContext } from './context.js';
import type { DonationOfferRow, FoodSiteRow } from './db/schema.js';

const forbidden = (message: string, messageJa: string) => hubError('FORBIDDEN', message, messageJa);

/** The caller's organisation, when the token names a well-formed one. */
export function organizationOf(identity: Identity): string | null {
  return identity.authenticated && identity.organizationId && parseGlobalId(identity.organizationId, 'Organization') ? identity.organizationId : null;
}

/** Staff of the organisation that runs the site. */
export function runsSite(identity: Identity, site: Pick<FoodSiteRow, 'organizationId'>): boolean {
  return scopesOf(identity).has('food:write-own') && organizationOf(identity) === site.organizationId;
}

export function assertRunsSite(identity: Identity, site: FoodSiteRow): void {
  if (!runsSite(identity, site)) {
    throw forbidden('Only the staff of the organisation that runs this site may do this', 'この操作ができるのは拠点を運営する団体の職員だけです。');
  }
}

/** A new site: the region's staff (food:write) in their own region, or an organisation's staff for its own site. */
export function assertMayCreateSite(identity: Identity, region: string, draft: { organizationId: string }): void {
  if (identity.region !== region) {
    throw forbidden('You can register sites only in your own region', '拠点を登録できるのは自分の地域だけです。');
  }
  if (scopesOf(identity).has('food:write')) return;
  if (runsSite(identity, draft)) return;
  throw forbidden("You can register only your own organisation's sites", '登録できるのは自団体の拠点だけです。');
}

/** A referral: a consultation worker of an organisation, to a site of their own region. */
export function assertMayRefer(identity: Identity, site: FoodSiteRow): string {
  const organizationId = organizationOf(identity);
  if (!scopesOf(identity).has('food:refer') || !organizationId) {
    throw forbidden('Only consultation workers of an organisation refer households', '世帯を紹介できるのは団体に所属する相談支援員だけです。');
  }
  if (identity.region !== site.region) {
    throw forbidden('You can refer households only to sites of your own region', '紹介できるのは自分の地域の拠点だけです。');
  }
  return organizationId;
}


const foodSiteStaff: DataPolicy<FoodBanksContext> = (parent, ctx) => runsSite(ctx.identity, parent as FoodSiteRow);

/** The donor is known only to the staff of the site that took the offer. */
const donationDonor: DataPolicy<FoodBanksContext> = (parent, ctx) => {
  const offer = parent as DonationOfferRow;
  return scopesOf(ctx.identity).has('food:write-own') && offer.acceptedOrganizationId !== null && offer.acceptedOrganizationId === organizationOf(ctx.identity);
};

export const dataPolicies = { 'food-site-staff': foodSiteStaff, 'donation-donor': donationDonor };
