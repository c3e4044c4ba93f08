// Every path by which a confidential shelter's location could reach someone not authorised, tried against a
// real shelters subgraph (real HTTP, real database, real signed tokens) holding the three regions' demo data:
// fields, entity references, the ordering by distance, cursors, counts per municipality, filters that narrow a
// count, and errors. Then that authorised callers see what they need, and that their reads are audited.
import { readFileSync } from 'node:fs';
import { demoUuid } from '@renkei/db';
import { createLocalIssuer, type LocalIssuer } from '@renkei/identity';
import { DEFAULT_REGISTRY_PATH, parseRegionRegistry } from '@renkei/regions';
import { postGraphQL } from '@renkei/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecord } from './db/schema.js';
import { DEMO_SHELTERS } from './demo/index.js';
import { startTestSheltersSubgraph, TEST_CALLERS, type TestCaller, type TestSheltersSubgraph } from './test-server.js';

const shelterId = (region: string, key: string) => `${region}:Shelter:${demoUuid(key)}`;
const KIKUCHI_DV = shelterId('kikuchi', 'kikuchi-dv-shelter-komorebi');
const GIFU_OPERATED = shelterId('gifu', 'gifu-nagaragawa-kinkyu-shelter');
const MISSING = shelterId('kikuchi', 'no-such-shelter');
const KOSHI = '432164';

const confidential = Object.entries(DEMO_SHELTERS).flatMap(([region, list]) =>
  list.filter((s) => s.confidential || s.kind === 'DV_SHELTER').map((s) => ({ ...s, id: shelterId(region, s.key), region })),
);
const confidentialIds = new Set(confidential.map((s) => s.id));
const komorebi = confidential.find((s) => s.key === 'kikuchi-dv-shelter-komorebi')!;

/** What must never appear in an unauthorised caller's answer: every confidential shelter's ID, name, reading, address, contact. */
const SECRETS = confidential.flatMap((s) =>
  [s.id, demoUuid(s.key), s.name, s.nameKana, s.address, s.intakeContact].filter((v): v is string => typeof v === 'string' && v.length > 0),
);
/** …nor its coordinates, as numbers of their own (32.9 may well be the start of another place's 32.978). */
const SECRET_NUMBERS = confidential.flatMap((s) =>
  [s.latitude, s.longitude].filter((v): v is number => v !== undefined).map((v) => new RegExp(`[:\\[,]${String(v).replace('.', '\\.')}[,}\\]]`)),
);

let issuer: LocalIssuer;
let subgraph: TestSheltersSubgraph;
const tokens: Partial<Record<TestCaller, string>> = {};

beforeAll(async () => {
  issuer = await createLocalIssuer({ issuer: 'https://issuer.test', audience: 'renkei-hub' });
  subgraph = await startTestSheltersSubgraph({ issuer });
  for (const [name, claims] of Object.entries(TEST_CALLERS)) tokens[name as TestCaller] = await issuer.mint(claims);
}, 60_000);
afterAll(() => subgraph?.close());

/** The answer's body (data and errors) for a caller; `url` asks another instance. */
async function ask<T = Record<string, unknown>>(caller: TestCaller, query: string, variables: Record<string, unknown> = {}, { purpose, url }: { purpose?: string; url?: string } = {}) {
  const token = tokens[caller];
  const { data, errors } = await postGraphQL<T>(url ?? subgraph.url, query, variables, {
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(purpose ? { 'x-hub-purpose': encodeURIComponent(purpose) } : {}),
  });
  return errors ? { data, errors } : { data };
}

