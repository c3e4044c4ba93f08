// One way to open a database: embedded PGlite (a data directory, or memory) by default, PostgreSQL when a
// DATABASE_URL is given. Several subgraphs of one region share one database, each in its own schema.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { countSqlStatement } from '@renkei/telemetry';
import type { Logger as DrizzleLogger } from 'drizzle-orm/logger';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { columnKinds, columnKindsQuery, copyStatement, csvOf, type CopyBatch, type CopyBatches } from './copy.js';

export type Orm<TSchema extends Record<string, unknown> = Record<string, never>> = PgDatabase<PgQueryResultHKT, TSchema>;

export interface DatabaseOptions {
  /** postgres://… — when set, PostgreSQL through the `postgres` driver. */
  url?: string;
  /** PGlite's data directory; without it (and without url) the database lives in memory. */
  dataDir?: string;
  /** Connections in the PostgreSQL pool. */
  maxConnections?: number;
}

export interface MigrationOptions {
  /** The folder drizzle-kit wrote the migrations to. */
  migrationsFolder: string;
  /** The PostgreSQL schema the subgraph owns; its migration journal is kept there too. */
  schema: string;
}

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  /** A drizzle instance over the shared connection, typed by one subgraph's tables. */
  orm<TSchema extends Record<string, unknown>>(schema: TSchema): Orm<TSchema>;
  migrate(options: MigrationOptions): Promise<void>;
  /**
   * Loads rows into a table ("schema.table") with COPY … FROM in CSV format, one batch at a time, and returns how
   * many were written. Values are plain JavaScript: null, strings, numbers, booleans, Dates; arrays for array
   * columns; anything for json/jsonb columns. All or nothing: on PostgreSQL the batches stream through one COPY, on
   * PGlite each batch is one COPY of one transaction. For bulk loads only: it bypasses drizzle and the statement count.
   */
  copyRows(table: string, columns: readonly string[], batches: CopyBatches): Promise<number>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

// Every statement drizzle sends is counted in the current request's scope (see @renkei/telemetry).
const statementCounter: DrizzleLogger = { logQuery: () => countSqlStatement() };

export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  return options.url ? openPostgres(options.url, options.maxConnections ?? 10) : openPglite(options.dataDir);
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir ?? 'memory://', { extensions: { pg_trgm } });
  const base = drizzlePglite({ client });
  let closed = false;
  return {
    kind: 'pglite',
    orm: (schema) => drizzlePglite({ client, schema, logger: statementCounter }) as unknown as Orm<typeof schema>,
    migrate: ({ migrationsFolder, schema }) =>
      migratePglite(base, { migrationsFolder, migrationsSchema: schema, migrationsTable: 'migrations' }),
    copyRows: async (table, columns, batches) => {
      const lookup = columnKindsQuery(table);
      const kinds = columnKinds(table, columns, (await client.query<{ column_name: string; data_type: string }>(lookup.text, lookup.params)).rows);
      const statement = copyStatement(table, columns, "'/dev/blob'");
      // One transaction, as on PostgreSQL: a load that fails leaves nothing behind.
      return client.transaction(async (tx) => {
        let written = 0;
        for await (const batch of batches) {
          if (batch.length === 0) continue;
          // PGlite reads COPY … FROM '/dev/blob' from the blob given with the query.
          await tx.query(statement, [], { blob: new Blob([csvOf(batch, kinds)]) });
          written += batch.length;
        }
        return written;
      });
    },
    ping: async () => {
      await client.query('select 1');
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await client.close();
    },
  };
}

