// Wide-area shelter vacancy end to end: three regions, each with its organisations and shelters instances on its
// own database, one gateway. A consultation worker of 菊池市 looks for a free women's bed across the three
// regions, nearest first; the public makes the same search and learns no confidential location.
import { demoUuid } from '@renkei/db';
import type { HubClaims } from '@renkei/identity';
import { DEMO_SHELTERS, tables } from '@renkei/shelters-subgraph';
import { postGraphQL } from '@renkei/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './hub.js';

const org = (region: string, key: string) => `${region}:Organization:${demoUuid(key)}`;
const shelterId = (region: string, key: string) => `${region}:Shelter:${demoUuid(key)}`;

const CALLERS = {
  // 相談支援員 at 菊愛会, in 菊池市.
  worker: { sub: 't-worker', roles: ['consultation_worker'], organization: org('kikuchi', 'kikuchi-kikuaikai'), municipality: '432105', region: 'kikuchi' },
  gifuCity: { sub: 't-gifu-city', roles: ['municipal_staff'], municipality: '212016', region: 'gifu' },
  // 熊本県's staff administer 菊池圏域's records (audit:read-region), not the other regions'.
  kikuchiAdmin: { sub: 't-kumamoto', roles: ['prefecture_staff'], municipality: '430005', region: 'kikuchi' },
} satisfies Record<string, HubClaims>;
type Caller = keyof typeof CALLERS | 'public';

const confidential = Object.entries(DEMO_SHELTERS).flatMap(([region, list]) =>
  list.filter((s) => s.confidential || s.kind === 'DV_SHELTER').map((s) => ({ ...s, id: shelterId(region, s.key) })),
);
const SECRETS = confidential.flatMap((s) => [s.id, demoUuid(s.key), s.name, s.address ?? '', s.intakeContact ?? ''].filter(Boolean));
const YASURAGI = shelterId('kikuchi', 'kikuchi-ichiji-seikatsu-shien');

let hub: TestHub;
const tokens: Partial<Record<Caller, string>> = {};

beforeAll(async () => {
  hub = await startTestHub({ separateRegions: true });
  for (const [name, claims] of Object.entries(CALLERS)) tokens[name as Caller] = await hub.issuer.mint(claims);
}, 120_000);
afterAll(() => hub?.close());

function ask<T = Record<string, unknown>>(caller: Caller, query: string, variables: Record<string, unknown> = {}, purpose?: string) {
  const token = tokens[caller];
  return postGraphQL<T>(hub.gatewayUrl, query, variables, {
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(purpose ? { 'x-hub-purpose': encodeURIComponent(purpose) } : {}),
  });
}

interface Found {
  shelters: {
    totalCount: number;
    edges: {
      distanceKm: number;
      node: { id: string; region: string; kind: string; confidential: boolean; name: string | null; beds: { category: string; vacant: number; ageMinutes: number; stale: boolean }[] };
    }[];
    confidentialVacancy: { region: string; regionName: string; kind: string; shelters: number; freeBeds: number }[];
  };
}

const WOMENS_BED = /* GraphQL */ `
  query WomensBed($after: String) {
    shelters(filter: { freeBed: WOMEN, near: { municipalityCode: "432105" } }, first: 50, after: $after) {
      totalCount
      edges { distanceKm node { id region kind confidential name beds { category vacant ageMinutes stale } } }
      confidentialVacancy { region regionName kind shelters freeBeds }
    }
  }
`;

/** One line per shelter, as the closing note shows the two searches. */
function lines(found: Found) {
  return found.shelters.edges.map((e) => {
    const women = e.node.beds.find((b) => b.category === 'WOMEN')!;
    const age = women.ageMinutes < 120 ? `${women.ageMinutes}分前` : `${Math.round(women.ageMinutes / 60)}時間前`;
    return `${e.distanceKm.toFixed(1).padStart(6)} km  ${e.node.region.padEnd(8)} ${e.node.name ?? `（秘匿：${e.node.kind}）`}  女性${women.vacant}床 ${age}${women.stale ? ' 古い' : ''}`;
  });
}

