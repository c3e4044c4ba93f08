// `pnpm bench`: the whole benchmark from a clean checkout on PostgreSQL. It loads the nationwide data set (once per
// seed and scale), starts the five subgraphs hosting every prefecture, then three gateways on the same subgraphs and
// supergraph — the hub's, plain Apollo Gateway, Hive Gateway — and drives each in turn with the same operations,
// round after round (A B C A B C), so that drift on a shared machine hits all alike. It writes bench/RESULTS.md and
// bench/results.json. A benchmark, not a test: it exits non-zero only when it cannot run or a gateway answers wrongly.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '@renkei/db';
import { SUPERGRAPH_FILE } from '@renkei/gateway';
import { createLocalIssuer } from '@renkei/identity';
import { stripSecurityFeatures } from '@renkei/policy';
import type { Domain } from '@renkei/regions';
import { ConfigError, env, readConfig } from '@renkei/server';
import { postGraphQL } from '@renkei/testing';
import postgres from 'postgres';
import { measureFanout } from './fanout.js';
import { generatedWith, generateNationwide, migrateSubgraphs } from './generate/index.js';
import { dataSetSettings } from './generate/settings.js';
import { drive, settle, type LoadResult } from './load.js';
import { nationwideRegistry, nationwideRegistryDocument } from './nationwide.js';
import { answersGraphQL, answersReady, memoryMiB, ROOT, startProcess, waitUntil, type ServerProcess } from './processes.js';
import { QUERIES as ALL_QUERIES, VARIANTS, type BenchCaller } from './queries.js';
import { renderReport, type BenchReport, type GatewayName } from './report.js';
import { benchSupergraph } from './servers/supergraph.js';
import { countStatements } from './sql-statements.js';
import { measureStartup } from './startup.js';

