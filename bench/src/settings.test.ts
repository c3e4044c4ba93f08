// Bad settings stop both commands before they touch a database or start a server, naming every problem.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './processes.js';

function run(entry: string, env: Record<string, string>) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ['--conditions=development', '--import', 'tsx', entry], {
    cwd: ROOT,
    // An unreachable database: were the settings accepted, the command would fail differently (not with 2).
    env: { ...inherited, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr };
}

describe('the benchmark settings', () => {
  it('pnpm bench refuses a bad scale, seed and load, all at once, with exit code 2', () => {
    const { status, stderr } = run('bench/src/run.ts', { BENCH_SCALE: 'lots', BENCH_SEED: '-1', BENCH_SECONDS: '0' });
    expect(status).toBe(2);
    expect(stderr).toContain('BENCH_SCALE must be a number from 0.0001 to 10, not "lots"');
    expect(stderr).toContain('BENCH_SEED must be a whole number from 0 to 2147483647, not "-1"');
    expect(stderr).toContain('BENCH_SECONDS must be a positive whole number, not "0"');
  });

  it('pnpm bench names the operations there are when BENCH_ONLY names none of them', () => {
    const { status, stderr } = run('bench/src/run.ts', { BENCH_ONLY: 'directory-search,everything' });
    expect(status).toBe(2);
    expect(stderr).toContain('BENCH_ONLY names no operation: everything');
    expect(stderr).toContain('consultation-statistics');
  });

  it('pnpm bench:generate refuses a missing database and a bad scale', () => {
    const { status, stderr } = run('bench/src/generate/cli.ts', { DATABASE_URL: '', BENCH_SCALE: '100' });
    expect(status).toBe(2);
    expect(stderr).toContain('DATABASE_URL is required');
    expect(stderr).toContain('BENCH_SCALE must be a number from 0.0001 to 10, not "100"');
  });
}, 120_000);
