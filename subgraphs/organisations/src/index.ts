export {
  buildSchema,
  buildUnguardedSchema,
  DATABASE_SCHEMA,
  MIGRATIONS_FOLDER,
  prepareOrganisationsDatabase,
  SCHEMA_FILE,
  startOrganisationsSubgraph,
  organisationsSubgraph,
  SUBGRAPH_NAME,
  typeDefs,
  type OrganisationsSubgraphOptions,
} from './app.js';
export { demoUuid, DEMO_DATA, type SeedReport } from './demo/seed.js';
export { tables } from './db/schema.js';
