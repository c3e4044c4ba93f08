import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { countSqlStatement, createLogger, currentRequestScope, requestIdFrom, runInRequestScope } from './index.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, stream };
}

describe('createLogger', () => {
  it('writes JSON with the service, an ISO time and the request id of the current scope', async () => {
    const { lines, stream } = capture();
    const logger = createLogger('test-service', 'info', stream);
    runInRequestScope({ requestId: 'req-1', sqlStatements: 0 }, () => logger.info({ event: 'x' }, 'inside'));
    logger.info('outside');
    await new Promise((r) => setImmediate(r));
    expect(lines[0]).toMatchObject({ service: 'test-service', level: 'info', requestId: 'req-1', msg: 'inside' });
    expect(typeof lines[0]?.time).toBe('string');
    expect(lines[1]).not.toHaveProperty('requestId');
  });

  it('redacts authorisation headers and tokens', async () => {
    const { lines, stream } = capture();
    const logger = createLogger('t', 'info', stream);
    logger.info({ headers: { authorization: 'Bearer secret' }, token: 'abc' }, 'oops');
    await new Promise((r) => setImmediate(r));
    expect(JSON.stringify(lines[0])).not.toContain('secret');
    expect(JSON.stringify(lines[0])).not.toContain('abc');
  });
});

describe('request scope', () => {
  it('counts SQL statements of the current request only', async () => {
    const scope = { requestId: 'r', sqlStatements: 0 };
    await runInRequestScope(scope, async () => {
      countSqlStatement();
      await Promise.resolve();
      countSqlStatement();
      expect(currentRequestScope()).toBe(scope);
    });
    countSqlStatement();
    expect(scope.sqlStatements).toBe(2);
  });

  it('keeps a well-formed request id and replaces anything else', () => {
    expect(requestIdFrom('abc-123')).toBe('abc-123');
    expect(requestIdFrom('bad id\n')).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(undefined)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
