// `pnpm bench`: is the gateway's fan-out to the regions parallel? Three regional instances sit behind proxies
// that hold every answer for a set delay; the gateway fans a search out to all three. With no delay we measure
// the gateway's own overhead; with 50 ms each, a parallel fan-out adds about 50 ms, a serial one 150 ms.
// The goal: median(delayed) < 1.3 × 50 ms + median(no delay). A benchmark, not a test: it prints its figures
// and exits non-zero only when the goal is missed.
import { readFileSync } from 'node:fs';
import { startGateway, SUPERGRAPH_FILE } from '@renkei/gateway';
import { createLocalIssuer, createTokenVerifier } from '@renkei/identity';
import { startTestSubgraph, TEST_ISSUER } from '@renkei/organisations-subgraph/testing';
import { loadRegionRegistry, withSubgraphUrls } from '@renkei/regions';
import { createLogger } from '@renkei/telemetry';
import { postGraphQL } from '@renkei/testing';
import { delayingProxy } from '../delaying-proxy.js';

const DELAY_MS = 50;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100);
const QUERY = `{ organizations(first: 20) { totalCount edges { node { id name region { code } } } } }`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(url: string): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < 20; i++) await postGraphQL(url, QUERY); // warm-up: connections, plans, JIT
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const start = performance.now();
    const response = await postGraphQL<{ organizations: { edges: { node: { region: { code: string } } }[] } }>(url, QUERY);
    times.push(performance.now() - start);
    if (response.errors) throw new Error(`the query failed: ${JSON.stringify(response.errors)}`);
    const regions = new Set(response.data!.organizations.edges.map((e) => e.node.region.code));
    if (regions.size !== 3) throw new Error(`expected records of three regions, got ${[...regions].join(', ')}`);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95) };
}

const issuer = await createLocalIssuer(TEST_ISSUER);
const registry = loadRegionRegistry();
const codes = registry.regions.map((r) => r.code);
const delay = { ms: 0 };
const instances = await Promise.all(codes.map((code) => startTestSubgraph({ hostedRegions: [code], issuer })));
const proxies = await Promise.all(instances.map((i) => delayingProxy(i.url, delay)));
const gateway = await startGateway({
  supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
  registry: withSubgraphUrls(registry, Object.fromEntries(codes.map((code, i) => [code, { organisations: proxies[i]!.url }]))),
  verifier: createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, publicKeys: issuer.jwks }),
  development: false,
  logger: createLogger('gateway-bench', 'silent'),
  port: 0,
  host: '127.0.0.1',
});

try {
  const baseline = await measure(gateway.url);
  delay.ms = DELAY_MS;
  const delayed = await measure(gateway.url);
  const limit = 1.3 * DELAY_MS + baseline.median;
  const ok = delayed.median < limit;
  console.log(`Fan-out of one search to ${codes.length} regions (${codes.join(', ')}), ${REQUESTS} requests each, one at a time:`);
  console.log(`  no delay            median ${baseline.median.toFixed(1)} ms   p95 ${baseline.p95.toFixed(1)} ms   (the gateway's own overhead)`);
  console.log(`  ${DELAY_MS} ms per region    median ${delayed.median.toFixed(1)} ms   p95 ${delayed.p95.toFixed(1)} ms`);
  console.log(`  goal: median under 1.3 × ${DELAY_MS} + ${baseline.median.toFixed(1)} = ${limit.toFixed(1)} ms (serial would be ≥ ${3 * DELAY_MS} ms): ${ok ? 'met' : 'MISSED'}`);
  process.exitCode = ok ? 0 : 1;
} finally {
  await gateway.close();
  for (const proxy of proxies) proxy.server.close();
  await Promise.all(instances.map((i) => i.close()));
}
