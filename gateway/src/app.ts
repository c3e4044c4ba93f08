// The gateway as a library: serve a supergraph over HTTP. server.ts and the tests start it this way.
import type { TokenVerifier } from '@renkei/identity';
import { startGraphQLServer, type RunningServer } from '@renkei/server';
import type { Logger } from '@renkei/telemetry';
import { calendarRoute } from './calendar/route.js';
import { gatewayContext } from './context.js';
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
  const context = gatewayContext(options.verifier);
  return startGraphQLServer({
    service: 'gateway',
    apollo,
    logger: options.logger,
    port: options.port,
    host: options.host,
    context,
    // The IDE page cannot carry a token when a browser opens it: it is served only where developer tools are open.
    ide: developerToolsFor(options.developerTools, options.development) === 'on' ? graphqlIde() : undefined,
    maxBodyBytes: options.maxBodyBytes,
    acceptRequestId: false,
    // Calendar feeds run their operation through this same Apollo Server and context, so the same rules apply.
    routes: [calendarRoute({ apollo, context })],
  });
}
