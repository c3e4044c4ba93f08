// What every test file of this subgraph sets up: a real instance, tokens for the test callers, captured logs,
// and a way to ask it as one of them. Registers its own beforeAll/afterAll.
import { createLocalIssuer } from '@renkei/identity';
import { captureLogs, postGraphQL } from '@renkei/testing';
import { afterAll, beforeAll } from 'vitest';
import type { ConsultationSettings } from './app.js';
import { startTestConsultationsSubgraph, TEST_CALLERS, type TestCaller, type TestConsultationsSubgraph } from './test-server.js';

export function consultationsTestBench(name: string, options: { seed?: boolean; settings?: ConsultationSettings } = {}) {
  const logs = captureLogs(name);
  const tokens: Partial<Record<TestCaller, string>> = {};
  let subgraph: TestConsultationsSubgraph | undefined;
  beforeAll(async () => {
    const issuer = await createLocalIssuer({ issuer: 'https://issuer.test', audience: 'renkei-hub' });
    subgraph = await startTestConsultationsSubgraph({ issuer, logger: logs.logger, seed: options.seed ?? false, settings: options.settings });
    for (const [caller, claims] of Object.entries(TEST_CALLERS)) tokens[caller as TestCaller] = await issuer.mint(claims);
  }, 60_000);
  afterAll(() => subgraph?.close());
  return {
    logs,
    get subgraph(): TestConsultationsSubgraph {
      if (!subgraph) throw new Error('the test instance has not started');
      return subgraph;
    },
    ask<T = Record<string, unknown>>(caller: TestCaller, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
      const token = tokens[caller];
      return postGraphQL<T>(this.subgraph.url, query, variables, { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers });
    },
  };
}
