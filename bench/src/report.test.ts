import { describe, expect, it } from 'vitest';
import type { LoadResult } from './load.js';
import { overallCpuRatio, summarise, type GatewayName } from './report.js';

const run = (round: number, gateway: GatewayName, query: string, cpuMsPerRequest: number, throughput: number): { round: number; gateway: GatewayName; query: string } & LoadResult => ({
  round,
  gateway,
  query,
  requests: Math.round(throughput * 10),
  throughput,
  p50: 10 * round,
  p95: 20 * round,
  p99: 30 * round,
  errors: round - 1,
  cpuMsPerRequest,
  rssMiB: 200,
});

describe('the report', () => {
  it('takes the median of each figure over the rounds and adds up the errors', () => {
    const table = summarise({ runs: [run(1, 'hub', 'q', 1.0, 500), run(2, 'hub', 'q', 3.0, 700), run(3, 'hub', 'q', 2.0, 600)] });
    expect(table.get('q')!.get('hub')).toEqual({ throughput: 600, p50: 20, p95: 40, p99: 60, cpuMsPerRequest: 2.0, errors: 3 });
  });

  it('gives the hub one CPU ratio to another gateway over the query set, as a geometric mean', () => {
    const table = summarise({
      runs: [run(1, 'hub', 'a', 1, 1), run(1, 'apollo', 'a', 2, 1), run(1, 'hub', 'b', 2, 1), run(1, 'apollo', 'b', 1, 1)],
    });
    // 0.5 and 2: the geometric mean is 1, where the arithmetic mean would call the hub 25 % slower.
    expect(overallCpuRatio(table, 'apollo')).toBeCloseTo(1, 10);
  });
});
