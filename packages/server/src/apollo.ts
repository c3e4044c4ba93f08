// Apollo Server settings shared by the gateway and every subgraph: masked errors, no stack traces and no
// landing page that would load from a CDN, and error logs that carry codes, not data.
import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { maskError } from '@renkei/errors';
import { currentRequestScope, type Logger } from '@renkei/telemetry';

export interface HubApolloOptions {
  development: boolean;
  logger: Logger;
  /**
   * Whether GraphQL introspection is answered at all. The gateway keeps it on and decides per caller; a subgraph
   * turns it off outside development, so that reaching it directly shows no more than the gateway would.
   */
  introspection?: boolean;
}

function errorLogPlugin(logger: Logger, development: boolean): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
            const fields = {
              event: 'graphql_error',
              code,
              operationName,
              path: error.path?.join('.'),
              // SQLSTATE and class name say what failed without the statement or its values.
              errorName: error.originalError?.name,
              sqlState: (error.originalError as { code?: unknown } | undefined)?.code,
              ...(development ? { message: error.message, stack: error.originalError?.stack } : {}),
            };
            if (code === 'INTERNAL_SERVER_ERROR') logger.error(fields, 'internal error');
            else logger.info(fields, 'request error');
          }
        },
      };
    },
  };
}

export function hubApolloOptions({ development, logger, introspection = true }: HubApolloOptions): Pick<
  ApolloServerOptions<BaseContext>,
  'formatError' | 'includeStacktraceInErrorResponses' | 'plugins' | 'logger' | 'introspection' | 'stopOnTerminationSignals'
> {
  return {
    // Our shell stops the HTTP server first and then Apollo; Apollo's own handler would re-raise the signal.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: development,
    introspection,
    formatError: (formatted) =>
      maskError(formatted, { development, requestId: currentRequestScope()?.requestId }),
    // No inline traces: they would hand timing and error details of a subgraph to any caller that asks.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), errorLogPlugin(logger, development)],
    logger: logger.child({ component: 'apollo' }),
  };
}
