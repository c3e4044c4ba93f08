// A real subgraph instance for tests, whatever the subgraph: migrated (and seeded with its demo data) on a
// database of its own or on one it shares with another subgraph's instance, as one region's subgraphs do in a
// local run, and served over HTTP on a free port with tokens of a test issuer.
import type { Database } from '@renkei/db';
import { createTokenVerifier, type LocalIssuer, type TokenVerifier } from '@renkei/identity';
import { loadRegionRegistry, type RegionRegistry } from '@renkei/regions';
import { createLogger, type Logger } from '@renkei/telemetry';
import { openTestDatabase, type TestDatabase } from './index.js';

/** What a subgraph's serve function is given (the subgraph-host's serve options). */
export interface InstanceServeOptions {
  db: Database;
  registry: RegionRegistry;
  hostedRegions: string[];
  verifier: TokenVerifier;
  development: boolean;
  logger: Logger;
  port: number;
  host: string;
}

export interface TestInstanceOptions {
  issuer: LocalIssuer;
  /** The region registry; the checked-in one by default. */
  registry?: RegionRegistry;
  /** The regions the instance hosts (and seeds); every region of the registry by default. */
  hostedRegions?: string[];
  /** A database to share (closed by its owner); a new one otherwise. */
  db?: TestDatabase;
  seed?: boolean;
  logger?: Logger;
}

export interface TestInstance<TOrm, TServer extends { url: string; close(): Promise<void> }> {
  url: string;
  orm: TOrm;
  server: TServer;
  close(): Promise<void>;
}

export async function startTestInstance<TOrm, TServer extends { url: string; close(): Promise<void> }>(
  name: string,
  subgraph: {
    prepare(db: Database, options: { seedRegions: string[] }): Promise<{ orm: TOrm }>;
    serve(options: InstanceServeOptions & { orm: TOrm }): Promise<TServer>;
  },
  options: TestInstanceOptions,
): Promise<TestInstance<TOrm, TServer>> {
  const registry = options.registry ?? loadRegionRegistry();
  const hostedRegions = options.hostedRegions ?? registry.regions.map((r) => r.code);
  const ownDb = options.db ? undefined : await openTestDatabase();
  const db = options.db ?? ownDb!;
  const { orm } = await subgraph.prepare(db, { seedRegions: options.seed === false ? [] : hostedRegions });
  const { issuer } = options;
  const server = await subgraph.serve({
    db,
    orm,
    registry,
    hostedRegions,
    verifier: createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, publicKeys: issuer.jwks }),
    // HUB_TEST_DEVELOPMENT=true shows full error details while debugging a failing test.
    development: process.env.HUB_TEST_DEVELOPMENT === 'true',
    logger: options.logger ?? createLogger(`${name}-test`, 'silent'),
    port: 0,
    host: '127.0.0.1',
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
