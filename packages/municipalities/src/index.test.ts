import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allMunicipalities,
  approximateLocation,
  checkDigit,
  checkMunicipalityCode,
  describeCodeProblem,
  findMunicipality,
  municipalitiesOfPrefecture,
  prefectureOfOwnCode,
  prefectureOwnCode,
  prefectures,
  repairMunicipalityCode,
} from './index.js';

describe('checkDigit', () => {
  it('computes the check digit of known codes', () => {
    // Worked by hand: 4·6 + 3·5 + 4·4 + 0·3 + 4·2 = 63; 63 mod 11 = 8; (11 − 8) mod 10 = 3.
    expect(checkDigit('43404')).toBe('3');
    // 0·6 + 1·5 + 1·4 + 0·3 + 0·2 = 9; (11 − 9) mod 10 = 2.
    expect(checkDigit('01100')).toBe('2');
  });

  it('agrees with every code in the reference list', () => {
    const wrong = allMunicipalities().filter((m) => checkDigit(m.code5) !== m.code[5]);
    expect(wrong).toEqual([]);
  });

  it('rejects input that is not five digits', () => {
    expect(() => checkDigit('4340')).toThrow(RangeError);
  });
});

describe('checkMunicipalityCode', () => {
  it('finds 菊陽町 by 434043', () => {
    const result = checkMunicipalityCode('434043');
    expect(result.ok && result.municipality.name).toBe('菊陽町');
    expect(result.ok && result.municipality.kind).toBe('TOWN');
  });

  it('tells a wrong check digit from an unknown code and from a malformed one', () => {
    expect(checkMunicipalityCode('432106')).toEqual({ ok: false, problem: 'CHECK_DIGIT' });
    expect(checkMunicipalityCode('43210')).toEqual({ ok: false, problem: 'FORMAT' });
    expect(checkMunicipalityCode('４３４０４３')).toEqual({ ok: false, problem: 'FORMAT' });
    // 99999 with its own check digit is well-formed but names no local government.
    expect(checkMunicipalityCode(`99999${checkDigit('99999')}`)).toEqual({ ok: false, problem: 'UNKNOWN' });
  });
});

describe('the reference list', () => {
  it('holds 1,923 local governments in 47 prefectures', () => {
    expect(allMunicipalities()).toHaveLength(1923);
    expect(prefectures()).toHaveLength(47);
  });

  it('classifies designated cities, their wards, Tokyo special wards, towns and villages', () => {
    expect(findMunicipality('151009')?.kind).toBe('DESIGNATED_CITY'); // 新潟市
    expect(findMunicipality('151017')?.kind).toBe('WARD'); // 新潟市 北区 (a ward)
    expect(findMunicipality('131016')?.kind).toBe('SPECIAL_WARD'); // 千代田区
    expect(findMunicipality('432105')?.kind).toBe('CITY'); // 菊池市
    expect(findMunicipality('216046')?.kind).toBe('VILLAGE'); // 白川村
  });

  it('lists a prefecture', () => {
    const gifu = municipalitiesOfPrefecture('21');
    expect(gifu).toHaveLength(42);
    expect(gifu.every((m) => m.prefectureName === '岐阜県')).toBe(true);
  });
});

describe('repairMunicipalityCode', () => {
  it('restores a lost leading zero', () => {
    expect(repairMunicipalityCode('11002')).toBe('011002');
  });
  it('adds the check digit to a 5-digit code', () => {
    expect(repairMunicipalityCode('43404')).toBe('434043');
  });
  it('restores both for a 4-digit code', () => {
    expect(repairMunicipalityCode('1100')).toBe('011002');
  });
  it('gives up on what cannot be repaired', () => {
    expect(repairMunicipalityCode('432106')).toBeUndefined();
    expect(repairMunicipalityCode('abc')).toBeUndefined();
  });
});

describe('describeCodeProblem', () => {
  it('explains each problem in English and Japanese, naming the code', () => {
    const text = describeCodeProblem('CHECK_DIGIT', '432106');
    expect(text.message).toContain('432106');
    expect(text.messageJa).toContain('検査数字');
    expect(describeCodeProblem('UNKNOWN', '999991').messageJa).toContain('999991');
    expect(describeCodeProblem('FORMAT', 'abc').message).toContain('6-digit');
  });
});

