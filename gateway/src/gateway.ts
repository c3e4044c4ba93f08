// The hub's gateway: Apollo Gateway on Apollo Server, planning against the supergraph without its security
// features (which Apollo Gateway refuses), while the hub enforces them itself (access.ts). Connections to the
// subgraphs are kept alive; the caller's token and request id go along to each subgraph, which checks again.
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { hubError } from '@renkei/errors';
import type { Identity } from '@renkei/identity';
import { readPolicyDirectives, stripSecurityFeatures } from '@renkei/policy';
import type { RegionRegistry } from '@renkei/regions';
import { hubApolloOptions } from '@renkei/server';
import type { Logger } from '@renkei/telemetry';
import { fieldAccessPlugin } from './access.js';
import { DEFAULT_LIMITS, developerToolsFor, requestLimitsPlugin, type DeveloperTools, type RequestLimits } from './limits.js';
import { DEFAULT_RETRY, regionalSources, type RetryPolicy } from './regional/index.js';

export interface GatewayContext {
  requestId: string;
  identity: Identity;
  /** The caller's Authorization header, passed on as it came. */
  authorization: string | undefined;
  /** The caller's stated purpose (X-Hub-Purpose), passed on as it came. */
  purpose: string | undefined;
}

export interface HubGatewayOptions {
  supergraphSdl: string;
  /** Subgraph name → URL, overriding the URLs written in the supergraph. */
  subgraphUrls?: Record<string, string>;
  development: boolean;
  logger: Logger;
  limits?: RequestLimits;
  /** Who may introspect the schema (and see the IDE): default "on" in development, else "authenticated". */
  developerTools?: DeveloperTools;
  /** How long a subgraph (each regional instance) may take to answer one fetch. */
  subgraphTimeoutMs?: number;
  /** The regions and the subgraphs each hosts; without it every subgraph is served as Apollo Federation does. */
  registry?: RegionRegistry;
  /** How soon a regional instance that failed is tried again. */
  regionRetry?: Omit<RetryPolicy, 'timeoutMs'>;
}

class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    timeoutMs: number,
  ) {
    super({
      url,
      // Node's fetch (undici) keeps connections to each subgraph alive and reuses them.
      fetcher: ((input: string, init: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const { requestId, authorization, purpose } = context as Partial<GatewayContext>;
    if (requestId) request.http?.headers.set('x-request-id', requestId);
    if (authorization) request.http?.headers.set('authorization', authorization);
    if (purpose) request.http?.headers.set('x-hub-purpose', purpose);
  }

  /** A subgraph that cannot be reached or answers too late: say which, without the network details. */
  override didEncounterError(error: Error): void {
    if ((error as { extensions?: { code?: string } }).extensions?.code) throw error;
    throw hubError('SERVICE_UNAVAILABLE', `The ${this.name} service did not answer`, `${this.name} サービスから応答がありません。`, {
      serviceName: this.name,
    });
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
  const timeoutMs = options.subgraphTimeoutMs ?? 10_000;
  const regional = options.registry
    ? regionalSources(options.supergraphSdl, Object.keys(subgraphsOf(options.supergraphSdl)), options.registry, options.logger.child({ component: 'regions' }), {
        ...DEFAULT_RETRY,
        ...options.regionRetry,
        timeoutMs,
      })
    : new Map();
  const gateway = new ApolloGateway({
    supergraphSdl: stripSecurityFeatures(options.supergraphSdl),
    logger: options.logger.child({ component: 'gateway' }),
    buildService: ({ name, url }) => regional.get(name) ?? new SubgraphSource(name, options.subgraphUrls?.[name] ?? url!, timeoutMs),
  });
  const shared = hubApolloOptions({ development: options.development, logger: options.logger });
  const developerTools = developerToolsFor(options.developerTools, options.development);
  return new ApolloServer<GatewayContext>({
    gateway,
    ...shared,
    // "Did you mean …?" would name the fields introspection keeps to developers.
    hideSchemaDetailsFromClientErrors: developerTools !== 'on',
    plugins: [
      ...(shared.plugins ?? []),
      // Limits first: an operation over a limit is refused before anything else looks at it.
      requestLimitsPlugin<GatewayContext>(options.limits ?? DEFAULT_LIMITS, developerTools),
      fieldAccessPlugin<GatewayContext>(policy, options.logger),
    ],
  });
}
