// The servers the benchmark measures run as processes of their own, so that each one's CPU time and memory can be
// read from /proc (Linux): what a gateway spends is measured apart from the subgraphs and the load generator that
// share its cores.
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface ServerProcess {
  name: string;
  child: ChildProcess;
  logFile: string;
  stop(): Promise<void>;
}

/** Starts a TypeScript entry under Node itself (tsx as a loader, not a wrapper), so the PID is the server's. */
export function startProcess(name: string, entry: string, env: Record<string, string>, logFile: string, nodeOptions: string[] = []): ServerProcess {
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, [...nodeOptions, '--conditions=development', '--import', 'tsx', resolve(ROOT, entry)], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', log, log],
  });
  return {
    name,
    child,
    logFile,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          done();
        });
        child.kill('SIGTERM');
      }),
  };
}

function lastLines(file: string, n: number): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-n).join('\n');
  } catch {
    return '';
  }
}

/** Waits until `probe` answers true, failing early if the process exits. */
export async function waitUntil(server: ServerProcess, probe: () => Promise<boolean>, timeoutMs = 180_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (server.child.exitCode !== null) throw new Error(`${server.name} exited during start-up:\n${lastLines(server.logFile, 8)}`);
    if (await probe().catch(() => false)) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${server.name} was not ready within ${timeoutMs / 1000} s; see ${server.logFile}`);
}

export const answersReady = (url: string) => async () => (await fetch(url)).ok;

/** Ready when a GraphQL POST of { __typename } answers 200. */
export const answersGraphQL = (url: string) => async () =>
  (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).ok;

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** The CPU time (user + system) a process has used so far, in milliseconds. */
export function cpuTimeMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}

/** Resident memory now and at its peak (VmHWM) since the process started, in MiB. */
export function memoryMiB(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}
