// The shelters subgraph on its own: the deployable server of one or more regions (one process, one database).
// Its settings are read and checked by @renkei/subgraph-host, and SHELTER_VACANCY_STALE_AFTER_MINUTES here
// (see the README for the variables).
import { runSubgraph } from '@renkei/subgraph-host';
import { sheltersSubgraph } from './app.js';

await runSubgraph(sheltersSubgraph);
