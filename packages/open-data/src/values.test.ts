import { describe, expect, it } from 'vitest';
import { parseCoordinate, parseInteger, parseJapaneseDate, parseTime } from './values.js';

describe('parseJapaneseDate', () => {
  it.each([
    ['2026-12-05', '2026-12-05'],
    ['2026/12/5', '2026-12-05'],
    ['2026.12.05', '2026-12-05'],
    ['2026年12月5日', '2026-12-05'],
    ['2026 年 12 月 5 日', '2026-12-05'],
    ['20261205', '2026-12-05'],
    ['２０２６／１２／５', '2026-12-05'],
    ['２０２６年１２月５日', '2026-12-05'],
    ['令和8年12月5日', '2026-12-05'],
    ['令和８年１２月５日', '2026-12-05'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['平成元年1月8日', '1989-01-08'],
    ['2026年12月5日(土)', '2026-12-05'],
    ['2026年12月5日（土曜日）', '2026-12-05'],
    ['2026/12/5(土)', '2026-12-05'],
    ['2026/12/05 0:00:00', '2026-12-05'],
    ['2028-02-29', '2028-02-29'],
    [' 2026-12-05\u3000', '2026-12-05'],
  ])('reads %s', (text, date) => {
    expect(parseJapaneseDate(text)).toEqual({ ok: true, value: date });
  });

  it.each([
    ['', 'EMPTY'],
    ['\u3000 ', 'EMPTY'],
    ['2026-02-30', 'OUT_OF_RANGE'],
    ['2027-02-29', 'OUT_OF_RANGE'],
    ['2026-13-01', 'OUT_OF_RANGE'],
    ['20260230', 'OUT_OF_RANGE'],
    ['令和8年2月30日', 'OUT_OF_RANGE'],
    ['令和元年4月30日', 'OUT_OF_RANGE'],
    ['平成31年5月1日', 'OUT_OF_RANGE'],
    ['令和0年5月1日', 'OUT_OF_RANGE'],
    ['2026年12月5日(日)', 'WEEKDAY_MISMATCH'],
    ['26年12月5日', 'FORMAT'],
    ['令和2026年12月5日', 'FORMAT'],
    ['2026-12', 'FORMAT'],
    ['12/5', 'FORMAT'],
    ['2026/12-05', 'FORMAT'],
    ['2026/12/05 13:30', 'FORMAT'],
    ['未定', 'FORMAT'],
    ['昭和60年1月1日', 'FORMAT'],
  ])('refuses %s (%s)', (text, problem) => {
    expect(parseJapaneseDate(text)).toEqual({ ok: false, problem });
  });
});

describe('parseTime', () => {
  it.each([
    ['13:30', '13:30'],
    ['9:05', '09:05'],
    ['0:00', '00:00'],
    ['23:59', '23:59'],
    ['13:30:00', '13:30'],
    ['１３：３０', '13:30'],
    ['13時30分', '13:30'],
    ['13時', '13:00'],
    ['１３時', '13:00'],
    ['13時半', '13:30'],
    ['9時5分', '09:05'],
    ['午後1時30分', '13:30'],
    ['午前10時', '10:00'],
    ['午後0時', '12:00'],
    ['1330', '13:30'],
    ['930', '09:30'],
  ])('reads %s', (text, time) => {
    expect(parseTime(text)).toEqual({ ok: true, value: time });
  });

  it.each([
    ['', 'EMPTY'],
    ['24:00', 'OUT_OF_RANGE'],
    ['25時', 'OUT_OF_RANGE'],
    ['13:60', 'OUT_OF_RANGE'],
    ['2400', 'OUT_OF_RANGE'],
    ['午後12時', 'OUT_OF_RANGE'],
    ['13:30:15', 'FORMAT'],
    ['13', 'FORMAT'],
    ['13:3', 'FORMAT'],
    ['午後', 'FORMAT'],
    ['13:30～', 'FORMAT'],
    ['終日', 'FORMAT'],
  ])('refuses %s (%s)', (text, problem) => {
    expect(parseTime(text)).toEqual({ ok: false, problem });
  });
});

describe('parseInteger', () => {
  it.each([
    ['30', 30],
    ['0', 0],
    ['1,000', 1000],
    ['1,234,567', 1234567],
    ['３０', 30],
    ['１，０００', 1000],
    ['30人', 30],
    ['３０名', 30],
    ['500円', 500],
    ['1,000 円', 1000],
    ['¥500', 500],
    ['￥５００', 500],
    ['-5', -5],
    ['－５', -5],
    ['−5', -5],
  ])('reads %s', (text, value) => {
    expect(parseInteger(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'EMPTY'],
    ['1.5', 'FORMAT'],
    ['1,00', 'FORMAT'],
    ['1,0000', 'FORMAT'],
    ['約30人', 'FORMAT'],
    ['30人程度', 'FORMAT'],
    ['30枚', 'FORMAT'],
    ['無料', 'FORMAT'],
    ['99999999999999999', 'OUT_OF_RANGE'],
  ])('refuses %s (%s)', (text, problem) => {
    expect(parseInteger(text)).toEqual({ ok: false, problem });
  });

  it('takes only the units it is given', () => {
    expect(parseInteger('30人', { units: ['円'] })).toEqual({ ok: false, problem: 'FORMAT' });
    expect(parseInteger('¥500', { units: ['人', '名'] })).toEqual({ ok: false, problem: 'FORMAT' });
    expect(parseInteger('500円', { units: ['円'] })).toEqual({ ok: true, value: 500 });
    expect(parseInteger('30', { units: [] })).toEqual({ ok: true, value: 30 });
  });
});

describe('parseCoordinate', () => {
  it.each([
    ['37.9161', 37.9161],
    ['139.0364', 139.0364],
    ['３２．９７９', 32.979],
    ['-33.5', -33.5],
    ['+135', 135],
    ['180', 180],
  ])('reads %s', (text, value) => {
    expect(parseCoordinate(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'EMPTY'],
    ['180.5', 'OUT_OF_RANGE'],
    ['-181', 'OUT_OF_RANGE'],
    ['35°41′22″', 'FORMAT'],
    ['北緯35.6', 'FORMAT'],
    ['35.', 'FORMAT'],
    ['37.9161,139.0364', 'FORMAT'],
  ])('refuses %s (%s)', (text, problem) => {
    expect(parseCoordinate(text)).toEqual({ ok: false, problem });
  });
});