describe('approximateLocation', () => {
  const rows = readFileSync(new URL('../data/locations.csv', import.meta.url), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [code = '', latitude = '', longitude = ''] = line.split(',');
      return { code, latitude: Number(latitude), longitude: Number(longitude) };
    });
  const regions = (
    JSON.parse(readFileSync(new URL('../../regions/regions.json', import.meta.url), 'utf8')) as {
      regions: { code: string; prefectureCode: string; municipalities: { code: string; name: string }[] }[];
    }
  ).regions;
  const demoMunicipalities = regions.flatMap((r) => r.municipalities.map((m) => ({ ...m, prefectureCode: r.prefectureCode })));

  /** Great-circle distance in km (haversine, mean Earth radius). */
  function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
    const rad = Math.PI / 180;
    const h =
      Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
      Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
    return 2 * 6371 * Math.asin(Math.sqrt(h));
  }
  function office(prefectureCode: string) {
    const location = approximateLocation(prefectureOwnCode(prefectureCode));
    if (!location) throw new Error(`no office for prefecture ${prefectureCode}`);
    return location;
  }

  it('lists only known codes (municipalities or prefectures), each once', () => {
    const unknown = rows.filter((r) => !findMunicipality(r.code) && prefectureOfOwnCode(r.code) === undefined);
    expect(unknown).toEqual([]);
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
  });

  it('keeps every row in Japan, latitude before longitude', () => {
    const outside = rows.filter((r) => !(r.latitude >= 20 && r.latitude <= 46 && r.longitude >= 122 && r.longitude <= 154));
    expect(outside).toEqual([]);
  });

  it('has every prefectural office and every designated city hall', () => {
    for (const p of prefectures()) expect(office(p.code).precision).toBe('PREFECTURE');
    const cities = allMunicipalities().filter((m) => m.kind === 'DESIGNATED_CITY');
    expect(cities).toHaveLength(20);
    expect(cities.filter((m) => !rows.some((r) => r.code === m.code)).map((m) => m.name)).toEqual([]);
  });

  it('places every municipality of the demo regions by its own hall', () => {
    expect(demoMunicipalities.length).toBeGreaterThan(80);
    const missing = demoMunicipalities.filter((m) => approximateLocation(m.code)?.precision !== 'MUNICIPALITY');
    expect(missing).toEqual([]);
  });

  it('puts each demo-region municipality within about 150 km of its prefecture office', () => {
    const far = demoMunicipalities
      .map((m) => ({ ...m, km: distanceKm(approximateLocation(m.code) ?? { latitude: 0, longitude: 0 }, office(m.prefectureCode)) }))
      .filter((m) => m.km > 150);
    expect(far).toEqual([]);
  });

  it('puts 菊池市 nearer to 熊本県庁 than to 新潟県庁', () => {
    const kikuchi = approximateLocation('432105');
    expect(kikuchi?.precision).toBe('MUNICIPALITY');
    if (!kikuchi) return;
    expect(distanceKm(kikuchi, office('43'))).toBeLessThan(distanceKm(kikuchi, office('15')));
    expect(distanceKm(kikuchi, office('43'))).toBeLessThan(40);
  });

  it('returns the office for a prefecture\'s own code', () => {
    const row = rows.find((r) => r.code === '150002'); // 新潟県
    expect(approximateLocation('150002')).toEqual({ latitude: row?.latitude, longitude: row?.longitude, precision: 'PREFECTURE' });
  });

  it('falls back to the prefecture office for an unlisted town', () => {
    // 益城町 (熊本県) has no row of its own.
    expect(rows.some((r) => r.code === '434434')).toBe(false);
    expect(approximateLocation('434434')).toEqual(office('43'));
    expect(approximateLocation('131016')).toEqual(office('13')); // 千代田区: a Tokyo special ward, not a city's ward
  });

  it('falls back from a ward without a row to its city\'s hall', () => {
    // 札幌市 中央区 → 札幌市
    expect(rows.some((r) => r.code === '011011')).toBe(false);
    expect(approximateLocation('011011')).toEqual(approximateLocation('011002'));
    expect(approximateLocation('011011')?.precision).toBe('MUNICIPALITY');
  });

  it('knows nothing of an unknown code', () => {
    expect(approximateLocation(`99999${checkDigit('99999')}`)).toBeUndefined();
    expect(approximateLocation('432106')).toBeUndefined(); // wrong check digit
    expect(approximateLocation('abc')).toBeUndefined();
  });
});
