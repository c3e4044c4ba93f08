// Vacancy as operators keep it: replaced or changed by the operator's staff, each figure with its age and a
// stale flag, concurrent changes never lost, bad input refused with nothing changed. Real HTTP, database, tokens.
import { demoUuid } from '@renkei/db';
import { createLocalIssuer } from '@renkei/identity';
import { captureLogs, postGraphQL } from '@renkei/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecord, bedVacancy, shelter } from './db/schema.js';
import { startTestSheltersSubgraph, TEST_CALLERS, type TestCaller, type TestSheltersSubgraph } from './test-server.js';

// 菊愛会 runs 菊池圏域's 一時生活支援 shelter; the worker's token names 菊愛会.
const YASURAGI = `kikuchi:Shelter:${demoUuid('kikuchi-ichiji-seikatsu-shien')}`;
const ASUNARO = `kikuchi:Shelter:${demoUuid('kikuchi-jiritsu-enjo-home-asunaro')}`;

let subgraph: TestSheltersSubgraph;
const logs = captureLogs('shelters-test');
const tokens: Partial<Record<TestCaller, string>> = {};

beforeAll(async () => {
  const issuer = await createLocalIssuer({ issuer: 'https://issuer.test', audience: 'renkei-hub' });
  // A short limit, so that the demo's figures of a few hours ago are fresh and those of days ago are stale.
  subgraph = await startTestSheltersSubgraph({ issuer, staleAfterMinutes: 24 * 60, logger: logs.logger });
  for (const [name, claims] of Object.entries(TEST_CALLERS)) tokens[name as TestCaller] = await issuer.mint(claims);
}, 60_000);
afterAll(() => subgraph?.close());

async function ask<T = Record<string, unknown>>(caller: TestCaller, query: string, variables: Record<string, unknown> = {}) {
  const token = tokens[caller];
  const { data, errors } = await postGraphQL<T>(subgraph.url, query, variables, token ? { authorization: `Bearer ${token}` } : {});
  return { data, errors };
}

interface Bed {
  category: string;
  capacity: number;
  vacant: number;
  ageMinutes: number;
  stale: boolean;
  version: number;
  confirmedAt: string;
}
const BEDS = 'query($id: ID!) { shelter(id: $id) { beds { category capacity vacant ageMinutes stale version confirmedAt } } }';
async function beds(id = YASURAGI): Promise<Record<string, Bed>> {
  const { data } = await ask<{ shelter: { beds: Bed[] } }>('public', BEDS, { id });
  return Object.fromEntries(data!.shelter.beds.map((b) => [b.category, b]));
}

const UPDATE = 'mutation($id: ID!, $beds: [BedVacancyInput!]!) { updateShelterVacancy(id: $id, beds: $beds) { id beds { category vacant capacity version ageMinutes } } }';
const ADJUST = 'mutation($id: ID!, $category: BedCategory!, $change: Int!) { adjustShelterVacancy(id: $id, category: $category, change: $change) { category vacant capacity version } }';

describe('the age of a figure', () => {
  it('says how old each figure is, and flags one older than the limit as stale', async () => {
    const asunaro = await beds(ASUNARO);
    // The demo confirmed 自立援助ホーム あすなろ's women's figure 72 hours before it was seeded, its men's 4 hours before.
    expect(asunaro.WOMEN).toMatchObject({ stale: true });
    expect(asunaro.WOMEN!.ageMinutes).toBeGreaterThanOrEqual(72 * 60);
    expect(asunaro.MEN).toMatchObject({ stale: false });
    expect(asunaro.MEN!.ageMinutes).toBeGreaterThanOrEqual(4 * 60);
    expect(asunaro.MEN!.ageMinutes).toBeLessThan(5 * 60);
  });

  it('leaves a stale free bed out of a search for free beds when asked to', async () => {
    const query = 'query($f: ShelterFilter) { shelters(filter: $f, first: 100) { edges { node { id } } } }';
    const ids = async (filter: Record<string, unknown>) =>
      (await ask<{ shelters: { edges: { node: { id: string } }[] } }>('public', query, { f: filter })).data!.shelters.edges.map((e) => e.node.id);
    expect(await ids({ freeBed: 'WOMEN' })).toContain(ASUNARO);
    expect(await ids({ freeBed: 'WOMEN', includeStale: false })).not.toContain(ASUNARO);
    expect(await ids({ freeBed: 'WOMEN', includeStale: false })).toContain(YASURAGI);
  });

  it('reports the configured limit with the vocabularies', async () => {
    const { data } = await ask<{ shelterVocabularies: { staleAfterMinutes: number } }>('public', '{ shelterVocabularies { staleAfterMinutes kinds { code nameJa } } }');
    expect(data!.shelterVocabularies.staleAfterMinutes).toBe(24 * 60);
  });
});

