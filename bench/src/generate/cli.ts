// `pnpm --filter @renkei/bench generate`: fills a PostgreSQL database with the nationwide data set.
//   DATABASE_URL   the database (required), e.g. postgres://postgres@127.0.0.1:5432/renkei_bench
//   BENCH_SEED     the seed (default 20261124); the same seed and scale give the same rows
//   BENCH_SCALE    1 is the full set (100,000 organisations, 1,000,000 events …); 0.001 a thousandth of it
//   BENCH_REPLACE  true to empty the subgraphs' tables first (default false: a database holding rows is refused)
import { describeDatabase, openDatabase } from '@renkei/db';
import { ConfigError, env, readConfig } from '@renkei/server';
import { generateNationwide, MAX_SCALE, MIN_SCALE } from './index.js';

/** The settings, or every problem with them at once. */
function settings() {
  const problems: string[] = [];
  let config: { DATABASE_URL: string; BENCH_SEED: number; BENCH_REPLACE: boolean } | undefined;
  try {
    config = readConfig(process.env, {
      DATABASE_URL: env.url(['postgres', 'postgresql']),
      BENCH_SEED: env.positiveInteger(20261124),
      BENCH_REPLACE: env.boolean(false),
    });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems);
  }
  const rawScale = process.env.BENCH_SCALE?.trim() || '1';
  const scale = Number(rawScale);
  if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
    problems.push(`BENCH_SCALE must be a number from ${MIN_SCALE} to ${MAX_SCALE} (1 is the full nationwide set), not "${rawScale}"`);
  }
  if (config && config.BENCH_SEED > 2_147_483_647) problems.push(`BENCH_SEED must be at most 2147483647, not "${config.BENCH_SEED}"`);
  if (!config || problems.length > 0) throw new ConfigError(problems);
  return { ...config, scale };
}

let config: ReturnType<typeof settings>;
try {
  config = settings();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(2);
}

const db = await openDatabase({ url: config.DATABASE_URL });
try {
  console.log(`generating the nationwide data set (seed ${config.BENCH_SEED}, scale ${config.scale}) into ${describeDatabase({ url: config.DATABASE_URL })}`);
  const report = await generateNationwide({
    db,
    seed: config.BENCH_SEED,
    scale: config.scale,
    replace: config.BENCH_REPLACE,
    log: (line) => console.log(`  ${line}`),
  });
  console.log(JSON.stringify(report, null, 2));
} catch (error) {
  console.error(`generation failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
