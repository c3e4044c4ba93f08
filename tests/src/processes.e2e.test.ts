// The servers as processes, the way an operator runs them: settings from the environment checked at start-up,
// a JSON log line saying where they listen, and a clean exit on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { postGraphQL } from '@renkei/testing';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SUBGRAPH = join(ROOT, 'subgraphs/organisations/src/server.ts');
const GATEWAY = join(ROOT, 'gateway/src/server.ts');
const dataDir = mkdtempSync(join(tmpdir(), 'renkei-process-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Running {
  child: ChildProcess;
  lines: Record<string, unknown>[];
  exit: Promise<number | null>;
}

function run(entry: string, env: Record<string, string>, args: string[] = []): Running {
  // A clean environment: the test run's DATABASE_URL must not leak into a server meant to use PGlite.
  const { DATABASE_URL: _omit, ...base } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: ROOT,
    env: { ...base, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  let buffer = '';
  const collect = (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const part of parts) {
      try {
        lines.push(JSON.parse(part));
      } catch {
        lines.push({ raw: part });
      }
    }
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exit = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, lines, exit };
}

async function listening(server: Running): Promise<string> {
  for (let i = 0; i < 600; i++) {
    const line = server.lines.find((l) => l.event === 'listening');
    if (line) return String(line.url);
    if (server.child.exitCode !== null) throw new Error(`exited early: ${JSON.stringify(server.lines)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('never listened');
}

describe('start-up settings', () => {
  it('refuses a bad port and a non-PostgreSQL DATABASE_URL, naming both, without echoing the password', async () => {
    const server = run(SUBGRAPH, { PORT: 'abc', DATABASE_URL: 'mysql://hub:hunter2@db/hub' });
    expect(await server.exit).toBe(1);
    const fatal = server.lines.find((l) => l.event === 'invalid_configuration');
    expect(fatal?.problems).toEqual([
      'PORT must be a port number from 0 to 65535 (0: any free port), not "abc"',
      'DATABASE_URL must start with postgres:// or postgresql://',
    ]);
    expect(JSON.stringify(server.lines)).not.toContain('hunter2');
  });

  it('refuses a supergraph file that does not exist', async () => {
    const server = run(GATEWAY, {}, ['--supergraph', '/nonexistent/supergraph.graphql']);
    expect(await server.exit).toBe(1);
    expect(server.lines.find((l) => l.event === 'invalid_configuration')?.problems).toEqual([
      'the supergraph file /nonexistent/supergraph.graphql cannot be read',
    ]);
  });
});

describe('a running hub', () => {
  it('serves through separate processes and stops each cleanly on SIGTERM', async () => {
    const subgraph = run(SUBGRAPH, { PGLITE_DATA_DIR: join(dataDir, 'organisations'), SEED_DEMO_DATA: 'true' });
    const subgraphUrl = await listening(subgraph);
    const gateway = run(GATEWAY, { SUBGRAPH_ORGANISATIONS_URL: subgraphUrl }, ['--supergraph', join(ROOT, 'gateway/supergraph.graphql')]);
    const gatewayUrl = await listening(gateway);

    const response = await postGraphQL<{ organizations: { edges: { node: { name: string } }[] } }>(
      gatewayUrl,
      `{ organizations(filter: { text: "ぎふNPO" }) { edges { node { name } } } }`,
    );
    expect(response.data?.organizations.edges).toContainEqual({ node: { name: '特定非営利活動法人ぎふNPOセンター' } });

    gateway.child.kill('SIGTERM');
    subgraph.child.kill('SIGTERM');
    expect(await gateway.exit).toBe(0);
    expect(await subgraph.exit).toBe(0);
    for (const server of [gateway, subgraph]) {
      expect(server.lines.map((l) => l.event)).toEqual(expect.arrayContaining(['listening', 'shutdown', 'stopped']));
      // Every line is structured JSON.
      expect(server.lines.filter((l) => 'raw' in l)).toEqual([]);
    }
  });
});
