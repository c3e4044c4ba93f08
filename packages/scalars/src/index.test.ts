import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { addDays, DateScalar, DateTime, isCalendarDate, tokyoDate, tokyoMidnight, toTokyoIso } from './index.js';

describe('Japan time', () => {
  it('gives instants with the +09:00 offset and days as days in Japan', () => {
    const instant = new Date('2026-11-24T15:30:00Z');
    expect(toTokyoIso(instant)).toBe('2026-11-25T00:30:00+09:00');
    expect(tokyoDate(instant)).toBe('2026-11-25');
    expect(tokyoMidnight('2026-11-25').toISOString()).toBe('2026-11-24T15:00:00.000Z');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('accepts only real calendar days', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-30', '2026-13-01', '2026/12/01', '20261201', '']) expect(isCalendarDate(bad)).toBe(false);
    expect(() => DateScalar.parseValue('2026-02-30')).toThrow(/YYYY-MM-DD/);
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: '2026-12-05' })).toBe('2026-12-05');
  });

  it('reads and writes DateTime', () => {
    expect(DateTime.serialize(new Date('2026-12-05T04:30:00Z'))).toBe('2026-12-05T13:30:00+09:00');
    expect((DateTime.parseValue('2026-12-05T13:30:00+09:00') as Date).toISOString()).toBe('2026-12-05T04:30:00.000Z');
    expect(() => DateTime.parseValue('tomorrow')).toThrow(/ISO 8601/);
  });
});
