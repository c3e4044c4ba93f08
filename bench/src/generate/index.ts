// A nationwide data set for the five subgraphs, made from a seed: every prefecture a region, every local
// government of the reference list a member, and at scale 1 100,000 organisations, 300,000 services, 1,000,000
// events, 20,000 shelters, 10,000 food sites and 300,000 consultation posts. The same seed and scale give the
// same rows, byte for byte (IDs and timestamps included), so that benchmark runs compare like with like.
import { consultationsSubgraph } from '@renkei/consultations-subgraph';
import type { Database } from '@renkei/db';
import { eventsSubgraph } from '@renkei/events-subgraph';
import { foodBanksSubgraph } from '@renkei/food-banks-subgraph';
import { organisationsSubgraph } from '@renkei/organisations-subgraph';
import { sheltersSubgraph } from '@renkei/shelters-subgraph';
import { nationwideRegistry } from '../nationwide.js';
import { consultationPasses } from './consultations.js';
import { eventPasses } from './events.js';
import { foodBankPasses } from './food-banks.js';
import { ensureBookkeeping, execute, restoreIndexes, runPipelines, subgraphTables, tablesWithRows, truncate, type Pipeline } from './load.js';
import { organisationPasses } from './organisations.js';
import { makePlan } from './plan.js';
import { shelterPasses } from './shelters.js';

export { FULL_SCALE, countsAt } from './plan.js';
export { REFERENCE_TIME } from './time.js';

export interface GenerateOptions {
  db: Database;
  seed: number;
  /** Multiplies every count: 1 is the full nationwide set, 0.001 a thousandth of it. */
  scale: number;
  /** One line per table loaded, and a last one for the whole. */
  log?: (line: string) => void;
  /** Empty the subgraphs' tables first; without it a database that holds rows is refused. */
  replace?: boolean;
}

export interface GenerationReport {
  seed: number;
  scale: number;
  /** Rows written per table ("schema.table"). */
  tables: Record<string, number>;
  seconds: number;
}

/** A load recorded in bench.generated: its report, and when it finished. */
export interface Generated extends GenerationReport {
  generatedAt: Date;
}

export const MIN_SCALE = 0.0001;
export const MAX_SCALE = 10;

/** Applies the five subgraphs' migrations (each only once; a migrated database is left as it is). */
export async function migrateSubgraphs(db: Database): Promise<void> {
  for (const subgraph of [organisationsSubgraph, eventsSubgraph, sheltersSubgraph, foodBanksSubgraph, consultationsSubgraph]) {
    await subgraph.prepare(db, { seedRegions: [] });
  }
}

/** What the database was last filled with by generateNationwide, or null (never, or not since it was emptied). */
export async function generatedWith(db: Database): Promise<Generated | null> {
  const [present] = await execute(db, "select to_regclass('bench.generated') is not null as present");
  if (!present?.present) return null;
  const [row] = await execute(db, 'select seed, scale, counts, seconds, generated_at from bench.generated order by generated_at desc limit 1');
  if (!row) return null;
  return {
    seed: Number(row.seed),
    // A real keeps about seven digits: 0.3 comes back as 0.30000001, and should compare equal to the 0.3 asked for.
    scale: Number(Number(row.scale).toPrecision(7)),
    tables: (typeof row.counts === 'string' ? JSON.parse(row.counts) : row.counts) as Record<string, number>,
    seconds: Number(row.seconds),
    generatedAt: new Date(row.generated_at as string),
  };
}

function checkOptions({ seed, scale }: GenerateOptions): void {
  if (!Number.isInteger(seed) || seed < 0 || seed > 2_147_483_647) throw new RangeError(`the seed must be a whole number from 0 to 2147483647, not ${seed}`);
  if (!Number.isFinite(scale) || scale < MIN_SCALE || scale > MAX_SCALE) {
    throw new RangeError(`the scale must be from ${MIN_SCALE} to ${MAX_SCALE} (1 is the full nationwide set), not ${scale}`);
  }
}

/**
 * Fills the database with the nationwide data set of the seed and scale, migrating the subgraphs first. Refuses a
 * database whose subgraph tables hold rows unless `replace` is given, which empties them first.
 */
export async function generateNationwide(options: GenerateOptions): Promise<GenerationReport> {
  checkOptions(options);
  const { db, seed, scale, log = () => {} } = options;
  const started = performance.now();
  await migrateSubgraphs(db);
  await ensureBookkeeping(db);
  const restored = await restoreIndexes(db);
  if (restored > 0) log(`rebuilt ${restored} index${restored === 1 ? '' : 'es'} an interrupted load had left dropped`);
  const tables = await subgraphTables(db);
  const held = await tablesWithRows(db, tables);
  if (held.length > 0 && !options.replace) {
    const named = held.length > 4 ? `${held.slice(0, 4).join(', ')} and ${held.length - 4} more tables` : held.join(', ');
    throw new Error(
      `the database already holds rows (in ${named}): generate into an empty database, or pass replace (BENCH_REPLACE=true) to empty the subgraphs' tables first`,
    );
  }
  if (options.replace) {
    await truncate(db, tables);
    await execute(db, 'delete from bench.generated');
  }

  const plan = makePlan(nationwideRegistry({}), seed, scale);
  // The biggest subgraph first, so that the others fill in beside it.
  const pipelines: Pipeline[] = [
    { subgraph: 'events', passes: eventPasses(plan) },
    { subgraph: 'organisations', passes: organisationPasses(plan) },
    { subgraph: 'consultations', passes: consultationPasses(plan) },
    { subgraph: 'shelters', passes: shelterPasses(plan) },
    { subgraph: 'food-banks', passes: foodBankPasses(plan) },
  ];
  const loads = await runPipelines(db, pipelines, db.kind === 'postgres' ? 2 : 1, (load) =>
    log(
      `${load.table}: ${load.rows} rows in ${load.seconds.toFixed(1)} s (${Math.round(load.rows / Math.max(load.seconds, 0.001))} rows/s; indexes ${load.indexSeconds.toFixed(1)} s of it)`,
    ),
  );
  const report: GenerationReport = {
    seed,
    scale,
    tables: Object.fromEntries(loads.map((l) => [l.table, l.rows]).sort(([a], [b]) => String(a).localeCompare(String(b)))),
    seconds: (performance.now() - started) / 1000,
  };
  const total = loads.reduce((sum, l) => sum + l.rows, 0);
  log(`generated ${total} rows (seed ${seed}, scale ${scale}) in ${report.seconds.toFixed(1)} s`);
  const counts = JSON.stringify(report.tables).replace(/'/g, "''");
  await execute(db, `insert into bench.generated (seed, scale, counts, seconds, generated_at) values (${seed}, ${scale}, '${counts}'::jsonb, ${report.seconds}, now())`);
  return report;
}
