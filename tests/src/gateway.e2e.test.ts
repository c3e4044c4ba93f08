// Through the gateway, end to end: real HTTP to the gateway, real HTTP from the gateway to the subgraph, a real
// database behind it.
import { postGraphQL } from '@renkei/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './hub.js';

let hub: TestHub;

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const origin = () => hub.gatewayUrl.replace(/\/graphql$/, '');

describe('the questions the foundation must answer', () => {
  it('answers 菊陽町 for 434043, and BAD_USER_INPUT in two languages for 432106', async () => {
    const ok = await postGraphQL(hub.gatewayUrl, `{ municipality(code: "434043") { code name prefecture { name } region { code name } } }`);
    expect(ok.data).toEqual({
      municipality: { code: '434043', name: '菊陽町', prefecture: { name: '熊本県' }, region: { code: 'kikuchi', name: '菊池圏域' } },
    });

    const bad = await postGraphQL(hub.gatewayUrl, `{ municipality(code: "432106") { name } }`);
    expect(bad.data).toEqual({ municipality: null });
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors![0]!.message).toBe('The local government code 432106 has a wrong check digit');
    expect(bad.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageJa: '市区町村コード 432106 の検査数字が正しくありません。',
    });
  });

  it('finds グリーンコープ among the organisations that serve 菊陽町 with 家計相談', async () => {
    const response = await postGraphQL<{ organizations: { totalCount: number; edges: { node: { name: string; services: { name: string }[] } }[] } }>(
      hub.gatewayUrl,
      `{ organizations(filter: { municipalityCode: "434043", serviceCategories: [HOUSEHOLD_FINANCE] }) {
          totalCount edges { node { name services { name } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.organizations.edges.map((e) => e.node.name)).toContain('グリーンコープ生活協同組合くまもと');
  });

  it('finds the demo food banks of all three regions by ふーどばんく', async () => {
    const response = await postGraphQL<{ organizations: { edges: { node: { name: string; region: { code: string } } }[] } }>(
      hub.gatewayUrl,
      `{ organizations(filter: { text: "ふーどばんく", serviceCategories: [FOOD_PROVISION] }) { edges { node { name region { code } } } } }`,
    );
    const found = response.data!.organizations.edges.map((e) => e.node);
    expect(found.map((o) => o.name)).toContain('フードバンク菊池');
    expect(new Set(found.map((o) => o.region.code))).toEqual(new Set(['kikuchi', 'niigata', 'gifu']));
  });

  it('creates an organisation through the gateway and finds it by its half-width reading', async () => {
    const staff = await hub.issuer.mint({ sub: 'n', roles: ['municipal_staff'], municipality: '151009', region: 'niigata' });
    const created = await postGraphQL<{ createOrganization: { id: string; municipality: { name: string } } }>(
      hub.gatewayUrl,
      `mutation { createOrganization(input: {
          name: "ゲートウェイ経由の会", nameKana: "ゲートウェイケイユノカイ", legalForm: NPO, municipalityCode: "151009",
          services: [{ name: "出張相談", categories: [CONSULTATION], areas: [{ municipalityCode: "151009" }] }]
        }) { id municipality { name } } }`,
      {},
      { authorization: `Bearer ${staff}` },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createOrganization).toMatchObject({ id: expect.stringMatching(/^niigata:Organization:/), municipality: { name: '新潟市' } });
    const found = await postGraphQL<{ organizations: { totalCount: number } }>(
      hub.gatewayUrl,
      `{ organizations(filter: { text: "ｹﾞｰﾄｳｪｲｹｲﾕ" }) { totalCount } }`,
    );
    expect(found.data!.organizations.totalCount).toBe(1);
  });
});

describe('errors as a caller sees them', () => {
  it('keeps the rest of the data when one field fails', async () => {
    const response = await postGraphQL(hub.gatewayUrl, `{ good: municipality(code: "434043") { name } bad: municipality(code: "abc") { name } }`);
    expect(response.data).toEqual({ good: { name: '菊陽町' }, bad: null });
    expect(response.errors?.[0]).toMatchObject({ path: ['bad'], extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('gives a validation error a Japanese message and no stack trace', async () => {
    const response = await postGraphQL(hub.gatewayUrl, `{ municipality(code: "434043") { nonsense } }`);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', messageJa: expect.any(String) });
    expect(JSON.stringify(response)).not.toContain('stacktrace');
  });

  it('answers malformed HTTP with a clear JSON error', async () => {
    const notJson = await fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST', messageJa: expect.any(String) } }] });

    const tooLarge = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }`, padding: 'x'.repeat(1_100_000) }),
    });
    expect(tooLarge.status).toBe(413);

    // The same without a Content-Length: the limit is counted as the body streams in.
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 40) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit).catch((error: Error) => error);
    // Either the 413 arrives, or the connection is closed on a client still writing: never a hang, never a 200.
    if (!(streamed instanceof Error)) expect(streamed.status).toBe(413);

    const wrongPath = await fetch(`${origin()}/nowhere`);
    expect(wrongPath.status).toBe(404);
    const wrongMethod = await fetch(hub.gatewayUrl, { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
  });
});

