import { allMunicipalities } from '@renkei/municipalities';
import { describe, expect, it } from 'vitest';
import { nationwideRegistry, PREFECTURE_REGION_CODES } from './nationwide.js';

describe('the nationwide registry', () => {
  const registry = nationwideRegistry({ organisations: 'http://127.0.0.1:5101/graphql', consultations: 'http://127.0.0.1:5105/graphql' });

  it('makes each of the 47 prefectures a region holding every local government of the reference list in it', () => {
    expect(registry.regions).toHaveLength(47);
    for (const m of allMunicipalities()) {
      const region = registry.regionOfMunicipality(m.code);
      expect(region?.prefectureCode, m.name).toBe(m.prefectureCode);
    }
    expect(registry.regions.reduce((n, r) => n + r.municipalityCodes.length, 0)).toBe(allMunicipalities().length);
    expect(registry.regionOfMunicipality('434043')?.code).toBe('kumamoto');
    expect(registry.regionOfMunicipality('011002')?.code).toBe('hokkaido');
    expect(registry.region('okinawa')?.prefectureCode).toBe('47');
    expect(new Set(PREFECTURE_REGION_CODES).size).toBe(47);
  });

  it('shares the public domains with everyone and consultations with no other region', () => {
    expect(registry.regionsInScope('organisations', undefined)).toHaveLength(47);
    expect(registry.regionsInScope('consultations', 'kumamoto').map((r) => r.code)).toEqual(['kumamoto']);
    expect(registry.regionsInScope('consultations', undefined)).toEqual([]);
  });
});
