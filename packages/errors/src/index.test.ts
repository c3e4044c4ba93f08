import { describe, expect, it } from 'vitest';
import { badUserInput, maskError } from './index.js';

describe('badUserInput', () => {
  it('carries the code, both messages and the field', () => {
    const error = badUserInput('Unknown municipality code', '市町村コードが見つかりません', 'municipalityCode');
    expect(error.message).toBe('Unknown municipality code');
    expect(error.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      messageJa: '市町村コードが見つかりません',
      field: 'municipalityCode',
    });
  });
});

describe('maskError', () => {
  const production = { development: false, requestId: 'req-9' };

  it('hides the message, SQL and stack of an unexpected error', () => {
    const leaked = {
      message: 'duplicate key value violates unique constraint "organization_pkey" insert into organisations.organization',
      path: ['createOrganization'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at insert (db.ts:1)'] },
    };
    const masked = maskError(leaked, production);
    expect(masked).toEqual({
      message: 'Internal server error',
      path: ['createOrganization'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', messageJa: '内部エラーが発生しました。', requestId: 'req-9' },
    });
  });

  it('treats an error without a code as internal', () => {
    expect(maskError({ message: 'select * from secret' }, production).message).toBe('Internal server error');
  });

  it('keeps a known code and its messages but drops the stack trace', () => {
    const masked = maskError(
      { message: 'Bad', extensions: { code: 'BAD_USER_INPUT', messageJa: '不正', field: 'name', stacktrace: ['x'] } },
      production,
    );
    expect(masked.extensions).toEqual({ code: 'BAD_USER_INPUT', messageJa: '不正', field: 'name' });
  });

  it('gives a framework error a Japanese message', () => {
    const masked = maskError({ message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, production);
    expect(masked.extensions?.messageJa).toBe('クエリがスキーマに合っていません。');
  });

  it('shows everything in development', () => {
    const raw = { message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } };
    expect(maskError(raw, { development: true })).toBe(raw);
  });
});
