// Loading: each table is one pass over its records, streamed in batches through COPY. A subgraph's tables load
// in turn (parents before children, for the foreign keys); on PostgreSQL two subgraphs load at once, so that
// the two cores are busy while this process makes the rows. A table's secondary indexes (those no constraint
// needs) are dropped for its load and built again from their own definitions afterwards: building a trigram index
// once is several times faster than updating it row by row. Until they are built again their definitions wait in
// bench.deferred_index, so that a load that was interrupted can put them back (restoreIndexes).
import { rowsOf, type Database } from '@renkei/db';

/** Rows of a table, made record by record. */
export interface CopyPass {
  table: string;
  columns: readonly string[];
  rows: () => Iterable<unknown[]>;
}

/** A table filled by a statement from what is already loaded (counts from posts). */
export interface FillPass {
  table: string;
  fill: (db: Database) => Promise<number>;
}

export type TablePass = CopyPass | FillPass;

export interface Pipeline {
  subgraph: string;
  passes: TablePass[];
}

export interface TableLoad {
  table: string;
  rows: number;
  /** Loading and indexing together. */
  seconds: number;
  indexSeconds: number;
}

/** Rows per batch: a few MB of CSV at most, so memory stays flat whatever the scale. */
export const BATCH_ROWS = 5_000;

async function* batchesOf(rows: Iterable<unknown[]>): AsyncGenerator<unknown[][]> {
  let batch: unknown[][] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === BATCH_ROWS) {
      yield batch;
      batch = [];
      // Let the other pipeline's replies in between batches: making a batch keeps this thread busy for a while.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  if (batch.length > 0) yield batch;
}

export async function execute(db: Database, statement: string): Promise<Record<string, unknown>[]> {
  return rowsOf<Record<string, unknown>>(await db.orm({}).execute(statement));
}

/**
 * Loads a table; resolves once its rows are in, with a promise of the whole (its indexes built again), so that the
 * next table of the pipeline loads while this one is indexed (foreign keys need only the primary keys, kept).
 */
async function loadPass(db: Database, pass: TablePass): Promise<{ indexed: Promise<TableLoad> }> {
  const started = performance.now();
  await deferIndexes(db, pass.table);
  const rows = 'fill' in pass ? await pass.fill(db) : await db.copyRows(pass.table, pass.columns, batchesOf(pass.rows()));
  const loaded = performance.now();
  const indexed = restoreIndexes(db, pass.table).then(() => {
    const done = performance.now();
    return { table: pass.table, rows, seconds: (done - started) / 1000, indexSeconds: (done - loaded) / 1000 };
  });
  indexed.catch(() => {});
  return { indexed };
}

const literal = (value: unknown) => `'${String(value).replace(/'/g, "''")}'`;

/** The bookkeeping tables: what was generated (generatedWith), and the indexes waiting to be built again. */
export async function ensureBookkeeping(db: Database): Promise<void> {
  await execute(db, 'create schema if not exists bench');
  await execute(db, 'create table if not exists bench.generated (seed int, scale real, counts jsonb, seconds real, generated_at timestamptz)');
  await execute(db, 'create table if not exists bench.deferred_index (name text primary key, table_name text not null, definition text not null)');
}

/** Drops the table's indexes that back no constraint, keeping their definitions (in the same transaction). */
async function deferIndexes(db: Database, table: string): Promise<void> {
  const indexes = await execute(
    db,
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition from pg_index i
     where i.indrelid = ${literal(quoted(table))}::regclass and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
  );
  if (indexes.length === 0) return;
  await db.orm({}).transaction(async (tx) => {
    for (const index of indexes) {
      await tx.execute(`insert into bench.deferred_index (name, table_name, definition) values (${literal(index.name)}, ${literal(table)}, ${literal(index.definition)})`);
      await tx.execute(`drop index ${String(index.name)}`);
    }
  });
}

/** Builds the deferred indexes again (of one table, or all of them), each with its definition's removal. */
export async function restoreIndexes(db: Database, table?: string): Promise<number> {
  const indexes = await execute(
    db,
    `select name, definition from bench.deferred_index ${table ? `where table_name = ${literal(table)}` : ''} order by name`,
  );
  for (const index of indexes) {
    await db.orm({}).transaction(async (tx) => {
      // A trigram index of a million rows builds in half the time with room for its entries.
      if (db.kind === 'postgres') await tx.execute("set local maintenance_work_mem = '1GB'");
      await tx.execute(String(index.definition));
      await tx.execute(`delete from bench.deferred_index where name = ${literal(index.name)}`);
    });
  }
  return indexes.length;
}

/**
 * Runs the pipelines, at most `concurrency` at a time, each pass after the one before it, and ANALYZEs each
 * table once loaded (the planner must know the new sizes before anyone queries them).
 */
export async function runPipelines(
  db: Database,
  pipelines: Pipeline[],
  concurrency: number,
  onTable: (load: TableLoad) => void,
): Promise<TableLoad[]> {
  const loads: TableLoad[] = [];
  const queue = [...pipelines];
  // The first failure stops every pipeline at its next table, so that nothing is still loading when it is reported.
  let failure: { error: unknown } | undefined;
  async function worker() {
    for (let pipeline = queue.shift(); pipeline && !failure; pipeline = queue.shift()) {
      const indexing: Promise<void>[] = [];
      try {
        for (const pass of pipeline.passes) {
          if (failure) break;
          const { indexed } = await loadPass(db, pass);
          indexing.push(
            indexed.then((load) => {
              loads.push(load);
              onTable(load);
            }),
          );
        }
        await Promise.all(indexing);
        for (const pass of pipeline.passes) await execute(db, `analyze ${quoted(pass.table)}`);
      } catch (error) {
        failure ??= { error };
        await Promise.allSettled(indexing);
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, pipelines.length) }, worker));
  if (failure) throw failure.error;
  return loads;
}

export function quoted(table: string): string {
  return table
    .split('.')
    .map((part) => `"${part.replace(/"/g, '""')}"`)
    .join('.');
}

/** The subgraphs' own schemas in the database. */
export const SUBGRAPH_SCHEMAS = ['organisations', 'events', 'shelters', 'food_banks', 'consultations'] as const;

/**
 * The subgraphs' data tables, as migrations made them: not their migration journals, nor the audit trails,
 * which are append-only by design (a trigger refuses TRUNCATE) and hold no generated rows.
 */
export async function subgraphTables(db: Database): Promise<string[]> {
  const rows = await execute(
    db,
    `select table_schema || '.' || table_name as name from information_schema.tables
     where table_schema in (${SUBGRAPH_SCHEMAS.map((s) => `'${s}'`).join(', ')}) and table_type = 'BASE TABLE'
       and table_name not in ('migrations', 'audit_record')
     order by 1`,
  );
  return rows.map((r) => String(r.name));
}

/** The tables among these that hold at least one row. */
export async function tablesWithRows(db: Database, tables: string[]): Promise<string[]> {
  if (tables.length === 0) return [];
  const rows = await execute(db, tables.map((t) => `select '${t}' as name where exists (select 1 from ${quoted(t)})`).join(' union all '));
  return rows.map((r) => String(r.name));
}

export async function truncate(db: Database, tables: string[]): Promise<void> {
  if (tables.length > 0) await execute(db, `truncate table ${tables.map(quoted).join(', ')} cascade`);
}
