import type { Anonymiser } from '@renkei/anonymiser';
import type { RequestScope } from '@renkei/subgraph-host';
import type { Reader } from './access.js';
import type { ConsultationsOrm } from './db/queries.js';
import type { Loaders } from './loaders.js';

/** A request's context: the scope every subgraph works out (caller, regions, purpose), and this subgraph's own part. */
export interface ConsultationsContext extends RequestScope {
  orm: ConsultationsOrm;
  loaders: Loaders;
  anonymiser: Anonymiser;
  /** The caller as a reader of posts, or null when they may read none. */
  reader: Reader | null;
  /** A post is published only when at least this many posts of its region share its description. */
  k: number;
  /** Counts from 1 up to below this are suppressed in statistics. */
  suppressBelow: number;
  now: Date;
}
