// One region of the local run in one process: every subgraph the registry says the region hosts, on the ports it
// names, sharing one embedded database (each subgraph in its own PostgreSQL schema), as a region's own servers
// would in a deployment. One PGlite per region rather than per subgraph: each takes hundreds of MB.
import { consultationsSubgraph } from '@renkei/consultations-subgraph';
import { describeDatabase, openDatabase } from '@renkei/db';
import { eventsSubgraph } from '@renkei/events-subgraph';
import { foodBanksSubgraph } from '@renkei/food-banks-subgraph';
import { organisationsSubgraph } from '@renkei/organisations-subgraph';
import { sheltersSubgraph } from '@renkei/shelters-subgraph';
import { loadRegionRegistry } from '@renkei/regions';
import { authSettings, ConfigError, env, readConfig, runServer, stopOnSignals, verifierFromConfig, type RunningServer } from '@renkei/server';
import { onSharedDatabase, type RegionSubgraph } from '@renkei/subgraph-host';

const SUBGRAPHS: RegionSubgraph[] = [
  onSharedDatabase(organisationsSubgraph),
  onSharedDatabase(eventsSubgraph),
  onSharedDatabase(sheltersSubgraph),
  onSharedDatabase(foodBanksSubgraph),
  onSharedDatabase(consultationsSubgraph),
];

await runServer('region', async (logger) => {
  const config = readConfig(process.env, {
    REGION: env.string(''),
    HOST: env.string('127.0.0.1'),
    PGLITE_DATA_DIR: env.string(''),
    REGION_REGISTRY: env.optionalString(),
    SEED_DEMO_DATA: env.boolean(false),
    ...authSettings,
    NODE_ENV: env.oneOf(['production', 'development', 'test'], 'production'),
  });
  const registry = loadRegionRegistry(config.REGION_REGISTRY);
  const region = registry.region(config.REGION);
  const problems = [
    ...(region ? [] : [`REGION must name a region of the registry, not "${config.REGION}"`]),
    ...(config.PGLITE_DATA_DIR ? [] : ['PGLITE_DATA_DIR is required']),
  ];
  if (!region || problems.length > 0) throw new ConfigError(problems);
  const dbOptions = { dataDir: config.PGLITE_DATA_DIR };
  const db = await openDatabase(dbOptions);
  const shared = {
    db,
    registry,
    hostedRegions: [region.code],
    seedRegions: config.SEED_DEMO_DATA ? [region.code] : [],
    verifier: verifierFromConfig(config),
    development: config.NODE_ENV === 'development',
    logger,
    host: config.HOST,
  };
  const servers: RunningServer[] = [];
  for (const subgraph of SUBGRAPHS) {
    const url = region.subgraphs[subgraph.name as keyof typeof region.subgraphs];
    if (url) servers.push(await subgraph.serve({ ...shared, port: Number(new URL(url).port) }));
  }
  logger.info({ event: 'listening', region: region.code, urls: servers.map((s) => s.url), database: describeDatabase(dbOptions) }, 'ready');
  stopOnSignals(logger, async () => {
    await Promise.all(servers.map((s) => s.close()));
    await db.close();
  });
});
