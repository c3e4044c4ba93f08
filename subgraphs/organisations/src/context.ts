import type { Identity } from '@renkei/identity';
import type { SensitiveRead } from '@renkei/subgraph-guard';
import type { RegionRegistry } from '@renkei/regions';
import type { OrganisationsOrm } from './db/queries.js';
import type { Loaders } from './loaders.js';

export interface OrganisationsContext {
  orm: OrganisationsOrm;
  loaders: Loaders;
  registry: RegionRegistry;
  /** The regions whose records this instance holds. */
  hostedRegions: string[];
  /** The region the gateway says this request is for (X-Hub-Region), always one this instance hosts. */
  requestRegion: string | undefined;
  /**
   * The regions this request reads: those hosted, narrowed to the request's region and to the regions that
   * share organisations with the caller's (the hub can only narrow what a region's own sharing rules allow).
   */
  regions: string[];
  /** The regions this request may write: those hosted, narrowed to the request's region. */
  writableRegions: string[];
  /** The verified caller (checked again here: a subgraph reached directly is as strict as the gateway). */
  identity: Identity;
  /** The purpose the caller stated for this request (X-Hub-Purpose). */
  purpose: string | null;
  /** Sensitive reads granted in this request: written to the audit trail before the answer leaves. */
  sensitiveReads: SensitiveRead[];
  requestId: string;
}
