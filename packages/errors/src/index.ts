// Errors as callers see them: a code in `extensions.code`, an English message, a Japanese one in
// `extensions.messageJa`, and nothing of the server's insides (no stack trace, no SQL) outside development.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'LIMIT_EXCEEDED',
  'SERVICE_UNAVAILABLE',
  'REGION_UNAVAILABLE',
  'REGION_INCOMPATIBLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function hubError(
  code: ErrorCode,
  message: string,
  messageJa: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code, messageJa } });
}

/** Bad input: `field` names the input field at fault (a path such as `services.0.areas.1`). */
export function badUserInput(message: string, messageJa: string, field?: string): GraphQLError {
  return hubError('BAD_USER_INPUT', message, messageJa, field ? { field } : {});
}

export function notFound(message: string, messageJa: string): GraphQLError {
  return hubError('NOT_FOUND', message, messageJa);
}

// Errors that GraphQL servers raise themselves before any resolver runs: safe to show, but they come without
// a Japanese message.
const FRAMEWORK_MESSAGES_JA: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'クエリの構文が正しくありません。',
  GRAPHQL_VALIDATION_FAILED: 'クエリがスキーマに合っていません。',
  BAD_USER_INPUT: '入力値が正しくありません。',
  BAD_REQUEST: 'リクエストが正しくありません。',
  OPERATION_RESOLUTION_FAILURE: '実行する操作を特定できません。',
  PERSISTED_QUERY_NOT_FOUND: '保存済みクエリが見つかりません。',
  PERSISTED_QUERY_NOT_SUPPORTED: '保存済みクエリには対応していません。',
};

const SAFE_CODES = new Set<string>([...ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR'), ...Object.keys(FRAMEWORK_MESSAGES_JA)]);
const KEPT_EXTENSIONS = ['code', 'messageJa', 'field', 'reason', 'limit', 'max', 'actual', 'region', 'requestId', 'serviceName'];

export interface MaskOptions {
  development: boolean;
  requestId?: string;
}

/**
 * The last step before an error leaves a server. Known codes keep their message; anything else (a database
 * error, a bug) becomes a generic internal error that carries only the request id, so that an operator can
 * find the details in the log without the caller seeing them.
 */
export function maskError(formatted: GraphQLFormattedError, options: MaskOptions): GraphQLFormattedError {
  if (options.development) return formatted;
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const base = { ...(formatted.locations ? { locations: formatted.locations } : {}), ...(formatted.path ? { path: formatted.path } : {}) };
  if (!SAFE_CODES.has(code)) {
    return {
      ...base,
      message: 'Internal server error',
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        messageJa: '内部エラーが発生しました。',
        ...(options.requestId ? { requestId: options.requestId } : {}),
      },
    };
  }
  const extensions: Record<string, unknown> = {};
  for (const key of KEPT_EXTENSIONS) {
    if (formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key];
  }
  extensions.messageJa ??= FRAMEWORK_MESSAGES_JA[code] ?? 'リクエストを処理できませんでした。';
  return { ...base, message: formatted.message, extensions };
}
