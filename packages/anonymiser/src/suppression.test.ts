import { describe, expect, it } from 'vitest';
import { pinnedValues, suppressSmallCells, type SuppressionPattern } from './suppression.js';

// An attacker of its own, independent of the pattern's checker: it enumerates every table of whole numbers that
// agrees with what is published (cells, row totals, column totals, the grand total) and reports each hidden value
// that is the same in all of them. It knows that zeros are published, so a suppressed value is at least 1, and an
// upper bound on every value: the grand total when it is published, else one more than the true one (a bound it
// could only guess; the smallest that still lets a suppressed grand total be anything but itself).
function recoverable(cells: number[][], pattern: SuppressionPattern): string[] {
  const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = cells[0]!.map((_, c) => cells.reduce((a, row) => a + row[c]!, 0));
  const total = rowTotals.reduce((a, b) => a + b, 0);
  type Slot = { name: string; truth: number; hidden: boolean };
  const slot = (name: string, truth: number, hidden: boolean): Slot => ({ name, truth, hidden });
  const grid = cells.map((row, r) => row.map((v, c) => slot(`cell ${r},${c}`, v, pattern.cells[r]![c]!)));
  const rowSlots = rowTotals.map((v, r) => slot(`row total ${r}`, v, pattern.rowTotals[r]!));
  const columnSlots = columnTotals.map((v, c) => slot(`column total ${c}`, v, pattern.columnTotals[c]!));
  const totalSlot = slot('total', total, pattern.total);
  // Each constraint: the sum of `plus` equals the sum of `minus`.
  const constraints: Array<{ plus: Slot[]; minus: Slot[] }> = [
    ...grid.map((row, r) => ({ plus: row, minus: [rowSlots[r]!] })),
    ...columnSlots.map((col, c) => ({ plus: grid.map((row) => row[c]!), minus: [col] })),
    { plus: rowSlots, minus: [totalSlot] },
    { plus: columnSlots, minus: [totalSlot] },
  ];
  const unknowns = [...grid.flat(), ...rowSlots, ...columnSlots, totalSlot].filter((s) => s.hidden);
  const seen = new Map<Slot, Set<number>>(unknowns.map((u) => [u, new Set()]));
  const value = new Map<Slot, number>();
  const valueOf = (s: Slot) => (s.hidden ? value.get(s) : s.truth);
  const consistent = () =>
    constraints.every(({ plus, minus }) => {
      const all = [...plus, ...minus];
      if (all.some((s) => valueOf(s) === undefined)) {
        // Partial: the known part of the sum must not already exceed what the other side can reach.
        const knownPlus = plus.reduce((a, s) => a + (valueOf(s) ?? 0), 0);
        const minusOpen = minus.some((s) => valueOf(s) === undefined);
        return minusOpen || knownPlus <= minus.reduce((a, s) => a + valueOf(s)!, 0);
      }
      return plus.reduce((a, s) => a + valueOf(s)!, 0) === minus.reduce((a, s) => a + valueOf(s)!, 0);
    });
  // A value that is the last unknown of a line is forced by the line: no need to try the others.
  const forced = (u: Slot): number | undefined => {
    for (const { plus, minus } of constraints) {
      const all = [...plus, ...minus];
      if (!all.includes(u) || all.some((s) => s !== u && valueOf(s) === undefined)) continue;
      const sum = (side: Slot[]) => side.reduce((a, s) => a + (s === u ? 0 : valueOf(s)!), 0);
      return plus.includes(u) ? sum(minus) - sum(plus) : sum(plus) - sum(minus);
    }
    return undefined;
  };
  const bound = pattern.total ? total + 1 : total;
  const search = (i: number): void => {
    if (i === unknowns.length) {
      for (const u of unknowns) seen.get(u)!.add(value.get(u)!);
      return;
    }
    const u = unknowns[i]!;
    const only = forced(u);
    const candidates = only === undefined ? Array.from({ length: bound }, (_, v) => v + 1) : only >= 1 ? [only] : [];
    for (const v of candidates) {
      value.set(u, v);
      if (consistent()) search(i + 1);
    }
    value.delete(u);
  };
  search(0);
  return unknowns.filter((u) => seen.get(u)!.size === 1).map((u) => u.name);
}

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomTable(next: () => number, rows: number, columns: number, max: number): number[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => (next() < 0.3 ? 0 : Math.floor(next() * (max + 1)))));
}

