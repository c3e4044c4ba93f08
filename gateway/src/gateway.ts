// The hub's gateway: Apollo Gateway on Apollo Server, planning against a static supergraph, with keep-alive
// connections to the subgraphs and the caller's request id passed on to each of them.
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { hubApolloOptions } from '@renkei/server';
import type { Logger } from '@renkei/telemetry';

export interface GatewayContext {
  requestId: string;
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
    const requestId = (context as Partial<GatewayContext>).requestId;
    if (requestId) request.http?.headers.set('x-request-id', requestId);
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
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger: options.logger.child({ component: 'gateway' }),
    buildService: ({ name, url }) =>
      new SubgraphSource({
        url: options.subgraphUrls?.[name] ?? url,
        // Node's fetch (undici) keeps connections to each subgraph alive and reuses them.
        fetcher: fetch as never,
      }),
  });
  return new ApolloServer<GatewayContext>({
    gateway,
    ...hubApolloOptions({ development: options.development, logger: options.logger }),
  });
}
