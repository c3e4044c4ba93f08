// Small-cell suppression for published counts (statistics of consultations per municipality and category).
// Cells and totals from 1 up to below the threshold are suppressed (primary suppression); then enough other cells
// and totals are suppressed with them (complementary suppression) that no suppressed value can be worked out from
// what is published. The attacker this guards against knows every published cell and total, that totals add up,
// and that a suppressed value is a whole number of at least 1 (zeros are published, and never suppressed); a
// suppressed value is safe when at least two values fit.
//
// How it is checked: write the table with its totals as one grid whose every line sums to zero (cells as they
// are, row and column totals negated, the grand total as it is). Published values are fixed, so suppressed ones
// can only change together around a cycle (+1, −1, +1 … along a row, a column, a row …) that keeps every
// suppressed count at 1 or more. A suppressed value can take another value exactly when such a cycle through it exists: the
// constraints are totally unimodular, so any other solution differs from the true one by such cycles.

export interface SuppressionPattern {
  /** Suppressed cells (rows × columns), primary and complementary. */
  cells: boolean[][];
  rowTotals: boolean[];
  columnTotals: boolean[];
  total: boolean;
  /** Cells suppressed because they are small (the rest of `cells` are suppressed to protect them). */
  primaryCells: boolean[][];
}

type Position = readonly [number, number];

interface Grid {
  /** The true counts, cells and totals, (rows + 1) × (columns + 1): the last row and column are the totals. */
  value: number[][];
  /** +1 for cells and the grand total, −1 for row and column totals (so that every line sums to zero). */
  sign: number[][];
  hidden: boolean[][];
}

function gridOf(cells: readonly (readonly number[])[]): Grid {
  const rows = cells.length;
  const columns = cells[0]?.length ?? 0;
  const value = cells.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const columnTotals = Array.from({ length: columns + 1 }, (_, c) => value.reduce((sum, row) => sum + row[c]!, 0));
  value.push(columnTotals);
  const sign = value.map((row, r) => row.map((_, c) => ((r === rows) !== (c === columns) ? -1 : 1)));
  return { value, sign, hidden: value.map((row) => row.map(() => false)) };
}

/** Whether (r, c) may change by `change` in the signed grid without a suppressed count going below 1. */
function mayChange(grid: Grid, r: number, c: number, change: 1 | -1): boolean {
  return grid.sign[r]![c]! * change === 1 || grid.value[r]![c]! >= 2;
}

/** Whether the hidden value at `start` can change by `change`, every line still adding up. */
function canMove(grid: Grid, [r0, c0]: Position, change: 1 | -1): boolean {
  if (!mayChange(grid, r0, c0, change)) return false;
  const rows = grid.value.length;
  const columns = grid.value[0]!.length;
  // Columns are entered by a change of `change` (as at the start), rows by the opposite; each is entered once, so
  // the path found is a simple cycle once it returns to row r0.
  const seenRow = new Array<boolean>(rows).fill(false);
  const seenColumn = new Array<boolean>(columns).fill(false);
  seenColumn[c0] = true;
  const queue: number[] = [c0];
  const opposite = -change as 1 | -1;
  while (queue.length > 0) {
    const c = queue.shift()!;
    for (let r = 0; r < rows; r++) {
      if (seenRow[r] || !grid.hidden[r]![c] || (r === r0 && c === c0) || !mayChange(grid, r, c, opposite)) continue;
      if (r === r0) return true;
      seenRow[r] = true;
      for (let c2 = 0; c2 < columns; c2++) {
        if (seenColumn[c2] || !grid.hidden[r]![c2] || !mayChange(grid, r, c2, change)) continue;
        seenColumn[c2] = true;
        queue.push(c2);
      }
    }
  }
  return false;
}

function disclosed(grid: Grid): Position[] {
  const found: Position[] = [];
  grid.hidden.forEach((row, r) =>
    row.forEach((hidden, c) => {
      if (hidden && !canMove(grid, [r, c], 1) && !canMove(grid, [r, c], -1)) found.push([r, c]);
    }),
  );
  return found;
}

function lineOf(grid: Grid, line: { row: number } | { column: number }): Position[] {
  return 'row' in line ? grid.value[0]!.map((_, c) => [line.row, c] as const) : grid.value.map((_, r) => [r, line.column] as const);
}

