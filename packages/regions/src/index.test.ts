import { describe, expect, it } from 'vitest';
import {
  formatGlobalId,
  loadRegionRegistry,
  parseGlobalId,
  parseRegionRegistry,
  REGION_HEADER,
  regionOfKey,
  RegionRegistryError,
  withSubgraphUrls,
} from './index.js';

describe('the checked-in registry', () => {
  const registry = loadRegionRegistry();

  it('names the three demo regions', () => {
    expect(registry.regions.map((r) => r.code)).toEqual(['kikuchi', 'niigata', 'gifu']);
  });

  it('places 菊陽町 in the 菊池 consortium, and 岐阜市 in 岐阜県', () => {
    expect(registry.regionOfMunicipality('434043')?.name).toBe('菊池圏域');
    expect(registry.regionOfMunicipality('212016')?.code).toBe('gifu');
    expect(registry.regionOfMunicipality('011002')).toBeUndefined(); // 札幌市 is on no demo region
  });

  it('places a prefecture’s own code in that prefecture’s region, and nowhere a consortium', () => {
    expect(registry.regionOfLocalGovernment('150002')?.code).toBe('niigata');
    expect(registry.regionOfLocalGovernment('210005')?.code).toBe('gifu');
    expect(registry.regionOfLocalGovernment('430005')).toBeUndefined(); // 熊本県: 菊池圏域 is a consortium, not the prefecture
    expect(registry.regionOfLocalGovernment('150001')).toBeUndefined(); // wrong check digit
    expect(registry.regionOfLocalGovernment('434043')?.code).toBe('kikuchi');
    expect(regionOfKey(registry, '150002')).toBe('niigata');
  });

  it('names the subgraphs each region hosts and who shares what', () => {
    expect(registry.regions.map((r) => r.subgraphs.organisations)).toEqual([
      'http://127.0.0.1:4101/graphql',
      'http://127.0.0.1:4201/graphql',
      'http://127.0.0.1:4301/graphql',
    ]);
    expect(registry.regionsInScope('organisations', 'kikuchi').map((r) => r.code)).toEqual(['kikuchi', 'niigata', 'gifu']);
    expect(registry.regionsInScope('food-banks', 'kikuchi').map((r) => r.code)).toEqual(['kikuchi', 'niigata', 'gifu']);
    expect(registry.regions.map((r) => r.subgraphs.consultations)).toEqual([
      'http://127.0.0.1:4105/graphql',
      'http://127.0.0.1:4205/graphql',
      'http://127.0.0.1:4305/graphql',
    ]);
    // Confidential shelters' locations: the three regions coordinate placements, each with the other two.
    expect(registry.regionsInScope('shelter-locations', 'kikuchi').map((r) => r.code)).toEqual(['kikuchi', 'niigata', 'gifu']);
  });

  it('shares organisations with the public, so that a caller of no region sees every region', () => {
    expect(registry.regionsInScope('organisations', undefined).map((r) => r.code)).toEqual(['kikuchi', 'niigata', 'gifu']);
    expect(registry.regionsInScope('consultations', undefined)).toEqual([]);
    expect(registry.regionsInScope('shelter-locations', undefined)).toEqual([]);
  });

  it('holds the five areas of 岐阜県', () => {
    expect(registry.region('gifu')?.areas.map((a) => a.name)).toEqual([
      '岐阜圏域',
      '西濃圏域',
      '東濃圏域',
      '中濃圏域',
      '飛騨圏域',
    ]);
  });
});

