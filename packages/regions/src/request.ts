// Which regions one request to a regional instance is for. The gateway names the region (X-Hub-Region); the
// instance narrows further to what the region shares with the caller, so the hub can narrow access but never
// widen it.
import { hubError } from '@renkei/errors';
import { REGION_HEADER, type Domain, type RegionRegistry } from './index.js';

/**
 * The region X-Hub-Region names, if the gateway sent one. A region this instance does not host fails the whole
 * request before anything runs, so a misrouted request changes nothing.
 */
export function requestRegionOf(header: string | string[] | undefined, hostedRegions: readonly string[]): string | undefined {
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

/** The regions a request reads: hosted, of the request's region if named, and sharing the domain with the caller's. */
export function servedRegions(
  registry: RegionRegistry,
  domain: Domain,
  hostedRegions: readonly string[],
  requestRegion: string | undefined,
  callerRegion: string | undefined,
): string[] {
  const inScope = new Set(registry.regionsInScope(domain, callerRegion).map((r) => r.code));
  return hostedRegions.filter((code) => (requestRegion === undefined || code === requestRegion) && inScope.has(code));
}
