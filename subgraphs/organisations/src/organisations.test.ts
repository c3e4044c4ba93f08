// The organisations subgraph over real HTTP on a real database (PGlite, or PostgreSQL when DATABASE_URL is set),
// seeded with the demo data.
import { captureLogs, postGraphQL } from '@renkei/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organization, service } from './db/schema.js';
import { demoUuid } from './demo/seed.js';
import { startTestSubgraph, type TestSubgraph } from './test-server.js';

let subgraph: TestSubgraph;
let admin: string;
const logs = captureLogs('organisations-test');

beforeAll(async () => {
  subgraph = await startTestSubgraph({ logger: logs.logger });
  admin = await subgraph.issuer.mint({ sub: 'admin', roles: ['hub_admin'] });
});
afterAll(() => subgraph?.close());

type Edge = { cursor: string; node: { id: string; name: string } };
type Connection = { totalCount: number; edges: Edge[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/** Calls the subgraph as a hub administrator, or as whoever `token` says (null: the public). */
async function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  { requestId, token, purpose }: { requestId?: string; token?: string | null; purpose?: string } = {},
) {
  const bearer = token === undefined ? admin : token;
  return postGraphQL<T>(subgraph.url, query, variables, {
    ...(requestId ? { 'x-request-id': requestId } : {}),
    ...(purpose ? { 'x-hub-purpose': encodeURIComponent(purpose) } : {}),
    ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
  });
}

const SEARCH = /* GraphQL */ `
  query Search($filter: OrganizationFilter, $first: Int, $after: String) {
    organizations(filter: $filter, first: $first, after: $after) {
      totalCount
      edges { cursor node { id name } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

async function search(filter: Record<string, unknown>, first = 100, after?: string) {
  const response = await gql<{ organizations: Connection }>(SEARCH, { filter, first, after }, { token: null });
  expect(response.errors).toBeUndefined();
  return response.data!.organizations;
}

async function countRows() {
  const [orgs] = await subgraph.orm.select({ n: sql<number>`count(*)::int` }).from(organization);
  const [services] = await subgraph.orm.select({ n: sql<number>`count(*)::int` }).from(service);
  return { organizations: orgs!.n, services: services!.n };
}

describe('search', () => {
  it('finds グリーンコープ for 家計相談 in 菊陽町', async () => {
    const result = await search({ municipalityCode: '434043', serviceCategories: ['HOUSEHOLD_FINANCE'] });
    expect(result.edges.map((e) => e.node.name)).toEqual(['グリーンコープ生活協同組合くまもと']);
    expect(result.totalCount).toBe(1);
  });

  it('matches hiragana, half-width and full-width katakana alike', async () => {
    const names = async (text: string) => (await search({ text })).edges.map((e) => e.node.name);
    const hiragana = await names('ふーどばんく');
    expect(hiragana).toContain('フードバンク菊池');
    expect(await names('ﾌｰﾄﾞﾊﾞﾝｸ')).toEqual(hiragana);
    expect(await names('フードバンク')).toEqual(hiragana);
    expect(await names('ふーどばんく　きくち')).toEqual(['フードバンク菊池']);
  });

  it('serves free text from the trigram index rather than a scan', async () => {
    const plan = await subgraph.orm.transaction(async (tx) => {
      // With a few dozen rows a scan is cheapest; forbidding it shows whether the index can serve the query.
      await tx.execute(sql`set local enable_seqscan = off`);
      const result = await tx.execute(
        sql`explain select id from organisations.organization where search_text like '%ふーどばんく%'`,
      );
      const rows = Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows;
      return JSON.stringify(rows);
    });
    expect(plan).toContain('organization_search_trgm');
  });

  it('narrows by target group, region, legal form and programme role', async () => {
    const kikuchi = await search({ regionCode: 'kikuchi' });
    expect(kikuchi.totalCount).toBeGreaterThan(5);
    expect(kikuchi.edges.every((e) => e.node.id.startsWith('kikuchi:Organization:'))).toBe(true);
    const coops = await search({ legalForms: ['CONSUMER_COOPERATIVE'] });
    expect(coops.edges.map((e) => e.node.name)).toContain('グリーンコープ生活協同組合くまもと');
    const learning = await search({ programmeRoles: ['LEARNING_SUPPORT'] });
    expect(learning.edges.map((e) => e.node.name)).toContain('特定非営利活動法人仕事工房ポポロ');
    const children = await search({ targetGroups: ['CHILDREN'], regionCode: 'gifu' });
    expect(children.totalCount).toBeGreaterThan(0);
    expect(children.edges.every((e) => e.node.id.startsWith('gifu:'))).toBe(true);
  });

  it('pages through every organisation without skipping or repeating one, even when rows are added meanwhile', async () => {
    const all = await search({}, 100);
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    let inserted = false;
    for (;;) {
      const page = await search({}, 7, after);
      expect(page.totalCount).toBe(all.totalCount + (inserted ? 1 : 0));
      seen.push(...page.edges.map((e) => e.node.id));
      pages += 1;
      if (!inserted) {
        // A new organisation that sorts first (ア…) appears before the cursor: the next page must not shift.
        const created = await gql(
          `mutation { createOrganization(input: { name: "あいうえお会", nameKana: "アアア", legalForm: VOLUNTARY_GROUP, municipalityCode: "432105" }) { id } }`,
        );
        expect(created.errors).toBeUndefined();
        inserted = true;
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(all.edges.map((e) => e.node.id));
    expect(pages).toBe(Math.ceil(all.totalCount / 7));
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ filter: { municipalityCode: '432106' } }, 'filter.municipalityCode'],
    [{ filter: { regionCode: 'tokyo' } }, 'filter.regionCode'],
    [{ filter: { text: 'あ'.repeat(201) } }, 'filter.text'],
  ])('refuses %j with BAD_USER_INPUT on %s', async (variables, field) => {
    const response = await gql(SEARCH, variables);
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.errors?.[0]?.extensions?.messageJa).toBeTruthy();
  });
});

describe('entities and reference data', () => {
  const kikuaikai = `kikuchi:Organization:${demoUuid('kikuchi-kikuaikai')}`;

  it('gets an organisation by ID with its windows and their hours', async () => {
    const response = await gql<{ organization: { name: string; windows: { name: string; openingHours: { days: string[]; opens: string; closes: string }[] }[] } }>(
      `query($id: ID!) { organization(id: $id) { name windows { name openingHours { days opens closes } } } }`,
      { id: kikuaikai },
    );
    expect(response.data?.organization.name).toBe('社会福祉法人 菊愛会');
    const hours = response.data!.organization.windows.flatMap((w) => w.openingHours);
    expect(hours).toContainEqual({ days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], opens: '08:30', closes: '17:30' });
    expect(hours).toContainEqual({ days: ['MONDAY', 'WEDNESDAY'], opens: '09:00', closes: '16:00' });
  });

  it('answers null for an unknown ID and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await gql(`{ organization(id: "kikuchi:Organization:00000000-0000-4000-8000-000000000000") { name } }`);
    expect(unknown.data).toEqual({ organization: null });
    const malformed = await gql(`{ organization(id: "42") { name } }`);
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves Organization and Municipality references for the gateway (_entities)', async () => {
    const response = await gql<{ _entities: ({ name: string } | null)[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { name } ... on Municipality { name } } }`,
      {
        r: [
          { __typename: 'Municipality', code: '434043' },
          { __typename: 'Organization', id: kikuaikai },
          { __typename: 'Organization', id: 'kikuchi:Organization:00000000-0000-4000-8000-000000000000' },
        ],
      },
    );
    expect(response.data?._entities).toEqual([{ name: '菊陽町' }, { name: '社会福祉法人 菊愛会' }, null]);
  });

  it('lists a municipality and a region with their organisations', async () => {
    const response = await gql<{
      municipality: { name: string; kind: string; region: { code: string }; organizations: Connection };
      region: { name: string; kind: string; municipalities: { name: string }[]; organizations: Connection };
    }>(`{
      municipality(code: "434043") { name kind region { code } organizations(first: 2) { totalCount edges { node { name } } pageInfo { hasNextPage } } }
      region(code: "kikuchi") { name kind municipalities { name } organizations(first: 50) { totalCount edges { node { name } } } }
    }`);
    const { municipality, region } = response.data!;
    expect(municipality).toMatchObject({ name: '菊陽町', kind: 'TOWN', region: { code: 'kikuchi' } });
    expect(municipality.organizations.edges).toHaveLength(2);
    expect(municipality.organizations.pageInfo.hasNextPage).toBe(municipality.organizations.totalCount > 2);
    expect(region).toMatchObject({ name: '菊池圏域', kind: 'CONSORTIUM' });
    expect(region.municipalities.map((m) => m.name)).toEqual(['菊池市', '合志市', '大津町', '菊陽町']);
    expect(region.organizations.edges.map((e) => e.node.name)).toContain('フードバンク菊池');
  });

  it('reads a code typed with full-width digits', async () => {
    expect((await gql(`{ municipality(code: "４３４０４３") { name } }`)).data).toEqual({ municipality: { name: '菊陽町' } });
  });

  it('refuses a municipality code with a wrong check digit', async () => {
    const response = await gql(`{ municipality(code: "432106") { name } }`);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageJa: expect.stringContaining('検査数字') });
  });
});

