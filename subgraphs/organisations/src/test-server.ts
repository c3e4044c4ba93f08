// A real organisations subgraph for tests: its own database (PGlite in memory, or a fresh PostgreSQL database
// when DATABASE_URL is set), migrated and seeded with the demo data, served over HTTP on a free port.
import { createLocalIssuer, createTokenVerifier, type LocalIssuer } from '@renkei/identity';
import { loadRegionRegistry } from '@renkei/regions';
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
  close(): Promise<void>;
}

export const TEST_ISSUER = { issuer: 'https://issuer.test.example', audience: 'renkei-hub-test' };

export interface TestSubgraphOptions {
  seed?: boolean;
  logger?: Logger;
  /** Share one issuer between a gateway and its subgraphs; a new one otherwise. */
  issuer?: LocalIssuer;
}

export async function startTestSubgraph(options: TestSubgraphOptions = {}): Promise<TestSubgraph> {
  const registry = loadRegionRegistry();
  const hostedRegions = registry.regions.map((r) => r.code);
  const issuer = options.issuer ?? (await createLocalIssuer(TEST_ISSUER));
  const db = await openTestDatabase();
  const { orm } = await prepareOrganisationsDatabase(db, { seedRegions: options.seed === false ? [] : hostedRegions });
  const server = await startOrganisationsSubgraph({
    db,
    orm,
    registry,
    hostedRegions,
    verifier: createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, publicKeys: issuer.jwks }),
    // HUB_TEST_DEVELOPMENT=true shows full error details while debugging a failing test.
    development: process.env.HUB_TEST_DEVELOPMENT === 'true',
    logger: options.logger ?? createLogger('organisations-test', 'silent'),
    port: 0,
    host: '127.0.0.1',
  });
  return {
    url: server.url,
    db,
    orm,
    server,
    issuer,
    close: async () => {
      await server.close();
      await db.close();
    },
  };
}
