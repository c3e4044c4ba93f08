// The consultations subgraph on its own: the deployable server of one or more regions (one process, one database).
// Its settings are read and checked by @renkei/subgraph-host, and CONSULTATION_K and CONSULTATION_SUPPRESS_BELOW
// here (see the README for the variables).
import { runSubgraph } from '@renkei/subgraph-host';
import { consultationsSubgraph } from './app.js';

await runSubgraph(consultationsSubgraph);
