// When something breaks inside (here: the subgraph's database is gone), the caller gets a generic error with a
// request id, and neither the response nor the logs carry SQL, a stack trace or the values asked for.
import { postGraphQL } from '@renkei/testing';
import { expect, it } from 'vitest';
import { startTestHub } from './hub.js';

it('masks a database failure at the subgraph and at the gateway', async () => {
  const hub = await startTestHub({ seed: false });
  const { subgraph, subgraphLogs, gatewayLogs } = hub;
  try {
    // The gateway has met the instance (and checked its schema) before its database goes.
    expect((await postGraphQL(hub.gatewayUrl, `{ organizations { totalCount } }`)).errors).toBeUndefined();
    await subgraph.db.close();
    const response = await postGraphQL(
      hub.gatewayUrl,
      `query($text: String) { organizations(filter: { text: $text }) { totalCount } }`,
      { text: '秘密の検索語' },
    );
    const requestId = response.headers.get('x-request-id');
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      messageJa: '内部エラーが発生しました。',
    });
    expect(response.errors?.[0]?.message).toBe('Internal server error');
    const everything = JSON.stringify([response, subgraphLogs.lines, gatewayLogs.lines]);
    expect(everything).not.toMatch(/select|organisations\.organization|stacktrace|\s+at\s+\S+\.(ts|js):/i);
    expect(everything).not.toContain('秘密の検索語');
    // The operator can still find the failure by its request id.
    expect(response.errors?.[0]?.extensions?.requestId).toBe(requestId);
    expect(subgraphLogs.lines.some((l) => l.requestId === requestId && l.event === 'graphql_error' && l.code === 'INTERNAL_SERVER_ERROR')).toBe(true);

    const ready = await fetch(subgraph.url.replace(/\/graphql$/, '/ready'));
    expect(ready.status).toBe(503);
  } finally {
    await hub.gateway.close();
    await subgraph.server.close();
  }
});
