// The organisations subgraph on its own: the deployable server of one or more regions (one process, one database).
// Its settings are read and checked by @renkei/subgraph-host (see the README for the variables).
import { runSubgraph } from '@renkei/subgraph-host';
import { organisationsSubgraph } from './app.js';

await runSubgraph(organisationsSubgraph);
