// One regional instance among several: it hosts some regions (HOSTED_REGIONS), serves a request only the region
// the gateway names (X-Hub-Region), applies each region's own sharing rules and reports its schema fingerprint.
import { readFileSync } from 'node:fs';
import { DEFAULT_REGISTRY_PATH, parseRegionRegistry, REGION_HEADER } from '@renkei/regions';
import { SCHEMA_HEADER, schemaFingerprint } from '@renkei/server';
import { postGraphQL } from '@renkei/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from './app.js';
import { organization } from './db/schema.js';
import { demoUuid } from './demo/seed.js';
import { startTestSubgraph, type TestSubgraph } from './test-server.js';

const OTHER_SCHEMA = `sha256:${'0'.repeat(64)}`;

let subgraph: TestSubgraph;
let admin: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph({ hostedRegions: ['kikuchi', 'niigata'] });
  admin = await subgraph.issuer.mint({ sub: 'admin', roles: ['hub_admin'] });
});
afterAll(() => subgraph?.close());

/** Calls the instance as a hub administrator (or as `token`; null: the public), for `region` when given. */
async function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  { region, token, purpose, url }: { region?: string; token?: string | null; purpose?: string; url?: string } = {},
) {
  const bearer = token === undefined ? admin : token;
  return postGraphQL<T>(url ?? subgraph.url, query, variables, {
    ...(region !== undefined ? { [REGION_HEADER]: region } : {}),
    ...(purpose ? { 'x-hub-purpose': encodeURIComponent(purpose) } : {}),
    ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
  });
}

type Ids = { totalCount: number; edges: { node: { id: string } }[] };
const regionsOf = (connection: Ids) => [...new Set(connection.edges.map((e) => e.node.id.split(':')[0]))].sort();

const ORGANIZATIONS = `query($regions: [ID!]) { organizations(first: 100, regions: $regions) { totalCount edges { node { id } } } }`;
const NETWORKS = `query($regions: [ID!]) { networks(first: 100, regions: $regions) { totalCount edges { node { id } } } }`;

async function organizations(options: { region?: string; regions?: string[]; token?: string | null; url?: string } = {}) {
  const response = await gql<{ organizations: Ids }>(ORGANIZATIONS, { regions: options.regions }, options);
  expect(response.errors).toBeUndefined();
  return response.data!.organizations;
}

async function countOrganizations() {
  const [row] = await subgraph.orm.select({ n: sql<number>`count(*)::int` }).from(organization);
  return row!.n;
}

const kikuaikai = `kikuchi:Organization:${demoUuid('kikuchi-kikuaikai')}`;
const rofukukyo = `niigata:Organization:${demoUuid('niigata-rofukukyo')}`;

