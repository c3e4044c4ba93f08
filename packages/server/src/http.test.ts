import { ApolloServer } from '@apollo/server';
import { createLogger } from '@renkei/telemetry';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_HEADER, schemaFingerprint } from './fingerprint.js';
import { HttpProblem, startGraphQLServer, type RunningServer } from './http.js';

const SDL = /* GraphQL */ `
  type Query {
    "挨拶 / A greeting"
    hello: String
  }
`;

describe('schemaFingerprint', () => {
  it('is a SHA-256 of the printed schema', () => {
    expect(schemaFingerprint(SDL)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('ignores layout and comments but not descriptions', () => {
    const relaid = `# a comment\ntype Query{"挨拶 / A greeting" hello:String}`;
    expect(schemaFingerprint(relaid)).toBe(schemaFingerprint(SDL));
    expect(schemaFingerprint(SDL.replace('A greeting', 'A welcome'))).not.toBe(schemaFingerprint(SDL));
    expect(schemaFingerprint(SDL.replace('hello', 'hi'))).not.toBe(schemaFingerprint(SDL));
  });
});

async function start(fingerprint: string | undefined, routes?: Parameters<typeof startGraphQLServer>[0]['routes']): Promise<RunningServer> {
  const apollo = new ApolloServer({ typeDefs: SDL, resolvers: { Query: { hello: () => 'こんにちは' } } });
  await apollo.start();
  return startGraphQLServer({
    service: 'test',
    apollo,
    logger: createLogger('test', 'silent'),
    port: 0,
    host: '127.0.0.1',
    context: async ({ headers }) => {
      if (headers['x-refuse']) throw new GraphQLError('Refused', { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
      return {};
    },
    schemaFingerprint: fingerprint,
    routes,
  });
}

const post = (url: string, query: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

describe('the schema fingerprint on responses', () => {
  const fingerprint = schemaFingerprint(SDL);
  let server: RunningServer;
  let base: string;

  beforeAll(async () => {
    server = await start(fingerprint);
    base = server.url.replace(/\/graphql$/, '');
  });
  afterAll(() => server?.close());

  it('is on GraphQL answers, errors included', async () => {
    const ok = await post(server.url, '{ hello }');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { hello: 'こんにちは' } });
    expect(ok.headers.get(SCHEMA_HEADER)).toBe(fingerprint);
    const invalid = await post(server.url, '{ nope }');
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get(SCHEMA_HEADER)).toBe(fingerprint);
    const refused = await post(server.url, '{ hello }', { 'x-refuse': '1' });
    expect(refused.status).toBe(400);
    expect(refused.headers.get(SCHEMA_HEADER)).toBe(fingerprint);
    const badJson = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(badJson.status).toBe(400);
    expect(badJson.headers.get(SCHEMA_HEADER)).toBe(fingerprint);
  });

  it('is on /health, /ready and other paths, and in the /ready body', async () => {
    const health = await fetch(`${base}/health`);
    expect(health.headers.get(SCHEMA_HEADER)).toBe(fingerprint);
    const ready = await fetch(`${base}/ready`);
    expect(ready.headers.get(SCHEMA_HEADER)).toBe(fingerprint);
    expect(await ready.json()).toEqual({ status: 'ready', service: 'test', schema: fingerprint });
    const missing = await fetch(`${base}/nowhere`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get(SCHEMA_HEADER)).toBe(fingerprint);
    const wrongMethod = await fetch(server.url, { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get(SCHEMA_HEADER)).toBe(fingerprint);
  });

  it('is absent when the server is given none', async () => {
    const plain = await start(undefined);
    try {
      const ready = await fetch(plain.url.replace(/\/graphql$/, '/ready'));
      expect(ready.headers.has(SCHEMA_HEADER)).toBe(false);
      expect(await ready.json()).toEqual({ status: 'ready', service: 'test' });
      expect((await post(plain.url, '{ hello }')).headers.has(SCHEMA_HEADER)).toBe(false);
    } finally {
      await plain.close();
    }
  });
});

describe("a server's own routes", () => {
  let server: RunningServer;
  let base: string;

  beforeAll(async () => {
    server = await start(undefined, [
      {
        prefix: '/greeting/',
        async handle(_req, res, { url, requestId }) {
          const name = url.pathname.slice('/greeting/'.length);
          if (name === 'boom') throw new Error('a bug');
          if (name === '') {
            throw new HttpProblem(400, 'BAD_USER_INPUT', 'Say whom to greet', '挨拶する相手を指定してください。');
          }
          res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
          res.end(`こんにちは、${decodeURIComponent(name)} (${requestId})`);
        },
      },
    ]);
    base = server.url.replace(/\/graphql$/, '');
  });
  afterAll(() => server?.close());

  it('answer under their prefix, with the request id of the request', async () => {
    const answer = await fetch(`${base}/greeting/${encodeURIComponent('熊本')}`);
    expect(answer.status).toBe(200);
    const requestId = answer.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await answer.text()).toBe(`こんにちは、熊本 (${requestId})`);
    // The server's own paths still come first, and paths outside every prefix are still not found.
    expect((await post(server.url, '{ hello }')).status).toBe(200);
    expect((await fetch(`${base}/greeting`)).status).toBe(404);
  });

  it('refuse with a problem in both languages, and a throw is a 500 that tells nothing', async () => {
    const refused = await fetch(`${base}/greeting/`);
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await refused.json()).toEqual({
      errors: [{ message: 'Say whom to greet', extensions: { code: 'BAD_USER_INPUT', messageJa: '挨拶する相手を指定してください。' } }],
    });
    const failed = await fetch(`${base}/greeting/boom`);
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', messageJa: '内部エラーが発生しました。' } }],
    });
  });
});