/** Another value of the line to hide (never a zero): a cell before a total, one whose crossing line already has a hidden value, then the smallest. */
function complementIn(grid: Grid, line: Position[], crossingOf: (p: Position) => Position[]): Position | undefined {
  const rows = grid.value.length - 1;
  const columns = grid.value[0]!.length - 1;
  const score = ([r, c]: Position) => [
    0,
    r === rows || c === columns ? 1 : 0,
    crossingOf([r, c]).some(([rr, cc]) => grid.hidden[rr]![cc]) ? 0 : 1,
    grid.value[r]![c]!,
  ];
  return line
    .filter(([r, c]) => !grid.hidden[r]![c] && grid.value[r]![c]! > 0)
    .map((p) => ({ p, s: score(p) }))
    .sort((a, b) => a.s[0]! - b.s[0]! || a.s[1]! - b.s[1]! || a.s[2]! - b.s[2]! || a.s[3]! - b.s[3]!)[0]?.p;
}

/** The pattern to publish `cells` (rows × columns) with row, column and grand totals, counts below `threshold` hidden. */
export function suppressSmallCells(cells: readonly (readonly number[])[], threshold: number): SuppressionPattern {
  const grid = gridOf(cells);
  const rows = grid.value.length;
  const columns = grid.value[0]!.length;
  grid.value.forEach((row, r) => row.forEach((v, c) => (grid.hidden[r]![c] = v > 0 && v < threshold)));
  const primaryCells = cells.map((row, r) => row.map((_, c) => grid.hidden[r]![c]!));
  const rowLine = (r: number) => lineOf(grid, { row: r });
  const columnLine = (c: number) => lineOf(grid, { column: c });
  const hiddenIn = (line: Position[]) => line.filter(([r, c]) => grid.hidden[r]![c]).length;
  const hide = (p: Position | undefined) => {
    if (!p) return false;
    grid.hidden[p[0]]![p[1]] = true;
    return true;
  };

  // Each round hides at least one more value, so this ends; the grid has rows × columns values.
  for (let round = 0; round <= rows * columns; round++) {
    let changed = false;
    // A line with exactly one hidden value gives it away by subtraction.
    for (let r = 0; r < rows; r++) if (hiddenIn(rowLine(r)) === 1) changed = hide(complementIn(grid, rowLine(r), ([, c]) => columnLine(c))) || changed;
    for (let c = 0; c < columns; c++) if (hiddenIn(columnLine(c)) === 1) changed = hide(complementIn(grid, columnLine(c), ([r]) => rowLine(r))) || changed;
    if (changed) continue;
    // Every line has none or several hidden values; zeros among them may still pin one down.
    const pinned = disclosed(grid);
    if (pinned.length === 0) break;
    const [r, c] = pinned[0]!;
    if (!hide(complementIn(grid, rowLine(r), ([, cc]) => columnLine(cc)) ?? complementIn(grid, columnLine(c), ([rr]) => rowLine(rr)))) {
      // Nothing left to hide in its lines: hide everything rather than publish a recoverable value.
      grid.hidden.forEach((row) => row.fill(true));
      break;
    }
  }
  return {
    cells: cells.map((row, r) => row.map((_, c) => grid.hidden[r]![c]!)),
    rowTotals: cells.map((_, r) => grid.hidden[r]![columns - 1]!),
    columnTotals: (cells[0] ?? []).map((_, c) => grid.hidden[rows - 1]![c]!),
    total: grid.hidden[rows - 1]![columns - 1]!,
    primaryCells,
  };
}

/** The hidden values (as [row, column] of the grid with totals last) that what is published pins down: none for a safe pattern. */
export function pinnedValues(cells: readonly (readonly number[])[], pattern: SuppressionPattern): Position[] {
  const grid = gridOf(cells);
  const rows = cells.length;
  const columns = cells[0]?.length ?? 0;
  grid.hidden = grid.value.map((row, r) =>
    row.map((_, c) => (r < rows && c < columns ? pattern.cells[r]![c]! : r < rows ? pattern.rowTotals[r]! : c < columns ? pattern.columnTotals[c]! : pattern.total)),
  );
  return disclosed(grid);
}
