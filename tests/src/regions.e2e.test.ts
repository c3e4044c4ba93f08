// Regional hosting end to end: 菊池圏域, 新潟県 and 岐阜県 each on their own organisations instance and their own
// database, one gateway fanning out to them, merging, routing entity fetches and writes, and carrying on when
// a region goes away.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { composeSupergraph, readSubgraphList, startGateway, SUPERGRAPH_FILE } from '@renkei/gateway';
import { createTokenVerifier } from '@renkei/identity';
import { demoUuid, tables } from '@renkei/organisations-subgraph';
import { startTestSubgraph } from '@renkei/organisations-subgraph/testing';
import { DEFAULT_REGISTRY_PATH, parseRegionRegistry, withSubgraphUrls, type RegionRegistry } from '@renkei/regions';
import { createLogger } from '@renkei/telemetry';
import { delayingProxy, postGraphQL } from '@renkei/testing';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestHub, type TestHub } from './hub.js';

const { organization } = tables;
const REGIONS = ['kikuchi', 'niigata', 'gifu'];
const id = (region: string, key: string) => `${region}:Organization:${demoUuid(key)}`;
const KIKUCHI_ORG = id('kikuchi', 'kikuchi-kikuaikai');
const NIIGATA_ORG = id('niigata', 'niigata-rofukukyo');
const GIFU_ORG = id('gifu', 'gifu-gifu-npo-center');

// A second subgraph, not hosted by regions, that refers to organisations of several regions: the gateway must
// fetch those entities from each owning region (and serve this subgraph as plain Apollo Federation does).
const REFERRALS_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
  type Query { referrals: [Referral!]! }
  type Referral { note: String! from: Organization! to: Organization! }
  type Organization @key(fields: "id", resolvable: false) { id: ID! }
