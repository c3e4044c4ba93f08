import type { Identity } from '@renkei/identity';
import type { SensitiveRead } from '@renkei/subgraph-guard';
import { hubError } from '@renkei/errors';
import { REGION_HEADER, type RegionRegistry } from '@renkei/regions';
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

/** The region X-Hub-Region names; a region this instance does not host fails the request before anything runs. */
export function requestRegionOf(header: string | string[] | undefined, hostedRegions: string[]): string | undefined {
  if (header === undefined) return undefined;
  const code = (Array.isArray(header) ? header.join(', ') : header).trim();
  if (hostedRegions.includes(code)) return code;
  const shown = code.slice(0, 64);
  throw hubError(
    'BAD_USER_INPUT',
    `This instance does not host the region "${shown}" (${REGION_HEADER})`,
    `このインスタンスは地域「${shown}」を保持していません（${REGION_HEADER}）。`,
    { http: { status: 400 } },
  );
}

/** The regions a request reads: hosted, of the request's region if named, and sharing events with the caller's. */
export function servedRegions(
  registry: RegionRegistry,
  hostedRegions: string[],
  requestRegion: string | undefined,
  callerRegion: string | undefined,
): string[] {
  const inScope = new Set(registry.regionsInScope('events', callerRegion).map((r) => r.code));
  return hostedRegions.filter((code) => (requestRegion === undefined || code === requestRegion) && inScope.has(code));
}