function settings() {
  try {
    return readConfig(process.env, {
      ...dataSetSettings('postgres://postgres@127.0.0.1:5432/renkei_bench'),
      BENCH_SECONDS: env.positiveInteger(10),
      BENCH_CONNECTIONS: env.positiveInteger(10),
      BENCH_ROUNDS: env.positiveInteger(2),
      BENCH_STARTUP: env.boolean(true),
      // Developers' settings: only some operations; a CPU profile of the gateways named, written to the log directory.
      BENCH_ONLY: env.list([]),
      BENCH_PROFILE: env.list([]),
      BENCH_OUT: env.string(resolve(ROOT, 'bench')),
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

const config = settings();
const scale = config.BENCH_SCALE;
const QUERIES = config.BENCH_ONLY.length > 0 ? ALL_QUERIES.filter((q) => config.BENCH_ONLY.includes(q.name)) : ALL_QUERIES;
const unknownQueries = config.BENCH_ONLY.filter((name) => !ALL_QUERIES.some((q) => q.name === name));
if (unknownQueries.length > 0) {
  console.error(`BENCH_ONLY names no operation: ${unknownQueries.join(', ')} (there are ${ALL_QUERIES.map((q) => q.name).join(', ')})`);
  process.exit(2);
}
const directorySearch = ALL_QUERIES.find((q) => q.name === 'directory-search')!;
const SUBGRAPH_SEARCH = 'query Search($text: String!, $regions: [ID!]) { organizations(filter: { text: $text }, first: 20, regions: $regions) { totalCount edges { node { id name } } } }';
const started = performance.now();
const say = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const logDir = mkdtempSync(join(tmpdir(), 'renkei-bench-'));
say(`logs in ${logDir}`);

const HOST_PORTS: Record<Domain, number> = { organisations: 5101, events: 5102, shelters: 5103, 'food-banks': 5104, consultations: 5105 };
const GATEWAY_PORTS: Record<GatewayName, number> = { hub: 5000, apollo: 5001, hive: 5002 };
const GATEWAY_ENTRIES: Record<GatewayName, string> = {
  hub: 'gateway/src/server.ts',
  apollo: 'bench/src/servers/apollo-gateway.ts',
  hive: 'bench/src/servers/hive-gateway.ts',
};
const subgraphUrls = Object.fromEntries(Object.entries(HOST_PORTS).map(([name, port]) => [name, `http://127.0.0.1:${port}/graphql`])) as Record<Domain, string>;

// 1. The data: created once per seed and scale, reused after.
async function ensureData() {
  const url = new URL(config.DATABASE_URL);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
  const exists = await admin`select 1 from pg_database where datname = ${name}`;
  if (exists.length === 0) await admin.unsafe(`create database "${name.replace(/"/g, '""')}"`);
  await admin.end();
  const db = await openDatabase({ url: config.DATABASE_URL });
  try {
    await migrateSubgraphs(db);
    const previous = await generatedWith(db);
    if (previous && previous.seed === config.BENCH_SEED && Math.abs(previous.scale - scale) < 1e-9) {
      say(`nationwide data already loaded (seed ${previous.seed}, scale ${previous.scale}, in ${previous.seconds.toFixed(0)} s)`);
      return previous;
    }
    say(`loading the nationwide data (seed ${config.BENCH_SEED}, scale ${scale})…`);
    return await generateNationwide({ db, seed: config.BENCH_SEED, scale, replace: true, log: (line) => say(`  ${line}`) });
  } finally {
    await db.close();
  }
}

const data = await ensureData();

// 2. Tokens, registry and supergraphs on disk for the processes.
const issuer = await createLocalIssuer({ issuer: 'https://bench.renkei.example/issuer', audience: 'renkei-hub' });
const jwksFile = join(logDir, 'jwks.json');
writeFileSync(jwksFile, JSON.stringify(issuer.jwks));
const authEnv = { JWT_ISSUER: issuer.issuer, JWT_AUDIENCE: issuer.audience, JWT_PUBLIC_KEYS_FILE: jwksFile };
const registryFile = join(logDir, 'nationwide-regions.json');
writeFileSync(registryFile, JSON.stringify(nationwideRegistryDocument(subgraphUrls)));
const registry = nationwideRegistry(subgraphUrls);
const plainSupergraph = join(logDir, 'supergraph.plain.graphql');
writeFileSync(plainSupergraph, stripSecurityFeatures(benchSupergraph(subgraphUrls)));
const tokens: Record<BenchCaller, string> = {
  municipalStaff: await issuer.mint({ sub: 'bench-kikuyo', roles: ['municipal_staff'], municipality: '434043', region: 'kumamoto' }, { expiresIn: '2h' }),
  prefectureStaff: await issuer.mint({ sub: 'bench-kumamoto-pref', roles: ['prefecture_staff'], municipality: '430005', region: 'kumamoto' }, { expiresIn: '2h' }),
};

const processes: ServerProcess[] = [];
const stopAll = () => Promise.all(processes.splice(0).reverse().map((p) => p.stop()));
process.on('SIGINT', () => void stopAll().then(() => process.exit(130)));

try {
  // 3. The subgraphs, then the gateways.
  const hostLog = join(logDir, 'host.log');
  const host = startProcess('subgraph host', 'bench/src/servers/host.ts', { ...authEnv, DATABASE_URL: config.DATABASE_URL, REGION_REGISTRY: registryFile, LOG_LEVEL: 'info' }, hostLog);
  processes.push(host);
  for (const url of Object.values(subgraphUrls)) await waitUntil(host, answersReady(url.replace('/graphql', '/ready')));
  say('subgraphs ready (five subgraphs, 47 regions, one PostgreSQL database)');

  const gateways = {} as Record<GatewayName, ServerProcess>;
  for (const name of Object.keys(GATEWAY_PORTS) as GatewayName[]) {
    const port = String(GATEWAY_PORTS[name]);
    const extra = name === 'hub' ? { ...authEnv, REGION_REGISTRY: registryFile, SUPERGRAPH_PATH: SUPERGRAPH_FILE, LOG_LEVEL: 'info' } : { SUPERGRAPH_PATH: plainSupergraph };
    const profile = config.BENCH_PROFILE.includes(name) ? ['--cpu-prof', `--cpu-prof-dir=${logDir}`] : [];
    gateways[name] = startProcess(name, GATEWAY_ENTRIES[name], { ...extra, PORT: port }, join(logDir, `${name}.log`), profile);
    processes.push(gateways[name]);
    await waitUntil(gateways[name], answersGraphQL(gatewayUrl(name)));
  }
  say('gateways ready: hub, plain Apollo Gateway, Hive Gateway');

  // 4. Every gateway gives the same answer to every variant of every operation, without errors.
  const answers: BenchReport['answers'] = [];
  for (const query of QUERIES) {
    const records: number[] = [];
    const failures: string[] = [];
    const differing = new Set<GatewayName>();
    for (let variant = 0; variant < VARIANTS; variant++) {
      const results = await Promise.all(
        (Object.keys(gateways) as GatewayName[]).map(async (name) => {
          const answer = await postGraphQL(gatewayUrl(name), query.query, query.variables(query.size, variant), { authorization: `Bearer ${tokens[query.caller]}` });
          return { name, answer };
        }),
      );
      const reference = JSON.stringify(results[0]!.answer.data);
      failures.push(...results.filter((r) => r.answer.errors).map((r) => `${r.name} (variant ${variant}): ${r.answer.errors![0]!.message}`));
      for (const r of results) if (JSON.stringify(r.answer.data) !== reference) differing.add(r.name);
      records.push(results[0]!.answer.data ? query.count(results[0]!.answer.data as Record<string, unknown>) : 0);
    }
    answers.push({ query: query.name, records: Math.min(...records), recordsMax: Math.max(...records), sameAnswer: differing.size === 0, errors: failures });
    say(
      `${query.name}: ${VARIANTS} variants, ${Math.min(...records)}–${Math.max(...records)} records each; ${failures.length ? `ERRORS ${failures.slice(0, 3).join('; ')}` : 'no errors'}; ${differing.size ? `answers differ: ${[...differing].join(', ')}` : 'the same answers from all three'}`,
    );
  }
  if (answers.some((a) => a.errors.length > 0 || !a.sameAnswer || a.recordsMax === 0)) throw new Error('a gateway answered wrongly or the data is missing; see above');

  // 5. SQL statements per request, through the hub, for a list of 10 and of 100.
  const statements: BenchReport['statements'] = [];
  for (const query of QUERIES) {
    const sizes = query.name === 'consultation-statistics' ? [query.size] : [10, 100];
    const counts = [];
    for (const size of sizes) {
      const ask = async () => {
        const answer = await postGraphQL(gatewayUrl('hub'), query.query, query.variables(size), { authorization: `Bearer ${tokens[query.caller]}` });
        if (answer.errors) throw new Error(`${query.name} failed: ${answer.errors[0]!.message}`);
      };
      counts.push({ size, ...(await countStatements(hostLog, ask)) });
    }
    statements.push({ query: query.name, counts });
  }
  say(`SQL statements per request: ${statements.map((s) => `${s.query} ${s.counts.map((c) => c.statements).join('/')}`).join(', ')}`);

  // 6. Search at the subgraph, on the nationwide data: as a worker searches (a term, in one prefecture), and with
  // no prefecture named, where a common term matches half of all organisations and counting them dominates.
  const searchAtSubgraph = (scoped: boolean) =>
    drive({
      url: subgraphUrls.organisations,
      bodies: Array.from({ length: VARIANTS }, (_, variant) => {
        const { text, regions } = directorySearch.variables(20, variant) as { text: string; regions: string[] };
        return JSON.stringify({ query: SUBGRAPH_SEARCH, variables: { text, regions: scoped ? regions : null } });
      }),
      headers: { authorization: `Bearer ${tokens.municipalStaff}` },
      seconds: config.BENCH_SECONDS,
      connections: 4,
      pid: host.child.pid!,
    });
  const subgraphSearch = await searchAtSubgraph(true);
  await settle(host.child.pid!);
  const subgraphSearchNationwide = await searchAtSubgraph(false);
  say(
    `directory search at the organisations subgraph: in one prefecture p50 ${subgraphSearch.p50.toFixed(1)} ms, p95 ${subgraphSearch.p95.toFixed(1)} ms; nationwide p50 ${subgraphSearchNationwide.p50.toFixed(1)} ms, p95 ${subgraphSearchNationwide.p95.toFixed(1)} ms`,
  );

  // 7. The gateways under load, in rounds.
  const runs: BenchReport['runs'] = [];
  const order = Object.keys(gateways) as GatewayName[];
  for (let round = 1; round <= config.BENCH_ROUNDS; round++) {
    for (const query of QUERIES) {
      for (const name of order) {
        const options = {
          url: gatewayUrl(name),
          bodies: Array.from({ length: VARIANTS }, (_, variant) => JSON.stringify({ query: query.query, variables: query.variables(query.size, variant) })),
          headers: { authorization: `Bearer ${tokens[query.caller]}` },
          connections: config.BENCH_CONNECTIONS,
          pid: gateways[name].child.pid!,
        };
        await drive({ ...options, seconds: 2 }); // warm-up: connections, plans, JIT
        await settle(host.child.pid!);
        await settle(options.pid);
        const result: LoadResult = await drive({ ...options, seconds: config.BENCH_SECONDS });
        runs.push({ round, gateway: name, query: query.name, ...result });
        say(
          `round ${round} ${query.name.padEnd(24)} ${name.padEnd(6)} ${result.throughput.toFixed(0).padStart(5)} req/s  p50 ${result.p50.toFixed(1)} p95 ${result.p95.toFixed(1)} p99 ${result.p99.toFixed(1)} ms  CPU ${result.cpuMsPerRequest.toFixed(2)} ms/req  errors ${result.errors}`,
        );
      }
    }
    order.push(order.shift()!); // the next round starts with the next gateway
  }
  const memory = Object.fromEntries((Object.keys(gateways) as GatewayName[]).map((name) => [name, memoryMiB(gateways[name].child.pid!)])) as BenchReport['memory'];

  // 8. Fan-out over three regions, each with its own delay.
  const fanout = await measureFanout(registry, subgraphUrls.organisations, issuer);
  say(`fan-out over three delayed regions: ${fanout.threeRegionsMedianMs.toFixed(1)} ms against ${fanout.slowestAloneMedianMs.toFixed(1)} ms for the slowest alone (×${fanout.ratio.toFixed(2)})`);
  await stopAll();

  // 9. Start-up of the one-command local run.
  const startup = config.BENCH_STARTUP ? await measureStartup(logDir) : undefined;
  if (startup) say(`pnpm start: ready in ${startup.firstRunSeconds.toFixed(1)} s on an empty data directory, ${startup.secondRunSeconds.toFixed(1)} s after`);

  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
    settings: { seed: config.BENCH_SEED, scale, seconds: config.BENCH_SECONDS, connections: config.BENCH_CONNECTIONS, rounds: config.BENCH_ROUNDS },
    data,
    queries: QUERIES.map((q) => ({ name: q.name, description: q.description, size: q.size })),
    answers,
    statements,
    subgraphSearch,
    subgraphSearchNationwide,
    runs,
    memory,
    fanout,
    startup,
    totalSeconds: (performance.now() - started) / 1000,
  };
  mkdirSync(config.BENCH_OUT, { recursive: true });
  writeFileSync(join(config.BENCH_OUT, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(config.BENCH_OUT, 'RESULTS.md'), renderReport(report));
  say(`report written to ${join(config.BENCH_OUT, 'RESULTS.md')} and results.json`);
  const failedRuns = runs.filter((r) => r.errors > 0);
  if (failedRuns.length > 0 || subgraphSearch.errors > 0 || subgraphSearchNationwide.errors > 0) {
    say(`ERRORS under load: ${failedRuns.map((r) => `${r.gateway} ${r.query} round ${r.round}: ${r.errors}`).join('; ') || 'at the subgraph search'}`);
    process.exitCode = 1;
  }
} finally {
  await stopAll();
}

function gatewayUrl(name: GatewayName): string {
  return `http://127.0.0.1:${GATEWAY_PORTS[name]}/graphql`;
}
