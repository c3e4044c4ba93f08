// The food-banks subgraph as a library: its schema, its migrations, and a function that serves it on a given
// database. The standalone server (server.ts) and the local region host both start it this way.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { Database } from '@renkei/db';
import { tokyoDate } from '@renkei/scalars';
import { ConfigError, env, readConfig, schemaFingerprint, type RunningServer } from '@renkei/server';
import { guardSchema } from '@renkei/subgraph-guard';
import { serveSubgraph, type Subgraph, type SubgraphServeOptions } from '@renkei/subgraph-host';
import { parse } from 'graphql';
import { dataPolicies } from './access.js';
import { auditPlugin, recordIdsOf } from './audit.js';
import type { FoodBanksContext } from './context.js';
import type { FoodBanksOrm } from './db/queries.js';
import { tables } from './db/schema.js';
import { seedDemoFood, type FoodSeedReport } from './demo/seed.js';
import { createLoaders } from './loaders.js';
import { regionalOffers } from './regional-offers.js';
import { resolvers } from './resolvers/index.js';

export const SUBGRAPH_NAME = 'food-banks' as const;
export const SCHEMA_FILE = fileURLToPath(new URL('./schema.graphql', import.meta.url));
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../drizzle', import.meta.url));
export const DATABASE_SCHEMA = 'food_banks';

/** Referral counts from 1 up to below this are suppressed, unless FOOD_REFERRAL_SUPPRESS_BELOW says otherwise. */
export const DEFAULT_SUPPRESS_BELOW = 3;

const SCHEMA_SDL = readFileSync(SCHEMA_FILE, 'utf8');
export const typeDefs = parse(SCHEMA_SDL);

/** The executable schema without access rules: for schema checks only, never served. */
export function buildUnguardedSchema() {
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
}

/** The served schema: every field behind the rules generated from its directives, anything else denied. */
export function buildSchema(development = false) {
  return guardSchema<FoodBanksContext>(buildUnguardedSchema(), { typeDefs, dataPolicies, recordIdsOf, openServiceSdl: development });
}

/** Applies the subgraph's migrations (and demo data, if asked) and returns its typed database handle. */
export async function prepareFoodBanksDatabase(db: Database, options: { seedRegions?: string[] } = {}): Promise<{ orm: FoodBanksOrm; seeded: FoodSeedReport[] }> {
  await db.migrate({ migrationsFolder: MIGRATIONS_FOLDER, schema: DATABASE_SCHEMA });
  const orm = db.orm(tables);
  const seeded = options.seedRegions?.length ? await seedDemoFood(orm, options.seedRegions) : [];
  return { orm, seeded };
}

/** This subgraph's own setting, read and checked at start-up like the host's. A threshold below 2 would suppress nothing. */
export function suppressBelowFromEnvironment(source: NodeJS.ProcessEnv = process.env): number {
  const value = readConfig(source, { FOOD_REFERRAL_SUPPRESS_BELOW: env.positiveInteger(DEFAULT_SUPPRESS_BELOW) }).FOOD_REFERRAL_SUPPRESS_BELOW;
  if (value < 2) throw new ConfigError([`FOOD_REFERRAL_SUPPRESS_BELOW must be at least 2 (a count of 1 would be published), not "${value}"`]);
  return value;
}

export interface FoodBanksSubgraphOptions extends SubgraphServeOptions {
  orm: FoodBanksOrm;
  schemaFingerprint?: string;
  /** Referral counts from 1 up to below this are suppressed; FOOD_REFERRAL_SUPPRESS_BELOW (default 3) otherwise. */
  suppressBelow?: number;
}

export async function startFoodBanksSubgraph(options: FoodBanksSubgraphOptions): Promise<RunningServer> {
  const { orm, registry, logger } = options;
  const suppressBelow = options.suppressBelow ?? suppressBelowFromEnvironment();
  return serveSubgraph<FoodBanksContext>({
    ...options,
    name: SUBGRAPH_NAME,
    schema: buildSchema(options.development),
    schemaFingerprint: options.schemaFingerprint ?? schemaFingerprint(SCHEMA_SDL),
    plugins: [auditPlugin(orm)],
    context: (scope, headers) => {
      const now = new Date();
      const offers = regionalOffers(registry, logger, { authorization: headers.authorization, requestId: scope.requestId });
      return { ...scope, orm, logger, loaders: createLoaders(orm, scope.regions, now), offers, suppressBelow, now, today: tokyoDate(now) };
    },
  });
}

/** The subgraph as the hosts run it: on its own (server.ts) or among a region's subgraphs (the local run). */
export const foodBanksSubgraph: Subgraph<FoodBanksOrm> = {
  name: SUBGRAPH_NAME,
  defaultPort: 4004,
  prepare: prepareFoodBanksDatabase,
  serve: startFoodBanksSubgraph,
};