interface SearchNode {
  id: string;
  kind: string;
  confidential: boolean;
  name: string | null;
  beds: { category: string; vacant: number }[];
}
interface Search {
  shelters: {
    totalCount: number;
    edges: { cursor: string; distanceKm: number | null; node: SearchNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    confidentialVacancy: { region: string; kind: string; category: string; shelters: number; freeBeds: number }[];
  };
}

const SEARCH = /* GraphQL */ `
  query Search($filter: ShelterFilter, $first: Int, $after: String) {
    shelters(filter: $filter, first: $first, after: $after) {
      totalCount
      edges { cursor distanceKm node { id kind confidential name nameKana address phone intakeContact location { latitude longitude } operator { id } municipality { code } beds { category vacant } } }
      pageInfo { hasNextPage endCursor }
      confidentialVacancy { region regionName kind category shelters freeBeds stale howToRefer }
    }
  }
`;

async function search(caller: TestCaller, filter: Record<string, unknown>, first = 100, after?: string) {
  const response = await ask<Search>(caller, SEARCH, { filter, first, after });
  expect(response.errors).toBeUndefined();
  return { ...response.data!.shelters, text: JSON.stringify(response) };
}

function expectNoSecret(text: string) {
  for (const secret of SECRETS) expect(text.includes(secret), `leaked "${secret}"`).toBe(false);
  for (const number of SECRET_NUMBERS) expect(number.test(text), `leaked a coordinate ${number}`).toBe(false);
}

const UNAUTHORISED: TestCaller[] = ['public', 'foodbank', 'city', 'gifuCity', 'niigataPref', 'admin'];
const WOMEN_NEAR_KIKUCHI = { freeBed: 'WOMEN', near: { municipalityCode: '432105' } };

describe('callers who may not know where a confidential shelter is', () => {
  it.each(UNAUTHORISED)('%s: no search lists one, counts one, or orders by one', async (caller) => {
    const filters = [
      {},
      WOMEN_NEAR_KIKUCHI,
      // Standing on the shelter itself, a small radius: nothing may come back nearer than the nearest open one.
      { near: { latitude: komorebi.latitude, longitude: komorebi.longitude }, withinKm: 3 },
      { municipalityCodes: [KOSHI] },
      { text: komorebi.name },
      { text: komorebi.nameKana },
      { kinds: ['DV_SHELTER'] },
    ];
    for (const filter of filters) {
      const result = await search(caller, filter);
      expectNoSecret(result.text);
      expect(result.edges.filter((e) => e.node.confidential)).toEqual([]);
      expect(result.totalCount).toBe(result.edges.length);
    }
  });

  it('the public sees confidential shelters only as counts per region, the same whatever the place conditions', async () => {
    const plain = await search('public', { freeBed: 'WOMEN' });
    expect(plain.confidentialVacancy.map((c) => `${c.region} ${c.kind}`)).toEqual(
      expect.arrayContaining(['kikuchi DV_SHELTER', 'niigata DV_SHELTER', 'gifu DV_SHELTER']),
    );
    const kikuchiDv = plain.confidentialVacancy.find((c) => c.region === 'kikuchi' && c.kind === 'DV_SHELTER')!;
    expect(kikuchiDv).toMatchObject({ category: 'WOMEN', shelters: 1, freeBeds: 1, regionName: '菊池圏域' });
    expect(Object.keys(kikuchiDv).sort()).toEqual(['category', 'freeBeds', 'howToRefer', 'kind', 'region', 'regionName', 'shelters', 'stale']);
    // A count that answered to the municipality, the distance or the name would point at the one shelter there.
    for (const narrowed of [
      { freeBed: 'WOMEN', municipalityCodes: [KOSHI] },
      { freeBed: 'WOMEN', near: { latitude: komorebi.latitude, longitude: komorebi.longitude }, withinKm: 1 },
      { freeBed: 'WOMEN', text: komorebi.name },
    ]) {
      expect((await search('public', narrowed)).confidentialVacancy).toEqual(plain.confidentialVacancy);
    }
    // Nobody walks into a confidential shelter.
    expect((await search('public', { freeBed: 'WOMEN', walkInOnly: true })).confidentialVacancy).toEqual([]);
  });

  it('an ordering by distance is exactly the ordering without the confidential shelters', async () => {
    const open = (await search('public', WOMEN_NEAR_KIKUCHI)).edges.map((e) => e.node.id);
    const all = (await search('worker', WOMEN_NEAR_KIKUCHI)).edges.map((e) => e.node.id);
    expect(all.some((id) => confidentialIds.has(id))).toBe(true);
    expect(open).toEqual(all.filter((id) => !confidentialIds.has(id)));
  });

  it('paging two at a time gives the same shelters, and no cursor names or places a confidential one', async () => {
    const whole = await search('public', WOMEN_NEAR_KIKUCHI);
    const paged: string[] = [];
    const cursors: string[] = [];
    let after: string | undefined;
    do {
      const page = await search('public', WOMEN_NEAR_KIKUCHI, 2, after);
      paged.push(...page.edges.map((e) => e.node.id));
      cursors.push(...page.edges.map((e) => e.cursor));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
    } while (after);
    expect(paged).toEqual(whole.edges.map((e) => e.node.id));
    expectNoSecret(cursors.map((c) => Buffer.from(c, 'base64url').toString('utf8')).join('\n'));
  });

  it.each(UNAUTHORISED)('%s: by ID, a confidential shelter is exactly as absent as one that does not exist', async (caller) => {
    const query = 'query($id: ID!) { shelter(id: $id) { id kind beds { vacant } } }';
    const secret = await ask(caller, query, { id: KIKUCHI_DV });
    const missing = await ask(caller, query, { id: MISSING });
    expect(secret).toEqual({ data: { shelter: null } });
    expect(missing).toEqual({ data: { shelter: null } });
  });

  it.each(UNAUTHORISED)('%s: an entity reference to one resolves to null', async (caller) => {
    const response = await ask(caller, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Shelter { id kind confidential beds { vacant } } } }', {
      r: [{ __typename: 'Shelter', id: KIKUCHI_DV }, { __typename: 'Shelter', id: GIFU_OPERATED }],
    });
    expect(response).toEqual({ data: { _entities: [null, null] } });
  });

  it("a municipality's and an operator's shelters neither list nor count one", async () => {
    const query = /* GraphQL */ `
      query($r: [_Any!]!) {
        _entities(representations: $r) {
          ... on Municipality { shelters(first: 50) { totalCount edges { node { id } } } }
          ... on Organization { shelters(first: 50) { totalCount edges { node { id } } } }
        }
      }
    `;
    const r = [{ __typename: 'Municipality', code: KOSHI }, { __typename: 'Organization', id: `gifu:Organization:${demoUuid('gifu-shelter-nagaragawa')}` }];
    const openInKoshi = DEMO_SHELTERS.kikuchi!.filter((s) => s.municipalityCode === KOSHI && !s.confidential && s.kind !== 'DV_SHELTER').length;
    for (const caller of UNAUTHORISED) {
      const response = await ask<{ _entities: { shelters: { totalCount: number } }[] }>(caller, query, { r });
      expect(response.errors).toBeUndefined();
      expectNoSecret(JSON.stringify(response));
      expect(response.data!._entities[0]!.shelters.totalCount).toBe(openInKoshi);
      expect(response.data!._entities[1]!.shelters.totalCount).toBe(0);
    }
    const worker = await ask<{ _entities: { shelters: { totalCount: number } }[] }>('worker', query, { r });
    expect(worker.data!._entities[0]!.shelters.totalCount).toBe(openInKoshi + 1);
    const operator = await ask<{ _entities: { shelters: { totalCount: number } }[] }>('operator', query, { r });
    expect(operator.data!._entities[1]!.shelters.totalCount).toBe(1);
  });

  it('a write to one fails exactly as a write to a shelter that does not exist, and changes nothing', async () => {
    const [before] = await subgraph.orm.execute(sql`select sum(version)::int as v from shelters.bed_vacancy`).then((r) => (r as unknown as { rows?: unknown[] }).rows ?? (r as unknown[]));
    const update = 'mutation($id: ID!) { updateShelterVacancy(id: $id, beds: [{ category: WOMEN, vacant: 0 }]) { id } }';
    const adjust = 'mutation($id: ID!) { adjustShelterVacancy(id: $id, category: WOMEN, change: -1) { vacant } }';
    for (const caller of ['foodbank', 'city', 'gifuCity'] as const) {
      for (const mutation of [update, adjust]) {
        const secret = await ask(caller, mutation, { id: KIKUCHI_DV });
        const missing = await ask(caller, mutation, { id: MISSING });
        expect(secret.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(secret).toEqual(missing);
      }
    }
    const [after] = await subgraph.orm.execute(sql`select sum(version)::int as v from shelters.bed_vacancy`).then((r) => (r as unknown as { rows?: unknown[] }).rows ?? (r as unknown[]));
    expect(after).toEqual(before);
  });

  it('asking for the details field is refused before any data is read, and refusals name no shelter', async () => {
    const query = '{ shelters(first: 100) { edges { node { id confidentialDetails { name address } } } } }';
    const anonymous = await ask('public', query);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const city = await ask('city', query, {}, { purpose: 'test' });
    expect(city.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const response of [anonymous, city]) expectNoSecret(JSON.stringify(response));
  });
});

