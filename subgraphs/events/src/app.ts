// The events subgraph as a library: its schema, its migrations, and a function that serves it on a given
// database. The standalone server (server.ts) and the local region host both start it this way.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { Database } from '@renkei/db';
import { schemaFingerprint, type RunningServer } from '@renkei/server';
import { guardSchema } from '@renkei/subgraph-guard';
import { serveSubgraph, type Subgraph, type SubgraphServeOptions } from '@renkei/subgraph-host';
import { parse } from 'graphql';
import type { EventsContext } from './context.js';
import type { EventsOrm } from './db/queries.js';
import { tables } from './db/schema.js';
import { seedDemoEvents, type EventSeedReport } from './demo/seed.js';
import { auditPlugin } from './audit.js';
import { createLoaders } from './loaders.js';
import { resolvers } from './resolvers/index.js';
import { networkDirectory, viewerOf, type NetworkDirectory, type Viewer } from './viewer.js';

export const SUBGRAPH_NAME = 'events' as const;
export const SCHEMA_FILE = fileURLToPath(new URL('./schema.graphql', import.meta.url));
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../drizzle', import.meta.url));
export const DATABASE_SCHEMA = 'events';

const SCHEMA_SDL = readFileSync(SCHEMA_FILE, 'utf8');
export const typeDefs = parse(SCHEMA_SDL);

/** The executable schema without access rules: for schema checks only, never served. */
export function buildUnguardedSchema() {
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
}

/** The served schema: every field behind the rules generated from its directives, anything else denied. */
export function buildSchema(development = false) {
  return guardSchema<EventsContext>(buildUnguardedSchema(), { typeDefs, openServiceSdl: development });
}

/** Applies the subgraph's migrations (and demo data, if asked) and returns its typed database handle. */
export async function prepareEventsDatabase(
  db: Database,
  options: { seedRegions?: string[] } = {},
): Promise<{ orm: EventsOrm; seeded: EventSeedReport[] }> {
  await db.migrate({ migrationsFolder: MIGRATIONS_FOLDER, schema: DATABASE_SCHEMA });
  const orm = db.orm(tables);
  const seeded = options.seedRegions?.length ? await seedDemoEvents(orm, options.seedRegions) : [];
  return { orm, seeded };
}

export interface EventsSubgraphOptions extends SubgraphServeOptions {
  orm: EventsOrm;
  schemaFingerprint?: string;
  /** Where network memberships are looked up; the organisations instances the registry names by default. */
  networks?: NetworkDirectory;
}

export async function startEventsSubgraph(options: EventsSubgraphOptions): Promise<RunningServer> {
  const { orm, registry, logger } = options;
  const networks = options.networks ?? networkDirectory(registry, logger);
  return serveSubgraph<EventsContext>({
    ...options,
    name: SUBGRAPH_NAME,
    schema: buildSchema(options.development),
    schemaFingerprint: options.schemaFingerprint ?? schemaFingerprint(SCHEMA_SDL),
    plugins: [auditPlugin(orm)],
    context: (scope, headers) => {
      let viewer: Promise<Viewer> | undefined;
      const viewerOnce = () => (viewer ??= viewerOf(scope.identity, headers.authorization, networks));
      return { ...scope, orm, loaders: createLoaders(orm, scope.regions, viewerOnce), viewer: viewerOnce };
    },
  });
}

/** The subgraph as the hosts run it: on its own (server.ts) or among a region's subgraphs (the local run). */
export const eventsSubgraph: Subgraph<EventsOrm> = {
  name: SUBGRAPH_NAME,
  defaultPort: 4002,
  prepare: prepareEventsDatabase,
  serve: startEventsSubgraph,
};
