// A real shelters subgraph for tests: migrated and seeded with the demo shelters, served over HTTP on a free
// port. It can share a database with an organisations test instance, as one region's subgraphs do in a local run.
import { demoUuid } from '@renkei/db';
import { createTokenVerifier, type HubClaims, type LocalIssuer } from '@renkei/identity';
import { loadRegionRegistry, type RegionRegistry } from '@renkei/regions';
import type { RunningServer } from '@renkei/server';
import { createLogger, type Logger } from '@renkei/telemetry';
import { openTestDatabase, type TestDatabase } from '@renkei/testing';
import { prepareSheltersDatabase, startSheltersSubgraph } from './app.js';
import type { SheltersOrm } from './db/queries.js';

export interface TestSheltersSubgraph {
  url: string;
  orm: SheltersOrm;
  server: RunningServer;
  close(): Promise<void>;
}

export interface TestSheltersSubgraphOptions {
  issuer: LocalIssuer;
  /** The registry (its sharing agreements decide who sees confidential shelters). */
  registry?: RegionRegistry;
  hostedRegions?: string[];
  /** A database to share (closed by its owner); a new one otherwise. */
  db?: TestDatabase;
  seed?: boolean;
  logger?: Logger;
  schemaFingerprint?: string;
  staleAfterMinutes?: number;
}

export async function startTestSheltersSubgraph(options: TestSheltersSubgraphOptions): Promise<TestSheltersSubgraph> {
  const registry = options.registry ?? loadRegionRegistry();
  const hostedRegions = options.hostedRegions ?? registry.regions.map((r) => r.code);
  const ownDb = options.db ? undefined : await openTestDatabase();
  const db = options.db ?? ownDb!;
  const { orm } = await prepareSheltersDatabase(db, { seedRegions: options.seed === false ? [] : hostedRegions });
  const issuer = options.issuer;
  const server = await startSheltersSubgraph({
    db,
    orm,
    registry,
    hostedRegions,
    verifier: createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, publicKeys: issuer.jwks }),
    development: process.env.HUB_TEST_DEVELOPMENT === 'true',
    logger: options.logger ?? createLogger('shelters-test', 'silent'),
    port: 0,
    host: '127.0.0.1',
    schemaFingerprint: options.schemaFingerprint,
    staleAfterMinutes: options.staleAfterMinutes ?? 24 * 60,
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

const org = (region: string, key: string) => `${region}:Organization:${demoUuid(key)}`;

/** The callers the tests use, as the claims of their tokens. */
export const TEST_CALLERS = {
  // 相談支援員 at 菊愛会 (菊池市): refers people to shelters; sees confidential ones of the sharing scope.
  worker: { sub: 't-worker', roles: ['consultation_worker'], organization: org('kikuchi', 'kikuchi-kikuaikai'), municipality: '432105', region: 'kikuchi' },
  // フードバンク菊池's staff: a support organisation that runs no shelter.
  foodbank: { sub: 't-foodbank', roles: ['org_staff'], organization: org('kikuchi', 'kikuchi-foodbank-kikuchi'), municipality: '432105', region: 'kikuchi' },
  // Staff of the organisation that runs 岐阜's confidential private shelter.
  operator: { sub: 't-operator', roles: ['org_staff'], organization: org('gifu', 'gifu-shelter-nagaragawa'), municipality: '212016', region: 'gifu' },
  // 菊池市's own staff: edits its region's shelters that are not confidential.
  city: { sub: 't-city', roles: ['municipal_staff'], organization: org('kikuchi', 'kikuchi-kikuchi-city-fukushika'), municipality: '432105', region: 'kikuchi' },
  gifuCity: { sub: 't-gifu-city', roles: ['municipal_staff'], municipality: '212016', region: 'gifu' },
  niigataPref: { sub: 't-niigata', roles: ['prefecture_staff'], municipality: '150002', region: 'niigata' },
  admin: { sub: 't-admin', roles: ['hub_admin'] },
} satisfies Record<string, HubClaims>;
export type TestCaller = keyof typeof TEST_CALLERS | 'public';
