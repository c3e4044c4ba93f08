export { startGateway, type GatewayServerOptions } from './app.js';
export { composeSupergraph, readSubgraphList, SUPERGRAPH_FILE, type SubgraphSource } from './compose.js';
export { createHubGateway, subgraphsOf, type GatewayContext } from './gateway.js';
export { fieldAccessPlugin, filterOperation, restoreRemovedFields, type Removal } from './access.js';
export { DEFAULT_LIMITS, DEVELOPER_TOOLS, developerToolsFor, measure, requestLimitsPlugin, type DeveloperTools, type RequestLimits } from './limits.js';
