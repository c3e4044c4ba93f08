export {
  buildSchema,
  buildUnguardedSchema,
  DEFAULT_STALE_AFTER_MINUTES,
  prepareSheltersDatabase,
  startSheltersSubgraph,
  sheltersSubgraph,
  SCHEMA_FILE,
  SUBGRAPH_NAME,
  typeDefs,
  type SheltersSubgraphOptions,
} from './app.js';
export { tables } from './db/schema.js';
export { DEMO_SHELTERS } from './demo/index.js';
