import type { RequestScope } from '@renkei/subgraph-host';
import type { ConfidentialAccess } from './access.js';
import type { SheltersOrm } from './db/queries.js';
import type { Loaders } from './loaders.js';

/** A request's context: the scope every subgraph works out (caller, regions, purpose), and this subgraph's own part. */
export interface SheltersContext extends RequestScope {
  orm: SheltersOrm;
  loaders: Loaders;
  /** Which confidential shelters the caller may see. */
  access: ConfidentialAccess;
  /** A vacancy figure confirmed longer ago than this is stale. */
  staleAfterMinutes: number;
  /** The time the answer is given at: every figure's age is measured from it. */
  now: Date;
}
