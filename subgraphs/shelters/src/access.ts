// Who may see a confidential shelter's location, and who may write what. The directives in schema.graphql say
// who may try; these functions look at the record. Visibility is applied in SQL (db/queries.ts visibleTo), so a
// confidential shelter the caller may not see is never returned, counted, ordered by distance or paged past; the
// confidentialDetails policy below checks the same rule again on every read of its details.
import { hubError } from '@renkei/errors';
import type { Identity } from '@renkei/identity';
import { scopesOf } from '@renkei/policy';
import { parseGlobalId, type RegionRegistry } from '@renkei/regions';
import type { DataPolicy } from '@renkei/subgraph-guard';
import type { SheltersContext } from './context.js';
import type { ShelterRow } from './db/schema.js';

/** What the caller may see of confidential shelters. */
export interface ConfidentialAccess {
  /** Regions whose confidential shelters the caller may see: consultation workers of the sharing scope. */
  regions: string[];
  /** The caller's organisation, whose staff see the confidential shelters it runs. */
  operatorId: string | null;
}

export const NO_CONFIDENTIAL_ACCESS: ConfidentialAccess = Object.freeze({ regions: [], operatorId: null }) as ConfidentialAccess;

/**
 * A consultation worker sees the confidential shelters of their own region and of the regions that share
 * "shelter-locations" with it (the registry never lets those be shared with the public); an operator's staff
 * see the ones their organisation runs. Everyone else, the hub's administrators included, sees none.
 */
export function confidentialAccessOf(identity: Identity, registry: RegionRegistry): ConfidentialAccess {
  if (!identity.authenticated) return NO_CONFIDENTIAL_ACCESS;
  const scopes = scopesOf(identity);
  const regions =
    scopes.has('shelters:read-confidential') && identity.region
      ? registry.regionsInScope('shelter-locations', identity.region).map((r) => r.code)
      : [];
  const operatorId =
    scopes.has('shelters:write-own') && identity.organizationId && parseGlobalId(identity.organizationId, 'Organization')
      ? identity.organizationId
      : null;
  return { regions, operatorId };
}

export function maySeeLocation(access: ConfidentialAccess, row: Pick<ShelterRow, 'confidential' | 'region' | 'operatorId'>): boolean {
  if (!row.confidential) return true;
  return access.regions.includes(row.region) || (access.operatorId !== null && row.operatorId === access.operatorId);
}

/** The data half of the "shelter-location" policy: the same rule as the listing's, on the record itself. */
const shelterLocation: DataPolicy<SheltersContext> = (parent, ctx) => maySeeLocation(ctx.access, parent as ShelterRow);

export const dataPolicies = { 'shelter-location': shelterLocation };

const forbidden = (message: string, messageJa: string) => hubError('FORBIDDEN', message, messageJa);

const operates = (identity: Identity, operatorId: string | null) =>
  scopesOf(identity).has('shelters:write-own') && operatorId !== null && operatorId === identity.organizationId;

/**
 * A new shelter: the region's staff (shelters:write) in their own region, or an organisation's staff for a
 * shelter it runs. A confidential shelter only by its operator's staff: nobody else should learn where it is.
 * The hub's administrators have no region and write no shelters: vacancy is the operators' and the regions'.
 */
export function assertMayCreate(identity: Identity, region: string, draft: { confidential: boolean; operatorId: string | null }): void {
  if (operates(identity, draft.operatorId) && identity.region === region) return;
  if (draft.confidential) {
    throw forbidden('Only its operator’s staff register a confidential shelter', '所在を秘匿する施設を登録できるのは運営団体の職員だけです。');
  }
  if (scopesOf(identity).has('shelters:write') && identity.region === region) return;
  throw forbidden(
    "You can register shelters only in your own region, and only those your organisation runs unless you are the region's staff",
    '施設を登録できるのは自分の地域で、自治体・都道府県の職員でなければ自団体が運営するものだけです。',
  );
}

/**
 * Vacancy and edits: the operator's staff; for a shelter that is not confidential, the region's staff too.
 * (A confidential shelter the caller may not see never gets this far: it is NOT_FOUND, like a missing one.)
 */
export function assertMayEdit(identity: Identity, row: ShelterRow): void {
  if (operates(identity, row.operatorId)) return;
  if (!row.confidential && scopesOf(identity).has('shelters:write') && identity.region === row.region) return;
  throw forbidden('You may not change this shelter', 'この施設を更新する権限がありません。');
}

/** Importing an open-data file: the region's municipal and prefecture staff. */
export function assertMayImport(identity: Identity, region: string): void {
  if (scopesOf(identity).has('shelters:write') && identity.region === region) return;
  throw forbidden('You can import evacuation sites only into your own region', '避難場所を取り込めるのは自分の地域だけです。');
}