`;
const REFERRALS = [
  { note: '菊池から岐阜へ', from: { id: KIKUCHI_ORG }, to: { id: GIFU_ORG } },
  { note: '新潟から菊池へ', from: { id: NIIGATA_ORG }, to: { id: KIKUCHI_ORG } },
];

let hub: TestHub;
let referrals: { url: string; stop: () => Promise<void> };

async function startReferrals() {
  const server = new ApolloServer({ schema: buildSubgraphSchema({ typeDefs: parse(REFERRALS_SDL), resolvers: { Query: { referrals: () => REFERRALS } } }) });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}

beforeAll(async () => {
  referrals = await startReferrals();
  const schemaFile = join(mkdtempSync(join(tmpdir(), 'referrals-')), 'schema.graphql');
  writeFileSync(schemaFile, REFERRALS_SDL);
  const supergraphSdl = composeSupergraph([...readSubgraphList(), { name: 'referrals', schema: schemaFile, url: referrals.url }]);
  hub = await startTestHub({ separateRegions: true, supergraphSdl, subgraphUrls: { referrals: referrals.url }, regionRetryMs: 200 });
}, 120_000);
afterAll(async () => {
  await hub?.close();
  await referrals?.stop();
});

type Page = {
  organizations: { totalCount: number; edges: { cursor: string; node: { id: string; nameKana: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};
const PAGE = `query Page($after: String, $first: Int) {
  organizations(first: $first, after: $after) { totalCount edges { cursor node { id nameKana } } pageInfo { hasNextPage endCursor } } }`;

async function idsInDatabase(region: string): Promise<string[]> {
  const rows = await hub.regions[region]!.orm.select({ id: organization.id, region: organization.region }).from(organization);
  return rows.map((r) => `${r.region}:Organization:${r.id}`);
}

describe('three regions, three databases, one gateway', () => {
  it('keeps each region’s records in its own database only', async () => {
    for (const region of REGIONS) {
      const rows = await hub.regions[region]!.orm.selectDistinct({ region: organization.region }).from(organization);
      expect(rows).toEqual([{ region }]);
    }
  });

  it('searches organisations across all three regions', async () => {
    const response = await postGraphQL<Page>(hub.gatewayUrl, PAGE, { first: 100 });
    expect(response.errors).toBeUndefined();
    const ids = response.data!.organizations.edges.map((e) => e.node.id);
    expect(new Set(ids.map((i) => i.split(':')[0]))).toEqual(new Set(REGIONS));
    const stored = (await Promise.all(REGIONS.map(idsInDatabase))).flat();
    expect(response.data!.organizations.totalCount).toBe(stored.length);
    expect(ids.sort()).toEqual(stored.sort());
  });

  it('pages through the merged connection 7 at a time: every record exactly once, in reading order', async () => {
    const seen: string[] = [];
    const kana: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const response: { data?: Page | null; errors?: unknown } = await postGraphQL<Page>(hub.gatewayUrl, PAGE, { first: 7, after });
      expect(response.errors).toBeUndefined();
      const { edges, pageInfo } = response.data!.organizations;
      expect(edges.length).toBeLessThanOrEqual(7);
      seen.push(...edges.map((e) => e.node.id));
      kana.push(...edges.map((e) => e.node.nameKana));
      // Every edge's own cursor resumes right after it.
      if (edges.length > 1) {
        const resumed = await postGraphQL<Page>(hub.gatewayUrl, PAGE, { first: 1, after: edges[0]!.cursor });
        expect(resumed.data!.organizations.edges[0]!.node.id).toBe(edges[1]!.node.id);
      }
      if (!pageInfo.hasNextPage) break;
      expect(edges).toHaveLength(7);
      after = pageInfo.endCursor;
    }
    const stored = (await Promise.all(REGIONS.map(idsInDatabase))).flat();
    expect(seen).toHaveLength(stored.length);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(stored.sort());
    expect(kana).toEqual([...kana].sort());
  });

  it('narrows the fan-out to the regions asked for, and refuses an unknown one', async () => {
    const gifu = await postGraphQL<Page>(hub.gatewayUrl, `{ organizations(first: 100, regions: ["gifu"]) { totalCount edges { cursor node { id nameKana } } pageInfo { hasNextPage endCursor } } }`);
    expect(gifu.errors).toBeUndefined();
    expect(gifu.data!.organizations.totalCount).toBe((await idsInDatabase('gifu')).length);
    expect(gifu.data!.organizations.edges.every((e) => e.node.id.startsWith('gifu:'))).toBe(true);

    const unknown = await postGraphQL(hub.gatewayUrl, `{ organizations(regions: ["osaka"]) { totalCount } }`);
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regions' });
    expect(unknown.errors![0]!.extensions!.messageJa).toBeTruthy();
  });

  it('sends a lookup by ID only to the region that owns the record', async () => {
    const response = await postGraphQL<{ a: { name: string } | null; b: { name: string } | null }>(
      hub.gatewayUrl,
      `query($a: ID!, $b: ID!) { a: organization(id: $a) { name region { code } } b: organization(id: $b) { name region { code } } }`,
      { a: GIFU_ORG, b: NIIGATA_ORG },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      a: { name: '特定非営利活動法人ぎふNPOセンター', region: { code: 'gifu' } },
      b: { name: expect.any(String), region: { code: 'niigata' } },
    });
  });

  it('takes each item of a reference list from the region that owns it', async () => {
    const response = await postGraphQL<{ regions: { code: string; organizations: { totalCount: number } }[] }>(
      hub.gatewayUrl,
      `{ regions { code organizations { totalCount } } }`,
    );
    expect(response.errors).toBeUndefined();
    for (const region of REGIONS) {
      const found = response.data!.regions.find((r) => r.code === region)!;
      expect(found.organizations.totalCount).toBe((await idsInDatabase(region)).length);
    }
  });

  it('resolves references from another subgraph to records of different regions', async () => {
    const response = await postGraphQL<{ referrals: { note: string; from: { name: string; region: { code: string } }; to: { name: string; region: { code: string } } }[] }>(
      hub.gatewayUrl,
      `{ referrals { note from { name region { code } } to { name region { code } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.referrals.map((r) => [r.from.region.code, r.to.region.code])).toEqual([
      ['kikuchi', 'gifu'],
      ['niigata', 'kikuchi'],
    ]);
    expect(response.data!.referrals[0]!.to.name).toBe('特定非営利活動法人ぎふNPOセンター');
  });
});

