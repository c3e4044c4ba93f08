// Structured JSON logs and the scope of one request. Every log line written while a request is handled carries
// its request id; the SQL statements it causes are counted for the access log and for the DataLoader tests.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';

export type Logger = PinoLogger;

export interface RequestScope {
  readonly requestId: string;
  sqlStatements: number;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

/** Called by the database layer once for every statement it sends. */
export function countSqlStatement(): void {
  const scope = storage.getStore();
  if (scope) scope.sqlStatements += 1;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Keeps a caller's request id when it is well-formed (so that one id follows a request across servers). */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * A JSON logger for one service. Personal data is kept out by construction: callers log ids, codes and counts,
 * never variables or bodies; authorisation headers and tokens are redacted should one slip in.
 */
export function createLogger(service: string, level: LogLevel = 'info', destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const scope = storage.getStore();
        return scope ? { requestId: scope.requestId } : {};
      },
      redact: {
        paths: ['authorization', 'headers.authorization', 'token', 'variables', '*.authorization', '*.token'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
