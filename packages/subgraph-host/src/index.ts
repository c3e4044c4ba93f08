// What every subgraph exposes to be run, and the two ways to run it: as its own deployable process (one
// subgraph, one database, the regions it is told to host), or as one of a region's subgraphs sharing that
// region's process and database (the local run). Each subgraph keeps its own schema in the database.
import { describeDatabase, openDatabase, type Database } from '@renkei/db';
import type { TokenVerifier } from '@renkei/identity';
import { loadRegionRegistry, type RegionRegistry } from '@renkei/regions';
import { authSettings, env, readConfig, runServer, stopOnSignals, verifierFromConfig, type RunningServer } from '@renkei/server';
import type { Logger } from '@renkei/telemetry';

/** What a subgraph needs to serve, whoever runs it. */
export interface SubgraphServeOptions {
  db: Database;
  registry: RegionRegistry;
  hostedRegions: string[];
  verifier: TokenVerifier;
  development: boolean;
  logger: Logger;
  port: number;
  host: string;
}

export interface Subgraph<TOrm> {
  /** Its name in the supergraph and the region registry. */
  name: string;
  defaultPort: number;
  /** Applies its migrations (and the demo data of the regions given, if they hold none) on a database. */
  prepare(db: Database, options: { seedRegions?: string[] }): Promise<{ orm: TOrm; seeded?: unknown[] }>;
  serve(options: SubgraphServeOptions & { orm: TOrm }): Promise<RunningServer>;
}

/** A subgraph's own process: settings from the environment, checked at start-up; a clean stop on SIGTERM. */
export function runSubgraph<TOrm>(subgraph: Subgraph<TOrm>): Promise<void> {
  return runServer(subgraph.name, async (logger) => {
    const config = readConfig(process.env, {
      PORT: env.port(subgraph.defaultPort),
      HOST: env.string('127.0.0.1'),
      DATABASE_URL: env.optionalUrl(['postgres', 'postgresql']),
      PGLITE_DATA_DIR: env.string(`.data/${subgraph.name}`),
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
    const { orm, seeded } = await subgraph.prepare(db, { seedRegions: config.SEED_DEMO_DATA ? hostedRegions : [] });
    const server = await subgraph.serve({
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
}

export type SharedDatabaseOptions = SubgraphServeOptions & { seedRegions: string[] };

/** A subgraph ready to be one of a region's, whatever its ORM: a host can keep several in one list. */
export interface RegionSubgraph {
  name: string;
  serve(options: SharedDatabaseOptions): Promise<RunningServer>;
}

/** Prepares and serves one of a region's subgraphs on the region's shared database, on the port given. */
export function onSharedDatabase<TOrm>(subgraph: Subgraph<TOrm>): RegionSubgraph {
  return {
    name: subgraph.name,
    async serve({ seedRegions, ...options }) {
      const { orm } = await subgraph.prepare(options.db, { seedRegions });
      return subgraph.serve({ ...options, orm, logger: options.logger.child({ service: subgraph.name }) });
    },
  };
}

export { serveSubgraph, type RequestScope, type SubgraphServerOptions } from './serve.js';
export { regionToWrite } from './write-region.js';
