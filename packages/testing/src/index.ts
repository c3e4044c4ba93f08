// Test fixtures with real parts: a database of its own for each test file (PGlite in memory, or a fresh
// PostgreSQL database when DATABASE_URL is set), and a small GraphQL-over-HTTP client.
import { randomBytes } from 'node:crypto';
import { openDatabase, type Database } from '@renkei/db';
import postgres from 'postgres';

export interface TestDatabase extends Database {
  /** Where it lives, for test names: "pglite" or the PostgreSQL database's name. */
  readonly label: string;
}

/**
 * Opens an empty database. On PostgreSQL each call creates its own database (dropped again on close), so test
 * files can run in parallel without seeing each other's rows.
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const db = await openDatabase();
    return Object.assign(db, { label: 'pglite' });
  }
  const name = `renkei_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString(), maxConnections: 5 });
  const close = db.close.bind(db);
  return Object.assign(db, {
    label: name,
    close: async () => {
      await close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  });
}

export interface GraphQLResponse<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Posts a GraphQL operation over real HTTP and returns the parsed body with the HTTP status. */
export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData> & { status: number; headers: Headers }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<TData>;
  return { ...body, status: response.status, headers: response.headers };
}

export { captureLogs, type CapturedLogs } from './logs.js';
export { undescribed } from './schema.js';
export { startTestInstance, type InstanceServeOptions, type TestInstance, type TestInstanceOptions } from './instance.js';
export { csvRecord, csvText, shiftJisBytes, utf8Bytes, utf8WithBomBytes, type CsvCells } from './csv.js';
export { delayingProxy } from './delaying-proxy.js';
