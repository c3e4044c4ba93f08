// A real organisations subgraph for tests: its own database (PGlite in memory, or a fresh PostgreSQL database
// when DATABASE_URL is set), migrated and seeded with the demo data, served over HTTP on a free port.
import { createLocalIssuer, createTokenVerifier, type LocalIssuer } from '@renkei/identity';
import { loadRegionRegistry, type RegionRegistry } from '@renkei/regions';
import type { RunningServer } from '@renkei/server';
import { createLogger, type Logger } from '@renkei/telemetry';
import { openTestDatabase, type TestDatabase } from '@renkei/testing';
import { prepareOrganisationsDatabase, startOrganisationsSubgraph } from './app.js';
import type { OrganisationsOrm } from './db/queries.js';

export interface TestSubgraph {
  url: string;
  db: TestDatabase;
  orm: OrganisationsOrm;
  server: RunningServer;
  /** Signs tokens this subgraph accepts. */
  issuer: LocalIssuer;
  /** Stops serving (the database stays), as a region that goes down would. */
  stopServer(): Promise<void>;
  /** Serves again on the same port and database. */
  restartServer(): Promise<void>;
  close(): Promise<void>;
}

export const TEST_ISSUER = { issuer: 'https://issuer.test.example', audience: 'renkei-hub-test' };

export interface TestSubgraphOptions {
  seed?: boolean;
  logger?: Logger;
  /** Share one issuer between a gateway and its subgraphs; a new one otherwise. */
  issuer?: LocalIssuer;
  /** The region registry; the checked-in one by default. */
  registry?: RegionRegistry;
  /** The regions the instance hosts (and seeds); every region of the registry by default. */
  hostedRegions?: string[];
  /** What the instance reports as its schema fingerprint; that of schema.graphql by default. */
  schemaFingerprint?: string;
}

export async function startTestSubgraph(options: TestSubgraphOptions = {}): Promise<TestSubgraph> {
  const registry = options.registry ?? loadRegionRegistry();
  const hostedRegions = options.hostedRegions ?? registry.regions.map((r) => r.code);
  const issuer = options.issuer ?? (await createLocalIssuer(TEST_ISSUER));
  const db = await openTestDatabase();
  const { orm } = await prepareOrganisationsDatabase(db, { seedRegions: options.seed === false ? [] : hostedRegions });
  const start = (port: number) =>
    startOrganisationsSubgraph({
      db,
      orm,
      registry,
      hostedRegions,
      verifier: createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, publicKeys: issuer.jwks }),
      // HUB_TEST_DEVELOPMENT=true shows full error details while debugging a failing test.
      development: process.env.HUB_TEST_DEVELOPMENT === 'true',
      logger: options.logger ?? createLogger('organisations-test', 'silent'),
      port,
      host: '127.0.0.1',
      schemaFingerprint: options.schemaFingerprint,
    });
  let server = await start(0);
  const url = server.url;
  let serving = true;
  return {
    url,
    db,
    orm,
    get server() {
      return server;
    },
    issuer,
    stopServer: async () => {
      serving = false;
      await server.close();
    },
    restartServer: async () => {
      server = await start(Number(new URL(url).port));
      serving = true;
    },
    close: async () => {
      if (serving) await server.close();
      await db.close();
    },
  };
}
