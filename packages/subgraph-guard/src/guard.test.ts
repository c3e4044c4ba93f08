// The guard on a small subgraph of its own: generated rules, data policies, deny by default.
import { buildSubgraphSchema } from '@apollo/subgraph';
import { PUBLIC_IDENTITY, type Identity } from '@renkei/identity';
import { graphql, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { guardRules, guardSchema } from './index.js';

const typeDefs = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@authenticated", "@requiresScopes", "@policy"])
  directive @sensitive on FIELD_DEFINITION
  type Query { open: String, place(id: ID!): Place }
  type Place @key(fields: "id") {
    id: ID!
    name: String
    address: String @policy(policies: [["network-member"]]) @sensitive
    notes: String @requiresScopes(scopes: [["audit:read"]])
  }
`);

const resolvers = {
  Query: { open: () => 'ok', place: (_: unknown, { id }: { id: string }) => ({ id }) },
  Place: {
    __resolveReference: ({ id }: { id: string }) => ({ id }),
    name: () => '名前',
    address: () => '秘密の住所',
    notes: () => 'notes',
  },
};

const schema = guardSchema(buildSubgraphSchema({ typeDefs, resolvers: resolvers as never }), {
  typeDefs,
  // The data policy grants place 1 only.
  dataPolicies: { 'network-member': (parent) => (parent as { id: string }).id === '1' },
  recordIdsOf: (typeName, parent) => [`${typeName}:${(parent as { id: string }).id}`],
});

const as = (roles: Identity['roles']): Identity =>
  roles.length === 0 ? PUBLIC_IDENTITY : { ...PUBLIC_IDENTITY, authenticated: true, subject: 't', roles };

async function run(source: string, identity: Identity, purpose: string | null = 'テスト') {
  const contextValue = { identity, purpose, sensitiveReads: [] as unknown[] };
  const result = await graphql({ schema, source, contextValue });
  return Object.assign(result, { sensitiveReads: contextValue.sensitiveReads });
}

describe('guardSchema', () => {
  it('lets open fields through for everyone', async () => {
    expect((await run('{ open place(id: "2") { name } }', as([]))).data).toEqual({ open: 'ok', place: { name: '名前' } });
  });

  it('applies the data policy to the very record read, and the precondition first', async () => {
    const granted = await run('{ place(id: "1") { address } }', as(['consultation_worker']));
    expect(granted.data).toEqual({ place: { address: '秘密の住所' } });
    const other = await run('{ place(id: "2") { address } }', as(['consultation_worker']));
    expect(other.data).toEqual({ place: { address: null } });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await run('{ place(id: "1") { address } }', as([]));
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a sensitive read without a purpose, and notes each granted one for the audit', async () => {
    const noPurpose = await run('{ place(id: "1") { address } }', as(['consultation_worker']), null);
    expect(noPurpose.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PURPOSE_REQUIRED' });
    expect(noPurpose.sensitiveReads).toEqual([]);
    const granted = await run('{ place(id: "1") { address } }', as(['consultation_worker']));
    expect(granted.sensitiveReads).toEqual([{ field: 'Place.address', recordIds: ['Place:1'], selected: [] }]);
    const denied = await run('{ place(id: "2") { address } }', as(['consultation_worker']));
    expect(denied.sensitiveReads).toEqual([]);
  });

  it('notes the sub-fields read through every field node and fragment', async () => {
    const schemaWithObject = guardSchema(
      buildSubgraphSchema({
        typeDefs: parse(`directive @sensitive on FIELD_DEFINITION
          type Query { person: Person @sensitive }
          type Person { name: String, phone: String, email: String }`),
        resolvers: { Query: { person: () => ({ name: 'n', phone: 'p', email: 'e' }) } } as never,
      }),
      { typeDefs: parse(`directive @sensitive on FIELD_DEFINITION
          type Query { person: Person @sensitive }
          type Person { name: String, phone: String, email: String }`) },
    );
    const contextValue = { identity: as([]), purpose: 'p', sensitiveReads: [] as { selected: string[] }[] };
    await graphql({
      schema: schemaWithObject,
      source: '{ person { name } person { ... on Person { phone } ...F } } fragment F on Person { email __typename }',
      contextValue,
    });
    expect(contextValue.sensitiveReads[0]?.selected).toEqual(['email', 'name', 'phone']);
  });

  it('guards fields reached through _entities as well', async () => {
    const result = await run('{ _entities(representations: [{ __typename: "Place", id: "2" }]) { ... on Place { name address notes } } }', as(['consultation_worker']));
    expect(result.data).toEqual({ _entities: [{ name: '名前', address: null, notes: null }] });
    expect(JSON.stringify(result)).not.toContain('秘密');
  });

  it('shows the SDL through _service to developers only', async () => {
    expect((await run('{ _service { sdl } }', as([]))).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await run('{ _service { sdl } }', as(['consultation_worker']))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await run('{ _service { sdl } }', as(['hub_admin']))).data).toMatchObject({ _service: { sdl: expect.stringContaining('Place') } });
  });

  it('covers every field of every object type with a rule', () => {
    const { tree, protectedFields } = guardRules(buildSubgraphSchema({ typeDefs, resolvers: resolvers as never }), { typeDefs });
    expect(protectedFields.sort()).toEqual(['Place.address', 'Place.notes', 'Query._service']);
    expect(Object.keys(tree.Place ?? {}).sort()).toEqual(['address', 'id', 'name', 'notes']);
    expect(Object.keys(tree.Query ?? {})).toEqual(expect.arrayContaining(['_entities', '_service', 'open', 'place']));
  });
});
