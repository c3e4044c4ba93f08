// The hub's gateway: Apollo Gateway on Apollo Server, planning against the supergraph without its security
// features (which Apollo Gateway refuses), while the hub enforces them itself (access.ts). Connections to the
// subgraphs are kept alive; the caller's token and request id go along to each subgraph, which checks again.
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import type { Identity } from '@renkei/identity';
import { readPolicyDirectives, stripSecurityFeatures } from '@renkei/policy';
import { hubApolloOptions } from '@renkei/server';
import type { Logger } from '@renkei/telemetry';
import { fieldAccessPlugin } from './access.js';

export interface GatewayContext {
  requestId: string;
  identity: Identity;
  /** The caller's Authorization header, passed on as it came. */
  authorization: string | undefined;
}

export interface HubGatewayOptions {
  supergraphSdl: string;
  /** Subgraph name → URL, overriding the URLs written in the supergraph. */
  subgraphUrls?: Record<string, string>;
  development: boolean;
  logger: Logger;
}

class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const { requestId, authorization } = context as Partial<GatewayContext>;
    if (requestId) request.http?.headers.set('x-request-id', requestId);
    if (authorization) request.http?.headers.set('authorization', authorization);
  }
}

/** The subgraph names and URLs a supergraph declares (its join__Graph values). */
export function subgraphsOf(supergraphSdl: string): Record<string, string> {
  const graphs: Record<string, string> = {};
  for (const match of supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]*)"\)/g)) {
    graphs[match[1]!] = match[2]!;
  }
  return graphs;
}

export function createHubGateway(options: HubGatewayOptions): ApolloServer<GatewayContext> {
  const policy = readPolicyDirectives(options.supergraphSdl);
  const gateway = new ApolloGateway({
    supergraphSdl: stripSecurityFeatures(options.supergraphSdl),
    logger: options.logger.child({ component: 'gateway' }),
    buildService: ({ name, url }) =>
      new SubgraphSource({
        url: options.subgraphUrls?.[name] ?? url,
        // Node's fetch (undici) keeps connections to each subgraph alive and reuses them.
        fetcher: fetch as never,
      }),
  });
  const shared = hubApolloOptions({ development: options.development, logger: options.logger });
  return new ApolloServer<GatewayContext>({
    gateway,
    ...shared,
    plugins: [...(shared.plugins ?? []), fieldAccessPlugin<GatewayContext>(policy)],
  });
}
