export {
  buildSchema,
  buildUnguardedSchema,
  DEFAULT_SUPPRESS_BELOW,
  foodBanksSubgraph,
  prepareFoodBanksDatabase,
  SCHEMA_FILE,
  startFoodBanksSubgraph,
  SUBGRAPH_NAME,
  typeDefs,
  type FoodBanksSubgraphOptions,
} from './app.js';
export { tables } from './db/schema.js';
export { DEMO_FOOD } from './demo/index.js';
