// The events subgraph on its own: the deployable server of one region (one process, one database).
import { describeDatabase, openDatabase } from '@renkei/db';
import { loadRegionRegistry } from '@renkei/regions';
import { authSettings, env, readConfig, runServer, stopOnSignals, verifierFromConfig } from '@renkei/server';
import { prepareEventsDatabase, startEventsSubgraph, SUBGRAPH_NAME } from './app.js';

await runServer(SUBGRAPH_NAME, async (logger) => {
  const config = readConfig(process.env, {
    PORT: env.port(4002),
    HOST: env.string('127.0.0.1'),
    DATABASE_URL: env.optionalUrl(['postgres', 'postgresql']),
    PGLITE_DATA_DIR: env.string('.data/events'),
    REGION_REGISTRY: env.optionalString(),
    HOSTED_REGIONS: env.list([]),
    SEED_DEMO_DATA: env.boolean(false),
    ...authSettings,
    NODE_ENV: env.oneOf(['production', 'development', 'test'], 'production'),
  });
  const verifier = verifierFromConfig(config);
  const registry = loadRegionRegistry(config.REGION_REGISTRY);
  const hostedRegions = config.HOSTED_REGIONS.length > 0 ? config.HOSTED_REGIONS : registry.regions.map((r) => r.code);
  const unknown = hostedRegions.filter((code) => !registry.region(code));
  if (unknown.length > 0) throw new Error(`HOSTED_REGIONS names regions the registry does not have: ${unknown.join(', ')}`);

  const dbOptions = config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.PGLITE_DATA_DIR };
  const db = await openDatabase(dbOptions);
  const { orm, seeded } = await prepareEventsDatabase(db, { seedRegions: config.SEED_DEMO_DATA ? hostedRegions : [] });
  const server = await startEventsSubgraph({
    db,
    orm,
    registry,
    hostedRegions,
    verifier,
    development: config.NODE_ENV === 'development',
    logger,
    port: config.PORT,
    host: config.HOST,
  });
  logger.info({ event: 'listening', url: server.url, database: describeDatabase(dbOptions), hostedRegions, seeded }, 'ready');
  stopOnSignals(logger, async () => {
    await server.close();
    await db.close();
  });
});