describe('a free women’s bed across the three regions', () => {
  let worker: Found;
  let anyone: Found;

  beforeAll(async () => {
    const [w, p] = await Promise.all([ask<Found>('worker', WOMENS_BED), ask<Found>('public', WOMENS_BED)]);
    expect(w.errors).toBeUndefined();
    expect(p.errors).toBeUndefined();
    worker = w.data!;
    anyone = p.data!;
    console.info(
      ['consultation worker of 菊池市:', ...lines(worker), '', 'the public:', ...lines(anyone), ...anyone.shelters.confidentialVacancy.map((c) => `  + ${c.regionName} ${c.kind}: ${c.shelters}施設 ${c.freeBeds}床（所在は非公開）`)].join('\n'),
    );
  });

  it('the worker gets shelters of all three regions, nearest first, each figure with its age', () => {
    const edges = worker.shelters.edges;
    expect(new Set(edges.map((e) => e.node.region))).toEqual(new Set(['kikuchi', 'niigata', 'gifu']));
    expect(edges.map((e) => e.distanceKm)).toEqual(edges.map((e) => e.distanceKm).sort((a, b) => a - b));
    expect(edges[0]!.node.region).toBe('kikuchi');
    for (const e of edges) {
      const women = e.node.beds.find((b) => b.category === 'WOMEN')!;
      expect(women.vacant).toBeGreaterThan(0);
      expect(women.ageMinutes).toBeGreaterThanOrEqual(0);
    }
    // The stale demo figure is there, flagged, not passed off as current.
    expect(edges.some((e) => e.node.beds.some((b) => b.category === 'WOMEN' && b.stale))).toBe(true);
    expect(edges.filter((e) => e.node.confidential).map((e) => e.node.region).sort()).toEqual(['gifu', 'gifu', 'kikuchi', 'niigata', 'niigata']);
    expect(worker.shelters.totalCount).toBe(edges.length);
  });

  it('the public gets the same search without any confidential shelter, and counts of them per region only', () => {
    expect(anyone.shelters.edges.map((e) => e.node.id)).toEqual(worker.shelters.edges.filter((e) => !e.node.confidential).map((e) => e.node.id));
    expect(anyone.shelters.totalCount).toBe(anyone.shelters.edges.length);
    // Each region's instance answers for its own confidential shelters; the gateway puts the lists together.
    expect(new Set(anyone.shelters.confidentialVacancy.map((c) => c.region))).toEqual(new Set(['kikuchi', 'niigata', 'gifu']));
    const text = JSON.stringify(anyone);
    for (const secret of SECRETS) expect(text.includes(secret), secret).toBe(false);
  });

  it('pages of the merged search resume where they left off, in the same order', async () => {
    const query = 'query($after: String) { shelters(filter: { freeBed: WOMEN, near: { municipalityCode: "432105" } }, first: 3, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }';
    const ids: string[] = [];
    let after: string | null = null;
    do {
      type Page = { shelters: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
      const page: Awaited<ReturnType<typeof ask<Page>>> = await ask<Page>('public', query, { after });
      ids.push(...page.data!.shelters.edges.map((e) => e.node.id));
      after = page.data!.shelters.pageInfo.hasNextPage ? page.data!.shelters.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toEqual(anyone.shelters.edges.map((e) => e.node.id));
  });
});

describe('confidential details through the gateway', () => {
  const DETAILS = 'query($id: ID!) { shelter(id: $id) { kind confidentialDetails { name address intakeContact operator { id } municipality { code name } } } }';
  const KOMOREBI = shelterId('kikuchi', 'kikuchi-dv-shelter-komorebi');

  it('are refused at the gateway to those who may not ask, and a confidential shelter is as absent as a missing one', async () => {
    const denied = await ask('public', '{ shelters(first: 1) { edges { node { confidentialDetails { name } } } } }');
    expect(denied.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await ask('gifuCity', DETAILS, { id: KOMOREBI }, 'test')).data).toEqual({ shelter: null });
    expect((await ask('gifuCity', DETAILS, { id: shelterId('kikuchi', 'nothing') }, 'test')).data).toEqual({ shelter: null });
  });

  it('reach the worker with a stated purpose, joined with the municipality from the organisations subgraph, and the read is audited in the owning region', async () => {
    const purpose = 'DV被害者の一時保護先の紹介';
    const read = await ask<{ shelter: { confidentialDetails: { name: string; municipality: { code: string; name: string } } } }>('worker', DETAILS, { id: KOMOREBI }, purpose);
    expect(read.errors).toBeUndefined();
    expect(read.data!.shelter.confidentialDetails).toMatchObject({ name: '女性と子どもの一時保護施設 こもれびハウス', municipality: { code: '432164', name: '合志市' } });
    const { auditRecord } = tables;
    const detailReads = async (region: string) =>
      (await hub.shelters[region]!.orm.select().from(auditRecord)).filter((a) => a.operation === 'Shelter.confidentialDetails');
    const audited = await detailReads('kikuchi');
    expect(audited.some((a) => a.recordIds.includes(KOMOREBI) && a.purpose === purpose && a.subject === 't-worker')).toBe(true);
    // The other regions' databases hold no trace of it.
    expect(await detailReads('gifu')).toEqual([]);
  });

  it("are in the region's audit trail that its administrators read through the hub, purpose and all", async () => {
    const query = '{ shelterAuditTrail(first: 100) { totalCount edges { node { action operation subject purpose recordIds region } } } }';
    const response = await ask<{ shelterAuditTrail: { edges: { node: { operation: string; subject: string; purpose: string; recordIds: string[]; region: string } }[] } }>(
      'kikuchiAdmin',
      query,
      {},
      '監査',
    );
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.shelterAuditTrail.edges.map((e) => e.node);
    expect(nodes.some((n) => n.operation === 'Shelter.confidentialDetails' && n.recordIds.includes(KOMOREBI) && n.subject === 't-worker' && n.purpose === 'DV被害者の一時保護先の紹介')).toBe(true);
    expect(nodes.every((n) => n.region === 'kikuchi')).toBe(true);
    // Nobody else reads it: not the worker, not the public.
    expect((await ask('worker', query, {}, '監査')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await ask('public', query)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('through the other subgraphs', () => {
  it("a municipality's shelters count no confidential shelter for the public", async () => {
    const query = '{ municipality(code: "432164") { name shelters { totalCount edges { node { kind } } } } }';
    const open = await ask<{ municipality: { shelters: { totalCount: number } } }>('public', query);
    const all = await ask<{ municipality: { shelters: { totalCount: number } } }>('worker', query);
    expect(open.errors).toBeUndefined();
    expect(all.data!.municipality.shelters.totalCount).toBe(open.data!.municipality.shelters.totalCount + 1);
    expect(JSON.stringify(open)).not.toContain('DV_SHELTER');
  });

  it("an organisation lists the shelters it runs", async () => {
    const response = await ask<{ organization: { name: string; shelters: { edges: { node: { name: string } }[] } } }>(
      'public',
      'query($id: ID!) { organization(id: $id) { name shelters { edges { node { name } } } } }',
      { id: org('kikuchi', 'kikuchi-kikuaikai') },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.organization.shelters.edges.map((e) => e.node.name)).toContain('菊池圏域 一時生活支援事業 緊急一時宿泊所「やすらぎ荘」');
  });
});

describe('bad input to the search', () => {
  it('is refused once with the field named, and never passed off as an empty result', async () => {
    for (const [filter, field] of [
      ['{ withinKm: 5 }', 'filter.withinKm'],
      ['{ near: { municipalityCode: "432106" } }', 'filter.near.municipalityCode'],
      ['{ near: { municipalityCode: "432105", latitude: 32.9, longitude: 130.8 } }', 'filter.near'],
      ['{ near: { latitude: 32.9 } }', 'filter.near.latitude'],
      ['{ near: { latitude: 10, longitude: 130.8 } }', 'filter.near.latitude'],
      ['{ near: { municipalityCode: "432105" }, withinKm: 0 }', 'filter.withinKm'],
      ['{ near: { municipalityCode: "432105" }, withinKm: 5000 }', 'filter.withinKm'],
      [`{ text: "${'あ'.repeat(201)}" }`, 'filter.text'],
      ['{ municipalityCodes: ["43210"] }', 'filter.municipalityCodes.0'],
    ] as const) {
      const response = await ask('public', `{ shelters(filter: ${filter}) { totalCount edges { node { id } } } }`);
      expect(response.data ?? null, filter).toBeNull();
      expect(response.errors, filter).toHaveLength(1);
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(response.errors![0]!.extensions!.messageJa).toBeTruthy();
    }
  });
});

describe('vacancy updates through the gateway', () => {
  const ADJUST = 'mutation($id: ID!) { adjustShelterVacancy(id: $id, category: MEN, change: -1) { vacant version } }';

  it("reach the owning region for the operator's staff, and are refused to another region's staff", async () => {
    const before = await ask<{ shelter: { beds: { category: string; vacant: number }[] } }>('public', 'query($id: ID!) { shelter(id: $id) { beds { category vacant } } }', { id: YASURAGI });
    const men = before.data!.shelter.beds.find((b) => b.category === 'MEN')!.vacant;
    const changed = await ask<{ adjustShelterVacancy: { vacant: number } }>('worker', ADJUST, { id: YASURAGI });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.adjustShelterVacancy.vacant).toBe(men - 1);
    const refused = await ask('gifuCity', ADJUST, { id: YASURAGI });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
