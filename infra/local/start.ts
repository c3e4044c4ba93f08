// `pnpm start`: the whole hub on this machine with demo data on embedded PGlite. Each region (菊池圏域, 新潟県,
// 岐阜県) runs as its own process on its own database, on the ports the region registry names, and the gateway
// joins them, as in a deployment. This launcher starts the regions together, then the gateway, waits until each
// is ready, prints where everything listens, and stops them all on Ctrl+C or SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRegionRegistry } from '@renkei/regions';
import { readConfig, env, ConfigError } from '@renkei/server';
import { LOG_LEVELS } from '@renkei/telemetry';
import { devIssuer } from './dev-issuer.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function readSettings() {
  try {
    return readConfig(process.env, {
      HUB_PORT: env.port(4000),
      HUB_DATA_DIR: env.string(resolve(ROOT, '.data')),
      // Another region registry (where each region listens); the checked-in one by default.
      REGION_REGISTRY: env.optionalString(),
      LOG_LEVEL: env.oneOf(LOG_LEVELS, 'info'),
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
const config = readSettings();
const dataDir = resolve(config.HUB_DATA_DIR);
const logDir = resolve(dataDir, 'logs');
mkdirSync(logDir, { recursive: true });
// The development token issuer: the servers trust its keys; `pnpm token` signs with them.
const { serverEnv: identityEnv } = await devIssuer(dataDir);

interface ServerSpec {
  name: string;
  entry: string;
  /** Every port it listens on; it is ready when each answers /ready. */
  ports: { subgraph: string; port: number }[];
  env: Record<string, string>;
}

// Each region is one process serving the subgraphs it hosts where the registry says, on one database.
const registry = loadRegionRegistry(config.REGION_REGISTRY);
const registryEnv: Record<string, string> = config.REGION_REGISTRY ? { REGION_REGISTRY: resolve(config.REGION_REGISTRY) } : {};
const regions: ServerSpec[] = registry.regions.flatMap((region) => {
  const ports = Object.entries(region.subgraphs).map(([subgraph, url]) => ({ subgraph, port: Number(new URL(url).port) }));
  if (ports.length === 0) return [];
  return [
    {
      name: `${region.code} (${region.name})`,
      entry: 'infra/local/region.ts',
      ports,
      env: {
        REGION: region.code,
        PGLITE_DATA_DIR: resolve(dataDir, region.code),
        SEED_DEMO_DATA: 'true',
        ...registryEnv,
        ...identityEnv,
      },
    },
  ];
});
const gateway: ServerSpec = {
  name: 'gateway',
  entry: 'gateway/src/server.ts',
  ports: [{ subgraph: 'gateway', port: config.HUB_PORT }],
  env: {
    ...registryEnv,
    ...identityEnv,
    // The local run is a developer's sandbox: introspection and the IDE for everyone.
    DEVELOPER_TOOLS: 'on',
  },
};

const children: { spec: ServerSpec; child: ChildProcess; logFile: string }[] = [];
let stopping = false;

function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping the hub…');
  for (const { child } of [...children].reverse()) child.kill('SIGTERM');
  const timer = setTimeout(() => process.exit(code), 15_000);
  Promise.all(children.map(({ child }) => new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r))))).then(() => {
    clearTimeout(timer);
    console.log('Stopped.');
    process.exit(code);
  });
}

function lastLines(file: string, n: number): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-n).join('\n');
  } catch {
    return '';
  }
}

