// Checks the demo shelters as data: what the seeder, the vacancy queries and the confidentiality rules rely on.
import { DEMO_DATA } from '@renkei/organisations-subgraph';
import { isKatakana } from '@renkei/japanese-text';
import { loadRegionRegistry } from '@renkei/regions';
import { describe, expect, it } from 'vitest';
import { DEMO_SHELTERS } from './index.js';
import type { DemoShelter, DemoShelterKind } from './types.js';

const registry = loadRegionRegistry();
const REGIONS = Object.keys(DEMO_SHELTERS);
const ALL = Object.values(DEMO_SHELTERS).flat();

/** A vacancy figure confirmed this recently counts as fresh; this long ago, as stale. */
const FRESH_HOURS = 3;
const STALE_HOURS = 48;

const EVACUATION_SITES: DemoShelterKind[] = ['EMERGENCY_EVACUATION_SITE', 'DESIGNATED_EVACUATION_SHELTER'];

/** Rough boxes around each region's municipalities, to catch coordinates put in the wrong place. */
const REGION_BOX: Record<string, { lat: [number, number]; lng: [number, number] }> = {
  kikuchi: { lat: [32.8, 33.1], lng: [130.65, 131.0] },
  niigata: { lat: [36.7, 38.6], lng: [137.6, 139.95] },
  gifu: { lat: [35.1, 36.5], lng: [136.25, 137.7] },
};

const ofKind = (shelters: DemoShelter[], kind: DemoShelterKind) => shelters.filter((s) => s.kind === kind);
const womenBeds = (s: DemoShelter) => (s.beds ?? []).filter((b) => b.category === 'WOMEN');

