// The servers as processes, the way an operator runs them: settings from the environment checked at start-up,
// a JSON log line saying where they listen, and a clean exit on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadOrCreateLocalIssuer, LOCAL_JWKS_FILE } from '@renkei/identity';
import { postGraphQL } from '@renkei/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SUBGRAPH = join(ROOT, 'subgraphs/organisations/src/server.ts');
const GATEWAY = join(ROOT, 'gateway/src/server.ts');
// What a deployment runs: the compiled servers (`pnpm build`, which the test task depends on) on plain Node.
const BUILT_SUBGRAPH = join(ROOT, 'subgraphs/organisations/dist/server.js');
const BUILT_GATEWAY = join(ROOT, 'gateway/dist/server.js');
const LAUNCHER = join(ROOT, 'infra/local/start.ts');
const dataDir = mkdtempSync(join(tmpdir(), 'renkei-process-'));
const ISSUER = { issuer: 'https://issuer.process-test.example', audience: 'renkei-hub' };
// The servers trust the keys of a local issuer written to the data directory, as an operator's JWKS file.
const identityEnv = {
  JWT_ISSUER: ISSUER.issuer,
  JWT_AUDIENCE: ISSUER.audience,
  JWT_PUBLIC_KEYS_FILE: join(dataDir, 'keys', LOCAL_JWKS_FILE),
};
let issuer: Awaited<ReturnType<typeof loadOrCreateLocalIssuer>>;
beforeAll(async () => {
  issuer = await loadOrCreateLocalIssuer(join(dataDir, 'keys'), ISSUER);
});
const spawned: ChildProcess[] = [];
afterAll(() => {
  // A failed assertion must not leave servers running.
  for (const child of spawned) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

interface Running {
  child: ChildProcess;
  lines: Record<string, unknown>[];
  exit: Promise<number | null>;
}

function run(entry: string, env: Record<string, string>, args: string[] = []): Running {
  // A clean environment: the test run's DATABASE_URL must not leak into a server meant to use PGlite.
  const { DATABASE_URL: _omit, ...base } = process.env;
  const loader = entry.endsWith('.ts') ? ['--conditions=development', '--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...loader, entry, ...args], {
    cwd: ROOT,
    env: { ...base, HOST: '127.0.0.1', PORT: '0', ...identityEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  spawned.push(child);
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
  it('refuses a bad port, a non-PostgreSQL DATABASE_URL and a missing issuer, naming all, without echoing the password', async () => {
    const server = run(SUBGRAPH, { PORT: 'abc', DATABASE_URL: 'mysql://hub:hunter2@db/hub', JWT_ISSUER: '' });
    expect(await server.exit).toBe(1);
    const fatal = server.lines.find((l) => l.event === 'invalid_configuration');
    expect(fatal?.problems).toEqual([
      'PORT must be a port number from 0 to 65535 (0: any free port), not "abc"',
      'DATABASE_URL must start with postgres:// or postgresql://',
      'JWT_ISSUER is required',
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
  it('serves from the compiled build on plain Node, in separate processes, and stops each cleanly on SIGTERM', async () => {
    const subgraph = run(BUILT_SUBGRAPH, { PGLITE_DATA_DIR: join(dataDir, 'organisations'), SEED_DEMO_DATA: 'true' });
    const subgraphUrl = await listening(subgraph);
    // One instance hosting every region, behind the gateway as a plain federation gateway (no region registry).
    const gateway = run(BUILT_GATEWAY, { SUBGRAPH_ORGANISATIONS_URL: subgraphUrl, REGION_REGISTRY: 'none' }, ['--supergraph', join(ROOT, 'gateway/supergraph.graphql')]);
    const gatewayUrl = await listening(gateway);

    const response = await postGraphQL<{ organizations: { edges: { node: { name: string } }[] } }>(
      gatewayUrl,
      `{ organizations(filter: { text: "ぎふNPO" }) { edges { node { name } } } }`,
    );
    expect(response.data?.organizations.edges).toContainEqual({ node: { name: '特定非営利活動法人ぎふNPOセンター' } });
    // A token the servers trust passes both the gateway and the subgraph; a forged one neither.
    const admin = await issuer.mint({ sub: 'admin', roles: ['hub_admin'] });
    const signedIn = await postGraphQL(gatewayUrl, `{ regions { code } }`, {}, { authorization: `Bearer ${admin}` });
    expect(signedIn.errors).toBeUndefined();
    const forged = await postGraphQL(gatewayUrl, `{ regions { code } }`, {}, { authorization: `Bearer ${admin.slice(0, -4)}AAAA` });
    expect(forged.status).toBe(401);

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

// Free ports are held until all are chosen, then released together: released one at a time, the kernel may hand
// the same port out twice, and two regions' subgraphs then fight over it (EADDRINUSE).
const heldPorts: ReturnType<typeof createServer>[] = [];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  heldPorts.push(server);
  return (server.address() as { port: number }).port;
}

async function releasePorts(): Promise<void> {
  await Promise.all(heldPorts.splice(0).map((server) => new Promise((r) => server.close(r))));
}

describe('the one-command local run (pnpm start)', () => {
  it('starts the three regions and the gateway with demo data, prints where they listen, and stops all on SIGTERM', async () => {
    const hubPort = await freePort();
    // The checked-in registry, with each region's subgraphs on free ports.
    const registry = JSON.parse(readFileSync(join(ROOT, 'packages/regions/regions.json'), 'utf8')) as { regions: { code: string; subgraphs: Record<string, string> }[] };
    const ports: Record<string, number> = {};
    const otherPorts: number[] = [];
    for (const region of registry.regions) {
      ports[region.code] = await freePort();
      region.subgraphs.organisations = `http://127.0.0.1:${ports[region.code]}/graphql`;
      for (const subgraph of ['events', 'shelters', 'food-banks', 'consultations']) {
        const port = await freePort();
        otherPorts.push(port);
        region.subgraphs[subgraph] = `http://127.0.0.1:${port}/graphql`;
      }
    }
    const registryFile = join(dataDir, 'regions.json');
    writeFileSync(registryFile, JSON.stringify(registry));
    await releasePorts();
    const launcher = run(LAUNCHER, {
      HUB_PORT: String(hubPort),
      REGION_REGISTRY: registryFile,
      HUB_DATA_DIR: join(dataDir, 'local'),
      DATABASE_URL: 'postgres://must-not-be-used@127.0.0.1:1/nothing',
    });
    for (let i = 0; i < 1200 && !launcher.lines.some((l) => String(l.raw ?? '').includes('Press Ctrl+C')); i++) {
      if (launcher.child.exitCode !== null) throw new Error(JSON.stringify(launcher.lines));
      await new Promise((r) => setTimeout(r, 100));
    }
    const printed = launcher.lines.map((l) => String(l.raw ?? '')).join('\n');
    expect(printed).toContain(`http://localhost:${hubPort}/graphql`);
    for (const port of [...Object.values(ports), ...otherPorts]) expect(printed).toContain(`:${port}`);

    const response = await postGraphQL(`http://127.0.0.1:${hubPort}/graphql`, `{ municipality(code: "434043") { name } }`);
    expect(response.data).toEqual({ municipality: { name: '菊陽町' } });
    // Each region answers from its own database.
    const regions = await postGraphQL<{ regions: { code: string; organizations: { totalCount: number } }[] }>(
      `http://127.0.0.1:${hubPort}/graphql`,
      `{ regions { code organizations { totalCount } } }`,
    );
    expect(regions.errors).toBeUndefined();
    expect(regions.data!.regions.map((r) => r.code)).toEqual(['kikuchi', 'niigata', 'gifu']);
    expect(regions.data!.regions.every((r) => r.organizations.totalCount > 0)).toBe(true);
    // The shelters of every region, from their own instances, nearest to 菊池市 first.
    const shelters = await postGraphQL<{ shelters: { edges: { node: { region: string } }[] } }>(
      `http://127.0.0.1:${hubPort}/graphql`,
      `{ shelters(filter: { freeBed: WOMEN, near: { municipalityCode: "432105" } }, first: 100) { edges { node { region } } } }`,
    );
    expect(shelters.errors).toBeUndefined();
    expect(new Set(shelters.data!.shelters.edges.map((e) => e.node.region))).toEqual(new Set(['kikuchi', 'niigata', 'gifu']));
    expect(shelters.data!.shelters.edges[0]!.node.region).toBe('kikuchi');
    // Food sites short of rice in every region, from their own instances.
    const food = await postGraphQL<{ foodSites: { edges: { node: { region: string } }[] } }>(
      `http://127.0.0.1:${hubPort}/graphql`,
      `{ foodSites(filter: { needs: [RICE] }, first: 100) { edges { node { region } } } }`,
    );
    expect(food.errors).toBeUndefined();
    expect(new Set(food.data!.foodSites.edges.map((e) => e.node.region))).toEqual(new Set(['kikuchi', 'niigata', 'gifu']));
    for (const code of Object.keys(ports)) expect(existsSync(join(dataDir, 'local', code))).toBe(true);

    launcher.child.kill('SIGTERM');
    expect(await launcher.exit).toBe(0);
    // Every server is gone: nothing answers on their ports any more.
    for (const port of [hubPort, ...Object.values(ports), ...otherPorts]) await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  });
});
