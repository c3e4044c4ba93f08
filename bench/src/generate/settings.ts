// The settings that name a data set, read alike by `pnpm bench:generate` and `pnpm bench`.
import { env } from '@renkei/server';
import { MAX_SCALE, MIN_SCALE } from './index.js';

export const DEFAULT_SEED = 20261124;

/** DATABASE_URL (PostgreSQL; required unless a default is given), BENCH_SEED and BENCH_SCALE. */
export function dataSetSettings(defaultDatabaseUrl?: string) {
  return {
    DATABASE_URL: env.url(['postgres', 'postgresql'], defaultDatabaseUrl),
    BENCH_SEED: env.number({ min: 0, max: 2_147_483_647, integer: true }, DEFAULT_SEED),
    // 1 is the full nationwide set (100,000 organisations, 1,000,000 events …); 0.001 a thousandth of it.
    BENCH_SCALE: env.number({ min: MIN_SCALE, max: MAX_SCALE }, 1),
  };
}
