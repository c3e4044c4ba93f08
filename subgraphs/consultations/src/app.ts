// The consultations subgraph as a library: its schema, its migrations, and a function that serves it on a given
// database. The standalone server (server.ts) and the local region host both start it this way.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createAnonymiser, type Anonymiser } from '@renkei/anonymiser';
import type { Database } from '@renkei/db';
import { loadRegionRegistry, type RegionRegistry } from '@renkei/regions';
import { ConfigError, env, readConfig, schemaFingerprint, type RunningServer } from '@renkei/server';
import { guardSchema } from '@renkei/subgraph-guard';
import { serveSubgraph, type Subgraph, type SubgraphServeOptions } from '@renkei/subgraph-host';
import { parse } from 'graphql';
import { readerOf } from './access.js';
import { auditPlugin } from './audit.js';
import type { ConsultationsContext } from './context.js';
import type { ConsultationsOrm } from './db/queries.js';
import { tables } from './db/schema.js';
import { seedDemoConsultations, type ConsultationSeedReport } from './demo/seed.js';
import { createLoaders } from './loaders.js';
import { resolvers } from './resolvers/index.js';

export const SUBGRAPH_NAME = 'consultations' as const;
export const SCHEMA_FILE = fileURLToPath(new URL('./schema.graphql', import.meta.url));
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../drizzle', import.meta.url));
export const DATABASE_SCHEMA = 'consultations';

/** At least this many posts of a region share each published description, unless CONSULTATION_K says otherwise. */
export const DEFAULT_K = 3;
/** Statistics counts from 1 up to below this are suppressed, unless CONSULTATION_SUPPRESS_BELOW says otherwise. */
export const DEFAULT_SUPPRESS_BELOW = 3;

const SCHEMA_SDL = readFileSync(SCHEMA_FILE, 'utf8');
export const typeDefs = parse(SCHEMA_SDL);

/** The executable schema without access rules: for schema checks only, never served. */
export function buildUnguardedSchema() {
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
}

/** The served schema: every field behind the rules generated from its directives, anything else denied. */
export function buildSchema(development = false) {
  return guardSchema<ConsultationsContext>(buildUnguardedSchema(), { typeDefs, openServiceSdl: development });
}

export interface ConsultationSettings {
  k: number;
  suppressBelow: number;
}

/** This subgraph's own settings, read and checked at start-up like the host's. */
export function settingsFromEnvironment(source: NodeJS.ProcessEnv = process.env): ConsultationSettings {
  const config = readConfig(source, {
    CONSULTATION_K: env.positiveInteger(DEFAULT_K),
    CONSULTATION_SUPPRESS_BELOW: env.positiveInteger(DEFAULT_SUPPRESS_BELOW),
  });
  const problems = [
    ...(config.CONSULTATION_K < 2 ? [`CONSULTATION_K must be at least 2 (a group of one singles a person out), not "${config.CONSULTATION_K}"`] : []),
    ...(config.CONSULTATION_SUPPRESS_BELOW < 2 ? [`CONSULTATION_SUPPRESS_BELOW must be at least 2 (a count of 1 would be published), not "${config.CONSULTATION_SUPPRESS_BELOW}"`] : []),
  ];
  if (problems.length > 0) throw new ConfigError(problems);
  return { k: config.CONSULTATION_K, suppressBelow: config.CONSULTATION_SUPPRESS_BELOW };
}

/** Applies the subgraph's migrations (and demo data, if asked) and returns its typed database handle. */
export async function prepareConsultationsDatabase(
  db: Database,
  options: { seedRegions?: string[]; registry?: RegionRegistry } = {},
): Promise<{ orm: ConsultationsOrm; seeded: ConsultationSeedReport[] }> {
  const { k } = settingsFromEnvironment();
  await db.migrate({ migrationsFolder: MIGRATIONS_FOLDER, schema: DATABASE_SCHEMA });
  const orm = db.orm(tables);
  // The demo posts go through the same anonymiser and generalisation as the API's, in the registry's regions.
  const seeded = options.seedRegions?.length
    ? await seedDemoConsultations(orm, options.seedRegions, { anonymiser: await createAnonymiser(), k, registry: options.registry ?? loadRegionRegistry(process.env.REGION_REGISTRY || undefined) })
    : [];
  return { orm, seeded };
}

export interface ConsultationsSubgraphOptions extends SubgraphServeOptions {
  orm: ConsultationsOrm;
  schemaFingerprint?: string;
  settings?: ConsultationSettings;
  anonymiser?: Anonymiser;
}

export async function startConsultationsSubgraph(options: ConsultationsSubgraphOptions): Promise<RunningServer> {
  const { orm } = options;
  const settings = options.settings ?? settingsFromEnvironment();
  // Built once per process (about half a second and a few hundred MB): every write goes through it.
  const anonymiser = options.anonymiser ?? (await createAnonymiser());
  return serveSubgraph<ConsultationsContext>({
    ...options,
    name: SUBGRAPH_NAME,
    schema: buildSchema(options.development),
    schemaFingerprint: options.schemaFingerprint ?? schemaFingerprint(SCHEMA_SDL),
    plugins: [auditPlugin(orm)],
    context: (scope) => {
      const reader = readerOf(scope.identity);
      return { ...scope, orm, anonymiser, reader, loaders: createLoaders(orm, reader, scope.regions), k: settings.k, suppressBelow: settings.suppressBelow, now: new Date() };
    },
  });
}

/** The subgraph as the hosts run it: on its own (server.ts) or among a region's subgraphs (the local run). */
export const consultationsSubgraph: Subgraph<ConsultationsOrm> = {
  name: SUBGRAPH_NAME,
  defaultPort: 4005,
  prepare: prepareConsultationsDatabase,
  serve: startConsultationsSubgraph,
};