async function openPostgres(url: string, max: number): Promise<Database> {
  const client = postgres(url, { max, onnotice: () => {}, connection: { application_name: 'renkei-hub' } });
  const base = drizzlePostgres({ client });
  return {
    kind: 'postgres',
    orm: (schema) => drizzlePostgres({ client, schema, logger: statementCounter }) as unknown as Orm<typeof schema>,
    migrate: async ({ migrationsFolder, schema }) => {
      // Two replicas of one subgraph may start together: the advisory lock lets one migrate at a time.
      const lockConnection = await client.reserve();
      try {
        await lockConnection`select pg_advisory_lock(hashtext(${`renkei:migrate:${schema}`}))`;
        await migratePostgres(base, { migrationsFolder, migrationsSchema: schema, migrationsTable: 'migrations' });
      } finally {
        await lockConnection`select pg_advisory_unlock(hashtext(${`renkei:migrate:${schema}`}))`;
        lockConnection.release();
      }
    },
    copyRows: async (table, columns, batches) => {
      const lookup = columnKindsQuery(table);
      const kinds = columnKinds(table, columns, await client.unsafe<{ column_name: string; data_type: string }[]>(lookup.text, lookup.params));
      return copyIntoPostgres(client, copyStatement(table, columns, 'stdin'), batches, (batch) => csvOf(batch, kinds));
    },
    ping: async () => {
      await client`select 1`;
    },
    close: () => client.end({ timeout: 5 }),
  };
}

/**
 * Streams the batches into one COPY … FROM STDIN. postgres.js reports an error that arrives before the stream has
 * ended by destroying the stream, but one that arrives after it (a constraint failing on the last rows) only by
 * rejecting the query, whose promise has already resolved to the stream; so that rejection is caught here too.
 */
async function copyIntoPostgres(
  client: postgres.Sql,
  statement: string,
  batches: CopyBatches,
  csv: (batch: CopyBatch) => string,
): Promise<number> {
  const query = client.unsafe(statement) as unknown as postgres.PendingQuery<postgres.Row[]> & { reject: (error: unknown) => void };
  let failure: unknown;
  let fail: (error: unknown) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = (error) => {
      failure ??= error;
      reject(failure);
    };
  });
  failed.catch(() => {});
  const reject = query.reject;
  query.reject = (error) => {
    fail(error);
    reject(error);
  };
  const stream = await query.writable();
  stream.on('error', fail);
  const finished = once(stream, 'finish');
  finished.catch(() => {});
  let written = 0;
  // One batch on its way while the next is made: the server parses one while this process writes the other.
  let previous: Promise<void> = Promise.resolve();
  try {
    for await (const batch of batches) {
      if (failure) throw failure;
      if (batch.length === 0) continue;
      written += batch.length;
      await Promise.race([previous, failed]);
      previous = new Promise<void>((resolve) => stream.write(Buffer.from(csv(batch)), () => resolve()));
    }
    await Promise.race([previous, failed]);
  } catch (error) {
    // A failure on this side (the rows could not be made): CopyFail ends the COPY and frees the connection.
    if (!failure) stream.destroy(error as Error);
    throw error;
  }
  if (failure) throw failure;
  stream.end();
  await Promise.race([finished, failed]);
  return written;
}

/** Describes where a database lives without its password, for start-up logs. */
export function describeDatabase(options: DatabaseOptions): string {
  if (options.url) {
    const url = new URL(options.url);
    return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
  }
  return options.dataDir ? `PGlite ${options.dataDir}` : 'PGlite (in memory)';
}

/**
 * A stable UUID (version 5 layout) for a demo record's key, so that demo IDs survive a restart, match across
 * machines, and one subgraph's demo data can name another's records (an event's organiser) by key.
 */
export function demoUuid(key: string): string {
  const hex = createHash('sha1').update(`renkei-hub demo:${key}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A DataLoader batch's answer: the row of each key, in the keys' order (null where there is none). */
export function rowsByKey<T, K>(rows: T[], keys: readonly K[], keyOf: (row: T) => K): (T | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** A DataLoader batch's answer for a list per key: the rows of each key, in the keys' order. */
export function rowsGroupedBy<T, K>(rows: T[], keyOf: (row: T) => K, keys: readonly K[]): T[][] {
  const groups = new Map<K, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

/** The rows of a raw `execute()`: PGlite answers with { rows }, postgres-js with the array itself. */
export function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
}
export { pagesByKey, type KeyedPage, type KeyedPageQuery } from './pages.js';
export type { CopyBatch, CopyBatches } from './copy.js';
export { distanceSortKey, greatCircleKmSql, type Origin } from './geo.js';
export { newestFirstKey, newestFirstSql } from './order.js';
