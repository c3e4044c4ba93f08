// The part of importing a dataset that does not depend on the dataset: each row checked with the same checks as
// the API's create mutation (optional values they refuse left out and reported), written in its own savepoint so
// that a row the database refuses rejects only itself, and reported as CREATED, UPDATED or REJECTED.
import { GraphQLError } from 'graphql';
import type { DatasetIssue } from './dataset.js';

export type RowOutcome = 'CREATED' | 'UPDATED' | 'REJECTED';

/** A row as a dataset parser gives it: its values when it could be read, with the repairs and rejections so far. */
export type ParsedRow<TValues> = { line: number; issues: DatasetIssue[] } & ({ ok: true; draft: TValues } | { ok: false });

export interface RowOutcomeReport<TRow, TSaved> {
  row: TRow;
  outcome: RowOutcome;
  /** What was written (null for a rejected row, and in a dry run). */
  saved: TSaved | null;
  issues: DatasetIssue[];
}

/** Optional values a row keeps going without, by the input path the create checks name: the column, and how to leave it out. */
export type DroppableValues = Record<string, [column: string, drop: (input: Record<string, unknown>) => void]>;

/** A row of a local government that another region holds: it is imported there, not here. */
export function outsideRegionIssue(column: string, code: string, region: string): DatasetIssue {
  return {
    column,
    code: 'OUTSIDE_REGION',
    severity: 'REJECTED',
    message: `The local government ${code} does not belong to ${region}: import it in its own region`,
    messageJa: `団体コード ${code} はこの地域（${region}）に属していません。所属する地域で取り込んでください。`,
  };
}

export function issueFromError(error: GraphQLError, column: string | null, severity: DatasetIssue['severity']): DatasetIssue {
  const messageJa = String(error.extensions.messageJa ?? error.message);
  return {
    column,
    code: severity === 'REPAIRED' ? 'VALUE_DROPPED' : 'INVALID',
    severity,
    message: severity === 'REPAIRED' ? `${error.message}: the value was left out` : error.message,
    messageJa: severity === 'REPAIRED' ? `${messageJa}（この値は取り込みませんでした）` : messageJa,
  };
}

/**
 * The create checks (`check`) on a row's input, leaving out each optional value they refuse and reporting it;
 * a refused value that is not optional rejects the row (null, with the reason in `issues`).
 */
export function checkDroppingRefused<TDraft>(
  input: Record<string, unknown>,
  check: (input: Record<string, unknown>) => TDraft,
  droppable: DroppableValues,
  issues: DatasetIssue[],
): TDraft | null {
  for (let attempt = 0; attempt <= Object.keys(droppable).length; attempt++) {
    try {
      return check(input);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const drop = droppable[String(error.extensions.field ?? '')];
      if (!drop) {
        issues.push(issueFromError(error, null, 'REJECTED'));
        return null;
      }
      issues.push(issueFromError(error, drop[0], 'REPAIRED'));
      drop[1](input);
    }
  }
  return null;
}

export interface RowImportSteps<TValues, TDraft, TSaved> {
  dryRun: boolean;
  /** The row's record, checked; null (with the reasons added to `issues`) rejects it. */
  draft(values: TValues, issues: DatasetIssue[], line: number): TDraft | null;
  /** The record an earlier import of the row made, if any (the row then updates it). */
  previous(values: TValues): Promise<TSaved | undefined>;
  /** Writes the row in its own savepoint: a new record, or over the previous one. */
  write(draft: TDraft, previous: TSaved | undefined, values: TValues, line: number): Promise<TSaved>;
}

/** The values a parsed row carries when it could be read. */
type ValuesOf<TRow> = TRow extends { ok: true; draft: infer V } ? V : never;

/** Every row's outcome, in file order. */
export async function importRows<TRow extends ParsedRow<unknown>, TDraft, TSaved>(
  rows: readonly TRow[],
  steps: RowImportSteps<ValuesOf<TRow>, TDraft, TSaved>,
): Promise<RowOutcomeReport<TRow, TSaved>[]> {
  const results: RowOutcomeReport<TRow, TSaved>[] = [];
  for (const row of rows) {
    const issues = [...row.issues];
    const reject = () => results.push({ row, outcome: 'REJECTED', saved: null, issues });
    const values = row.ok ? (row.draft as ValuesOf<TRow>) : undefined;
    const draft = values === undefined ? null : steps.draft(values, issues, row.line);
    if (values === undefined || draft === null) {
      reject();
      continue;
    }
    const previous = await steps.previous(values);
    const outcome = previous ? 'UPDATED' : 'CREATED';
    if (steps.dryRun) {
      results.push({ row, outcome, saved: null, issues });
      continue;
    }
    try {
      results.push({ row, outcome, saved: await steps.write(draft, previous, values, row.line), issues });
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      issues.push(issueFromError(error, null, 'REJECTED'));
      reject();
    }
  }
  return results;
}

/** The totals of an import report. */
export function importTotals(results: readonly RowOutcomeReport<unknown, unknown>[]) {
  const count = (outcome: RowOutcome) => results.filter((r) => r.outcome === outcome).length;
  return {
    rows: results.length,
    created: count('CREATED'),
    updated: count('UPDATED'),
    repaired: results.filter((r) => r.outcome !== 'REJECTED' && r.issues.some((i) => i.severity === 'REPAIRED')).length,
    rejected: count('REJECTED'),
  };
}
