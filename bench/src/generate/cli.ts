// `pnpm --filter @renkei/bench generate`: fills a PostgreSQL database with the nationwide data set.
//   DATABASE_URL   the database (required), e.g. postgres://postgres@127.0.0.1:5432/renkei_bench
//   BENCH_SEED     the seed (default 20261124); the same seed and scale give the same rows
//   BENCH_SCALE    1 is the full set (100,000 organisations, 1,000,000 events …); 0.001 a thousandth of it
//   BENCH_REPLACE  true to empty the subgraphs' tables first (default false: a database holding rows is refused)
import { describeDatabase, openDatabase } from '@renkei/db';
import { ConfigError, env, readConfig } from '@renkei/server';
import { generateNationwide } from './index.js';
import { dataSetSettings } from './settings.js';

/** The settings, or every problem with them at once. */
function settings() {
  const config = readConfig(process.env, { ...dataSetSettings(), BENCH_REPLACE: env.boolean(false) });
  return { ...config, scale: config.BENCH_SCALE };
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
