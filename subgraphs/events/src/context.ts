import type { Identity } from '@renkei/identity';
import type { SensitiveRead } from '@renkei/subgraph-guard';
import type { RegionRegistry } from '@renkei/regions';
import type { EventsOrm } from './db/queries.js';
import type { Loaders } from './loaders.js';
import type { Viewer } from './viewer.js';

export interface EventsContext {
  orm: EventsOrm;
  loaders: Loaders;
  registry: RegionRegistry;
  /** The regions whose records this instance holds. */
  hostedRegions: string[];
  /** The region the gateway says this request is for (X-Hub-Region), always one this instance hosts. */
  requestRegion: string | undefined;
  /** The regions this request reads: hosted, of the request's region, and sharing events with the caller's. */
  regions: string[];
  /** The regions this request may write: those hosted, narrowed to the request's region. */
  writableRegions: string[];
  /** The verified caller (checked again here: a subgraph reached directly is as strict as the gateway). */
  identity: Identity;
  /** What the caller may see of events whose audience is restricted; resolved once per request. */
  viewer: () => Promise<Viewer>;
  purpose: string | null;
  sensitiveReads: SensitiveRead[];
  requestId: string;
}
