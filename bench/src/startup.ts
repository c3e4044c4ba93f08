// Start-up time of the one-command local run (`pnpm start`): from launch until the gateway answers /ready, first
// on an empty data directory (migrations and demo data included), then again on the data it left.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answersReady, startProcess, waitUntil } from './processes.js';

export interface StartupResult {
  firstRunSeconds: number;
  secondRunSeconds: number;
}

export async function measureStartup(logDir: string): Promise<StartupResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'renkei-bench-start-'));
  const once = async (label: string) => {
    const launcher = startProcess(`pnpm start (${label})`, 'infra/local/start.ts', { HUB_DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, join(logDir, `start-${label}.log`));
    try {
      return (await waitUntil(launcher, answersReady('http://127.0.0.1:4000/ready'), 300_000)) / 1000;
    } finally {
      await launcher.stop();
    }
  };
  try {
    const firstRunSeconds = await once('first');
    const secondRunSeconds = await once('second');
    return { firstRunSeconds, secondRunSeconds };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