describe('mutations', () => {
  const CREATE = /* GraphQL */ `
    mutation($input: CreateOrganizationInput!) {
      createOrganization(input: $input) { id name services { id name areas { municipality { code } } } windows { name openingHours { opens closes } } }
    }
  `;
  const valid = {
    name: 'こうし子ども学習会',
    nameKana: 'コウシコドモガクシュウカイ',
    legalForm: 'VOLUNTARY_GROUP',
    municipalityCode: '432164',
    publicContact: { phone: '000-0000-9999', email: 'info@koshi-gakushu.example', website: 'https://koshi-gakushu.example/' },
    services: [
      { name: '無料学習会', categories: ['LEARNING_SUPPORT'], targetGroups: ['CHILDREN'], areas: [{ municipalityCode: '432164' }] },
      { name: '子ども食堂', categories: ['CHILDREN_CAFETERIA'], areas: [{ municipalityCode: '432164' }, { municipalityCode: '434035' }] },
    ],
    windows: [{ name: '学習会会場', municipalityCode: '432164', openingHours: [{ days: ['SATURDAY'], opens: '10:00', closes: '12:00' }] }],
  };

  it('creates an organisation with services and windows, in the region of its municipality, findable at once', async () => {
    const response = await gql<{ createOrganization: { id: string; services: { name: string }[] } }>(CREATE, { input: valid });
    expect(response.errors).toBeUndefined();
    expect(response.data!.createOrganization.id).toMatch(/^kikuchi:Organization:/);
    expect(response.data!.createOrganization.services.map((s) => s.name)).toEqual(['無料学習会', '子ども食堂']);
    const found = await search({ text: 'こうしこどもがくしゅう', municipalityCode: '434035' });
    expect(found.edges.map((e) => e.node.name)).toEqual(['こうし子ども学習会']);
  });

  it.each([
    ['an empty name', { name: '' }, 'input.name'],
    ['an over-long name', { name: 'あ'.repeat(201) }, 'input.name'],
    ['a wrong check digit', { municipalityCode: '432106' }, 'input.municipalityCode'],
    ['a municipality outside the hosted regions', { municipalityCode: '011002' }, 'input.municipalityCode'],
    ['a malformed phone number', { publicContact: { phone: '03-1234' } }, 'input.publicContact.phone'],
    ['a malformed URL', { publicContact: { website: 'not a url' } }, 'input.publicContact.website'],
    [
      'a bad code in the second service',
      { services: [valid.services[0], { name: 'x', categories: ['HOUSING'], areas: [{ municipalityCode: '999999' }] }] },
      'input.services.1.areas.0.municipalityCode',
    ],
  ])('refuses %s and writes nothing', async (_label, change, field) => {
    const before = await countRows();
    const response = await gql(CREATE, { input: { ...valid, name: `${valid.name}2`, ...change } });
    expect(response.data).toEqual({ createOrganization: null });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.errors?.[0]?.extensions?.messageJa).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    expect(JSON.stringify(response.errors)).not.toMatch(/stack|select|insert/i);
    expect(await countRows()).toEqual(before);
  });

  it('updates an organisation, and its search text follows the new name', async () => {
    const created = await gql<{ createOrganization: { id: string } }>(CREATE, {
      input: { ...valid, name: '旧名称の会', nameKana: 'キュウメイショウノカイ', services: [], windows: [] },
    });
    const id = created.data!.createOrganization.id;
    const updated = await gql<{ updateOrganization: { name: string; description: string | null; updatedAt: string } }>(
      `mutation($id: ID!) { updateOrganization(id: $id, input: { name: "新名称の会", nameKana: "シンメイショウノカイ", description: null }) { name description updatedAt } }`,
      { id },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateOrganization).toMatchObject({ name: '新名称の会', description: null });
    expect(updated.data!.updateOrganization.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
    expect((await search({ text: 'しんめいしょう' })).totalCount).toBe(1);
    expect((await search({ text: '旧名称' })).totalCount).toBe(0);
  });

  it('refuses a bad update and leaves the organisation as it was', async () => {
    const id = `kikuchi:Organization:${demoUuid('kikuchi-greencoop-kumamoto')}`;
    const read = async () => (await gql(`query($id: ID!) { organization(id: $id) { name publicContact { website } updatedAt } }`, { id })).data;
    const before = await read();
    const response = await gql(
      `mutation($id: ID!) { updateOrganization(id: $id, input: { name: "ok", publicContact: { website: "javascript:alert(1)" } }) { name } }`,
      { id },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.publicContact.website' });
    expect(await read()).toEqual(before);
  });

  it('refuses to move an organisation to another region, and answers NOT_FOUND for an unknown one', async () => {
    const id = `kikuchi:Organization:${demoUuid('kikuchi-foodbank-kikuchi')}`;
    const moved = await gql(`mutation($id: ID!) { updateOrganization(id: $id, input: { municipalityCode: "212016" }) { name } }`, { id });
    expect(moved.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await gql(
      `mutation { updateOrganization(id: "gifu:Organization:00000000-0000-4000-8000-000000000000", input: { name: "x" }) { name } }`,
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('adds, updates and removes a service', async () => {
    const orgId = `gifu:Organization:${demoUuid('gifu-shigoto-kobo-popolo')}`;
    const added = await gql<{ addService: { id: string; name: string } }>(
      `mutation($id: ID!) { addService(organizationId: $id, input: { name: "夏休み学習会", categories: [LEARNING_SUPPORT], areas: [{ municipalityCode: "212016", detail: "長良中学校区" }] }) { id name } }`,
      { id: orgId },
    );
    expect(added.errors).toBeUndefined();
    const serviceId = added.data!.addService.id;
    expect(serviceId).toMatch(/^gifu:Service:/);
    expect((await search({ text: '夏休み学習' })).edges.map((e) => e.node.id)).toEqual([orgId]);

    const updated = await gql<{ updateService: { name: string; areas: { detail: string | null }[] } }>(
      `mutation($id: ID!) { updateService(id: $id, input: { name: "冬休み学習会", areas: [{ municipalityCode: "212016" }] }) { name areas { detail } } }`,
      { id: serviceId },
    );
    expect(updated.data?.updateService).toEqual({ name: '冬休み学習会', areas: [{ detail: null }] });

    const badUpdate = await gql(`mutation($id: ID!) { updateService(id: $id, input: { categories: [] }) { name } }`, { id: serviceId });
    expect(badUpdate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.categories' });

    const removed = await gql(`mutation($id: ID!) { removeService(id: $id) }`, { id: serviceId });
    expect(removed.data).toEqual({ removeService: serviceId });
    expect((await search({ text: '冬休み学習' })).totalCount).toBe(0);
  });
});

describe('SQL statements per request (DataLoader)', () => {
  it('lists 100 organisations with their services, areas, windows and hours in as many statements as 10', async () => {
    // 100 more organisations, each with two services and a window, so that both page sizes are full.
    for (let i = 0; i < 100; i++) {
      const response = await gql(
        `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
        {
          input: {
            name: `計測用団体${i}`,
            nameKana: 'ケイソクヨウダンタイ',
            legalForm: 'NPO',
            municipalityCode: '212016',
            programmeRoles: [{ role: 'LEARNING_SUPPORT', delivery: 'CONTRACTED', contractingMunicipalityCodes: ['212016'] }],
            services: [
              { name: '学習支援', categories: ['LEARNING_SUPPORT'], areas: [{ municipalityCode: '212016' }] },
              { name: '食材提供', categories: ['FOOD_PROVISION'], areas: [{ municipalityCode: '212016' }, { municipalityCode: '212024' }] },
            ],
            windows: [{ name: '窓口', municipalityCode: '212016', openingHours: [{ days: ['MONDAY'], opens: '09:00', closes: '17:00' }] }],
          },
        },
      );
      expect(response.errors).toBeUndefined();
    }
    const query = /* GraphQL */ `
      query($first: Int) {
        organizations(filter: { text: "けいそくよう" }, first: $first) {
          totalCount
          edges { node {
            name municipality { name region { name } }
            programmeRoles { role contractingMunicipalities { name } }
            services { name categories areas { municipality { name } detail } organization { name } }
            windows { name openingHours { days opens closes } }
            networkMemberships { network { name } }
          } }
        }
      }
    `;
    const ten = await gql<{ organizations: { edges: unknown[] } }>(query, { first: 10 }, { requestId: 'count-10' });
    const hundred = await gql<{ organizations: { edges: unknown[] } }>(query, { first: 100 }, { requestId: 'count-100' });
    expect(ten.data?.organizations.edges).toHaveLength(10);
    expect(hundred.data?.organizations.edges).toHaveLength(100);
    const statementsFor10 = await logs.sqlStatementsOf('count-10');
    const statementsFor100 = await logs.sqlStatementsOf('count-100');
    console.info(`SQL statements: 10 organisations → ${statementsFor10}, 100 organisations → ${statementsFor100}`);
    expect(statementsFor10).toBeGreaterThan(0);
    expect(statementsFor100).toBe(statementsFor10);
  });
});

describe('the audit trail', () => {
  const kikuaikai = `kikuchi:Organization:${demoUuid('kikuchi-kikuaikai')}`;
  const TRAIL = `{ auditTrail(first: 50) { totalCount edges { node { seq action subject roles region purpose operation recordIds fields requestId hash } } } }`;
  type Trail = { auditTrail: { totalCount: number; edges: { node: Record<string, unknown> }[] } };
  const trail = async (token?: string) =>
    (await gql<Trail>(TRAIL, {}, { token, purpose: '監査' })).data!.auditTrail.edges.map((e) => e.node);

  it('refuses to show personal information without a stated purpose, even to whom it may be shown', async () => {
    const response = await gql(`query($id: ID!) { organization(id: $id) { name contacts { name } } }`, { id: kikuaikai });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PURPOSE_REQUIRED' });
    expect(JSON.stringify(response)).not.toContain('見本');
  });

  it('records who read which contacts, why, and which fields', async () => {
    const reader = await subgraph.issuer.mint({
      sub: 'auditor-test-reader',
      roles: ['consultation_worker'],
      organization: `kikuchi:Organization:${demoUuid('kikuchi-foodbank-kikuchi')}`,
      region: 'kikuchi',
    });
    const read = await gql(`query($id: ID!) { organization(id: $id) { contacts { name phone } } }`, { id: kikuaikai }, {
      token: reader,
      purpose: 'フードバンクへの紹介',
      requestId: 'audited-read-1',
    });
    expect(read.errors).toBeUndefined();
    const record = (await trail()).find((r) => r.requestId === 'audited-read-1');
    expect(record).toMatchObject({
      action: 'read',
      subject: 'auditor-test-reader',
      roles: ['consultation_worker'],
      region: 'kikuchi',
      purpose: 'フードバンクへの紹介',
      operation: 'Organization.contacts',
      recordIds: [kikuaikai],
      fields: ['name', 'phone'],
    });
  });

  it('records writes, in the same transaction as the write', async () => {
    const id = `gifu:Organization:${demoUuid('gifu-foodbank-seiryu')}`;
    await gql(`mutation($id: ID!) { updateOrganization(id: $id, input: { description: "監査テスト" }) { id } }`, { id }, { requestId: 'audited-write-1' });
    expect((await trail()).find((r) => r.requestId === 'audited-write-1')).toMatchObject({
      action: 'write',
      operation: 'Mutation.updateOrganization',
      recordIds: [id],
      fields: ['description'],
      region: 'gifu',
    });
  });

  it("shows a region's administrator only that region's records, and audits reading the trail", async () => {
    const niigata = await subgraph.issuer.mint({ sub: 'niigata-admin', roles: ['prefecture_staff'], region: 'niigata' });
    const records = await trail(niigata);
    expect(records.every((r) => r.region === 'niigata')).toBe(true);
    const all = await trail();
    expect(all.some((r) => r.region === 'kikuchi')).toBe(true);
    expect(all.some((r) => r.operation === 'Query.auditTrail' && r.subject === 'niigata-admin')).toBe(true);
  });

  it("gives a region's administrator the chain's state but only their region's counts, and nothing without a region", async () => {
    const check = `{ auditTrailCheck { intact records brokenAt } auditTrail { totalCount } }`;
    const niigata = await subgraph.issuer.mint({ sub: 'niigata-admin-2', roles: ['prefecture_staff'], region: 'niigata' });
    const regional = await gql<{ auditTrailCheck: { records: number }; auditTrail: { totalCount: number } }>(check, {}, { token: niigata, purpose: '監査' });
    const everything = await gql<{ auditTrailCheck: { records: number } }>(check, {}, { purpose: '監査' });
    expect(regional.data?.auditTrailCheck.records).toBe(regional.data?.auditTrail.totalCount);
    expect(regional.data!.auditTrailCheck.records).toBeLessThan(everything.data!.auditTrailCheck.records);
    const regionless = await subgraph.issuer.mint({ sub: 'no-region', roles: ['prefecture_staff'] });
    const none = await gql<{ auditTrail: { totalCount: number } }>(`{ auditTrail { totalCount } exportAuditTrail }`, {}, { token: regionless, purpose: '監査' });
    expect(none.errors).toBeUndefined();
    expect(none.data).toEqual({ auditTrail: { totalCount: 0 }, exportAuditTrail: '' });
  });

  it('exports the trail as JSON Lines that verify on their own', async () => {
    const response = await gql<{ exportAuditTrail: string }>(`{ exportAuditTrail }`, {}, { purpose: '外部監査' });
    const lines = response.data!.exportAuditTrail.split('\n').map((l) => JSON.parse(l) as { seq: number; prevHash: string; hash: string });
    expect(lines.length).toBeGreaterThan(2);
    lines.slice(1).forEach((line, i) => expect(line.prevHash).toBe(lines[i]!.hash));
  });

  it('detects a record edited behind the append-only trigger', async () => {
    const check = `{ auditTrailCheck { intact records brokenAt problem } }`;
    expect((await gql<{ auditTrailCheck: { intact: boolean } }>(check)).data?.auditTrailCheck.intact).toBe(true);
    await expect(subgraph.orm.execute(sql`update organisations.audit_record set purpose = 'x' where seq = 1`)).rejects.toThrow();
    await subgraph.orm.execute(sql`alter table organisations.audit_record disable trigger user`);
    try {
      await subgraph.orm.execute(sql`update organisations.audit_record set subject = 'someone else' where seq = 2`);
      const tampered = await gql<{ auditTrailCheck: Record<string, unknown> }>(check);
      expect(tampered.data?.auditTrailCheck).toMatchObject({ intact: false, brokenAt: 2, problem: 'EDITED' });
    } finally {
      await subgraph.orm.execute(sql`alter table organisations.audit_record enable trigger user`);
    }
  });
});

describe('a subgraph reached directly', () => {
  it('answers no introspection outside development, and its SDL to developers only', async () => {
    const introspection = await gql(`{ __schema { queryType { name } } }`, {}, { token: null });
    expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const sdl = await gql(`{ _service { sdl } }`, {}, { token: null });
    expect(sdl.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(sdl)).not.toContain('NamedContact');
    const developer = await gql<{ _service: { sdl: string } }>(`{ _service { sdl } }`);
    expect(developer.data?._service.sdl).toContain('type Organization');
  });
});

describe('who may write', () => {
  const create = (token: string | null, municipalityCode: string) =>
    gql(
      `mutation($m: ID!) { createOrganization(input: { name: "権限確認の会", nameKana: "ケンゲンカクニンノカイ", legalForm: NPO, municipalityCode: $m }) { id } }`,
      { m: municipalityCode },
      { token },
    );

  it('refuses the public with UNAUTHENTICATED and a consultation worker with FORBIDDEN, writing nothing', async () => {
    const before = await countRows();
    const anonymous = await create(null, '434043');
    expect(anonymous.data).toEqual({ createOrganization: null });
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', messageJa: expect.any(String) });
    const worker = await subgraph.issuer.mint({ sub: 'w', roles: ['consultation_worker'], region: 'kikuchi' });
    const refused = await create(worker, '434043');
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await countRows()).toEqual(before);
  });

  it('lets municipal staff register in their own region only', async () => {
    const staff = await subgraph.issuer.mint({ sub: 'm', roles: ['municipal_staff'], region: 'kikuchi', municipality: '432105' });
    expect((await create(staff, '434043')).errors).toBeUndefined();
    const elsewhere = await create(staff, '212016');
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets organisation staff edit their own organisation and no other', async () => {
    const own = `kikuchi:Organization:${demoUuid('kikuchi-foodbank-kikuchi')}`;
    const other = `kikuchi:Organization:${demoUuid('kikuchi-kikuaikai')}`;
    const staff = await subgraph.issuer.mint({ sub: 'o', roles: ['org_staff'], organization: own, region: 'kikuchi' });
    const edit = (id: string) =>
      gql(`mutation($id: ID!) { updateOrganization(id: $id, input: { description: "更新" }) { description } }`, { id }, { token: staff });
    expect((await edit(own)).data).toEqual({ updateOrganization: { description: '更新' } });
    const refused = await edit(other);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a forged or expired token for the whole request with 401', async () => {
    const expired = await subgraph.issuer.mint({ sub: 'x', roles: ['hub_admin'] }, { expiresIn: Math.floor(Date.now() / 1000) - 3600 });
    const response = await gql(`{ regions { code } }`, {}, { token: expired });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'EXPIRED' });
    expect(response.data).toBeUndefined();
  });
});

describe('named contacts (network-member policy)', () => {
  const kikuaikai = `kikuchi:Organization:${demoUuid('kikuchi-kikuaikai')}`;
  const CONTACTS = `query($id: ID!) { organization(id: $id) { name contacts { name phone } } }`;
  const PURPOSE = '相談者の紹介先の確認';

  it('shows them to staff of an organisation in a shared network, and to the organisation itself', async () => {
    // フードバンク菊池 and 菊愛会 are both in 菊池圏域 食と学びのつながり会.
    const peer = await subgraph.issuer.mint({
      sub: 'p',
      roles: ['consultation_worker'],
      organization: `kikuchi:Organization:${demoUuid('kikuchi-foodbank-kikuchi')}`,
    });
    const seen = await gql<{ organization: { contacts: { name: string }[] } }>(CONTACTS, { id: kikuaikai }, { token: peer, purpose: PURPOSE });
    expect(seen.errors).toBeUndefined();
    expect(seen.data?.organization.contacts[0]?.name).toContain('例');
    const self = await subgraph.issuer.mint({ sub: 's', roles: ['org_staff'], organization: kikuaikai });
    expect((await gql(CONTACTS, { id: kikuaikai }, { token: self, purpose: PURPOSE })).errors).toBeUndefined();
  });

  it('hides them from the public and from staff outside the networks, keeping the rest of the data', async () => {
    const anonymous = await gql<{ organization: { name: string; contacts: unknown } }>(CONTACTS, { id: kikuaikai }, { token: null });
    expect(anonymous.data?.organization).toEqual({ name: '社会福祉法人 菊愛会', contacts: null });
    expect(anonymous.errors?.[0]).toMatchObject({ path: ['organization', 'contacts'], extensions: { code: 'UNAUTHENTICATED' } });

    const stranger = await subgraph.issuer.mint({
      sub: 'g',
      roles: ['consultation_worker'],
      organization: `gifu:Organization:${demoUuid('gifu-shigoto-kobo-popolo')}`,
    });
    const refused = await gql<{ organization: { contacts: unknown } }>(CONTACTS, { id: kikuaikai }, { token: stranger, purpose: PURPOSE });
    expect(refused.data?.organization.contacts).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(refused)).not.toContain('000-0000');
  });

  it('is as strict for an entity reference sent straight to the subgraph', async () => {
    const response = await gql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { name contacts { name phone email } } } }`,
      { r: [{ __typename: 'Organization', id: kikuaikai }] },
      { token: null },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(response.data)).not.toMatch(/例|000-0000|\.example/);
  });
});