describe('writes go to the owning region, and only to the caller’s own', () => {
  const create = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id region { code } } }`;
  const input = (municipalityCode: string, name: string) => ({ name, nameKana: 'チイキテスト', legalForm: 'NPO', municipalityCode });

  it('registers a new organisation in the caller’s region and its database only', async () => {
    const token = await hub.issuer.mint({ sub: 'kikuchi-staff', roles: ['municipal_staff'], region: 'kikuchi', municipality: '432105' });
    const response = await postGraphQL<{ createOrganization: { id: string; region: { code: string } } }>(
      hub.gatewayUrl,
      create,
      { input: input('434043', '地域テストの会') },
      { authorization: `Bearer ${token}` },
    );
    expect(response.errors).toBeUndefined();
    const created = response.data!.createOrganization;
    expect(created.region.code).toBe('kikuchi');
    expect(await idsInDatabase('kikuchi')).toContain(created.id);
    for (const other of ['niigata', 'gifu']) expect(await idsInDatabase(other)).not.toContain(created.id);
  });

  it('refuses a write into another region at the gateway, and nothing is written', async () => {
    const before = await idsInDatabase('gifu');
    const token = await hub.issuer.mint({ sub: 'kikuchi-staff', roles: ['municipal_staff'], region: 'kikuchi', municipality: '432105' });
    const response = await postGraphQL(hub.gatewayUrl, create, { input: input('212016', '越境テストの会') }, { authorization: `Bearer ${token}` });
    expect(response.data).toEqual({ createOrganization: null });
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', region: 'gifu' });
    const update = await postGraphQL(
      hub.gatewayUrl,
      `mutation($id: ID!) { updateOrganization(id: $id, input: { description: "越境" }) { id } }`,
      { id: GIFU_ORG },
      { authorization: `Bearer ${token}` },
    );
    expect(update.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', region: 'gifu' });
    expect(await idsInDatabase('gifu')).toEqual(before);
  });

  it('is refused by the region itself when a caller reaches it directly', async () => {
    const token = await hub.issuer.mint({ sub: 'kikuchi-staff', roles: ['municipal_staff'], region: 'kikuchi', municipality: '432105' });
    const response = await postGraphQL(hub.regions.gifu!.url, create, { input: input('212016', '直接テストの会') }, { authorization: `Bearer ${token}` });
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('a region that goes away', () => {
  it('answers with the other two and REGION_UNAVAILABLE, and recovers when it comes back', async () => {
    const niigata = hub.regions.niigata!;
    const expected = (await Promise.all(REGIONS.map(idsInDatabase))).flat().length;
    await niigata.stopServer();
    try {
      const response = await postGraphQL<Page>(hub.gatewayUrl, PAGE, { first: 100 });
      expect(response.data!.organizations.edges.length).toBeGreaterThan(0);
      expect(response.data!.organizations.edges.some((e) => e.node.id.startsWith('niigata:'))).toBe(false);
      expect(new Set(response.data!.organizations.edges.map((e) => e.node.id.split(':')[0]))).toEqual(new Set(['kikuchi', 'gifu']));
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]).toMatchObject({ path: ['organizations'], extensions: { code: 'REGION_UNAVAILABLE', region: 'niigata' } });
      expect(response.errors![0]!.extensions!.messageJa).toContain('新潟県');

      // Routed to the missing region only: null and the error; other regions' records still resolve.
      const lookup = await postGraphQL(hub.gatewayUrl, `query($a: ID!, $b: ID!) { a: organization(id: $a) { name } b: organization(id: $b) { name } }`, {
        a: NIIGATA_ORG,
        b: GIFU_ORG,
      });
      expect(lookup.data).toEqual({ a: null, b: { name: '特定非営利活動法人ぎふNPOセンター' } });
      expect(lookup.errors!.map((e) => e.extensions!.code)).toEqual(['REGION_UNAVAILABLE']);
    } finally {
      await niigata.restartServer();
    }
    // Back without a gateway restart, once its back-off has passed.
    let recovered: { data?: Page | null; errors?: unknown } = {};
    for (let attempt = 0; attempt < 50; attempt++) {
      recovered = await postGraphQL<Page>(hub.gatewayUrl, PAGE, { first: 100 });
      if (!recovered.errors) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(recovered.errors).toBeUndefined();
    expect(recovered.data!.organizations.totalCount).toBe(expected);
  });
});

/** A second gateway over the regions, with another registry. */
function gatewayWith(registry: RegionRegistry, subgraphTimeoutMs?: number) {
  return startGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    registry,
    subgraphTimeoutMs,
    verifier: createTokenVerifier({ issuer: hub.issuer.issuer, audience: hub.issuer.audience, publicKeys: hub.issuer.jwks }),
    development: false,
    logger: createLogger('gateway-test', 'silent'),
    port: 0,
    host: '127.0.0.1',
  });
}

describe('a slow region', () => {
  it('is left out once its time is up, with REGION_UNAVAILABLE, and the others answer', async () => {
    const slow = await delayingProxy(hub.regions.niigata!.url, { ms: 3_000 });
    const gateway = await gatewayWith(withSubgraphUrls(hub.registry, { niigata: { organisations: slow.url } }), 300);
    try {
      const response = await postGraphQL<Page>(gateway.url, PAGE, { first: 100 });
      expect(new Set(response.data!.organizations.edges.map((e) => e.node.id.split(':')[0]))).toEqual(new Set(['kikuchi', 'gifu']));
      expect(response.errors).toEqual([
        expect.objectContaining({ path: ['organizations'], extensions: expect.objectContaining({ code: 'REGION_UNAVAILABLE', region: 'niigata' }) }),
      ]);
    } finally {
      await gateway.close();
      slow.server.closeAllConnections();
      slow.server.close();
    }
  });
});

describe('a region serving another schema', () => {
  it('is left out with REGION_INCOMPATIBLE, and the other regions still answer', async () => {
    const stale = await startTestSubgraph({ hostedRegions: ['gifu'], issuer: hub.issuer, schemaFingerprint: `sha256:${'0'.repeat(64)}` });
    const gateway = await gatewayWith(withSubgraphUrls(hub.registry, { gifu: { organisations: stale.url } }));
    try {
      const response = await postGraphQL<Page>(gateway.url, PAGE, { first: 100 });
      expect(new Set(response.data!.organizations.edges.map((e) => e.node.id.split(':')[0]))).toEqual(new Set(['kikuchi', 'niigata']));
      expect(response.errors).toEqual([
        expect.objectContaining({ path: ['organizations'], extensions: expect.objectContaining({ code: 'REGION_INCOMPATIBLE', region: 'gifu' }) }),
      ]);
      // Nothing is sent to it, not even a write for its own region.
      const token = await hub.issuer.mint({ sub: 'gifu-staff', roles: ['municipal_staff'], region: 'gifu', municipality: '212016' });
      const write = await postGraphQL(
        gateway.url,
        `mutation { createOrganization(input: { name: "届かない会", nameKana: "トドカナイカイ", legalForm: NPO, municipalityCode: "212016" }) { id } }`,
        {},
        { authorization: `Bearer ${token}` },
      );
      expect(write.errors![0]!.extensions).toMatchObject({ code: 'REGION_INCOMPATIBLE', region: 'gifu' });
      const rows = await stale.orm.select({ name: organization.name }).from(organization);
      expect(rows.map((r) => r.name)).not.toContain('届かない会');
    } finally {
      await gateway.close();
      await stale.close();
    }
  });
});

describe('a region that does not share with the caller', () => {
  it('is left out of the fan-out, and asking for it by name is FORBIDDEN', async () => {
    // 新潟県 shares organisations with 菊池圏域 only (in this test): the public and 岐阜県 do not see its records.
    const document = JSON.parse(readFileSync(DEFAULT_REGISTRY_PATH, 'utf8')) as {
      regions: { code: string; subgraphs: Record<string, string>; sharing: unknown[] }[];
    };
    for (const region of document.regions) {
      region.subgraphs.organisations = hub.regions[region.code]!.url;
      if (region.code === 'niigata') region.sharing = [{ domain: 'organisations', with: ['kikuchi'] }];
    }
    const gateway = await gatewayWith(parseRegionRegistry(document));
    try {
      const anyone = await postGraphQL<Page>(gateway.url, PAGE, { first: 100 });
      expect(anyone.errors).toBeUndefined();
      expect(new Set(anyone.data!.organizations.edges.map((e) => e.node.id.split(':')[0]))).toEqual(new Set(['kikuchi', 'gifu']));
      const asked = await postGraphQL(gateway.url, `{ organizations(regions: ["niigata"]) { totalCount } }`);
      expect(asked.data).toBeNull();
      expect(asked.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', region: 'niigata' });
      const kikuchi = await hub.issuer.mint({ sub: 'k', roles: ['municipal_staff'], region: 'kikuchi' });
      const member = await postGraphQL<Page>(gateway.url, PAGE, { first: 100 }, { authorization: `Bearer ${kikuchi}` });
      expect(new Set(member.data!.organizations.edges.map((e) => e.node.id.split(':')[0]))).toEqual(new Set(REGIONS));
    } finally {
      await gateway.close();
    }
  });
});

describe('bad input to a fan-out', () => {
  it('asks a caller without a region to name the region of an audit trail', async () => {
    const admin = await hub.issuer.mint({ sub: 'a', roles: ['hub_admin'] });
    const response = await postGraphQL(hub.gatewayUrl, `{ auditTrailCheck { intact } }`, {}, { authorization: `Bearer ${admin}` });
    expect(response.data).toEqual({ auditTrailCheck: null });
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'region' });
    expect(response.errors![0]!.extensions!.messageJa).toBeTruthy();
  });

  it('is refused once, not once per region, and changes nothing', async () => {
    const response = await postGraphQL(hub.gatewayUrl, `{ organizations(first: 0) { totalCount } }`);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(response.errors![0]!.extensions!.messageJa).toBeTruthy();
    const cursor = await postGraphQL(hub.gatewayUrl, `{ organizations(after: "not-a-cursor") { totalCount } }`);
    expect(cursor.errors).toEqual([expect.objectContaining({ path: ['organizations'], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) })]);
  });
});