describe('demo shelters', () => {
  it('covers the three regions of the registry', () => {
    expect(REGIONS.sort()).toEqual(['gifu', 'kikuchi', 'niigata']);
    for (const region of REGIONS) expect(registry.region(region), region).toBeDefined();
  });

  it('has keys unique across all regions, each prefixed with its region', () => {
    const keys = ALL.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const [region, shelters] of Object.entries(DEMO_SHELTERS)) {
      for (const s of shelters) expect(s.key, s.key).toMatch(new RegExp(`^${region}-[a-z0-9-]+$`));
    }
  });

  it('places every shelter in a municipality of its own region', () => {
    for (const [region, shelters] of Object.entries(DEMO_SHELTERS)) {
      const members = registry.region(region)!.municipalityCodes;
      for (const s of shelters) {
        expect(s.municipalityCode, s.key).toMatch(/^\d{6}$/);
        expect(members, `${s.key}: ${s.municipalityCode}`).toContain(s.municipalityCode);
        expect(registry.regionOfMunicipality(s.municipalityCode)?.code, s.key).toBe(region);
      }
    }
  });

  it('names operators that are organisations of the same region in the organisations demo', () => {
    for (const [region, shelters] of Object.entries(DEMO_SHELTERS)) {
      const organisations = new Set(DEMO_DATA[region]!.organizations.map((o) => o.key));
      for (const s of shelters.filter((x) => x.operatorKey !== undefined)) {
        expect(organisations.has(s.operatorKey!), `${s.key}: operator ${s.operatorKey}`).toBe(true);
      }
    }
  });

  it('keeps DV shelters confidential, reachable only through a consultation window, with no public phone', () => {
    const dv = ofKind(ALL, 'DV_SHELTER');
    expect(dv.length).toBeGreaterThan(0);
    for (const s of dv) {
      expect(s.confidential, s.key).toBe(true);
      expect(s.intakeRoute, s.key).toBe('CONSULTATION_WINDOW');
      expect(s.phone, s.key).toBeUndefined();
      expect(s.intakeContact, s.key).toMatch(/デモ/);
      expect(s.source, s.key).toBe('デモ用の架空の施設です');
      const categories = (s.beds ?? []).map((b) => b.category);
      expect(categories, s.key).toEqual(expect.arrayContaining(['WOMEN', 'FAMILY']));
      expect(s.eligibleGroups, s.key).toContain('DV_SURVIVORS');
    }
  });

  it('gives no confidential shelter a public phone or a precise position', () => {
    for (const s of ALL.filter((x) => x.confidential)) {
      expect(s.phone, s.key).toBeUndefined();
      expect(s.intakeContact, s.key).toBeTruthy();
      for (const value of [s.latitude, s.longitude]) {
        if (value !== undefined) expect(Math.abs(value * 100 - Math.round(value * 100)), s.key).toBeLessThan(1e-9);
      }
      if (s.address !== undefined) expect(s.address, s.key).toMatch(/架空/);
    }
  });

  it('keeps every vacancy between 0 and the capacity, with each bed category once per shelter', () => {
    for (const s of ALL) {
      const categories = (s.beds ?? []).map((b) => b.category);
      expect(new Set(categories).size, s.key).toBe(categories.length);
      for (const b of s.beds ?? []) {
        expect(Number.isInteger(b.capacity) && Number.isInteger(b.vacant), `${s.key} ${b.category}`).toBe(true);
        expect(b.capacity, `${s.key} ${b.category}`).toBeGreaterThan(0);
        expect(b.vacant, `${s.key} ${b.category}`).toBeGreaterThanOrEqual(0);
        expect(b.vacant, `${s.key} ${b.category}`).toBeLessThanOrEqual(b.capacity);
        expect(b.confirmedHoursAgo, `${s.key} ${b.category}`).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('gives evacuation sites and shelters hazards and a capacity in persons, and no beds', () => {
    for (const s of ALL.filter((x) => EVACUATION_SITES.includes(x.kind))) {
      expect(s.hazards?.length ?? 0, s.key).toBeGreaterThan(0);
      expect(new Set(s.hazards).size, s.key).toBe(s.hazards!.length);
      expect(s.beds ?? [], s.key).toEqual([]);
      expect(s.capacityPersons, s.key).toBeGreaterThan(0);
      expect(s.servedAreas, s.key).toBeTruthy();
      expect(s.intakeRoute, s.key).toBe('WALK_IN');
    }
    for (const s of ofKind(ALL, 'EMERGENCY_EVACUATION_SITE')) {
      expect(typeof s.alsoDesignatedShelter, s.key).toBe('boolean');
    }
  });

  it('gives welfare evacuation shelters accessible beds', () => {
    for (const s of ofKind(ALL, 'WELFARE_EVACUATION_SHELTER')) {
      expect((s.beds ?? []).some((b) => b.category === 'ACCESSIBLE'), s.key).toBe(true);
      expect(s.hazards?.length ?? 0, s.key).toBeGreaterThan(0);
    }
  });

  it('limits 一時生活支援 to about three months (002:L303) and takes people through a consultation window', () => {
    for (const s of ofKind(ALL, 'TEMPORARY_LIVING_SUPPORT')) {
      expect(s.maxStayDays, s.key).toBeGreaterThan(0);
      expect(s.maxStayDays!, s.key).toBeLessThanOrEqual(90);
      expect(s.intakeRoute, s.key).toBe('CONSULTATION_WINDOW');
      expect(s.intakeContact, s.key).toBeTruthy();
      expect(s.beds?.length ?? 0, s.key).toBeGreaterThan(0);
    }
  });

  it('puts coordinates in Japan and in the region', () => {
    for (const [region, shelters] of Object.entries(DEMO_SHELTERS)) {
      const box = REGION_BOX[region]!;
      for (const s of shelters) {
        expect(s.latitude, s.key).toBeDefined();
        expect(s.longitude, s.key).toBeDefined();
        expect(s.latitude!, s.key).toBeGreaterThanOrEqual(20);
        expect(s.latitude!, s.key).toBeLessThanOrEqual(46);
        expect(s.longitude!, s.key).toBeGreaterThanOrEqual(122);
        expect(s.longitude!, s.key).toBeLessThanOrEqual(154);
        expect(s.latitude!, s.key).toBeGreaterThanOrEqual(box.lat[0]);
        expect(s.latitude!, s.key).toBeLessThanOrEqual(box.lat[1]);
        expect(s.longitude!, s.key).toBeGreaterThanOrEqual(box.lng[0]);
        expect(s.longitude!, s.key).toBeLessThanOrEqual(box.lng[1]);
      }
    }
  });

  it('writes addresses in the region’s prefecture, readings in katakana and well-formed phones', () => {
    const prefecture: Record<string, RegExp> = { kikuchi: /^熊本県/, niigata: /^新潟県/, gifu: /^岐阜県/ };
    for (const [region, shelters] of Object.entries(DEMO_SHELTERS)) {
      for (const s of shelters) {
        if (s.address !== undefined) expect(s.address, s.key).toMatch(prefecture[region]!);
        if (s.nameKana !== undefined) expect(isKatakana(s.nameKana), `${s.key}: ${s.nameKana}`).toBe(true);
        if (s.phone !== undefined) {
          expect(s.phone, s.key).toMatch(/^0\d+-\d+-\d{4}$/);
          expect(s.phone.replace(/-/g, ''), s.key).toMatch(/^0\d{9,10}$/);
        }
        expect(s.name.trim(), s.key).not.toBe('');
        expect(s.source.trim(), s.key).not.toBe('');
      }
    }
  });

  it('has at least one women’s shelter and one 自立援助ホーム for young people', () => {
    expect(ofKind(ALL, 'WOMENS_SHELTER').length).toBeGreaterThan(0);
    const homes = ofKind(ALL, 'INDEPENDENCE_HOME');
    expect(homes.length).toBeGreaterThan(0);
    for (const s of homes) expect(s.eligibleGroups, s.key).toContain('YOUNG_PEOPLE');
  });
});

describe.each(REGIONS)('demo shelters of %s', (region) => {
  const shelters = DEMO_SHELTERS[region]!;

  it('has about 8–12 shelters of the expected kinds', () => {
    expect(shelters.length).toBeGreaterThanOrEqual(8);
    expect(shelters.length).toBeLessThanOrEqual(12);
    const count = (kind: DemoShelterKind) => ofKind(shelters, kind).length;
    expect(count('TEMPORARY_LIVING_SUPPORT')).toBeGreaterThanOrEqual(2);
    expect(count('TEMPORARY_LIVING_SUPPORT')).toBeLessThanOrEqual(3);
    expect(count('DV_SHELTER')).toBeGreaterThanOrEqual(1);
    expect(count('DV_SHELTER')).toBeLessThanOrEqual(2);
    expect(count('WELFARE_EVACUATION_SHELTER')).toBe(1);
    expect(count('EMERGENCY_EVACUATION_SITE')).toBeGreaterThanOrEqual(2);
    expect(count('EMERGENCY_EVACUATION_SITE')).toBeLessThanOrEqual(3);
    expect(count('DESIGNATED_EVACUATION_SHELTER')).toBe(1);
    expect(ofKind(shelters, 'PRIVATE_SHELTER').some((s) => s.intakeRoute === 'WALK_IN' && !s.confidential)).toBe(true);
  });

  it('has an operator from the organisations demo for a 一時生活支援 shelter', () => {
    expect(ofKind(shelters, 'TEMPORARY_LIVING_SUPPORT').some((s) => s.operatorKey !== undefined)).toBe(true);
  });

  it('has a free women’s bed with a fresh figure at a shelter whose location is public', () => {
    const fresh = shelters.filter(
      (s) => !s.confidential && womenBeds(s).some((b) => b.vacant > 0 && b.confirmedHoursAgo <= FRESH_HOURS),
    );
    expect(fresh.length).toBeGreaterThan(0);
  });

  it('has a stale figure', () => {
    expect(shelters.some((s) => (s.beds ?? []).some((b) => b.confirmedHoursAgo >= STALE_HOURS))).toBe(true);
  });

  it('has a shelter whose women’s beds are full', () => {
    expect(shelters.some((s) => womenBeds(s).some((b) => b.vacant === 0))).toBe(true);
  });

  it('has a free women’s bed with a fresh figure at every DV shelter', () => {
    for (const s of ofKind(shelters, 'DV_SHELTER')) {
      expect(
        womenBeds(s).some((b) => b.vacant >= 1 && b.confirmedHoursAgo <= FRESH_HOURS),
        s.key,
      ).toBe(true);
    }
  });
});
