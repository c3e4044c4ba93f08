import type { RegionRegistry } from '@renkei/regions';
import type { OrganisationsOrm } from './db/queries.js';
import type { Loaders } from './loaders.js';

export interface OrganisationsContext {
  orm: OrganisationsOrm;
  loaders: Loaders;
  registry: RegionRegistry;
  /** The regions whose records this instance holds. */
  hostedRegions: string[];
  /** Until identity and roles are in place, writes are open only where the operator opened them. */
  writesAllowed: boolean;
}
