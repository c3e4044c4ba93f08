import { describe, expect, it } from 'vitest';
import {
  allMunicipalities,
  checkDigit,
  checkMunicipalityCode,
  describeCodeProblem,
  findMunicipality,
  municipalitiesOfPrefecture,
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