describe('field access at the gateway', () => {
  it('cuts a field the caller may not read before planning: the subgraph is never asked for it', async () => {
    const response = await postGraphQL(
      hub.gatewayUrl,
      `{ organizations(filter: { text: "菊愛会" }, first: 1) { edges { node { name contacts { name phone } } } } }`,
    );
    const requestId = response.headers.get('x-request-id')!;
    expect(response.data).toEqual({ organizations: { edges: [{ node: { name: '社会福祉法人 菊愛会', contacts: null } }] } });
    expect(response.errors).toEqual([
      {
        message: 'Sign in to use this field',
        path: ['organizations', 'edges', 0, 'node', 'contacts'],
        extensions: { code: 'UNAUTHENTICATED', messageJa: 'この項目を利用するにはログインが必要です。' },
      },
    ]);
    // The subgraph answered the rest, and raised no access error of its own: it never saw "contacts".
    expect(await hub.subgraphLogs.sqlStatementsOf(requestId)).toBeGreaterThan(0);
    expect(hub.subgraphLogs.lines.filter((l) => l.requestId === requestId && l.event === 'graphql_error')).toEqual([]);
    // The gateway logs the cut, without any value.
    expect(hub.gatewayLogs.lines.find((l) => l.requestId === requestId && l.event === 'access_denied')).toMatchObject({
      field: 'organizations.edges.node.contacts',
      denial: 'UNAUTHENTICATED',
      roles: ['public'],
    });
  });

  it('answers a mutation the caller may not make with null and an error, and does not run it', async () => {
    const response = await postGraphQL(
      hub.gatewayUrl,
      `mutation { createOrganization(input: { name: "無断", nameKana: "ムダン", legalForm: NPO, municipalityCode: "434043" }) { id } }`,
    );
    expect(response.data).toEqual({ createOrganization: null });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const found = await postGraphQL<{ organizations: { totalCount: number } }>(hub.gatewayUrl, `{ organizations(filter: { text: "無断" }) { totalCount } }`);
    expect(found.data?.organizations.totalCount).toBe(0);
  });

  it('refuses a forged token for the whole request with 401', async () => {
    const token = await hub.issuer.mint({ sub: 'x', roles: ['consultation_worker'] });
    const [header, , signature] = token.split('.');
    const payload = Buffer.from(JSON.stringify({ sub: 'x', roles: ['hub_admin'], iss: hub.issuer.issuer, aud: hub.issuer.audience, exp: 9999999999 })).toString('base64url');
    const response = await postGraphQL(hub.gatewayUrl, `{ regions { code } }`, {}, { authorization: `Bearer ${header}.${payload}.${signature}` });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGNATURE' });
    expect(response.data).toBeUndefined();
  });
});

describe('operations', () => {
  it('answers health and readiness', async () => {
    const health = await fetch(`${origin()}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', service: 'gateway' });
    const ready = await fetch(`${origin()}/ready`);
    expect(ready.status).toBe(200);
    const subgraphReady = await fetch(hub.subgraph.url.replace(/\/graphql$/, '/ready'));
    expect(await subgraphReady.json()).toEqual({ status: 'ready', service: 'organisations', schema: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
  });

  it('issues its own request id, passes it to the subgraph and logs it there, with no query variables', async () => {
    const response = await postGraphQL(
      hub.gatewayUrl,
      `query($code: ID!) { municipality(code: $code) { organizations(first: 1) { totalCount } } }`,
      { code: '434043' },
      { 'x-request-id': 'chosen-by-the-caller' },
    );
    // A caller cannot make its request share an id with someone else's; its own value is logged beside ours.
    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(hub.gatewayLogs.lines.find((l) => l.requestId === requestId && l.event === 'http_request')).toMatchObject({
      clientRequestId: 'chosen-by-the-caller',
    });
    expect(await hub.subgraphLogs.sqlStatementsOf(requestId)).toBeGreaterThan(0);
    expect(await hub.gatewayLogs.sqlStatementsOf(requestId)).toBe(0);
    const logged = JSON.stringify([...hub.gatewayLogs.lines, ...hub.subgraphLogs.lines]);
    expect(logged).not.toContain('434043');
  });

  it('reuses one keep-alive connection to the subgraph across requests', async () => {
    let connections = 0;
    const count = () => {
      connections += 1;
    };
    hub.subgraph.server.server.on('connection', count);
    try {
      for (let i = 0; i < 5; i++) {
        const response = await postGraphQL(hub.gatewayUrl, `{ regions { code organizations(first: 1) { totalCount } } }`);
        expect(response.errors).toBeUndefined();
      }
    } finally {
      hub.subgraph.server.server.off('connection', count);
    }
    expect(connections).toBeLessThanOrEqual(1);
  });

});
