// The food-banks subgraph on its own: the deployable server of one or more regions (one process, one database).
// Its settings are read and checked by @renkei/subgraph-host, and FOOD_REFERRAL_SUPPRESS_BELOW here (see the
// README for the variables).
import { runSubgraph } from '@renkei/subgraph-host';
import { foodBanksSubgraph } from './app.js';

await runSubgraph(foodBanksSubgraph);
