// The hub in one process for end-to-end tests: the real organisations subgraph on a real database and the real
// gateway, talking HTTP to each other on free ports.
import { readFileSync } from 'node:fs';
import { startGateway, SUPERGRAPH_FILE } from '@renkei/gateway';
import { startTestSubgraph, type TestSubgraph } from '@renkei/organisations-subgraph/testing';
import type { RunningServer } from '@renkei/server';
import { captureLogs, type CapturedLogs } from '@renkei/testing';

export interface TestHub {
  gatewayUrl: string;
  gateway: RunningServer;
  subgraph: TestSubgraph;
  gatewayLogs: CapturedLogs;
  subgraphLogs: CapturedLogs;
  close(): Promise<void>;
}

export async function startTestHub(options: { seed?: boolean } = {}): Promise<TestHub> {
  const subgraphLogs = captureLogs('organisations');
  const gatewayLogs = captureLogs('gateway');
  const subgraph = await startTestSubgraph({ logger: subgraphLogs.logger, seed: options.seed });
  const gateway = await startGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: { organisations: subgraph.url },
    development: false,
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
    close: async () => {
      await gateway.close();
      await subgraph.close();
    },
  };
}
