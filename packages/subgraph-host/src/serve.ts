// What every subgraph's server does the same way: Apollo Server with the hub's options, the caller verified again,
// the regions a request reads and writes worked out from the registry and the gateway's X-Hub-Region, the stated
// purpose read, and readiness meaning the database answers. A subgraph adds only its own part of the context.
import type { IncomingHttpHeaders } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { PURPOSE_HEADER, readPurpose } from '@renkei/audit';
import type { Identity } from '@renkei/identity';
import { authenticate } from '@renkei/policy';
import { REGION_HEADER, requestRegionOf, servedRegions, type Domain, type RegionRegistry } from '@renkei/regions';
import { hubApolloOptions, startGraphQLServer, type RunningServer } from '@renkei/server';
import type { SensitiveRead } from '@renkei/subgraph-guard';
import type { GraphQLSchema } from 'graphql';
import type { SubgraphServeOptions } from './index.js';

/** The part of every subgraph's request context that does not depend on the subgraph. */
export interface RequestScope {
  registry: RegionRegistry;
  /** The regions whose records this instance holds. */
  hostedRegions: string[];
  /** The region the gateway says this request is for (X-Hub-Region), always one this instance hosts. */
  requestRegion: string | undefined;
  /**
   * The regions this request reads: those hosted, narrowed to the request's region and to the regions that share
   * the subgraph's data with the caller's (the hub can only narrow what a region's own sharing rules allow).
   */
  regions: string[];
  /** The regions this request may write: those hosted, narrowed to the request's region. */
  writableRegions: string[];
  /** The verified caller (checked again here: a subgraph reached directly is as strict as the gateway). */
  identity: Identity;
  /** The purpose the caller stated for this request (X-Hub-Purpose). */
  purpose: string | null;
  /** Sensitive reads granted in this request: written to the audit trail before the answer leaves. */
  sensitiveReads: SensitiveRead[];
  requestId: string;
}

export interface SubgraphServerOptions<TContext extends RequestScope> extends SubgraphServeOptions {
  /** The subgraph's name, which is also its domain in the registry's sharing agreements. */
  name: Domain;
  schema: GraphQLSchema;
  /** What the instance reports as its schema (X-Hub-Schema, /ready). */
  schemaFingerprint: string;
  plugins?: ApolloServerPlugin<TContext>[];
  /** The subgraph's own part of the context (its ORM, loaders, …), given the request's scope. */
  context(scope: RequestScope, headers: IncomingHttpHeaders): TContext | Promise<TContext>;
}

export async function serveSubgraph<TContext extends RequestScope>(options: SubgraphServerOptions<TContext>): Promise<RunningServer> {
  const { db, registry, hostedRegions, verifier, logger } = options;
  const shared = hubApolloOptions({ development: options.development, logger, introspection: options.development });
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    ...shared,
    plugins: [...((shared.plugins ?? []) as ApolloServerPlugin<TContext>[]), ...(options.plugins ?? [])],
  });
  await apollo.start();
  return startGraphQLServer({
    service: options.name,
    apollo,
    logger,
    port: options.port,
    host: options.host,
    schemaFingerprint: options.schemaFingerprint,
    context: async ({ headers, requestId }) => {
      const identity = await authenticate(verifier, headers.authorization);
      const requestRegion = requestRegionOf(headers[REGION_HEADER], hostedRegions);
      const scope: RequestScope = {
        registry,
        hostedRegions,
        requestRegion,
        regions: servedRegions(registry, options.name, hostedRegions, requestRegion, identity.region ?? undefined),
        writableRegions: requestRegion ? [requestRegion] : hostedRegions,
        identity,
        purpose: readPurpose(headers[PURPOSE_HEADER]),
        sensitiveReads: [],
        requestId,
      };
      return options.context(scope, headers);
    },
    ready: async () => {
      await db.ping();
      return true;
    },
  });
}
