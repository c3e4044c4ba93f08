export {
  buildSchema,
  buildUnguardedSchema,
  consultationsSubgraph,
  DEFAULT_K,
  DEFAULT_SUPPRESS_BELOW,
  prepareConsultationsDatabase,
  SCHEMA_FILE,
  settingsFromEnvironment,
  startConsultationsSubgraph,
  SUBGRAPH_NAME,
  typeDefs,
  type ConsultationsSubgraphOptions,
} from './app.js';
export { tables } from './db/schema.js';
export { DEMO_CONSULTATIONS } from './demo/index.js';
