// Fan-out over three regions: the hub's gateway asks three regions that answer late (each its own delay, behind a
// proxy) for one search. Asked in parallel, the search costs about the slowest region's time; asked one after
// another, the sum. Measured as the median of the three-region search over the median of the slowest region alone.
import { startGateway, SUPERGRAPH_FILE } from '@renkei/gateway';
import { createTokenVerifier, type LocalIssuer } from '@renkei/identity';
import { withSubgraphUrls, type RegionRegistry } from '@renkei/regions';
import { createLogger } from '@renkei/telemetry';
import { delayingProxy, postGraphQL } from '@renkei/testing';
import { readFileSync } from 'node:fs';
import { percentile } from './load.js';

export const FANOUT_DELAYS_MS: Record<string, number> = { kumamoto: 20, fukuoka: 40, oita: 60 };

export interface FanoutResult {
  delaysMs: Record<string, number>;
  requests: number;
  slowestAloneMedianMs: number;
  threeRegionsMedianMs: number;
  threeRegionsP95Ms: number;
  ratio: number;
}

const QUERY = `query FanOut($regions: [ID!]) { organizations(filter: { text: "福祉" }, first: 20, regions: $regions) { totalCount edges { node { id name } } } }`;

export async function measureFanout(registry: RegionRegistry, organisationsUrl: string, issuer: LocalIssuer, requests = 60): Promise<FanoutResult> {
  const proxies = await Promise.all(Object.entries(FANOUT_DELAYS_MS).map(async ([region, ms]) => ({ region, ...(await delayingProxy(organisationsUrl, { ms })) })));
  const gateway = await startGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    registry: withSubgraphUrls(registry, Object.fromEntries(proxies.map((p) => [p.region, { organisations: p.url }]))),
    verifier: createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, publicKeys: issuer.jwks }),
    development: false,
    logger: createLogger('bench-fanout', 'silent'),
    port: 0,
    host: '127.0.0.1',
  });
  const timed = async (regions: string[]) => {
    for (let i = 0; i < 10; i++) await postGraphQL(gateway.url, QUERY, { regions });
    const times: number[] = [];
    for (let i = 0; i < requests; i++) {
      const started = performance.now();
      const answer = await postGraphQL(gateway.url, QUERY, { regions });
      times.push(performance.now() - started);
      if (answer.errors) throw new Error(`the fan-out search failed: ${JSON.stringify(answer.errors[0])}`);
    }
    return times.sort((a, b) => a - b);
  };
  try {
    const slowest = Object.entries(FANOUT_DELAYS_MS).sort((a, b) => b[1] - a[1])[0]![0];
    const alone = await timed([slowest]);
    const all = await timed(Object.keys(FANOUT_DELAYS_MS));
    const slowestAloneMedianMs = percentile(alone, 50);
    const threeRegionsMedianMs = percentile(all, 50);
    return {
      delaysMs: FANOUT_DELAYS_MS,
      requests,
      slowestAloneMedianMs,
      threeRegionsMedianMs,
      threeRegionsP95Ms: percentile(all, 95),
      ratio: threeRegionsMedianMs / slowestAloneMedianMs,
    };
  } finally {
    await gateway.close();
    for (const proxy of proxies) proxy.server.close();
  }
}
