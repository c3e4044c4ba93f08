import type { Identity } from '@renkei/identity';
import type { RegionRegistry } from '@renkei/regions';
import type { SensitiveRead } from '@renkei/subgraph-guard';
import type { ConfidentialAccess } from './access.js';
import type { SheltersOrm } from './db/queries.js';
import type { Loaders } from './loaders.js';

export interface SheltersContext {
  orm: SheltersOrm;
  loaders: Loaders;
  registry: RegionRegistry;
  /** The regions whose records this instance holds. */
  hostedRegions: string[];
  /** The region the gateway says this request is for (X-Hub-Region), always one this instance hosts. */
  requestRegion: string | undefined;
  /** The regions this request reads: hosted, of the request's region, and sharing shelters with the caller's. */
  regions: string[];
  /** The regions this request may write: those hosted, narrowed to the request's region. */
  writableRegions: string[];
  /** The verified caller (checked again here: a subgraph reached directly is as strict as the gateway). */
  identity: Identity;
  /** Which confidential shelters the caller may see. */
  access: ConfidentialAccess;
  /** A vacancy figure confirmed longer ago than this is stale. */
  staleAfterMinutes: number;
  /** The time the answer is given at: every figure's age is measured from it. */
  now: Date;
  purpose: string | null;
  /** @sensitive reads and listings of confidential shelters, recorded in the audit trail before the answer leaves. */
  sensitiveReads: SensitiveRead[];
  requestId: string;
}
