import type { RequestScope } from '@renkei/subgraph-host';
import type { EventsOrm } from './db/queries.js';
import type { Loaders } from './loaders.js';
import type { Viewer } from './viewer.js';

/** A request's context: the scope every subgraph works out (caller, regions, purpose), and this subgraph's own part. */
export interface EventsContext extends RequestScope {
  orm: EventsOrm;
  loaders: Loaders;
  /** What the caller may see of events whose audience is restricted; resolved once per request. */
  viewer: () => Promise<Viewer>;
}
