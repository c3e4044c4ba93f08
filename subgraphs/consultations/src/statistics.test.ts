// The monthly statistics through the API: prefecture staff read their prefecture's municipalities with totals,
// municipal staff their own row, workers and the public nothing. Small counts are suppressed, and an attacker who
// knows every published cell and total, that totals add up and that a suppressed count is at least 1, cannot work
// out any suppressed value: the test enumerates every table that fits what was published.
import { describe, expect, it, beforeAll } from 'vitest';
import { consultationCount } from './db/schema.js';
import { consultationsTestBench } from './test-bench.js';
import { ISSUE_CATEGORY_CODES } from './vocabulary.js';

const bench = consultationsTestBench('consultations-statistics-test');
const ask = bench.ask.bind(bench);

const MONTH = '2026-01';
const KIKUCHI = ['432105', '432164', '434035', '434043'];
// A month of 菊池圏域: a few categories, some counts small.
const COUNTS: Record<string, Partial<Record<(typeof ISSUE_CATEGORY_CODES)[number], number>>> = {
  '432105': { ECONOMIC_HARDSHIP: 5, EMPLOYMENT: 1, DEBT: 4 },
  '432164': { ECONOMIC_HARDSHIP: 6, EMPLOYMENT: 2, DEBT: 3 },
  '434035': { EMPLOYMENT: 4, ECONOMIC_HARDSHIP: 3 },
  '434043': { ECONOMIC_HARDSHIP: 1, DEBT: 5 },
};

const QUERY = `query($from: String!, $to: String!) { consultationStatistics(fromMonth: $from, toMonth: $to) {
  suppressedBelow months { month total categoryTotals { category count suppressed } rows { municipality { code } total totalSuppressed counts { category count suppressed } } }
} }`;

interface Month {
  total: number | null;
  categoryTotals: { category: string; count: number | null }[] | null;
  rows: { municipality: { code: string }; total: number | null; counts: { category: string; count: number | null; suppressed: boolean }[] }[];
}

beforeAll(async () => {
  await bench.subgraph.orm.insert(consultationCount).values(
    Object.entries(COUNTS).flatMap(([municipalityCode, counts]) =>
      Object.entries(counts).map(([category, count]) => ({ region: 'kikuchi', municipalityCode, month: MONTH, category, count: count! })),
    ),
  );
});

/** Every whole-number table (suppressed values at least 1) that fits what is published; stops at `limit`. */
function tablesFitting(month: Month, limit: number): number[][][] {
  const rows = month.rows.map((r) => r.counts.map((c) => c.count));
  const unknowns: [number, number][] = [];
  rows.forEach((row, r) => row.forEach((v, c) => v === null && unknowns.push([r, c])));
  const grand = month.total ?? 200;
  const found: number[][][] = [];
  const values = rows.map((row) => row.map((v) => v ?? 0));
  const fits = () =>
    month.rows.every((row, r) => row.total === null || values[r]!.reduce((a, b) => a + b, 0) === row.total) &&
    month.categoryTotals!.every((t, c) => t.count === null || values.reduce((sum, row) => sum + row[c]!, 0) === t.count) &&
    (month.total === null || values.flat().reduce((a, b) => a + b, 0) === month.total);
  const search = (i: number) => {
    if (found.length >= limit) return;
    if (i === unknowns.length) {
      if (fits()) found.push(values.map((row) => [...row]));
      return;
    }
    const [r, c] = unknowns[i]!;
    for (let v = 1; v <= grand; v++) {
      values[r]![c] = v;
      if (values.flat().reduce((a, b) => a + b, 0) > grand) break;
      search(i + 1);
    }
    values[r]![c] = 0;
  };
  search(0);
  return found;
}

describe('consultation statistics', () => {
  it('give prefecture staff the whole table with small counts suppressed, and no suppressed value can be worked out', async () => {
    const { data, errors } = await ask<{ consultationStatistics: { suppressedBelow: number; months: Month[] } }>('kumamotoPref', QUERY, { from: MONTH, to: MONTH });
    expect(errors).toBeUndefined();
    const [month] = data!.consultationStatistics.months;
    expect(month!.rows.map((r) => r.municipality.code)).toEqual(KIKUCHI);
    // Counts of 1 and 2 are never shown; the rest of what is shown is true.
    for (const row of month!.rows) {
      for (const cell of row.counts) {
        const truth = COUNTS[row.municipality.code]![cell.category as 'DEBT'] ?? 0;
        if (truth > 0 && truth < 3) expect(cell.suppressed, `${row.municipality.code} ${cell.category}`).toBe(true);
        if (!cell.suppressed) expect(cell.count).toBe(truth);
      }
    }
    expect(month!.rows.flatMap((r) => r.counts).filter((c) => c.suppressed).length).toBeGreaterThan(3);
    const fitting = tablesFitting(month!, 1000);
    expect(fitting.length).toBeGreaterThan(0);
    // Each suppressed value takes at least two values among the tables that fit.
    month!.rows.forEach((row, r) =>
      row.counts.forEach((cell, c) => {
        if (!cell.suppressed) return;
        expect(new Set(fitting.map((t) => t[r]![c])).size, `${row.municipality.code} ${cell.category}`).toBeGreaterThan(1);
      }),
    );
  });

  it("give municipal staff their own municipality's row only, suppressed as in the whole table", async () => {
    const whole = await ask<{ consultationStatistics: { months: Month[] } }>('kumamotoPref', QUERY, { from: MONTH, to: MONTH });
    const own = await ask<{ consultationStatistics: { months: Month[] } }>('city', QUERY, { from: MONTH, to: MONTH });
    const [month] = own.data!.consultationStatistics.months;
    expect(month!.rows).toEqual([whole.data!.consultationStatistics.months[0]!.rows[0]]);
    expect(month!.categoryTotals).toBeNull();
    expect(month!.total).toBeNull();
  });

  it('are refused to workers, organisations and the public, and a bad month is BAD_USER_INPUT', async () => {
    for (const caller of ['worker', 'foodbank', 'public'] as const) {
      const { data, errors } = await ask(caller, QUERY, { from: MONTH, to: MONTH });
      expect(data?.consultationStatistics ?? null).toBeNull();
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(errors?.[0]?.extensions?.code);
    }
    const bad = await ask('kumamotoPref', QUERY, { from: '2026-13', to: MONTH });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromMonth' });
    // The month still running is not published: two reads of it would show what one post added.
    const current = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 7);
    const running = await ask('kumamotoPref', QUERY, { from: MONTH, to: current });
    expect(running.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toMonth' });
  });
});
