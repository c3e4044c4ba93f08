// The gateway process. The supergraph comes from --supergraph <file>, else SUPERGRAPH_PATH, else the
// checked-in gateway/supergraph.graphql; each subgraph's URL may be overridden with SUBGRAPH_<NAME>_URL.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { authSettings, env, readConfig, runServer, stopOnSignals, verifierFromConfig, type Setting } from '@renkei/server';
import { startGateway } from './app.js';
import { SUPERGRAPH_FILE } from './compose.js';
import { subgraphsOf } from './gateway.js';

await runServer('gateway', async (logger) => {
  const { values } = parseArgs({ options: { supergraph: { type: 'string' } }, strict: true });
  const config = readConfig(process.env, {
    PORT: env.port(4000),
    HOST: env.string('127.0.0.1'),
    SUPERGRAPH_PATH: env.string(SUPERGRAPH_FILE),
    NODE_ENV: env.oneOf(['production', 'development', 'test'], 'production'),
    ...authSettings,
  });
  const verifier = verifierFromConfig(config);
  const supergraphPath = values.supergraph ?? config.SUPERGRAPH_PATH;
  let supergraphSdl: string;
  try {
    supergraphSdl = readFileSync(supergraphPath, 'utf8');
  } catch {
    throw Object.assign(new Error('Invalid configuration'), { problems: [`the supergraph file ${supergraphPath} cannot be read`] });
  }
  const overrides: Record<string, Setting<string | undefined>> = {};
  for (const name of Object.keys(subgraphsOf(supergraphSdl))) {
    overrides[`SUBGRAPH_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`] = env.optionalUrl(['http', 'https']);
  }
  const urlSettings = readConfig(process.env, overrides);
  const subgraphUrls: Record<string, string> = {};
  for (const name of Object.keys(subgraphsOf(supergraphSdl))) {
    const url = urlSettings[`SUBGRAPH_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`];
    if (url) subgraphUrls[name] = url;
  }

  const server = await startGateway({
    supergraphSdl,
    subgraphUrls,
    verifier,
    development: config.NODE_ENV === 'development',
    logger,
    port: config.PORT,
    host: config.HOST,
  });
  logger.info({ event: 'listening', url: server.url, supergraph: supergraphPath, subgraphs: { ...subgraphsOf(supergraphSdl), ...subgraphUrls } }, 'ready');
  stopOnSignals(logger, () => server.close());
});
