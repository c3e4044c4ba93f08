// onSharedDatabase with a real database and a real HTTP server: two subgraphs of one region prepare their
// own schemas on one database and serve on their own ports, each logging under its own name.
import { ApolloServer } from '@apollo/server';
import { openDatabase, type Database } from '@renkei/db';
import { createLocalIssuer, createTokenVerifier } from '@renkei/identity';
import { loadRegionRegistry } from '@renkei/regions';
import { startGraphQLServer } from '@renkei/server';
import { createLogger } from '@renkei/telemetry';
import { afterAll, describe, expect, it } from 'vitest';
import { onSharedDatabase, type Subgraph } from './index.js';

function tableSubgraph(name: string, seen: string[]): Subgraph<string> {
  return {
    name,
    defaultPort: 0,
    prepare: async (db: Database, { seedRegions }) => {
      await db.orm({}).execute(`create schema if not exists ${name}`);
      seen.push(`${name} seeds ${seedRegions?.join(',')}`);
      return { orm: name };
    },
    serve: async ({ orm, logger, port, host }) => {
      const apollo = new ApolloServer({ typeDefs: 'type Query { name: String }', resolvers: { Query: { name: () => orm } } });
      await apollo.start();
      seen.push(`${name} logs as ${String(logger.bindings().service)}`);
      return startGraphQLServer({ service: name, apollo, logger, port, host, context: async () => ({}) });
    },
  };
}

const db = await openDatabase();
afterAll(() => db.close());

describe('a region’s subgraphs on one database', () => {
  it('prepares each on the shared database and serves each on its own port, logging under its name', async () => {
    const issuer = await createLocalIssuer({ issuer: 'https://issuer.test.example', audience: 'renkei-hub-test' });
    const seen: string[] = [];
    const shared = {
      db,
      registry: loadRegionRegistry(),
      hostedRegions: ['kikuchi'],
      seedRegions: ['kikuchi'],
      verifier: createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, publicKeys: issuer.jwks }),
      development: false,
      logger: createLogger('region', 'silent'),
      host: '127.0.0.1',
      port: 0,
    };
    const servers = [await onSharedDatabase(tableSubgraph('alpha', seen)).serve(shared), await onSharedDatabase(tableSubgraph('beta', seen)).serve(shared)];
    try {
      expect(seen).toEqual(['alpha seeds kikuchi', 'alpha logs as alpha', 'beta seeds kikuchi', 'beta logs as beta']);
      expect(servers[0]!.port).not.toBe(servers[1]!.port);
      for (const [i, name] of ['alpha', 'beta'].entries()) {
        const response = await fetch(servers[i]!.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ name }' }) });
        expect(await response.json()).toEqual({ data: { name } });
      }
      const schemas = await db.orm({}).execute(`select nspname from pg_namespace where nspname in ('alpha', 'beta') order by nspname`);
      expect((schemas as unknown as { rows?: unknown[] }).rows ?? schemas).toHaveLength(2);
    } finally {
      await Promise.all(servers.map((s) => s.close()));
    }
  });
});
