// One region of the local run in one process: every subgraph the registry says the region hosts, on the ports
// it names, sharing one embedded database (each subgraph in its own PostgreSQL schema), as a region's own
// servers would in a deployment. One PGlite per region rather than per subgraph: each takes hundreds of MB.
import { describeDatabase, openDatabase } from '@renkei/db';
import { prepareEventsDatabase, startEventsSubgraph } from '@renkei/events-subgraph';
import { prepareOrganisationsDatabase, startOrganisationsSubgraph } from '@renkei/organisations-subgraph';
import { loadRegionRegistry } from '@renkei/regions';
import { authSettings, env, readConfig, runServer, stopOnSignals, verifierFromConfig, type RunningServer } from '@renkei/server';

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
  if (!region) throw Object.assign(new Error('Invalid configuration'), { problems: [`REGION must name a region of the registry, not "${config.REGION}"`] });
  if (!config.PGLITE_DATA_DIR) throw Object.assign(new Error('Invalid configuration'), { problems: ['PGLITE_DATA_DIR is required'] });
  const verifier = verifierFromConfig(config);
  const hostedRegions = [region.code];
  const seedRegions = config.SEED_DEMO_DATA ? hostedRegions : [];
  const dbOptions = { dataDir: config.PGLITE_DATA_DIR };
  const db = await openDatabase(dbOptions);
  const shared = { db, registry, hostedRegions, verifier, development: config.NODE_ENV === 'development', host: config.HOST };
  const port = (name: string) => Number(new URL(region.subgraphs[name as keyof typeof region.subgraphs]!).port);
  const servers: RunningServer[] = [];
  if (region.subgraphs.organisations) {
    const { orm } = await prepareOrganisationsDatabase(db, { seedRegions });
    servers.push(await startOrganisationsSubgraph({ ...shared, orm, logger: logger.child({ service: 'organisations' }), port: port('organisations') }));
  }
  if (region.subgraphs.events) {
    const { orm } = await prepareEventsDatabase(db, { seedRegions });
    servers.push(await startEventsSubgraph({ ...shared, orm, logger: logger.child({ service: 'events' }), port: port('events') }));
  }
  logger.info({ event: 'listening', region: region.code, urls: servers.map((s) => s.url), database: describeDatabase(dbOptions) }, 'ready');
  stopOnSignals(logger, async () => {
    await Promise.all(servers.map((s) => s.close()));
    await db.close();
  });
});