describe('validation', () => {
  const valid = {
    code: 'kikuchi',
    name: '菊池圏域',
    nameEn: 'Kikuchi',
    kind: 'CONSORTIUM',
    prefectureCode: '43',
    description: 'test',
    municipalities: [{ code: '434043', name: '菊陽町' }],
    areas: [],
  };

  it('accepts a minimal region', () => {
    expect(parseRegionRegistry({ regions: [valid] }).regions).toHaveLength(1);
  });

  it('reports every problem at once, naming the region', () => {
    const broken = {
      regions: [
        { ...valid, municipalities: [{ code: '432106', name: '菊池市' }, { code: '434043', name: '大津町' }] },
        { ...valid, code: 'other', kind: 'CITY', municipalities: [{ code: '434043', name: '菊陽町' }] },
      ],
    };
    let error: RegionRegistryError | undefined;
    try {
      parseRegionRegistry(broken);
    } catch (e) {
      error = e as RegionRegistryError;
    }
    expect(error).toBeInstanceOf(RegionRegistryError);
    expect(error?.problems).toEqual([
      'regions[0] (kikuchi): municipality "432106" is not a valid code (CHECK_DIGIT)',
      'regions[0] (kikuchi): municipality 434043 is 菊陽町, not "大津町"',
      'regions[1] (other): "kind" must be PREFECTURE or CONSORTIUM',
      'regions[1] (other): 菊陽町 already belongs to region "kikuchi"',
    ]);
  });

  it('checks subgraph URLs and sharing agreements', () => {
    const broken = {
      regions: [
        {
          ...valid,
          subgraphs: { organisations: 'ftp://x', weather: 'http://w.example' },
          sharing: [{ domain: 'organisations', with: ['atlantis'] }, { domain: 'gossip', with: [] }],
        },
      ],
    };
    expect(() => parseRegionRegistry(broken)).toThrow(RegionRegistryError);
    try {
      parseRegionRegistry(broken);
    } catch (e) {
      expect((e as RegionRegistryError).problems).toEqual([
        'regions[0] (kikuchi): the URL of its organisations subgraph must start with http:// or https://',
        'regions[0] (kikuchi): "weather" is not a subgraph of the hub (organisations, events, shelters, food-banks, consultations)',
        'regions[0] (kikuchi): a sharing agreement names an unknown domain "gossip"',
        'regions (kikuchi): shares organisations with "atlantis", which is not a region',
      ]);
    }
  });

  it('never shares confidential shelter locations or case consultations with "public"', () => {
    for (const domain of ['shelter-locations', 'consultations']) {
      expect(() => parseRegionRegistry({ regions: [{ ...valid, sharing: [{ domain, with: ['public'] }] }] }), domain).toThrow(/never shared/);
    }
  });

  it('shares consultations between 菊池圏域 and 岐阜県 only, in the checked-in registry', () => {
    const registry = loadRegionRegistry();
    expect(registry.regionsInScope('consultations', 'kikuchi').map((r) => r.code)).toEqual(['kikuchi', 'gifu']);
    expect(registry.regionsInScope('consultations', 'niigata').map((r) => r.code)).toEqual(['niigata']);
    expect(registry.regionsInScope('consultations', undefined)).toEqual([]);
  });

  it('accepts "public" in a sharing agreement, but not as a region code', () => {
    const registry = parseRegionRegistry({ regions: [{ ...valid, sharing: [{ domain: 'events', with: ['public'] }] }] });
    expect(registry.region('kikuchi')?.sharing).toEqual([{ domain: 'events', with: ['public'] }]);
    expect(() => parseRegionRegistry({ regions: [{ ...valid, code: 'public' }] })).toThrow(/reserved/);
  });

  it('rejects an empty document and an unreadable file', () => {
    expect(() => parseRegionRegistry({})).toThrow(RegionRegistryError);
    expect(() => loadRegionRegistry('/nonexistent/regions.json')).toThrow(/cannot be read/);
  });
});

