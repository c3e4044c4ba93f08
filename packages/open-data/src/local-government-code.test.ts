import { describe, expect, it } from 'vitest';
import { repairLocalGovernmentCode } from './local-government-code.js';

describe('repairLocalGovernmentCode', () => {
  it('takes a valid municipality code as it is', () => {
    expect(repairLocalGovernmentCode('432105')).toEqual({ ok: true, code: '432105', repaired: false }); // 菊池市
    expect(repairLocalGovernmentCode('151009')).toEqual({ ok: true, code: '151009', repaired: false }); // 新潟市
    expect(repairLocalGovernmentCode(' ２１２０１６ ')).toEqual({ ok: true, code: '212016', repaired: false }); // 岐阜市
  });

  it("takes a prefecture's own code", () => {
    expect(repairLocalGovernmentCode('150002')).toEqual({ ok: true, code: '150002', repaired: false }); // 新潟県
    expect(repairLocalGovernmentCode('430005')).toEqual({ ok: true, code: '430005', repaired: false }); // 熊本県
    expect(repairLocalGovernmentCode('010006')).toEqual({ ok: true, code: '010006', repaired: false }); // 北海道
  });

  it('restores a leading zero that Excel dropped', () => {
    // 札幌市 011002: 11002 + check digit would be 110027, which is no local government.
    expect(repairLocalGovernmentCode('11002')).toEqual({ ok: true, code: '011002', repaired: true, how: 'LEADING_ZERO' });
    // 北海道 010006 as a number.
    expect(repairLocalGovernmentCode('10006')).toEqual({ ok: true, code: '010006', repaired: true, how: 'LEADING_ZERO' });
  });

  it('adds a missing check digit', () => {
    expect(repairLocalGovernmentCode('15100')).toEqual({ ok: true, code: '151009', repaired: true, how: 'CHECK_DIGIT_ADDED' });
    expect(repairLocalGovernmentCode('43210')).toEqual({ ok: true, code: '432105', repaired: true, how: 'CHECK_DIGIT_ADDED' });
    expect(repairLocalGovernmentCode('15000')).toEqual({ ok: true, code: '150002', repaired: true, how: 'CHECK_DIGIT_ADDED' });
  });

  it('restores both from four digits', () => {
    expect(repairLocalGovernmentCode('1100')).toEqual({
      ok: true,
      code: '011002',
      repaired: true,
      how: 'LEADING_ZERO_AND_CHECK_DIGIT_ADDED',
    });
  });

  it('refuses five digits that read as two local governments', () => {
    // 幌延町 015202 with its zero lost, or 長岡市 152021 without its check digit.
    expect(repairLocalGovernmentCode('15202')).toEqual({ ok: false, problem: 'AMBIGUOUS', candidates: ['015202', '152021'] });
  });

  it('tells a malformed code from a wrong check digit and from an unknown code', () => {
    expect(repairLocalGovernmentCode('')).toEqual({ ok: false, problem: 'FORMAT' });
    expect(repairLocalGovernmentCode('新潟市')).toEqual({ ok: false, problem: 'FORMAT' });
    expect(repairLocalGovernmentCode('432')).toEqual({ ok: false, problem: 'FORMAT' });
    expect(repairLocalGovernmentCode('4321050')).toEqual({ ok: false, problem: 'FORMAT' });
    expect(repairLocalGovernmentCode('43-210')).toEqual({ ok: false, problem: 'FORMAT' });
    expect(repairLocalGovernmentCode('432106')).toEqual({ ok: false, problem: 'CHECK_DIGIT' });
    expect(repairLocalGovernmentCode('150001')).toEqual({ ok: false, problem: 'CHECK_DIGIT' });
    expect(repairLocalGovernmentCode('999997')).toEqual({ ok: false, problem: 'UNKNOWN' });
    expect(repairLocalGovernmentCode('99999')).toEqual({ ok: false, problem: 'UNKNOWN' });
    // 48 is no prefecture.
    expect(repairLocalGovernmentCode('48000')).toEqual({ ok: false, problem: 'UNKNOWN' });
  });
});
