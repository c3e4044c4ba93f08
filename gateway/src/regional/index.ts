// Regional hosting in the gateway: for each subgraph the region registry names, one data source that spreads
// the planner's fetches over the regions hosting it. Subgraphs the registry does not name are left to Apollo.
import type { Domain, RegionRegistry } from '@renkei/regions';
import type { Logger } from '@renkei/telemetry';
import { readRegionalRouting, readSchemaFingerprints } from './directives.js';
import { DEFAULT_RETRY, RegionInstance, type RetryPolicy } from './instance.js';
import { RegionalSource } from './source.js';

export { RegionalSchemaError, readRegionalRouting } from './directives.js';
export { DEFAULT_RETRY, type RetryPolicy } from './instance.js';
export { RegionalSource } from './source.js';

/** The subgraphs of a supergraph that regions host, each with its data source. */
export function regionalSources(
  supergraphSdl: string,
  subgraphNames: string[],
  registry: RegionRegistry,
  logger: Logger,
  retry: RetryPolicy = DEFAULT_RETRY,
): Map<string, RegionalSource> {
  const hosted = subgraphNames.filter((name) => registry.regions.some((r) => r.subgraphs[name as Domain]));
  const routing = readRegionalRouting(supergraphSdl, hosted);
  const fingerprints = readSchemaFingerprints(supergraphSdl);
  const sources = new Map<string, RegionalSource>();
  for (const name of hosted) {
    const instances = new Map<string, RegionInstance>();
    for (const region of registry.regions) {
      const url = region.subgraphs[name as Domain];
      if (url) instances.set(region.code, new RegionInstance(name, region.code, url, fingerprints.get(name), retry, logger));
    }
    sources.set(name, new RegionalSource(name, registry, routing.get(name)!, instances));
  }
  return sources;
}
