// The decision both enforcement points share: may this identity read a field with these requirements?
import { hubError } from '@renkei/errors';
import type { Identity } from '@renkei/identity';
import type { GraphQLError } from 'graphql';
import type { Requirement } from './directives.js';
import { scopesOf } from './roles.js';

export type Denial = 'UNAUTHENTICATED' | 'FORBIDDEN';

/** A named @policy's part that needs no data: the gateway checks it; the owning subgraph checks the rest. */
export type PolicyPrecondition = (identity: Identity) => boolean;

export const POLICY_PRECONDITIONS: Record<string, PolicyPrecondition> = {
  // Named contacts: staff of an organisation that shares a network with the contact's (checked with data).
  'network-member': (identity) => identity.authenticated && scopesOf(identity).has('directory:read-staff'),
  // A confidential shelter's location: consultation workers of its sharing scope, and its operator's staff.
  'shelter-location': (identity) =>
    identity.authenticated && (scopesOf(identity).has('shelters:read-confidential') || scopesOf(identity).has('shelters:write-own')),
  // Referrals to a food site: the staff of the organisation that runs it (checked with data).
  'food-site-staff': (identity) => identity.authenticated && scopesOf(identity).has('food:write-own'),
  // A donor's name and contact: the staff of the site that accepted the offer (checked with data).
  'donation-donor': (identity) => identity.authenticated && scopesOf(identity).has('food:write-own'),
};

/** null when allowed; else why not. An unknown policy name denies. */
export function deny(identity: Identity, requirements: readonly Requirement[]): Denial | null {
  const why: Denial = identity.authenticated ? 'FORBIDDEN' : 'UNAUTHENTICATED';
  const scopes = scopesOf(identity);
  for (const r of requirements) {
    if (r.kind === 'authenticated' && !identity.authenticated) return 'UNAUTHENTICATED';
    if (r.kind === 'scopes' && !r.anyOf.some((all) => all.every((s) => scopes.has(s as never)))) return why;
    if (r.kind === 'policy' && !r.anyOf.some((all) => all.every((p) => POLICY_PRECONDITIONS[p]?.(identity) ?? false))) {
      return why;
    }
  }
  return null;
}

export function accessError(denial: Denial): GraphQLError {
  return denial === 'UNAUTHENTICATED'
    ? hubError('UNAUTHENTICATED', 'Sign in to use this field', 'この項目を利用するにはログインが必要です。')
    : hubError('FORBIDDEN', 'You are not allowed to use this field', 'この項目を利用する権限がありません。');
}
