export { ConfigError, env, readConfig, type Setting } from './config.js';
export { runServer } from './run.js';
export { hubApolloOptions, type HubApolloOptions } from './apollo.js';
export {
  HttpProblem,
  startGraphQLServer,
  stopOnSignals,
  type GraphQLIde,
  type GraphQLServerOptions,
  type HttpRoute,
  type IncomingRequest,
  type RunningServer,
  type StaticAsset,
} from './http.js';
export { SCHEMA_HEADER, schemaFingerprint } from './fingerprint.js';
export { authSettings, verifierFromConfig, type AuthConfig } from './auth-settings.js';
