// The hub in one process for end-to-end tests: the real organisations subgraph on a real database and the real
// gateway, talking HTTP to each other on free ports.
import { readFileSync } from 'node:fs';
import { startGateway, SUPERGRAPH_FILE, type DeveloperTools } from '@renkei/gateway';
import { createLocalIssuer, createTokenVerifier, type LocalIssuer } from '@renkei/identity';
import { startTestSubgraph, TEST_ISSUER, type TestSubgraph } from '@renkei/organisations-subgraph/testing';
import type { RunningServer } from '@renkei/server';
import { captureLogs, type CapturedLogs } from '@renkei/testing';

export interface TestHub {
  gatewayUrl: string;
  gateway: RunningServer;
  subgraph: TestSubgraph;
  gatewayLogs: CapturedLogs;
  subgraphLogs: CapturedLogs;
  /** Signs tokens that the gateway and the subgraph accept. */
  issuer: LocalIssuer;
  close(): Promise<void>;
}

export async function startTestHub(options: { seed?: boolean; developerTools?: DeveloperTools } = {}): Promise<TestHub> {
  const subgraphLogs = captureLogs('organisations');
  const gatewayLogs = captureLogs('gateway');
  const issuer = await createLocalIssuer(TEST_ISSUER);
  const subgraph = await startTestSubgraph({ logger: subgraphLogs.logger, seed: options.seed, issuer });
  const gateway = await startGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: { organisations: subgraph.url },
    verifier: createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, publicKeys: issuer.jwks }),
    development: false,
    developerTools: options.developerTools,
    logger: gatewayLogs.logger,
    port: 0,
    host: '127.0.0.1',
  });
  return {
    gatewayUrl: gateway.url,
    gateway,
    subgraph,
    gatewayLogs,
    subgraphLogs,
    issuer,
    close: async () => {
      await gateway.close();
      await subgraph.close();
    },
  };
}