describe('the cost of a search', () => {
  it('takes as many SQL statements for 25 shelters with their beds and operators as for 3', async () => {
    const query = /* GraphQL */ `
      query($first: Int, $r: [_Any!]!) {
        shelters(filter: { near: { municipalityCode: "432105" } }, first: $first) { totalCount edges { node { id beds { vacant } operator { id } } } confidentialVacancy { freeBeds } }
        _entities(representations: $r) { ... on Municipality { shelters(first: $first) { totalCount edges { node { beds { vacant } } } } } }
      }
    `;
    const municipalities = ['432105', '432164', '434035', '434043', '212016', '151033'].map((code) => ({ __typename: 'Municipality', code }));
    for (const [first, requestId] of [[3, 'sql-3'], [25, 'sql-25']] as const) {
      const { errors, data } = await postGraphQL<{ shelters: { edges: unknown[] } }>(subgraph.url, query, { first, r: municipalities }, { 'x-request-id': requestId });
      expect(errors).toBeUndefined();
      expect(data!.shelters.edges).toHaveLength(first);
    }
    const [few, many] = [await logs.sqlStatementsOf('sql-3'), await logs.sqlStatementsOf('sql-25')];
    console.info(`SQL statements: 3 shelters → ${few}, 25 shelters → ${many}`);
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});

describe('updates by the operator', () => {
  it("replaces the figures the operator's staff give, confirms them now, and records the write", async () => {
    const before = await beds();
    const { data, errors } = await ask<{ updateShelterVacancy: { beds: Bed[] } }>('worker', UPDATE, { id: YASURAGI, beds: [{ category: 'WOMEN', vacant: 0 }] });
    expect(errors).toBeUndefined();
    const women = data!.updateShelterVacancy.beds.find((b) => b.category === 'WOMEN')!;
    expect(women).toMatchObject({ vacant: 0, capacity: before.WOMEN!.capacity, version: before.WOMEN!.version + 1, ageMinutes: 0 });
    expect((await beds()).MEN).toEqual(before.MEN);
    const audit = await subgraph.orm.select().from(auditRecord).where(eq(auditRecord.operation, 'Mutation.updateShelterVacancy'));
    expect(audit.at(-1)).toMatchObject({ action: 'write', subject: 't-worker', recordIds: [YASURAGI], fields: ['beds.WOMEN'] });
  });

  it('lets the region’s staff update a shelter that is not confidential, and nobody of another region or organisation', async () => {
    expect((await ask('city', UPDATE, { id: YASURAGI, beds: [{ category: 'MEN', vacant: 2 }] })).errors).toBeUndefined();
    for (const caller of ['gifuCity', 'foodbank', 'operator'] as const) {
      expect((await ask(caller, UPDATE, { id: YASURAGI, beds: [{ category: 'MEN', vacant: 0 }] })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await ask('public', UPDATE, { id: YASURAGI, beds: [{ category: 'MEN', vacant: 0 }] })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await beds()).MEN!.vacant).toBe(2);
  });

  it('refuses bad input with the field named, and changes nothing', async () => {
    const before = await beds();
    const cases: [Record<string, unknown>[], string][] = [
      [[{ category: 'WOMEN', vacant: 3 }], 'beds.0.vacant'],
      [[{ category: 'WOMEN', vacant: -1 }], 'beds.0.vacant'],
      [[{ category: 'WOMEN', vacant: 1 }, { category: 'WOMEN', vacant: 0 }], 'beds.1.category'],
      [[{ category: 'MEN', vacant: 1 }, { category: 'ACCESSIBLE', vacant: 1 }], 'beds.1.capacity'],
      [[{ category: 'MEN', vacant: 5, capacity: 0 }], 'beds.0.capacity'],
      [[], 'beds'],
    ];
    for (const [input, field] of cases) {
      const { errors } = await ask('worker', UPDATE, { id: YASURAGI, beds: input });
      expect(errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(errors?.[0]?.extensions?.messageJa).toMatch(/。$/);
    }
    expect((await ask('worker', ADJUST, { id: YASURAGI, category: 'MEN', change: 0 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'change' });
    expect(await beds()).toEqual(before);
  });

  it('opens a new bed category when given its capacity', async () => {
    const { errors } = await ask('worker', UPDATE, { id: YASURAGI, beds: [{ category: 'ACCESSIBLE', vacant: 1, capacity: 1 }] });
    expect(errors).toBeUndefined();
    expect((await beds()).ACCESSIBLE).toMatchObject({ capacity: 1, vacant: 1, version: 1, stale: false });
  });
});

describe('two operators at once', () => {
  it('loses no arrival or departure, however many change the same figure together', async () => {
    await ask('worker', UPDATE, { id: YASURAGI, beds: [{ category: 'MEN', vacant: 10, capacity: 12 }] });
    const start = (await beds()).MEN!;
    const changes = [-1, -1, -1, -1, -1, -1, +1, -1, -1, +1];
    const results = await Promise.all(changes.map((change, i) => ask(i % 2 ? 'worker' : 'city', ADJUST, { id: YASURAGI, category: 'MEN', change })));
    expect(results.map((r) => r.errors)).toEqual(changes.map(() => undefined));
    const end = (await beds()).MEN!;
    expect(end.vacant).toBe(10 + changes.reduce((a, b) => a + b, 0));
    expect(end.version).toBe(start.version + changes.length);
  });

  it('refuses a change past empty or past capacity, and changes nothing', async () => {
    await ask('worker', UPDATE, { id: YASURAGI, beds: [{ category: 'MEN', vacant: 1, capacity: 2 }] });
    const before = (await beds()).MEN!;
    const [first, second] = await Promise.all([
      ask('worker', ADJUST, { id: YASURAGI, category: 'MEN', change: -1 }),
      ask('city', ADJUST, { id: YASURAGI, category: 'MEN', change: -1 }),
    ]);
    // The last free bed goes to exactly one of the two.
    expect([first.errors?.[0]?.extensions?.code, second.errors?.[0]?.extensions?.code].sort()).toEqual(['CONFLICT', undefined]);
    expect((await ask('worker', ADJUST, { id: YASURAGI, category: 'MEN', change: 3 })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const after = (await beds()).MEN!;
    expect(after).toMatchObject({ vacant: 0, version: before.version + 1 });
  });

  it('with the version each read, lets the first of two replacements through and refuses the second', async () => {
    const { version } = (await beds()).WOMEN!;
    const [a, b] = await Promise.all([
      ask('worker', UPDATE, { id: YASURAGI, beds: [{ category: 'WOMEN', vacant: 1, expectedVersion: version }] }),
      ask('city', UPDATE, { id: YASURAGI, beds: [{ category: 'WOMEN', vacant: 2, expectedVersion: version }] }),
    ]);
    const codes = [a.errors?.[0]?.extensions?.code, b.errors?.[0]?.extensions?.code];
    expect(codes.sort()).toEqual(['CONFLICT', undefined]);
    const winner = a.errors ? 2 : 1;
    const [row] = await subgraph.orm
      .select()
      .from(bedVacancy)
      .where(and(eq(bedVacancy.shelterId, demoUuid('kikuchi-ichiji-seikatsu-shien')), eq(bedVacancy.category, 'WOMEN')));
    expect(row).toMatchObject({ vacant: winner, version: version + 1 });
  });

  it('keeps both of two replacements of different categories made at once', async () => {
    await Promise.all([
      ask('worker', UPDATE, { id: YASURAGI, beds: [{ category: 'FAMILY', vacant: 1 }] }),
      ask('city', UPDATE, { id: YASURAGI, beds: [{ category: 'WOMEN', vacant: 0 }] }),
    ]);
    const now = await beds();
    expect([now.FAMILY!.vacant, now.WOMEN!.vacant]).toEqual([1, 0]);
  });
});

describe('registering shelters', () => {
  const CREATE = 'mutation($input: CreateShelterInput!) { createShelter(input: $input) { id confidential name } }';
  const dv = { kind: 'DV_SHELTER', name: 'テスト用の保護施設', municipalityCode: '432105', intakeRoute: 'CONSULTATION_WINDOW', beds: [{ category: 'WOMEN', capacity: 2, vacant: 2 }] };

  it('only the operator registers a confidential shelter; it has no public phone and no walk-in', async () => {
    expect((await ask('city', CREATE, { input: dv })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await ask('worker', CREATE, { input: { ...dv, phone: '0968-00-0000' } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.phone' });
    expect((await ask('worker', CREATE, { input: { ...dv, intakeRoute: 'WALK_IN' } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.intakeRoute' });
    const { data, errors } = await ask<{ createShelter: { id: string; confidential: boolean; name: string | null } }>('worker', CREATE, { input: dv });
    expect(errors).toBeUndefined();
    expect(data!.createShelter).toMatchObject({ confidential: true, name: null });
    expect((await ask('public', 'query($id: ID!) { shelter(id: $id) { id } }', { id: data!.createShelter.id })).data).toEqual({ shelter: null });
  });

  it('refuses a shelter outside the caller’s region and an unknown municipality', async () => {
    const open = { kind: 'PRIVATE_SHELTER', name: 'テスト用の宿泊所', intakeRoute: 'WALK_IN' };
    expect((await ask('city', CREATE, { input: { ...open, municipalityCode: '212016' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await ask('city', CREATE, { input: { ...open, municipalityCode: '432106' } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.municipalityCode' });
    // 千代田区: a real municipality, but no region on the hub holds it.
    expect((await ask('city', CREATE, { input: { ...open, municipalityCode: '131016' } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.municipalityCode' });
    expect((await ask('city', CREATE, { input: { ...open, kind: 'EMERGENCY_EVACUATION_SITE', municipalityCode: '432105', beds: [{ category: 'MEN', capacity: 1, vacant: 1 }] } })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.beds',
    });
    expect((await ask('city', CREATE, { input: { ...open, municipalityCode: '432105', latitude: 32.9 } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    // 菊池市 at 札幌's coordinates: a wrong coordinate or a wrong municipality, either way not where a search would look.
    expect((await ask('city', CREATE, { input: { ...open, municipalityCode: '432105', latitude: 43.06, longitude: 141.35 } })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.latitude',
    });
    const before = (await subgraph.orm.select().from(shelter)).length;
    expect((await ask('city', CREATE, { input: { ...open, municipalityCode: '432105', nameKana: 'ひらがな' } })).errors?.[0]?.extensions).toMatchObject({ field: 'input.nameKana' });
    expect((await subgraph.orm.select().from(shelter)).length).toBe(before);
    expect((await ask('city', CREATE, { input: { ...open, municipalityCode: '432105' } })).errors).toBeUndefined();
  });
});
