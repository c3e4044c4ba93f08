// Importing 指定緊急避難場所一覧 files through the mutation, on a real subgraph and database: the row report, an
// import of the same file updating rather than duplicating, a dry run writing nothing, the region's boundaries,
// and the imported sites found by the hazard search.
import { readFileSync } from 'node:fs';
import { createLocalIssuer } from '@renkei/identity';
import { postGraphQL } from '@renkei/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecord, shelter } from '../db/schema.js';
import { startTestSheltersSubgraph, TEST_CALLERS, type TestCaller, type TestSheltersSubgraph } from '../test-server.js';

const sample = (name: string) => readFileSync(new URL(`./sample/${name}`, import.meta.url)).toString('base64');
const NIIGATA = sample('evacuation-sites-niigata.csv');
const GIFU_SJIS = sample('evacuation-sites-gifu-sjis.csv');

let subgraph: TestSheltersSubgraph;
const tokens: Partial<Record<TestCaller, string>> = {};

beforeAll(async () => {
  const issuer = await createLocalIssuer({ issuer: 'https://issuer.test', audience: 'renkei-hub' });
  subgraph = await startTestSheltersSubgraph({ issuer, seed: false });
  for (const [name, claims] of Object.entries(TEST_CALLERS)) tokens[name as TestCaller] = await issuer.mint(claims);
}, 60_000);
afterAll(() => subgraph?.close());

interface Report {
  dryRun: boolean;
  encoding: string;
  rows: number;
  created: number;
  updated: number;
  repaired: number;
  rejected: number;
  results: { line: number; sourceId: string | null; outcome: string; shelter: { id: string; name: string; hazards: string[] } | null; issues: { code: string; severity: string; column: string | null; messageJa: string }[] }[];
}

const IMPORT = /* GraphQL */ `
  mutation($input: ImportEvacuationSitesInput!) {
    importEvacuationSites(input: $input) {
      dryRun encoding rows created updated repaired rejected
      results { line sourceId outcome shelter { id name hazards } issues { code severity column messageJa } }
    }
  }
`;

async function importFile(caller: TestCaller, input: Record<string, unknown>) {
  const token = tokens[caller];
  return postGraphQL<{ importEvacuationSites: Report }>(subgraph.url, IMPORT, { input }, token ? { authorization: `Bearer ${token}` } : {});
}

const countSites = async () => (await subgraph.orm.select({ n: sql<number>`count(*)::int` }).from(shelter))[0]!.n;

describe('importing 指定緊急避難場所一覧', () => {
  it('a dry run reports every row and writes nothing', async () => {
    const { data, errors } = await importFile('niigataPref', { region: 'niigata', fileBase64: NIIGATA, dryRun: true });
    expect(errors).toBeUndefined();
    expect(data!.importEvacuationSites).toMatchObject({ dryRun: true, encoding: 'UTF-8 BOM', rows: 13, created: 10, rejected: 3 });
    expect(await countSites()).toBe(0);
  });

  it('imports a UTF-8 file with repairs reported per row, and rejects only the rows at fault', async () => {
    const { data, errors } = await importFile('niigataPref', { region: 'niigata', fileBase64: NIIGATA, fileName: 'niigata.csv' });
    expect(errors).toBeUndefined();
    const report = data!.importEvacuationSites;
    expect(report).toMatchObject({ rows: 13, created: 10, updated: 0, rejected: 3 });
    expect(report.repaired).toBeGreaterThan(0);
    const codes = report.results.flatMap((r) => r.issues.map((i) => i.code));
    expect(codes).toEqual(expect.arrayContaining(['CODE_CHECK_DIGIT_ADDED', 'COORDINATES_SWAPPED', 'MISSING_NAME', 'DUPLICATE_ID']));
    for (const rejected of report.results.filter((r) => r.outcome === 'REJECTED')) {
      expect(rejected.shelter).toBeNull();
      expect(rejected.issues.some((i) => i.severity === 'REJECTED' && i.messageJa.length > 0)).toBe(true);
    }
    expect(await countSites()).toBe(10);
    const [audit] = await subgraph.orm.select().from(auditRecord).where(eq(auditRecord.operation, 'Mutation.importEvacuationSites'));
    expect(audit!.recordIds).toHaveLength(10);
  });

  it('importing the same file again updates the sites instead of adding them twice', async () => {
    const { data } = await importFile('niigataPref', { region: 'niigata', fileBase64: NIIGATA });
    expect(data!.importEvacuationSites).toMatchObject({ created: 0, updated: 10, rejected: 3 });
    expect(await countSites()).toBe(10);
  });

  it('reads a Shift_JIS file', async () => {
    const { data, errors } = await importFile('gifuCity', { region: 'gifu', fileBase64: GIFU_SJIS });
    expect(errors).toBeUndefined();
    expect(data!.importEvacuationSites).toMatchObject({ encoding: 'Shift_JIS', rows: 6, created: 5, rejected: 1 });
  });

  it('finds the imported sites by hazard, nearest first', async () => {
    const query = 'query($f: ShelterFilter) { shelters(filter: $f, first: 5) { edges { distanceKm node { name kind hazards municipality { code } } } } }';
    const { data } = await postGraphQL<{ shelters: { edges: { distanceKm: number; node: { kind: string; hazards: string[] } }[] } }>(subgraph.url, query, {
      f: { hazard: 'EARTHQUAKE', near: { municipalityCode: '151033' } },
    });
    const edges = data!.shelters.edges;
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e) => e.node.kind === 'EMERGENCY_EVACUATION_SITE' && e.node.hazards.includes('EARTHQUAKE'))).toBe(true);
    expect(edges.map((e) => e.distanceKm)).toEqual(edges.map((e) => e.distanceKm).sort((a, b) => a - b));
    expect(edges[0]!.distanceKm).toBeLessThan(5);
  });

  it('rejects rows of another region, and refuses callers who may not import there', async () => {
    const before = await countSites();
    const { data } = await importFile('city', { region: 'kikuchi', fileBase64: NIIGATA });
    expect(data!.importEvacuationSites.created).toBe(0);
    expect(data!.importEvacuationSites.results.filter((r) => r.outcome !== 'REJECTED')).toEqual([]);
    expect(data!.importEvacuationSites.results.flatMap((r) => r.issues.map((i) => i.code))).toContain('OUTSIDE_REGION');
    expect((await importFile('city', { region: 'niigata', fileBase64: NIIGATA })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await importFile('worker', { region: 'kikuchi', fileBase64: NIIGATA })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await importFile('public', { region: 'kikuchi', fileBase64: NIIGATA })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await countSites()).toBe(before);
  });

  it('refuses a file that is not Base64, empty, or not this dataset, with nothing written', async () => {
    const before = await countSites();
    const notDataset = Buffer.from('都道府県コード又は市区町村コード,NO,イベント名\n432105,1,研修\n').toString('base64');
    for (const fileBase64 of ['not base64!', '', notDataset]) {
      const { errors } = await importFile('niigataPref', { region: 'niigata', fileBase64 });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.extensions?.messageJa).toBeTruthy();
    }
    expect(await countSites()).toBe(before);
  });
});
