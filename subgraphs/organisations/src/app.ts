// The organisations subgraph as a library: its schema, its migrations, and a function that serves it on a
// given database. The standalone server (server.ts) and the local region host both start it this way.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { Database } from '@renkei/db';
import { schemaFingerprint, type RunningServer } from '@renkei/server';
import { serveSubgraph, type Subgraph, type SubgraphServeOptions } from '@renkei/subgraph-host';
import { guardSchema } from '@renkei/subgraph-guard';
import { parse } from 'graphql';
import { dataPolicies } from './access.js';
import { auditPlugin, recordIdsOf } from './audit.js';
import type { OrganisationsContext } from './context.js';
import type { OrganisationsOrm } from './db/queries.js';
import { tables } from './db/schema.js';
import { seedDemoData, type SeedReport } from './demo/seed.js';
import { createLoaders } from './loaders.js';
import { resolvers } from './resolvers/index.js';

export const SUBGRAPH_NAME = 'organisations' as const;
export const SCHEMA_FILE = fileURLToPath(new URL('./schema.graphql', import.meta.url));
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../drizzle', import.meta.url));
export const DATABASE_SCHEMA = 'organisations';

const SCHEMA_SDL = readFileSync(SCHEMA_FILE, 'utf8');
export const typeDefs = parse(SCHEMA_SDL);

/** The executable schema without access rules: for schema checks only, never served. */
export function buildUnguardedSchema() {
  // buildSubgraphSchema's resolver map type is looser than ours; the schema test checks every resolver's type.
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
}

/** The served schema: every field behind the rules generated from its directives, anything else denied. */
export function buildSchema(development = false) {
  return guardSchema<OrganisationsContext>(buildUnguardedSchema(), {
    typeDefs,
    dataPolicies,
    recordIdsOf,
    openServiceSdl: development,
  });
}

export interface PrepareOptions {
  /** Regions whose demo data is loaded when they hold no organisations yet. */
  seedRegions?: string[];
}

/** Applies the subgraph's migrations (and demo data, if asked) and returns its typed database handle. */
export async function prepareOrganisationsDatabase(
  db: Database,
  options: PrepareOptions = {},
): Promise<{ orm: OrganisationsOrm; seeded: SeedReport[] }> {
  await db.migrate({ migrationsFolder: MIGRATIONS_FOLDER, schema: DATABASE_SCHEMA });
  const orm = db.orm(tables);
  const seeded = options.seedRegions?.length ? await seedDemoData(orm, options.seedRegions) : [];
  return { orm, seeded };
}

export interface OrganisationsSubgraphOptions extends SubgraphServeOptions {
  orm: OrganisationsOrm;
  /** What the instance reports as its schema (X-Hub-Schema, /ready); by default the fingerprint of schema.graphql. */
  schemaFingerprint?: string;
}

export async function startOrganisationsSubgraph(options: OrganisationsSubgraphOptions): Promise<RunningServer> {
  const { orm } = options;
  return serveSubgraph<OrganisationsContext>({
    ...options,
    name: SUBGRAPH_NAME,
    schema: buildSchema(options.development),
    schemaFingerprint: options.schemaFingerprint ?? schemaFingerprint(SCHEMA_SDL),
    plugins: [auditPlugin(orm)],
    context: (scope) => ({ ...scope, orm, loaders: createLoaders(orm, scope.regions) }),
  });
}

/** The subgraph as the hosts run it: on its own (server.ts) or among a region's subgraphs (the local run). */
export const organisationsSubgraph: Subgraph<OrganisationsOrm> = {
  name: SUBGRAPH_NAME,
  defaultPort: 4001,
  prepare: prepareOrganisationsDatabase,
  serve: startOrganisationsSubgraph,
};