async function waitUntilReady(spec: ServerSpec, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`${spec.name} exited during start-up. Last lines of ${logFile}:\n${lastLines(logFile, 5)}`);
    }
    const ready = await Promise.all(
      spec.ports.map(({ port }) =>
        fetch(`http://127.0.0.1:${port}/ready`).then(
          (response) => response.ok,
          () => false, // not listening yet
        ),
      ),
    );
    if (ready.every(Boolean)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${spec.name} did not become ready within 120 s; see ${logFile}`);
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

const started = Date.now();
console.log('Starting the hub with demo data (菊池圏域, 新潟県, 岐阜県) on embedded PGlite…');
function launch(spec: ServerSpec): Promise<void> {
  const logFile = resolve(logDir, `${spec.name.split(' ')[0]}.log`);
  // Children write to their log file directly, so that their last lines survive the launcher.
  const log = openSync(logFile, 'a');
  // The local run is the embedded one: a DATABASE_URL in the caller's shell is not passed on.
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', resolve(ROOT, spec.entry)], {
    cwd: ROOT,
    env: { ...inherited, ...spec.env, PORT: String(spec.ports[0]!.port), HOST: '127.0.0.1', LOG_LEVEL: config.LOG_LEVEL },
    stdio: ['ignore', log, log],
  });
  children.push({ spec, child, logFile });
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`\n${spec.name} stopped unexpectedly (exit ${code}). Last lines of ${logFile}:\n${lastLines(logFile, 5)}`);
      stopAll(1);
    }
  });
  return waitUntilReady(spec, child, logFile).then(() =>
    console.log(`  ✓ ${spec.name} ready on port${spec.ports.length > 1 ? 's' : ''} ${spec.ports.map((p) => p.port).join(', ')}`),
  );
}

try {
  await Promise.all(regions.map(launch));
  await launch(gateway);
} catch (error) {
  console.error(`\n${(error as Error).message}`);
  stopAll(1);
  await new Promise(() => {});
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
// Statistics are published for months that have ended: the example asks for last month.
const lastMonth = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
console.log(`
The hub is running (ready in ${seconds} s).

  GraphQL gateway and IDE   http://localhost:${config.HUB_PORT}/graphql
  Health / readiness        http://localhost:${config.HUB_PORT}/health   http://localhost:${config.HUB_PORT}/ready
${regions.map((r) => `  region ${r.name.split(' ')[0]!.padEnd(18)} ${r.ports.map((p) => `${p.subgraph} :${p.port}`).join('  ')}   ${r.name.split(' ')[1]} data: ${r.env.PGLITE_DATA_DIR}`).join('\n')}
  Logs (JSON)               ${logDir}

Try:
  curl -s http://localhost:${config.HUB_PORT}/graphql -H 'content-type: application/json' \\
    -d '{"query":"{ municipality(code: \\"434043\\") { name prefecture { name } region { name } } }"}'

The calendar of December 2026 across the three regions, and a region's calendar feed (iCalendar):
  curl -s http://localhost:${config.HUB_PORT}/graphql -H 'content-type: application/json' \
    -d '{"query":"{ events(filter: { from: \\"2026-12-01\\", to: \\"2026-12-31\\" }) { totalCount edges { node { title startDate regionCode } } } }"}'
  curl -s http://localhost:${config.HUB_PORT}/calendar/region/kikuchi.ics

A free women's bed tonight, nearest to 菊池市 first, across the three regions (DV shelters only as counts):
  curl -s http://localhost:${config.HUB_PORT}/graphql -H 'content-type: application/json' \
    -d '{"query":"{ shelters(filter: { freeBed: WOMEN, near: { municipalityCode: \\"432105\\" } }) { edges { distanceKm node { name region beds { category vacant ageMinutes stale } } } confidentialVacancy { regionName kind freeBeds } } }"}'

Food banks, pantries and cafeterias short of rice, nearest to 菊池市 first, with what they ask to be donated:
  curl -s http://localhost:${config.HUB_PORT}/graphql -H 'content-type: application/json' \\
    -d '{"query":"{ foodSites(filter: { near: { municipalityCode: \\"432105\\" }, needs: [RICE] }) { edges { distanceKm node { name kind access needs { category quantity unit neededBy } } } } }"}'

As a demo user (pnpm token lists them all), stating why you read personal information:
  TOKEN=$(pnpm -s token kikuchi-worker)
  curl -s http://localhost:${config.HUB_PORT}/graphql -H "authorization: Bearer $TOKEN" -H 'x-hub-purpose: referral' \\
    -H 'content-type: application/json' \\
    -d '{"query":"{ organizations(filter: { text: \\"菊愛会\\" }) { edges { node { name contacts { name phone } } } } }"}'

Anonymised case consultations a 菊池 worker may read (theirs, their region's, and 岐阜's shared ones), and 熊本県's counts of last month:
  curl -s http://localhost:${config.HUB_PORT}/graphql -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\
    -d '{"query":"{ consultationPosts(first: 5) { totalCount edges { node { region status ageBand { labelJa } place { name } issueCategories question answers { totalCount } } } } }"}'
  curl -s http://localhost:${config.HUB_PORT}/graphql -H "authorization: Bearer $(pnpm -s token kumamoto-pref)" -H 'content-type: application/json' \\
    -d '{"query":"{ consultationStatistics(fromMonth: \\"${lastMonth}\\", toMonth: \\"${lastMonth}\\") { months { month total rows { municipality { name } total counts { category count suppressed } } } } }"}'

Press Ctrl+C to stop.`);
