export {
  buildSchema,
  buildUnguardedSchema,
  prepareEventsDatabase,
  startEventsSubgraph,
  eventsSubgraph,
  SCHEMA_FILE,
  SUBGRAPH_NAME,
  typeDefs,
  type EventsSubgraphOptions,
} from './app.js';
export { tables } from './db/schema.js';
export { DEMO_EVENTS } from './demo/index.js';
