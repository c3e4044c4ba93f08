// Hostile requests at the gateway: each is refused with an error naming the limit, before any subgraph is
// asked, and none brings a server down.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { DEFAULT_LIMITS, startGateway, SUPERGRAPH_FILE } from '@renkei/gateway';
import { createTokenVerifier } from '@renkei/identity';
import { captureLogs, postGraphQL } from '@renkei/testing';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

async function refusedBy(query: string, variables: Record<string, unknown> = {}) {
  const response = await postGraphQL(hub.gatewayUrl, query, variables);
  expect(response.status).toBe(400);
  expect(response.data ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  return response.errors![0]!;
}

describe('limits', () => {
  it('refuses a number too large for a double as bad input, not as a server failure', async () => {
    const error = await refusedBy('{ shelters(filter: { near: { latitude: 35, longitude: 1e400 } }) { totalCount } }');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(error.extensions?.messageJa).toContain('1e400');
  });

  it('refuses a query ten levels deep, naming maxDepth', async () => {
    const deep = `{ organizations { edges { node { services { organization { services { organization { services { organization { name } } } } } } } } } }`;
    const error = await refusedBy(deep);
    expect(error.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'maxDepth', max: DEFAULT_LIMITS.maxDepth, actual: 10 });
    expect(error.message).toContain('maxDepth');
    expect(error.extensions?.messageJa).toContain('上限');
  });

  it('refuses ten thousand aliases', async () => {
    const aliases = Array.from({ length: 10_000 }, (_, i) => `a${i}: __typename`).join(' ');
    const error = await refusedBy(`{ regions { ${aliases} } }`);
    expect(error.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'maxAliases', actual: 10_000 });
  });

  it('refuses too many root fields, also when they hide in a fragment on Query', async () => {
    const roots = Array.from({ length: 11 }, (_, i) => `r${i}: regions { code }`).join(' ');
    expect((await refusedBy(`{ ${roots} }`)).extensions).toMatchObject({ limit: 'maxRootFields', actual: 11 });
    expect((await refusedBy(`{ ... on Query { ${roots} } }`)).extensions).toMatchObject({ limit: 'maxRootFields', actual: 11 });
  });

  it('refuses a page larger than maxListSize, given inline or as a variable', async () => {
    const inline = await refusedBy(`{ organizations(first: 1000) { totalCount } }`);
    expect(inline.extensions).toMatchObject({ limit: 'maxListSize', actual: 1000 });
    const variable = await refusedBy(`query($n: Int) { organizations(first: $n) { totalCount } }`, { n: 5000 });
    expect(variable.extensions).toMatchObject({ limit: 'maxListSize', actual: 5000 });
    const declaredDefault = await refusedBy(`query($n: Int = 5000) { organizations(first: $n) { totalCount } }`);
    expect(declaredDefault.extensions).toMatchObject({ limit: 'maxListSize', actual: 5000 });
  });

  it('refuses a query whose nested pages multiply past maxCost', async () => {
    const error = await refusedBy(
      `{ organizations(first: 100) { edges { node { municipality { organizations(first: 100) { edges { node { name nameKana } } } } } } } }`,
    );
    expect(error.extensions).toMatchObject({ limit: 'maxCost', max: DEFAULT_LIMITS.maxCost });
    // The same with the page size as a declared default, and with the schema's default page size of 20.
    const viaDefault = await refusedBy(
      `query($n: Int = 100) { organizations(first: $n) { edges { node { municipality { organizations(first: $n) { edges { node { name nameKana id } } } } } } } }`,
    );
    expect(viaDefault.extensions).toMatchObject({ limit: 'maxCost' });
    const viaSchemaDefault = await refusedBy(
      `{ organizations(first: 100) { edges { node { municipality { organizations { edges { node { municipality { organizations { edges { node { name } } } } } } } } } } } }`,
    );
    expect(viaSchemaDefault.extensions?.limit).toMatch(/maxCost|maxDepth/);
  });

  it('refuses a 10 MB body with 413', async () => {
    const response = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ regions { code } }`, variables: { pad: 'x'.repeat(10 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('keeps serving after all of that', async () => {
    const response = await postGraphQL(hub.gatewayUrl, `{ municipality(code: "434043") { name } }`);
    expect(response.data).toEqual({ municipality: { name: '菊陽町' } });
  });
});

describe('developer tools', () => {
  it('refuses introspection to the public with 403, and runs the full introspection query of the IDE for a developer', async () => {
    const anonymous = await postGraphQL(hub.gatewayUrl, `{ __schema { queryType { name } } }`);
    expect(anonymous.status).toBe(403);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const developer = await hub.issuer.mint({ sub: 'dev', roles: ['hub_admin'] });
    // GraphiQL's own query is 15 levels deep: introspection is not counted against maxDepth.
    const allowed = await postGraphQL<{ __schema: { queryType: { name: string } } }>(hub.gatewayUrl, getIntrospectionQuery(), {}, {
      authorization: `Bearer ${developer}`,
    });
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.__schema.queryType.name).toBe('Query');
  });

  it('does not suggest field names to a caller who may not introspect', async () => {
    const response = await postGraphQL(hub.gatewayUrl, `{ auditTrai { totalCount } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response)).not.toContain('auditTrail');
  });
});

describe('the GraphQL IDE', () => {
  it('is not served outside development unless developer tools are on', async () => {
    const page = await fetch(hub.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('graphiql');
    expect((await fetch(hub.gatewayUrl.replace(/\/graphql$/, '/ide/graphiql.min.js'))).status).toBe(404);
  });

  describe('with developer tools on', () => {
    let open: TestHub;
    beforeAll(async () => {
      open = await startTestHub({ developerTools: 'on' });
    });
    afterAll(() => open?.close());
    const origin = () => open.gatewayUrl.replace(/\/graphql$/, '');

    it('serves the IDE and its scripts from the gateway itself, with no address outside it', async () => {
      const page = await fetch(open.gatewayUrl, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('GraphQL');
      expect(html).not.toMatch(/https?:\/\//);
      for (const asset of ['graphiql.min.js', 'graphiql.min.css', 'react.production.min.js', 'react-dom.production.min.js', 'start.js']) {
        const response = await fetch(`${origin()}/ide/${asset}`);
        expect(response.status, asset).toBe(200);
        expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(100);
      }
    });

    it('lets anyone introspect', async () => {
      const response = await postGraphQL(open.gatewayUrl, `{ __schema { queryType { name } } }`);
      expect(response.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    });
  });
});

describe('cross-site requests', () => {
  it('refuses a simple cross-site POST (CSRF prevention)', async () => {
    const response = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: `mutation { removeService(id: "x") }` }),
    });
    expect(response.status).toBe(400);
  });
});

describe('a subgraph that does not answer', () => {
  let silent: Server;
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  beforeAll(async () => {
    // A real server that accepts the connection and never answers.
    silent = createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    gateway = await startGateway({
      supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
      subgraphUrls: { organisations: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/graphql` },
      verifier: createTokenVerifier({ issuer: hub.issuer.issuer, audience: hub.issuer.audience, publicKeys: hub.issuer.jwks }),
      development: false,
      logger: captureLogs('gateway').logger,
      port: 0,
      host: '127.0.0.1',
      subgraphTimeoutMs: 300,
    });
  });
  afterAll(async () => {
    await gateway?.close();
    silent.closeAllConnections();
    await new Promise((r) => silent.close(r));
  });

  it('is given up on after the timeout, with an error naming the service', async () => {
    const started = Date.now();
    const response = await postGraphQL(gateway.url, `{ regions { code } }`);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', serviceName: 'organisations' });
  });
});
