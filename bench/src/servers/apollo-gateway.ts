// Plain Apollo Gateway on Apollo Server, as a team would start it from the documentation: nothing added but
// passing the caller's token on (the subgraphs check it again, so without it no protected query would run).
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const port = Number(process.env.PORT);
const supergraphSdl = readFileSync(process.env.SUPERGRAPH_PATH!, 'utf8');

interface Context {
  authorization?: string;
}

class TokenForwardingSource extends RemoteGraphQLDataSource<Context> {
  override willSendRequest({ request, context }: Parameters<RemoteGraphQLDataSource<Context>['willSendRequest'] & {}>[0]): void {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }
}

const server = new ApolloServer<Context>({
  gateway: new ApolloGateway({ supergraphSdl, buildService: ({ url }) => new TokenForwardingSource({ url }) }),
});
const { url } = await startStandaloneServer(server, {
  listen: { port, host: '127.0.0.1' },
  context: async ({ req }) => ({ authorization: req.headers.authorization }),
});
console.log(JSON.stringify({ event: 'listening', url }));
process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
