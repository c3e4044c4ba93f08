// Hive Gateway's runtime on Node's HTTP server, with the supergraph given: nothing added but passing the caller's
// token on to the subgraphs, which check it again.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';

const port = Number(process.env.PORT);
const gateway = createGatewayRuntime({
  supergraph: readFileSync(process.env.SUPERGRAPH_PATH!, 'utf8'),
  logging: 'error',
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') }),
  },
});
const server = createServer(gateway);
server.listen(port, '127.0.0.1', () => console.log(JSON.stringify({ event: 'listening', url: `http://127.0.0.1:${port}/graphql` })));
process.on('SIGTERM', () => {
  server.close();
  void Promise.resolve(gateway.dispose()).then(() => process.exit(0));
});