describe('sharing scope', () => {
  const region = (code: string, municipality: { code: string; name: string }, sharing: unknown[] = []) => ({
    code,
    name: code,
    nameEn: code,
    kind: 'CONSORTIUM',
    prefectureCode: municipality.code.slice(0, 2),
    description: 'test',
    municipalities: [municipality],
    areas: [],
    sharing,
  });
  const registry = parseRegionRegistry({
    regions: [
      region('aa', { code: '434043', name: '菊陽町' }, [{ domain: 'events', with: ['cc'] }]),
      region('bb', { code: '432105', name: '菊池市' }, [{ domain: 'events', with: ['public'] }]),
      region('cc', { code: '212016', name: '岐阜市' }),
      region('dd', { code: '151009', name: '新潟市' }, [{ domain: 'shelters', with: ['cc'] }]),
    ],
  });
  const scope = (r: string | undefined, domain: 'events' | 'shelters' = 'events') =>
    registry.regionsInScope(domain, r).map((x) => x.code);

  it('gives a region its own data, what is shared with it and what is public, in registry order', () => {
    expect(scope('cc')).toEqual(['aa', 'bb', 'cc']);
    expect(scope('aa')).toEqual(['aa', 'bb']);
    expect(scope('dd')).toEqual(['bb', 'dd']);
    expect(scope('cc', 'shelters')).toEqual(['cc', 'dd']);
  });

  it('gives a caller of no region only what is public', () => {
    expect(scope(undefined)).toEqual(['bb']);
    expect(scope(undefined, 'shelters')).toEqual([]);
  });
});

describe('routing', () => {
  const registry = loadRegionRegistry();
  const uuid = '6f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6';

  it('names the region header', () => {
    expect(REGION_HEADER).toBe('x-hub-region');
  });

  it.each([
    [`niigata:Organization:${uuid}`, 'niigata'],
    [`gifu:Service:${uuid}`, 'gifu'],
    [`atlantis:Organization:${uuid}`, undefined],
    ['kikuchi', 'kikuchi'],
    ['gifu', 'gifu'],
    ['434043', 'kikuchi'],
    ['151009', 'niigata'],
    ['011002', undefined],
    ['tokyo', undefined],
    ['kikuchi:Organization:1', undefined],
    ['', undefined],
  ])('finds the region of %j: %s', (key, region) => {
    expect(regionOfKey(registry, key)).toBe(region);
  });

  it('replaces the subgraph URLs of the regions given and keeps the rest', () => {
    const moved = withSubgraphUrls(registry, { niigata: { organisations: 'http://127.0.0.1:50123/graphql' } });
    expect(moved.regions.map((r) => r.subgraphs.organisations)).toEqual([
      'http://127.0.0.1:4101/graphql',
      'http://127.0.0.1:50123/graphql',
      'http://127.0.0.1:4301/graphql',
    ]);
    expect(moved.region('niigata')?.subgraphs.organisations).toBe('http://127.0.0.1:50123/graphql');
    expect(moved.regionOfMunicipality('434043')?.code).toBe('kikuchi');
    expect(moved.regionsInScope('organisations', undefined)).toHaveLength(3);
    expect(registry.region('niigata')?.subgraphs.organisations).toBe('http://127.0.0.1:4201/graphql');
    expect(() => withSubgraphUrls(registry, { atlantis: { organisations: 'http://x.example' } })).toThrow(RegionRegistryError);
  });
});

describe('global IDs', () => {
  const uuid = '6f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6';

  it('round-trips region, type and local ID', () => {
    const id = formatGlobalId('kikuchi', 'Organization', uuid);
    expect(id).toBe(`kikuchi:Organization:${uuid}`);
    expect(parseGlobalId(id, 'Organization')).toEqual({ region: 'kikuchi', type: 'Organization', localId: uuid });
  });

  it('refuses another type, a non-UUID and garbage', () => {
    expect(parseGlobalId(`kikuchi:Service:${uuid}`, 'Organization')).toBeUndefined();
    expect(parseGlobalId(`kikuchi:Service:${uuid}`)).toEqual({ region: 'kikuchi', type: 'Service', localId: uuid });
    expect(parseGlobalId('kikuchi:Organization:1', 'Organization')).toBeUndefined();
    expect(parseGlobalId("x'; drop table", 'Organization')).toBeUndefined();
  });
});
