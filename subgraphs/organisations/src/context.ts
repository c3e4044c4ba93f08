import type { Identity } from '@renkei/identity';
import type { SensitiveRead } from '@renkei/subgraph-guard';
import { hubError } from '@renkei/errors';
import { REGION_HEADER, type RegionRegistry } from '@renkei/regions';
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

/**
 * The region X-Hub-Region names, if the gateway sent one. A region this instance does not host fails the whole
 * request before anything runs, so a misrouted request changes nothing.
 */
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

/** The regions a request reads: hosted, of the request's region if named, and shared with the caller's region. */
export function servedRegions(
  registry: RegionRegistry,
  hostedRegions: string[],
  requestRegion: string | undefined,
  callerRegion: string | undefined,
): string[] {
  const inScope = new Set(registry.regionsInScope('organisations', callerRegion).map((r) => r.code));
  return hostedRegions.filter((code) => (requestRegion === undefined || code === requestRegion) && inScope.has(code));
}
