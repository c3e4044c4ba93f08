// The data-dependent half of this subgraph's access rules. The directives in schema.graphql say who may try;
// these functions look at the record itself.
import { parseGlobalId } from '@renkei/regions';
import { scopesOf } from '@renkei/policy';
import { hubError } from '@renkei/errors';
import type { Identity } from '@renkei/identity';
import type { DataPolicy } from '@renkei/subgraph-guard';
import type { OrganisationsContext } from './context.js';
import type { OrganizationRow } from './db/schema.js';

/** The caller's own organisation as a local ID, when it is held by this instance. */
function ownOrganization(identity: Identity): string | null {
  const parsed = identity.organizationId ? parseGlobalId(identity.organizationId, 'Organization') : undefined;
  return parsed?.localId ?? null;
}

/**
 * Named contacts: the hub's administrators, the organisation's own staff, and staff of an organisation that
 * shares a network with it.
 */
const networkMember: DataPolicy<OrganisationsContext> = async (parent, ctx) => {
  if (ctx.identity.roles.includes('hub_admin')) return true;
  const own = ownOrganization(ctx.identity);
  const org = parent as OrganizationRow;
  if (!own) return false;
  if (own === org.id) return true;
  return (await ctx.loaders.networkPeers.load(own)).has(org.id);
};

export const dataPolicies = { 'network-member': networkMember };

const forbidden = (message: string, messageJa: string) => hubError('FORBIDDEN', message, messageJa);

/** A new organisation is registered in the caller's own region (administrators anywhere). */
export function assertMayCreateIn(identity: Identity, region: string): void {
  if (identity.roles.includes('hub_admin')) return;
  if (!scopesOf(identity).has('organizations:write') || identity.region !== region) {
    throw forbidden(
      'You can register organisations only in your own region',
      '団体を登録できるのは自分の地域だけです。',
    );
  }
}

/** Editing: any organisation of the own region with organizations:write, or the own one with write-own. */
export function assertMayEdit(identity: Identity, org: OrganizationRow): void {
  if (identity.roles.includes('hub_admin')) return;
  const scopes = scopesOf(identity);
  if (scopes.has('organizations:write') && identity.region === org.region) return;
  if (scopes.has('organizations:write-own') && ownOrganization(identity) === org.id) return;
  throw forbidden('You may not edit this organisation', 'この団体を編集する権限がありません。');
}