describe('small-cell suppression', () => {
  it('hides every count from 1 to 2, and the attacker recovers none of the hidden values from the totals', () => {
    const next = random(20261124);
    let tables = 0;
    let hidden = 0;
    for (let i = 0; i < 120; i++) {
      const cells = randomTable(next, 2, 3, 4);
      const pattern = suppressSmallCells(cells, 3);
      cells.forEach((row, r) => row.forEach((v, c) => v > 0 && v < 3 && expect(pattern.cells[r]![c]).toBe(true)));
      expect(recoverable(cells, pattern), JSON.stringify(cells)).toEqual([]);
      expect(pinnedValues(cells, pattern)).toEqual([]);
      tables++;
      hidden += pattern.cells.flat().filter(Boolean).length;
    }
    expect(tables).toBe(120);
    // The checker the pattern uses agrees on many more, larger tables.
    for (let i = 0; i < 3000; i++) {
      const cells = randomTable(next, 2 + (i % 4), 2 + (i % 5), 6);
      expect(pinnedValues(cells, suppressSmallCells(cells, 3)), JSON.stringify(cells)).toEqual([]);
    }
    expect(hidden).toBeGreaterThan(120);
  });

  it('the attacker does recover values when only the small cells are hidden, or when two 1s are all a row hides', () => {
    const ones = [[1, 1, 0, 6, 0, 5]];
    const pair: SuppressionPattern = {
      cells: [[true, true, false, false, false, false]],
      rowTotals: [false],
      columnTotals: [true, true, false, false, false, false],
      total: false,
      primaryCells: [[true, true, false, false, false, false]],
    };
    expect(recoverable(ones, pair).sort()).toEqual(['cell 0,0', 'cell 0,1', 'column total 0', 'column total 1']);
    expect(pinnedValues(ones, pair).length).toBe(4);
    expect(recoverable(ones, suppressSmallCells(ones, 3))).toEqual([]);

    // Row 0: 2 hidden, 4 and 5 published, row total 11: the 2 is 11 − 4 − 5.
    const cells = [
      [2, 4, 5],
      [3, 6, 7],
    ];
    const naive: SuppressionPattern = {
      cells: cells.map((row) => row.map((v) => v > 0 && v < 3)),
      rowTotals: [false, false],
      columnTotals: [false, false, false],
      total: false,
      primaryCells: cells.map((row) => row.map((v) => v > 0 && v < 3)),
    };
    expect(recoverable(cells, naive)).toEqual(['cell 0,0']);
    expect(pinnedValues(cells, naive)).toEqual([[0, 0]]);
    const safe = suppressSmallCells(cells, 3);
    expect(recoverable(cells, safe)).toEqual([]);
    expect(safe.cells.flat().filter(Boolean).length).toBe(4);
  });

  it('hides a small total too, and a row whose only count is small', () => {
    const cells = [
      [0, 1, 0],
      [4, 5, 6],
      [3, 0, 7],
    ];
    const pattern = suppressSmallCells(cells, 3);
    expect(pattern.rowTotals[0]).toBe(true);
    expect(recoverable(cells, pattern)).toEqual([]);
  });

  it('publishes a table without small counts as it is', () => {
    const pattern = suppressSmallCells(
      [
        [3, 4],
        [0, 9],
      ],
      3,
    );
    expect([...pattern.cells.flat(), ...pattern.rowTotals, ...pattern.columnTotals, pattern.total].some(Boolean)).toBe(false);
  });
});