describe('callers who may know', () => {
  it('a consultation worker finds the confidential shelters of the sharing scope, nearest first, and reads their details with a purpose', async () => {
    const result = await search('worker', WOMEN_NEAR_KIKUCHI);
    const distances = result.edges.map((e) => e.distanceKm!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(result.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([...confidentialIds].filter((id) => !id.startsWith('x'))));
    expect(result.confidentialVacancy).toEqual([]);
    const dv = result.edges.find((e) => e.node.id === KIKUCHI_DV)!.node;
    // The public face stays blank even for the worker: the details are a separate, audited read.
    expect(dv).toMatchObject({ confidential: true, name: null, address: null, location: null, operator: null, municipality: null });

    const details = 'query($id: ID!) { shelter(id: $id) { confidentialDetails { name address intakeContact municipality { code } location { latitude } } } }';
    const withoutPurpose = await ask('worker', details, { id: KIKUCHI_DV });
    expect(withoutPurpose.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PURPOSE_REQUIRED' });
    const requestId = `test-${Date.now()}`;
    const read = await postGraphQL(subgraph.url, details, { id: KIKUCHI_DV }, {
      authorization: `Bearer ${tokens.worker}`,
      'x-hub-purpose': encodeURIComponent('DV被害者の一時保護先の紹介'),
      'x-request-id': requestId,
    });
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({
      shelter: { confidentialDetails: { name: komorebi.name, address: komorebi.address, intakeContact: komorebi.intakeContact, municipality: { code: KOSHI }, location: { latitude: komorebi.latitude } } },
    });
    const audited = await subgraph.orm.select().from(auditRecord).where(eq(auditRecord.requestId, requestId));
    expect(audited.map((a) => [a.action, a.operation, a.recordIds, a.purpose, a.subject])).toEqual(
      expect.arrayContaining([
        ['read', 'Shelter.confidentialDetails', [KIKUCHI_DV], 'DV被害者の一時保護先の紹介', 't-worker'],
        ['read', 'Query.shelter', [KIKUCHI_DV], 'DV被害者の一時保護先の紹介', 't-worker'],
      ]),
    );
  });

  it("even for them, a listing gives a confidential shelter's distance only to the next 10 km: no triangulating it without a purpose", async () => {
    const here = { latitude: komorebi.latitude, longitude: komorebi.longitude };
    const standingOnIt = await search('worker', { kinds: ['DV_SHELTER'], near: here });
    const edge = standingOnIt.edges.find((e) => e.node.id === KIKUCHI_DV)!;
    expect(edge.distanceKm).toBe(10);
    expect(JSON.parse(Buffer.from(edge.cursor, 'base64url').toString('utf8'))[0]).toBe('000010000');
    // Nor can a radius narrowed step by step find it: the radius is measured with the same rounded distance.
    expect((await search('worker', { kinds: ['DV_SHELTER'], near: here, withinKm: 9.9 })).edges.map((e) => e.node.id)).not.toContain(KIKUCHI_DV);
    expect((await search('worker', { kinds: ['DV_SHELTER'], near: here, withinKm: 10 })).edges.map((e) => e.node.id)).toContain(KIKUCHI_DV);
    // From 菊池市 (about 10 km away) every distance to it is a whole multiple of 10 km.
    for (const e of (await search('worker', WOMEN_NEAR_KIKUCHI)).edges.filter((x) => x.node.confidential)) expect(e.distanceKm! % 10).toBe(0);
  });

  it('every listing of a confidential shelter is in the audit trail, with the records listed', async () => {
    const requestId = `list-${Date.now()}`;
    await postGraphQL(subgraph.url, SEARCH, { filter: WOMEN_NEAR_KIKUCHI, first: 100 }, { authorization: `Bearer ${tokens.worker}`, 'x-request-id': requestId });
    const [entry] = await subgraph.orm.select().from(auditRecord).where(eq(auditRecord.requestId, requestId));
    expect(entry).toMatchObject({ action: 'read', operation: 'Query.shelters', subject: 't-worker', roles: ['consultation_worker'] });
    expect(new Set(entry!.recordIds)).toEqual(new Set([...confidentialIds].filter((id) => result_has_women(id))));
  });

  it("an operator's staff see the confidential shelter they run, and no other", async () => {
    const result = await search('operator', {});
    expect(result.edges.filter((e) => e.node.confidential).map((e) => e.node.id)).toEqual([GIFU_OPERATED]);
    const details = await ask('operator', 'query($id: ID!) { shelter(id: $id) { confidentialDetails { name } } }', { id: GIFU_OPERATED }, { purpose: '空き状況の更新' });
    expect(details.errors).toBeUndefined();
  });

  it('a worker of a region outside the sharing agreement sees the other region only as a count', async () => {
    const document = JSON.parse(readFileSync(DEFAULT_REGISTRY_PATH, 'utf8')) as { regions: { code: string; sharing: { domain: string; with: string[] }[] }[] };
    for (const region of document.regions) {
      if (region.code === 'gifu') region.sharing = region.sharing.filter((s) => s.domain !== 'shelter-locations');
    }
    const narrowed = await startTestSheltersSubgraph({ issuer, registry: parseRegionRegistry(document, 'test registry') });
    try {
      const response = await ask<Search>('worker', SEARCH, { filter: { freeBed: 'WOMEN' }, first: 100 }, { url: narrowed.url });
      const listed = response.data!.shelters.edges.filter((e) => e.node.confidential).map((e) => e.node.id);
      expect(listed.some((id) => id.startsWith('kikuchi:')) && listed.some((id) => id.startsWith('niigata:'))).toBe(true);
      expect(listed.filter((id) => id.startsWith('gifu:'))).toEqual([]);
      expect(response.data!.shelters.confidentialVacancy.map((c) => `${c.region} ${c.kind}`)).toEqual(['gifu DV_SHELTER', 'gifu PRIVATE_SHELTER']);
      const gifuSecrets = confidential.filter((s) => s.region === 'gifu').flatMap((s) => [s.id, s.name, s.address ?? '']);
      for (const secret of gifuSecrets.filter(Boolean)) expect(JSON.stringify(response).includes(secret), secret).toBe(false);
    } finally {
      await narrowed.close();
    }
  });

  it('the registry refuses to share confidential locations with the public', () => {
    const document = JSON.parse(readFileSync(DEFAULT_REGISTRY_PATH, 'utf8')) as { regions: { sharing: { domain: string; with: string[] }[] }[] };
    document.regions[0]!.sharing.push({ domain: 'shelter-locations', with: ['public'] });
    expect(() => parseRegionRegistry(document, 'test registry')).toThrow(/shelter-locations is never shared with "public"/);
  });
});

/** Whether a demo shelter has a free WOMEN bed (what WOMEN_NEAR_KIKUCHI finds). */
function result_has_women(id: string): boolean {
  const s = confidential.find((c) => c.id === id)!;
  return (s.beds ?? []).some((b) => b.category === 'WOMEN' && b.vacant > 0);
}
