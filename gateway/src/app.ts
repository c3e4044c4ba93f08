// The gateway as a library: serve a supergraph over HTTP. server.ts and the tests start it this way.
import type { TokenVerifier } from '@renkei/identity';
import { authenticate } from '@renkei/policy';
import { startGraphQLServer, type RunningServer } from '@renkei/server';
import type { Logger } from '@renkei/telemetry';
import { createHubGateway } from './gateway.js';
import { graphqlIde } from './ide.js';
import { developerToolsFor, type DeveloperTools, type RequestLimits } from './limits.js';
import type { RegionRegistry } from '@renkei/regions';
import type { RetryPolicy } from './regional/index.js';

export interface GatewayServerOptions {
  supergraphSdl: string;
  subgraphUrls?: Record<string, string>;
  verifier: TokenVerifier;
  development: boolean;
  logger: Logger;
  port: number;
  host: string;
  limits?: RequestLimits;
  developerTools?: DeveloperTools;
  subgraphTimeoutMs?: number;
  maxBodyBytes?: number;
  registry?: RegionRegistry;
  regionRetry?: Omit<RetryPolicy, 'timeoutMs'>;
}

export async function startGateway(options: GatewayServerOptions): Promise<RunningServer> {
  const apollo = createHubGateway(options);
  await apollo.start();
  return startGraphQLServer({
    service: 'gateway',
    apollo,
    logger: options.logger,
    port: options.port,
    host: options.host,
    context: async ({ requestId, headers }) => ({
      requestId,
      identity: await authenticate(options.verifier, headers.authorization),
      authorization: headers.authorization,
      purpose: typeof headers['x-hub-purpose'] === 'string' ? headers['x-hub-purpose'] : undefined,
    }),
    // The IDE page cannot carry a token when a browser opens it: it is served only where developer tools are open.
    ide: developerToolsFor(options.developerTools, options.development) === 'on' ? graphqlIde() : undefined,
    maxBodyBytes: options.maxBodyBytes,
    acceptRequestId: false,
  });
}
