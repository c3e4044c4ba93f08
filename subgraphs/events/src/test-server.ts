// A real events subgraph for tests: migrated and seeded with the demo events, served over HTTP on a free port.
// It can share a database with an organisations test instance, as one region's subgraphs do in a local run;
// members-only events then ask that organisations instance (through the registry) for network memberships.
import { createTokenVerifier, type LocalIssuer } from '@renkei/identity';
import { loadRegionRegistry, type RegionRegistry } from '@renkei/regions';
import type { RunningServer } from '@renkei/server';
import { createLogger, type Logger } from '@renkei/telemetry';
import { openTestDatabase, type TestDatabase } from '@renkei/testing';
import { prepareEventsDatabase, startEventsSubgraph } from './app.js';
import type { EventsOrm } from './db/queries.js';

export interface TestEventsSubgraph {
  url: string;
  orm: EventsOrm;
  server: RunningServer;
  close(): Promise<void>;
}

export interface TestEventsSubgraphOptions {
  issuer: LocalIssuer;
  /** The registry, naming the organisations instance of each region. */
  registry?: RegionRegistry;
  hostedRegions?: string[];
  /** A database to share (closed by its owner); a new one otherwise. */
  db?: TestDatabase;
  seed?: boolean;
  logger?: Logger;
  schemaFingerprint?: string;
}

export async function startTestEventsSubgraph(options: TestEventsSubgraphOptions): Promise<TestEventsSubgraph> {
  const registry = options.registry ?? loadRegionRegistry();
  const hostedRegions = options.hostedRegions ?? registry.regions.map((r) => r.code);
  const ownDb = options.db ? undefined : await openTestDatabase();
  const db = options.db ?? ownDb!;
  const { orm } = await prepareEventsDatabase(db, { seedRegions: options.seed === false ? [] : hostedRegions });
  const issuer = options.issuer;
  const server = await startEventsSubgraph({
    db,
    orm,
    registry,
    hostedRegions,
    verifier: createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, publicKeys: issuer.jwks }),
    development: process.env.HUB_TEST_DEVELOPMENT === 'true',
    logger: options.logger ?? createLogger('events-test', 'silent'),
    port: 0,
    host: '127.0.0.1',
    schemaFingerprint: options.schemaFingerprint,
  });
  return {
    url: server.url,
    orm,
    server,
    close: async () => {
      await server.close();
      await ownDb?.close();
    },
  };
}
