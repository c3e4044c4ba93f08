// The subgraphs of the nationwide benchmark in one process: all five, hosting every region of the registry, on one
// PostgreSQL database the generator filled. The three gateways measured all talk to these same instances.
import { consultationsSubgraph } from '@renkei/consultations-subgraph';
import { describeDatabase, openDatabase } from '@renkei/db';
import { eventsSubgraph } from '@renkei/events-subgraph';
import { foodBanksSubgraph } from '@renkei/food-banks-subgraph';
import { organisationsSubgraph } from '@renkei/organisations-subgraph';
import { loadRegionRegistry, type Domain } from '@renkei/regions';
import { authSettings, env, readConfig, runServer, stopOnSignals, verifierFromConfig, type RunningServer } from '@renkei/server';
import { sheltersSubgraph } from '@renkei/shelters-subgraph';
import { onSharedDatabase, type RegionSubgraph } from '@renkei/subgraph-host';

const SUBGRAPHS: RegionSubgraph[] = [
  onSharedDatabase(organisationsSubgraph),
  onSharedDatabase(eventsSubgraph),
  onSharedDatabase(sheltersSubgraph),
  onSharedDatabase(foodBanksSubgraph),
  onSharedDatabase(consultationsSubgraph),
];

await runServer('bench-host', async (logger) => {
  const config = readConfig(process.env, {
    DATABASE_URL: env.url(['postgres', 'postgresql']),
    REGION_REGISTRY: env.string(),
    HOST: env.string('127.0.0.1'),
    DATABASE_CONNECTIONS: env.positiveInteger(20),
    ...authSettings,
  });
  const registry = loadRegionRegistry(config.REGION_REGISTRY);
  const hostedRegions = registry.regions.map((r) => r.code);
  const db = await openDatabase({ url: config.DATABASE_URL, maxConnections: config.DATABASE_CONNECTIONS });
  const shared = { db, registry, hostedRegions, seedRegions: [], verifier: verifierFromConfig(config), development: false, logger, host: config.HOST };
  const servers: RunningServer[] = [];
  // Every region names the same URLs: the first region's say where each subgraph listens.
  const urls = registry.regions[0]!.subgraphs;
  for (const subgraph of SUBGRAPHS) {
    const url = urls[subgraph.name as Domain];
    if (url) servers.push(await subgraph.serve({ ...shared, port: Number(new URL(url).port) }));
  }
  logger.info({ event: 'listening', urls: servers.map((s) => s.url), regions: hostedRegions.length, database: describeDatabase({ url: config.DATABASE_URL }) }, 'ready');
  stopOnSignals(logger, async () => {
    await Promise.all(servers.map((s) => s.close()));
    await db.close();
  });
});
