// The gateway process. The supergraph comes from --supergraph <file>, else SUPERGRAPH_PATH, else the
// checked-in gateway/supergraph.graphql; each subgraph's URL may be overridden with SUBGRAPH_<NAME>_URL.
// Subgraphs hosted by regions go to the regional instances the registry (REGION_REGISTRY) names instead;
// REGION_REGISTRY=none serves the supergraph as a plain Apollo Federation gateway.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadRegionRegistry, RegionRegistryError, type RegionRegistry } from '@renkei/regions';
import { authSettings, ConfigError, env, readConfig, runServer, stopOnSignals, verifierFromConfig, type Setting } from '@renkei/server';
import { startGateway } from './app.js';
import { SUPERGRAPH_FILE } from './compose.js';
import { subgraphsOf } from './gateway.js';
import { DEFAULT_LIMITS, DEVELOPER_TOOLS, type DeveloperTools } from './limits.js';
import { DEFAULT_RETRY } from './regional/index.js';

await runServer('gateway', async (logger) => {
  const { values } = parseArgs({ options: { supergraph: { type: 'string' } }, strict: true });
  const config = readConfig(process.env, {
    PORT: env.port(4000),
    HOST: env.string('127.0.0.1'),
    SUPERGRAPH_PATH: env.string(SUPERGRAPH_FILE),
    NODE_ENV: env.oneOf(['production', 'development', 'test'], 'production'),
    DEVELOPER_TOOLS: env.optionalString(),
    MAX_DEPTH: env.positiveInteger(DEFAULT_LIMITS.maxDepth),
    MAX_ALIASES: env.positiveInteger(DEFAULT_LIMITS.maxAliases),
    MAX_ROOT_FIELDS: env.positiveInteger(DEFAULT_LIMITS.maxRootFields),
    MAX_LIST_SIZE: env.positiveInteger(DEFAULT_LIMITS.maxListSize),
    MAX_COST: env.positiveInteger(DEFAULT_LIMITS.maxCost),
    MAX_BODY_BYTES: env.positiveInteger(1_000_000),
    SUBGRAPH_TIMEOUT_MS: env.positiveInteger(10_000),
    REGION_REGISTRY: env.optionalString(),
    REGION_RETRY_MS: env.positiveInteger(DEFAULT_RETRY.retryBaseMs),
    REGION_RETRY_MAX_MS: env.positiveInteger(DEFAULT_RETRY.retryMaxMs),
    ...authSettings,
  });
  const developerTools = config.DEVELOPER_TOOLS as DeveloperTools | undefined;
  if (developerTools && !DEVELOPER_TOOLS.includes(developerTools)) {
    throw new ConfigError([`DEVELOPER_TOOLS must be one of ${DEVELOPER_TOOLS.join(', ')}, not "${developerTools}"`]);
  }
  const verifier = verifierFromConfig(config);
  let registry: RegionRegistry | undefined;
  if (config.REGION_REGISTRY !== 'none') {
    try {
      registry = loadRegionRegistry(config.REGION_REGISTRY);
    } catch (error) {
      if (error instanceof RegionRegistryError) throw new ConfigError([error.message]);
      throw error;
    }
  }
  const supergraphPath = values.supergraph ?? config.SUPERGRAPH_PATH;
  let supergraphSdl: string;
  try {
    supergraphSdl = readFileSync(supergraphPath, 'utf8');
  } catch {
    throw Object.assign(new Error('Invalid configuration'), { problems: [`the supergraph file ${supergraphPath} cannot be read`] });
  }
  // One SUBGRAPH_<NAME>_URL setting for each subgraph the supergraph names.
  const variables = new Map(
    Object.keys(subgraphsOf(supergraphSdl)).map((name) => [name, `SUBGRAPH_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`]),
  );
  const overrides: Record<string, Setting<string | undefined>> = {};
  for (const variable of variables.values()) overrides[variable] = env.optionalUrl(['http', 'https']);
  const urlSettings = readConfig(process.env, overrides);
  const subgraphUrls: Record<string, string> = {};
  for (const [name, variable] of variables) {
    const url = urlSettings[variable];
    if (url) subgraphUrls[name] = url;
  }

  const server = await startGateway({
    supergraphSdl,
    subgraphUrls,
    verifier,
    development: config.NODE_ENV === 'development',
    developerTools,
    limits: {
      maxDepth: config.MAX_DEPTH,
      maxAliases: config.MAX_ALIASES,
      maxRootFields: config.MAX_ROOT_FIELDS,
      maxListSize: config.MAX_LIST_SIZE,
      maxCost: config.MAX_COST,
    },
    maxBodyBytes: config.MAX_BODY_BYTES,
    subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    registry,
    regionRetry: { retryBaseMs: config.REGION_RETRY_MS, retryMaxMs: config.REGION_RETRY_MAX_MS },
    logger,
    port: config.PORT,
    host: config.HOST,
  });
  const regions = registry?.regions.map((r) => ({ region: r.code, subgraphs: r.subgraphs }));
  logger.info({ event: 'listening', url: server.url, supergraph: supergraphPath, subgraphs: { ...subgraphsOf(supergraphSdl), ...subgraphUrls }, regions }, 'ready');
  stopOnSignals(logger, () => server.close());
});
