import type { RequestScope } from '@renkei/subgraph-host';
import type { OrganisationsOrm } from './db/queries.js';
import type { Loaders } from './loaders.js';

/** A request's context: the scope every subgraph works out (caller, regions, purpose), and this subgraph's own part. */
export interface OrganisationsContext extends RequestScope {
  orm: OrganisationsOrm;
  loaders: Loaders;
}