describe('the region header', () => {
  it('serves every hosted region without it, and only the named one with it', async () => {
    const all = await organizations();
    expect(regionsOf(all)).toEqual(['kikuchi', 'niigata']);
    const kikuchi = await organizations({ region: 'kikuchi' });
    const niigata = await organizations({ region: 'niigata' });
    expect(regionsOf(kikuchi)).toEqual(['kikuchi']);
    expect(regionsOf(niigata)).toEqual(['niigata']);
    expect(kikuchi.totalCount + niigata.totalCount).toBe(all.totalCount);
    const networks = await gql<{ networks: Ids }>(NETWORKS, {}, { region: 'niigata' });
    expect(networks.data!.networks.totalCount).toBeGreaterThan(0);
    expect(regionsOf(networks.data!.networks)).toEqual(['niigata']);
  });

  it("answers null for another region's record, by ID and as an entity", async () => {
    const byId = `query($id: ID!) { organization(id: $id) { id } }`;
    expect((await gql(byId, { id: rofukukyo }, { region: 'niigata' })).data).toEqual({ organization: { id: rofukukyo } });
    expect((await gql(byId, { id: rofukukyo }, { region: 'kikuchi' })).data).toEqual({ organization: null });
    const entities = await gql<{ _entities: unknown[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { id } } }`,
      { r: [{ __typename: 'Organization', id: kikuaikai }, { __typename: 'Organization', id: rofukukyo }] },
      { region: 'kikuchi' },
    );
    expect(entities.data?._entities).toEqual([{ id: kikuaikai }, null]);
  });

  it("lists no organisations of another region under a region or a municipality", async () => {
    const response = await gql<{ region: { organizations: { totalCount: number } }; municipality: { organizations: { totalCount: number } } }>(
      `{ region(code: "niigata") { organizations { totalCount } } municipality(code: "151009") { organizations { totalCount } } }`,
      {},
      { region: 'kikuchi' },
    );
    expect(response.data).toEqual({ region: { organizations: { totalCount: 0 } }, municipality: { organizations: { totalCount: 0 } } });
    const own = await gql<{ region: { organizations: { totalCount: number } } }>(`{ region(code: "niigata") { organizations { totalCount } } }`, {}, { region: 'niigata' });
    expect(own.data!.region.organizations.totalCount).toBeGreaterThan(0);
  });

  it('refuses a region this instance does not host with BAD_USER_INPUT, changing nothing', async () => {
    for (const region of ['gifu', 'atlantis', '']) {
      const response = await gql(`{ regions { code } }`, {}, { region });
      expect(response.status).toBe(400);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0]?.message).toMatch(/does not host/);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageJa: expect.stringContaining('保持していません') });
    }
    const before = await countOrganizations();
    const create = await gql(
      `mutation { createOrganization(input: { name: "誤配送の会", nameKana: "ゴハイソウノカイ", legalForm: NPO, municipalityCode: "212016" }) { id } }`,
      {},
      { region: 'gifu' },
    );
    expect(create.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await countOrganizations()).toBe(before);
  });

  it('writes only in the named region', async () => {
    const before = await countOrganizations();
    const create = await gql(
      `mutation { createOrganization(input: { name: "越境の会", nameKana: "エッキョウノカイ", legalForm: NPO, municipalityCode: "151009" }) { id } }`,
      {},
      { region: 'kikuchi' },
    );
    expect(create.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.municipalityCode' });
    const update = await gql(
      `mutation($id: ID!) { updateOrganization(id: $id, input: { description: "越境" }) { id } }`,
      { id: rofukukyo },
      { region: 'kikuchi' },
    );
    expect(update.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await countOrganizations()).toBe(before);
  });
});

describe('the regions argument', () => {
  it('narrows organisations and networks to the regions given', async () => {
    expect(regionsOf(await organizations({ regions: ['niigata'] }))).toEqual(['niigata']);
    expect(regionsOf(await organizations({ regions: ['kikuchi', 'niigata'] }))).toEqual(['kikuchi', 'niigata']);
    const networks = await gql<{ networks: Ids }>(NETWORKS, { regions: ['kikuchi'] });
    expect(networks.data!.networks.totalCount).toBeGreaterThan(0);
    expect(regionsOf(networks.data!.networks)).toEqual(['kikuchi']);
  });

  it('finds nothing in a region not served, whether not hosted or not the one named', async () => {
    expect((await organizations({ regions: ['gifu'] })).totalCount).toBe(0);
    expect((await organizations({ regions: ['niigata'], region: 'kikuchi' })).totalCount).toBe(0);
    expect((await gql<{ networks: Ids }>(NETWORKS, { regions: ['gifu'] })).data!.networks.totalCount).toBe(0);
  });

  it('refuses an unknown region code with BAD_USER_INPUT on regions', async () => {
    for (const query of [ORGANIZATIONS, NETWORKS]) {
      const response = await gql(query, { regions: ['kikuchi', 'tokyo'] });
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regions', messageJa: expect.any(String) });
    }
  });
});

describe('the audit trail of one region', () => {
  type Trail = { auditTrail: { totalCount: number; edges: { node: { region: string | null } }[] }; auditTrailCheck: { records: number } };
  const TRAIL = `query($region: ID) { auditTrail(first: 100, region: $region) { totalCount edges { node { region } } } auditTrailCheck(region: $region) { records } }`;

  beforeAll(async () => {
    for (const id of [kikuaikai, rofukukyo]) {
      const response = await gql(`mutation($id: ID!) { updateOrganization(id: $id, input: { description: "監査の地域" }) { id } }`, { id });
      expect(response.errors).toBeUndefined();
    }
  });

  async function trail(region: string | undefined, header?: string) {
    const response = await gql<Trail>(TRAIL, { region }, { purpose: '監査', region: header });
    expect(response.errors).toBeUndefined();
    return response.data!;
  }

  it('reads only the region asked for', async () => {
    const kikuchi = await trail('kikuchi');
    expect(kikuchi.auditTrail.totalCount).toBeGreaterThan(0);
    expect(kikuchi.auditTrail.edges.every((e) => e.node.region === 'kikuchi')).toBe(true);
    expect(kikuchi.auditTrailCheck.records).toBe(kikuchi.auditTrail.totalCount);
    const everything = await trail(undefined);
    expect(everything.auditTrail.totalCount).toBeGreaterThan(kikuchi.auditTrail.totalCount);
    const exported = await gql<{ exportAuditTrail: string }>(`{ exportAuditTrail(region: "niigata") }`, {}, { purpose: '監査' });
    const lines = exported.data!.exportAuditTrail.split('\n').map((l) => JSON.parse(l) as { region: string });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.region === 'niigata')).toBe(true);
  });

  it("reads only the header's region when the gateway names one", async () => {
    const niigata = await trail(undefined, 'niigata');
    expect(niigata.auditTrail.totalCount).toBeGreaterThan(0);
    expect(niigata.auditTrail.edges.every((e) => e.node.region === 'niigata')).toBe(true);
  });

  it('refuses a region not served for the request with FORBIDDEN', async () => {
    for (const [region, header] of [['gifu', undefined], ['kikuchi', 'niigata']] as const) {
      const response = await gql(`query($region: ID) { auditTrail(region: $region) { totalCount } }`, { region }, { purpose: '監査', region: header });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', messageJa: expect.any(String) });
      expect(response.data).toEqual({ auditTrail: null });
    }
  });
});

describe("each region's own sharing rules", () => {
  let restricted: TestSubgraph;

  beforeAll(async () => {
    // 新潟 shares its organisations with 岐阜 only: not with the public, not with 菊池.
    const document = JSON.parse(readFileSync(DEFAULT_REGISTRY_PATH, 'utf8')) as { regions: { code: string; sharing: unknown[] }[] };
    for (const region of document.regions) {
      if (region.code === 'niigata') region.sharing = [{ domain: 'organisations', with: ['gifu'] }];
    }
    restricted = await startTestSubgraph({
      registry: parseRegionRegistry(document),
      hostedRegions: ['kikuchi', 'niigata'],
      schemaFingerprint: OTHER_SCHEMA,
    });
  });
  afterAll(() => restricted?.close());

  it('narrows what a caller sees to the regions sharing with their own, whatever the header says', async () => {
    const as = async (region: string | undefined) =>
      region ? restricted.issuer.mint({ sub: `staff-${region}`, roles: ['consultation_worker'], region }) : null;
    const seen = async (callerRegion: string | undefined, header?: string) =>
      regionsOf(await organizations({ token: await as(callerRegion), url: restricted.url, region: header }));
    expect(await seen(undefined)).toEqual(['kikuchi']);
    expect(await seen('kikuchi')).toEqual(['kikuchi']);
    expect(await seen('niigata')).toEqual(['kikuchi', 'niigata']);
    expect(await seen('gifu')).toEqual(['kikuchi', 'niigata']);
    expect(await seen(undefined, 'niigata')).toEqual([]);
    expect(await seen('gifu', 'niigata')).toEqual(['niigata']);
  });

  it('reports the schema it was given', async () => {
    const response = await fetch(restricted.url.replace(/\/graphql$/, '/ready'));
    expect(response.headers.get(SCHEMA_HEADER)).toBe(OTHER_SCHEMA);
    expect(await response.json()).toMatchObject({ status: 'ready', schema: OTHER_SCHEMA });
  });
});

describe('the schema fingerprint', () => {
  const expected = schemaFingerprint(readFileSync(SCHEMA_FILE, 'utf8'));

  it('is that of schema.graphql, on every response and in /ready', async () => {
    expect(expected).toMatch(/^sha256:[0-9a-f]{64}$/);
    const ok = await gql(`{ vocabularies { legalForms { code } } }`);
    expect(ok.headers.get(SCHEMA_HEADER)).toBe(expected);
    const refused = await gql(`{ regions { code } }`, {}, { region: 'gifu' });
    expect(refused.headers.get(SCHEMA_HEADER)).toBe(expected);
    const base = subgraph.url.replace(/\/graphql$/, '');
    const health = await fetch(`${base}/health`);
    expect(health.headers.get(SCHEMA_HEADER)).toBe(expected);
    const ready = await fetch(`${base}/ready`);
    expect(ready.headers.get(SCHEMA_HEADER)).toBe(expected);
    expect(await ready.json()).toEqual({ status: 'ready', service: 'organisations', schema: expected });
  });
});
