// The shelters subgraph as a library: its schema, its migrations, and a function that serves it on a given
// database. The standalone server (server.ts) and the local region host both start it this way.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { Database } from '@renkei/db';
import { env, readConfig, schemaFingerprint, type RunningServer } from '@renkei/server';
import { guardSchema } from '@renkei/subgraph-guard';
import { serveSubgraph, type Subgraph, type SubgraphServeOptions } from '@renkei/subgraph-host';
import { parse } from 'graphql';
import { confidentialAccessOf, dataPolicies } from './access.js';
import { auditPlugin, recordIdsOf } from './audit.js';
import type { SheltersContext } from './context.js';
import type { SheltersOrm } from './db/queries.js';
import { tables } from './db/schema.js';
import { seedDemoShelters, type ShelterSeedReport } from './demo/seed.js';
import { createLoaders } from './loaders.js';
import { resolvers } from './resolvers/index.js';

export const SUBGRAPH_NAME = 'shelters' as const;
export const SCHEMA_FILE = fileURLToPath(new URL('./schema.graphql', import.meta.url));
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../drizzle', import.meta.url));
export const DATABASE_SCHEMA = 'shelters';

/** A vacancy figure older than this is flagged stale, unless SHELTER_VACANCY_STALE_AFTER_MINUTES says otherwise. */
export const DEFAULT_STALE_AFTER_MINUTES = 24 * 60;

const SCHEMA_SDL = readFileSync(SCHEMA_FILE, 'utf8');
export const typeDefs = parse(SCHEMA_SDL);

/** The executable schema without access rules: for schema checks only, never served. */
export function buildUnguardedSchema() {
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
}

/** The served schema: every field behind the rules generated from its directives, anything else denied. */
export function buildSchema(development = false) {
  return guardSchema<SheltersContext>(buildUnguardedSchema(), { typeDefs, dataPolicies, recordIdsOf, openServiceSdl: development });
}

/** Applies the subgraph's migrations (and demo data, if asked) and returns its typed database handle. */
export async function prepareSheltersDatabase(
  db: Database,
  options: { seedRegions?: string[] } = {},
): Promise<{ orm: SheltersOrm; seeded: ShelterSeedReport[] }> {
  await db.migrate({ migrationsFolder: MIGRATIONS_FOLDER, schema: DATABASE_SCHEMA });
  const orm = db.orm(tables);
  const seeded = options.seedRegions?.length ? await seedDemoShelters(orm, options.seedRegions) : [];
  return { orm, seeded };
}

/** This subgraph's own setting, read and checked at start-up like the host's. */
export function staleAfterFromEnvironment(source: NodeJS.ProcessEnv = process.env): number {
  return readConfig(source, { SHELTER_VACANCY_STALE_AFTER_MINUTES: env.positiveInteger(DEFAULT_STALE_AFTER_MINUTES) }).SHELTER_VACANCY_STALE_AFTER_MINUTES;
}

export interface SheltersSubgraphOptions extends SubgraphServeOptions {
  orm: SheltersOrm;
  schemaFingerprint?: string;
  /** After how many minutes a vacancy figure is stale; SHELTER_VACANCY_STALE_AFTER_MINUTES (default 1440) otherwise. */
  staleAfterMinutes?: number;
}

export async function startSheltersSubgraph(options: SheltersSubgraphOptions): Promise<RunningServer> {
  const { orm, registry } = options;
  const staleAfterMinutes = options.staleAfterMinutes ?? staleAfterFromEnvironment();
  return serveSubgraph<SheltersContext>({
    ...options,
    name: SUBGRAPH_NAME,
    schema: buildSchema(options.development),
    schemaFingerprint: options.schemaFingerprint ?? schemaFingerprint(SCHEMA_SDL),
    plugins: [auditPlugin(orm)],
    context: (scope) => {
      const access = confidentialAccessOf(scope.identity, registry);
      return { ...scope, orm, loaders: createLoaders(orm, scope.regions, access), access, staleAfterMinutes, now: new Date() };
    },
  });
}

/** The subgraph as the hosts run it: on its own (server.ts) or among a region's subgraphs (the local run). */
export const sheltersSubgraph: Subgraph<SheltersOrm> = {
  name: SUBGRAPH_NAME,
  defaultPort: 4003,
  prepare: prepareSheltersDatabase,
  serve: startSheltersSubgraph,
};
