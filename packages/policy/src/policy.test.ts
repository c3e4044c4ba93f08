import { createLocalIssuer, createTokenVerifier, PUBLIC_IDENTITY, type Identity } from '@renkei/identity';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { authenticate, deny, readPolicyDirectives, requirementsOf, ROLE_SCOPES, scopesOf, stripSecurityFeatures } from './index.js';

const SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@authenticated", "@requiresScopes", "@policy"])
  type Query { a: String, secret: Secret @requiresScopes(scopes: [["x:read", "y:read"], ["admin"]]) }
  type Secret @authenticated { value: String @policy(policies: [["network-member"]]) }
`;

const who = (roles: Identity['roles']): Identity => ({ ...PUBLIC_IDENTITY, authenticated: true, subject: 's', roles });

describe('readPolicyDirectives', () => {
  it('reads field and type requirements, OR of ANDs kept', () => {
    const map = readPolicyDirectives(SDL);
    expect(map.fields.get('Query.secret')).toEqual([{ kind: 'scopes', anyOf: [['x:read', 'y:read'], ['admin']] }]);
    expect(map.types.get('Secret')).toEqual([{ kind: 'authenticated' }]);
    expect(requirementsOf(map, 'Secret', 'value', 'String')).toEqual([
      { kind: 'authenticated' },
      { kind: 'policy', anyOf: [['network-member']] },
    ]);
    expect(requirementsOf(map, 'Query', 'a', 'String')).toEqual([]);
  });
});

describe('deny', () => {
  it('says UNAUTHENTICATED to the public and FORBIDDEN to a signed-in caller without the scope', () => {
    const needsWrite = [{ kind: 'scopes' as const, anyOf: [['organizations:write']] }];
    expect(deny(PUBLIC_IDENTITY, needsWrite)).toBe('UNAUTHENTICATED');
    expect(deny(who(['consultation_worker']), needsWrite)).toBe('FORBIDDEN');
    expect(deny(who(['municipal_staff']), needsWrite)).toBeNull();
    expect(deny(PUBLIC_IDENTITY, [{ kind: 'authenticated' }])).toBe('UNAUTHENTICATED');
    expect(deny(who([]), [{ kind: 'authenticated' }])).toBeNull();
  });

  it('denies a policy nobody defined', () => {
    expect(deny(who(['hub_admin']), [{ kind: 'policy', anyOf: [['no-such-policy']] }])).toBe('FORBIDDEN');
  });

  it('maps every role to scopes, the public to none', () => {
    expect(scopesOf(PUBLIC_IDENTITY).size).toBe(0);
    expect(Object.keys(ROLE_SCOPES).sort()).toEqual(
      ['consultation_worker', 'hub_admin', 'municipal_staff', 'org_staff', 'prefecture_staff', 'public'].sort(),
    );
  });
});

describe('stripSecurityFeatures', () => {
  it('removes the links, definitions and uses of the three features and nothing else', () => {
    const supergraph = `
      schema @link(url: "https://specs.apollo.dev/link/v1.0") @link(url: "https://specs.apollo.dev/requiresScopes/v0.1", for: SECURITY) { query: Query }
      directive @requiresScopes(scopes: [[requiresScopes__Scope!]!]!) on FIELD_DEFINITION
      scalar requiresScopes__Scope
      type Query { a: String @requiresScopes(scopes: [["x"]]) @deprecated(reason: "kept") }
    `;
    const stripped = stripSecurityFeatures(supergraph);
    expect(stripped).not.toMatch(/requiresScopes|SECURITY/);
    expect(stripped).toContain('https://specs.apollo.dev/link/v1.0');
    expect(stripped).toContain('@deprecated(reason: "kept")');
  });
});

describe('authenticate', () => {
  it('answers the public without a header and a 401 UNAUTHENTICATED for a bad token', async () => {
    const issuer = await createLocalIssuer({ issuer: 'https://i.example', audience: 'a' });
    const verifier = createTokenVerifier({ issuer: 'https://i.example', audience: 'a', publicKeys: issuer.jwks });
    expect(await authenticate(verifier, undefined)).toBe(PUBLIC_IDENTITY);
    const error = await authenticate(verifier, 'Bearer x.y.z').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'UNAUTHENTICATED', http: { status: 401 } });
  });
});
